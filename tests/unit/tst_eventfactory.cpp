// EventFactory and EventShape: events built from real cache rows have the documented shape (the
// sample of docs/jfrog-api.md 4.3, rebuilt from rows holding its data), each change kind changes exactly
// what it says, and an edited event's errors name the field.
#include "eventfactory.h"
#include "eventshape.h"
#include "eventview.h"
#include "generationstore.h"
#include "ruleengine.h"
#include "ruletemplates.h"
#include "sampledata.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "workloadstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

QJsonObject sample()
{
    return QJsonDocument::fromJson(
               TestEnvironment::readData(QStringLiteral("events/workload-changed-event.json")))
        .object();
}

// The rows the documented sample event describes, as a sync would have cached them.
ImageTag frontendTag()
{
    ImageTag t;
    t.name = QStringLiteral("frontend-image");
    t.tag = QStringLiteral("v1.2.3");
    t.registry = QStringLiteral("docker.io");
    t.repositoryPath = QStringLiteral("company/frontend");
    t.digest = QStringLiteral("bce40a2025d450f7865c5ec6f1ebea13108166f81fe41462069690cb4d96c00f");
    t.architecture = QStringLiteral("amd64");
    t.runtimeStatus = QStringLiteral("running");
    t.risks =
        RiskNames::fromJsonArray(QJsonArray { QStringLiteral("critical_applicable_cves") }, &t.rawRisks);
    Vulnerability v;
    v.cveId = QStringLiteral("CVE-2024-1234");
    v.xrayId = QStringLiteral("XRAY-2024-001");
    v.severity = Severity::Critical;
    v.cvssV2 = QStringLiteral("6.5");
    v.cvssV3 = QStringLiteral("8.2");
    v.applicability = QStringLiteral("applicable");
    v.packageType = QStringLiteral("npm");
    v.components = { { QStringLiteral("npm:lodash"), QStringLiteral("lodash"), QStringLiteral("4.17.21") } };
    t.vulnerabilities = { v };
    t.workloads = { { QStringLiteral("frontend-service"), QStringLiteral("production"),
                      QStringLiteral("production-euc1") } };
    t.deployedBy = QStringLiteral("jenkins-user");
    t.buildInfo = BuildInfo { QStringLiteral("devops-team"), QStringLiteral("frontend-service"),
                              QStringLiteral("456"), QStringLiteral("jfrog-artifactory") };
    return t;
}

Workload frontendWorkload()
{
    Workload w;
    w.name = QStringLiteral("frontend-service");
    w.nameSpace = QStringLiteral("production");
    w.cluster = QStringLiteral("production-euc1");
    w.runtimeStatus = QStringLiteral("running");
    w.nodes = { QStringLiteral("node-1"), QStringLiteral("node-2") };
    w.risks = RiskNames::fromJsonArray(
        QJsonArray { QStringLiteral("untrusted_registry"), QStringLiteral("critical_applicable_cves") },
        &w.rawRisks);
    w.vulnerabilitiesCount = 5;
    return w;
}

void strip(QJsonObject &event, const QString &key)
{
    QJsonArray images = event.value(QLatin1StringView("image_tags_object")).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject image = images[i].toObject();
        QJsonArray vulns = image.value(QLatin1StringView("vulnerabilities")).toArray();
        for (qsizetype j = 0; j < vulns.size(); ++j) {
            QJsonObject v = vulns[j].toObject();
            v.remove(key);
            vulns.replace(j, v);
        }
        image.insert(QStringLiteral("vulnerabilities"), vulns);
        images.replace(i, image);
    }
    event.insert(QStringLiteral("image_tags_object"), images);
}

// Every key path of a JSON value ("image_tags_object[].vulnerabilities[].cve_id").
QSet<QString> paths(const QJsonValue &value, const QString &prefix = {})
{
    QSet<QString> out;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
            out.insert(path);
            out += paths(it.value(), path);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            out += paths(item, prefix + QStringLiteral("[]"));
    }
    return out;
}

QStringList risksOf(const QJsonObject &object)
{
    QStringList list;
    for (const QJsonValue &v : object.value(QLatin1StringView("risks")).toArray())
        list.append(v.toString());
    return list;
}

} // namespace

class TestEventFactory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_generation = 0;

    QJsonObject image0(const QJsonObject &event)
    {
        return event.value(QLatin1StringView("image_tags_object")).toArray().at(0).toObject();
    }
    QJsonObject workloadOf(const QJsonObject &event)
    {
        return event.value(QLatin1StringView("workload_changed_object")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        m_db = SampleData::openCache(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_db);
        GenerationStore generations(*m_db);
        TagStore tags(*m_db);
        WorkloadStore workloads(*m_db);
        m_generation = generations.begin(QStringLiteral("https://acme.jfrog.io"));
        QVERIFY(m_generation > 0);

        ImageTag sidecar = SampleData::tag(QStringLiteral("log-shipper"), QStringLiteral("2.0"));
        sidecar.workloads = { frontendTag().workloads.first(),
                              { QStringLiteral("shipper"), QStringLiteral("ops"),
                                QStringLiteral("a-cluster") } };
        sidecar.risks = {};
        sidecar.rawRisks = {};
        ImageTag stopped = SampleData::tag(QStringLiteral("old-job"), QStringLiteral("1.0"));
        stopped.workloads = {};
        stopped.runtimeStatus = QStringLiteral("stopped");
        const QList<ImageTag> all { frontendTag(), sidecar, stopped };
        QVERIFY(m_db->transaction([&] {
            return tags.addTags(m_generation, all)
                && workloads.addWorkloads(m_generation, { frontendWorkload() });
        }));
        QCOMPARE(generations.commit(m_generation, std::nullopt, {}),
                 GenerationStore::CommitOutcome::Committed);
    }

    // The rows behind the documented sample give back the documented sample.
    void rowsGiveTheDocumentedSample()
    {
        QString error;
        EventFactory factory(*m_db);
        const auto built =
            factory.forTag(QStringLiteral("frontend-image:v1.2.3"), EventFactory::ChangeKind::None, &error);
        QVERIFY2(built, qPrintable(error));
        QJsonObject event = built->event;
        QCOMPARE(built->workload.name, QStringLiteral("frontend-service"));
        QCOMPARE(built->generation, m_generation);
        // The one tag besides it that runs in the workload comes second.
        QJsonArray images = event.value(QLatin1StringView("image_tags_object")).toArray();
        QCOMPARE(images.size(), 2);
        QCOMPARE(images[1].toObject().value(QLatin1StringView("name")).toString(),
                 QStringLiteral("log-shipper"));
        QCOMPARE(images[1].toObject().value(QLatin1StringView("malicious_packages")),
                 QJsonValue(QJsonValue::Null));
        images.removeAt(1);
        event.insert(QStringLiteral("image_tags_object"), images);
        // last_fetched is when the cache synced; issue_kind is not known to the cache (and undocumented).
        const QString fetched = image0(event)
                                    .value(QLatin1StringView("vulnerabilities"))
                                    .toArray()[0]
                                    .toObject()
                                    .value(QLatin1StringView("last_fetched"))
                                    .toString();
        QVERIFY2(QDateTime::fromString(fetched, Qt::ISODate).isValid(), qPrintable(fetched));
        strip(event, QStringLiteral("last_fetched"));
        QJsonObject expected = sample();
        strip(expected, QStringLiteral("last_fetched"));
        strip(expected, QStringLiteral("issue_kind"));
        QCOMPARE(QString::fromUtf8(EventShape::write(event)), QString::fromUtf8(EventShape::write(expected)));
        QVERIFY(EventShape::validate(built->event).isEmpty());
    }

    void changeKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("risk"); // the event spelling it adds, if any
        QTest::addColumn<QString>("rule"); // the template that must fire (and not on ChangeKind::None)
        QTest::newRow("integrity violation")
            << int(EventFactory::ChangeKind::IntegrityViolation) << QStringLiteral("integrity_violation")
            << QStringLiteral("integrity-violation");
        QTest::newRow("untrusted registry")
            << int(EventFactory::ChangeKind::UntrustedRegistry) << QStringLiteral("untrusted_registry_images")
            << QStringLiteral("untrusted-registry");
        QTest::newRow("new critical cve") << int(EventFactory::ChangeKind::NewCriticalCve)
                                          << QStringLiteral("critical_and_applicable_cves") << QString();
        QTest::newRow("deployment status") << int(EventFactory::ChangeKind::DeploymentStatusChange)
                                           << QString() << QStringLiteral("deployment-status-change");
    }

    void changeKinds()
    {
        QFETCH(int, kind);
        QFETCH(QString, risk);
        QFETCH(QString, rule);
        const auto change = EventFactory::ChangeKind(kind);
        EventFactory factory(*m_db);
        QString error;
        const auto before =
            factory.forTag(QStringLiteral("frontend-image:v1.2.3"), EventFactory::ChangeKind::None, &error);
        const auto after = factory.forTag(QStringLiteral("frontend-image:v1.2.3"), change, &error);
        QVERIFY2(before && after, qPrintable(error));
        // Same shape as the documented sample: valid, and no key the sample does not have.
        QVERIFY(EventShape::validate(after->event).isEmpty());
        const QSet<QString> known = paths(sample());
        const QSet<QString> extra = paths(after->event) - known;
        QVERIFY2(extra.isEmpty(), qPrintable(QStringList(extra.values()).join(u',')));
        QCOMPARE(after->event.value(QLatin1StringView("change_type")).toString(), QStringLiteral("workload"));

        if (!risk.isEmpty()) {
            QVERIFY(risksOf(image0(after->event)).contains(risk));
            QVERIFY(risksOf(workloadOf(after->event)).contains(risk));
            // Nothing is added twice, and the second image is untouched.
            QCOMPARE(risksOf(image0(after->event)).count(risk), 1);
            QCOMPARE(after->event.value(QLatin1StringView("image_tags_object")).toArray()[1],
                     before->event.value(QLatin1StringView("image_tags_object")).toArray()[1]);
        } else {
            QCOMPARE(after->event, before->event);
        }
        if (change == EventFactory::ChangeKind::NewCriticalCve) {
            const QJsonArray vulns =
                image0(after->event).value(QLatin1StringView("vulnerabilities")).toArray();
            QCOMPARE(vulns.size(), 2);
            const QJsonObject added = vulns[1].toObject();
            QCOMPARE(added.value(QLatin1StringView("cve_id")).toString(), EventFactory::simulatedCveId);
            QCOMPARE(added.value(QLatin1StringView("severity")).toString(), QStringLiteral("Critical"));
            QCOMPARE(added.value(QLatin1StringView("applicability")).toString(),
                     QStringLiteral("applicable"));
            // It sits on the image's real package.
            QCOMPARE(added.value(QLatin1StringView("components"))
                         .toArray()[0]
                         .toObject()
                         .value(QLatin1StringView("component_id")),
                     QJsonValue(QStringLiteral("npm:lodash")));
            QCOMPARE(workloadOf(after->event).value(QLatin1StringView("vulnerabilities_count")).toInt(), 6);
            QVERIFY(after->notes.join(u'\n').contains(EventFactory::simulatedCveId));
        }
        if (!rule.isEmpty()) {
            const Rule r = *RuleTemplates::make(rule);
            QVERIFY(RuleEngine::evaluate(r, after->event).fired);
            if (change != EventFactory::ChangeKind::DeploymentStatusChange
                && rule != QStringLiteral("untrusted-registry"))
                QVERIFY(!RuleEngine::evaluate(r, before->event).fired);
        }
    }

    void changeTypeIsConfigurable()
    {
        EventFactory::Options options;
        options.changeType = QStringLiteral("image_trust");
        QString error;
        const auto built =
            EventFactory(*m_db).forTag(QStringLiteral("frontend-image:v1.2.3"),
                                       EventFactory::ChangeKind::DeploymentStatusChange, &error, {}, options);
        QVERIFY(built);
        QCOMPARE(built->event.value(QLatin1StringView("change_type")).toString(),
                 QStringLiteral("image_trust"));
    }

    void tagInSeveralWorkloadsTakesTheFirstOrTheNamedOne()
    {
        EventFactory factory(*m_db);
        QString error;
        const auto first =
            factory.forTag(QStringLiteral("log-shipper:2.0"), EventFactory::ChangeKind::None, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(EventFactory::workloadReference(first->workload), QStringLiteral("a-cluster/ops/shipper"));
        QVERIFY(first->notes.join(u'\n').contains(QStringLiteral("runs in 2 workloads")));
        // No workloads-listing row for it: nodes unknown, risks and count from its images, and said so.
        QCOMPARE(workloadOf(first->event).value(QLatin1StringView("nodes")).toArray().size(), 0);
        QVERIFY(first->notes.join(u'\n').contains(QStringLiteral("no workloads-listing row")));

        const auto named =
            factory.forTag(QStringLiteral("log-shipper:2.0"), EventFactory::ChangeKind::None, &error,
                           QStringLiteral("production-euc1/production/frontend-service"));
        QVERIFY2(named, qPrintable(error));
        QCOMPARE(named->workload.name, QStringLiteral("frontend-service"));
        // The chosen tag comes first, then the other image of that workload.
        const QJsonArray images = named->event.value(QLatin1StringView("image_tags_object")).toArray();
        QCOMPARE(images[0].toObject().value(QLatin1StringView("name")).toString(),
                 QStringLiteral("log-shipper"));
        QCOMPARE(images[1].toObject().value(QLatin1StringView("name")).toString(),
                 QStringLiteral("frontend-image"));

        QVERIFY(!factory.forTag(QStringLiteral("log-shipper:2.0"), EventFactory::ChangeKind::None, &error,
                                QStringLiteral("x/y/z")));
        QCOMPARE(error, QStringLiteral("log-shipper:2.0 does not run in x/y/z"));
    }

    void workloadReferences()
    {
        EventFactory factory(*m_db);
        QString error;
        const auto built =
            factory.forReference(QStringLiteral("workload:production-euc1/production/frontend-service"),
                                 EventFactory::ChangeKind::IntegrityViolation, &error);
        QVERIFY2(built, qPrintable(error));
        QCOMPARE(workloadOf(built->event).value(QLatin1StringView("nodes")).toArray().size(), 2);
        QCOMPARE(built->event.value(QLatin1StringView("image_tags_object")).toArray().size(), 2);
        QVERIFY(built->summary.startsWith(QStringLiteral("Integrity violation: ")));
        QVERIFY(!factory.forReference(QStringLiteral("workload:nowhere"), EventFactory::ChangeKind::None,
                                      &error));
        QCOMPARE(error, QStringLiteral("a workload is written CLUSTER/NAMESPACE/NAME, not nowhere"));
        QVERIFY(
            !factory.forReference(QStringLiteral("workload:c/n/w"), EventFactory::ChangeKind::None, &error));
        QCOMPARE(error, QStringLiteral("no cached workload c/n/w"));
    }

    void refusals()
    {
        EventFactory factory(*m_db);
        QString error;
        QVERIFY(!factory.forTag(QStringLiteral("old-job:1.0"), EventFactory::ChangeKind::None, &error));
        QVERIFY2(error.startsWith(QStringLiteral("old-job:1.0 runs in no workload")), qPrintable(error));
        QVERIFY(!factory.forTag(QStringLiteral("nothing:here"), EventFactory::ChangeKind::None, &error));
        QCOMPARE(error, QStringLiteral("no cached image tag nothing:here"));

        QTemporaryDir empty;
        auto db = SampleData::openCache(empty.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(!EventFactory(*db).forTag(QStringLiteral("a:b"), EventFactory::ChangeKind::None, &error));
        QCOMPARE(error, QStringLiteral("the cache holds no inventory yet: sync first"));
    }

    void kindNames()
    {
        for (const QString &name : EventFactory::kindNames())
            QCOMPARE(EventFactory::kindName(*EventFactory::kindFromName(name)), name);
        QVERIFY(!EventFactory::kindFromName(QStringLiteral("integrity")));
    }

    void writeKeepsTheDocumentedOrder()
    {
        QByteArray file = TestEnvironment::readData(QStringLiteral("events/workload-changed-event.json"));
        while (file.endsWith('\n'))
            file.chop(1);
        QCOMPARE(EventShape::write(sample()), file);
    }

    void validatorErrors_data()
    {
        QTest::addColumn<QString>("pointer"); // what to change, "path=json" (JSON pointer-ish, our own)
        QTest::addColumn<QString>("error");
        auto row = [](const char *name, const char *pointer, const char *error) {
            QTest::newRow(name) << QString::fromUtf8(pointer) << QString::fromUtf8(error);
        };
        row("sha256 number", "image_tags_object/0/sha256=42",
            "image_tags_object[0].sha256: expected a string, got a number");
        row("namespace missing", "workload_changed_object/namespace",
            "workload_changed_object.namespace: missing");
        row("change_type missing", "change_type", "change_type: missing");
        row("change_type null", "change_type=null", "change_type: expected a string, got null");
        row("risks string", "workload_changed_object/risks=\"x\"",
            "workload_changed_object.risks: expected an array of strings, got a string");
        row("risk entry number", "image_tags_object/0/risks=[\"a\",7]",
            "image_tags_object[0].risks[1]: expected a string, got a number");
        row("nodes object", "workload_changed_object/nodes={}",
            "workload_changed_object.nodes: expected an array of strings, got an object");
        row("count string", "workload_changed_object/vulnerabilities_count=\"5\"",
            "workload_changed_object.vulnerabilities_count: expected a number, got a string");
        row("images object", "image_tags_object={}", "image_tags_object: expected an array, got an object");
        row("image not object", "image_tags_object=[true]",
            "image_tags_object[0]: expected an object, got a boolean");
        row("workload array", "workload_changed_object=[]",
            "workload_changed_object: expected an object, got an array");
        row("severity missing", "image_tags_object/0/vulnerabilities/0/severity",
            "image_tags_object[0].vulnerabilities[0].severity: missing");
        row("component id number", "image_tags_object/0/vulnerabilities/0/components/0/component_id=1",
            "image_tags_object[0].vulnerabilities[0].components[0].component_id: expected a string, got a "
            "number");
        row("issue_kind string", "image_tags_object/0/vulnerabilities/0/issue_kind=\"1\"",
            "image_tags_object[0].vulnerabilities[0].issue_kind: expected a number, got a string");
        row("build owner number", "image_tags_object/0/build_info/build_owner=3",
            "image_tags_object[0].build_info.build_owner: expected a string, got a number");
        row("build_info string", "image_tags_object/0/build_info=\"x\"",
            "image_tags_object[0].build_info: expected an object, got a string");
        row("deployed_by number", "image_tags_object/0/deployed_by=1",
            "image_tags_object[0].deployed_by: expected a string, got a number");
        // As tolerant as the documentation.
        row("no vulnerabilities", "image_tags_object/0/vulnerabilities", "");
        row("malicious anything", "image_tags_object/0/malicious_packages={\"a\":1}", "");
        row("deployed_by null", "image_tags_object/0/deployed_by=null", "");
        row("no build_info", "image_tags_object/0/build_info", "");
        row("no nodes", "workload_changed_object/nodes", "");
        row("extra key", "image_tags_object/0/future_field=1", "");
        row("no images", "image_tags_object=[]", "");
    }

    void validatorErrors()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, error);
        const qsizetype eq = pointer.indexOf(u'=');
        const QStringList path = pointer.left(eq < 0 ? pointer.size() : eq).split(u'/');
        const std::optional<QJsonValue> value = eq < 0
            ? std::nullopt
            : std::optional<QJsonValue>(
                QJsonDocument::fromJson("[" + pointer.mid(eq + 1).toUtf8() + "]").array().at(0));
        // Set or remove the value at `path` in a copy of the sample.
        std::function<QJsonValue(QJsonValue, qsizetype)> edit = [&](QJsonValue node,
                                                                    qsizetype depth) -> QJsonValue {
            const QString key = path[depth];
            const bool last = depth == path.size() - 1;
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                const int index = key.toInt();
                a.replace(index, last ? *value : edit(a.at(index), depth + 1));
                return a;
            }
            QJsonObject o = node.toObject();
            if (last && !value)
                o.remove(key);
            else
                o.insert(key, last ? *value : edit(o.value(key), depth + 1));
            return o;
        };
        const QJsonObject event = edit(sample(), 0).toObject();
        const QStringList errors = EventShape::validate(event);
        QCOMPARE(errors.join(u'\n'), error);
        // parse() agrees on the same bytes.
        const EventShape::Parsed parsed = EventShape::parse(QJsonDocument(event).toJson());
        QCOMPARE(parsed.errors.join(u'\n'), error);
        QCOMPARE(parsed.event.has_value(), error.isEmpty());
    }

    void parseErrors()
    {
        QCOMPARE(EventShape::parse("{\n  \"change_type\": \"workload\",\n  oops\n}").errors,
                 QStringList { QStringLiteral("line 3, column 4: unterminated object") });
        QCOMPARE(EventShape::parse("[]").errors,
                 QStringList { QStringLiteral("the event must be a JSON object") });
        QByteArray deep(100, '[');
        QCOMPARE(EventShape::parse(deep).errors,
                 QStringList { QStringLiteral("the JSON nests deeper than 64 levels") });
        QJsonObject event = sample();
        event.insert(QStringLiteral("change_type"), QString(5000, u'x'));
        QCOMPARE(EventShape::validate(event),
                 QStringList { QStringLiteral("change_type: longer than the limit of 4096 characters") });
        // Many errors: at most maxErrors lines.
        QJsonObject broken = sample();
        QJsonArray images;
        for (int i = 0; i < 300; ++i)
            images.append(QJsonObject {});
        broken.insert(QStringLiteral("image_tags_object"), images);
        QCOMPARE(EventShape::validate(broken).size(), EventShape::maxErrors);
    }
};

QTEST_GUILESS_MAIN(TestEventFactory)
#include "tst_eventfactory.moc"
