// RuleEngine: a truth table per condition kind, every risk spelling, all/any nesting, and events
// whose fields have the wrong types.
#include "eventview.h"
#include "ruleengine.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

using Field = RuleCondition::Field;
using Op = RuleCondition::Op;
using Kind = RuleCondition::Kind;

QJsonObject image(const QString &name, const QString &registry, const QStringList &risks,
                  const QStringList &severities, const QJsonValue &owner = QStringLiteral("devops-team"),
                  const QJsonValue &deployedBy = QStringLiteral("jenkins"))
{
    QJsonArray vulnerabilities;
    for (const QString &s : severities)
        vulnerabilities.append(QJsonObject { { QStringLiteral("severity"), s },
                                             { QStringLiteral("cve_id"), QStringLiteral("CVE-1") } });
    return { { QStringLiteral("name"), name },
             { QStringLiteral("registry"), registry },
             { QStringLiteral("tag"), QStringLiteral("v1") },
             { QStringLiteral("risks"), QJsonArray::fromStringList(risks) },
             { QStringLiteral("vulnerabilities"), vulnerabilities },
             { QStringLiteral("deployed_by"), deployedBy },
             { QStringLiteral("build_info"), QJsonObject { { QStringLiteral("build_owner"), owner } } } };
}

QJsonObject makeEvent(const QJsonArray &images, const QStringList &workloadRisks = {},
                      const QJsonValue &count = 0, const QString &nameSpace = QStringLiteral("production"),
                      const QString &changeType = QStringLiteral("workload"))
{
    return { { QStringLiteral("change_type"), changeType },
             { QStringLiteral("workload_changed_object"),
               QJsonObject { { QStringLiteral("name"), QStringLiteral("frontend") },
                             { QStringLiteral("namespace"), nameSpace },
                             { QStringLiteral("cluster"), QStringLiteral("prod-euc1") },
                             { QStringLiteral("risks"), QJsonArray::fromStringList(workloadRisks) },
                             { QStringLiteral("vulnerabilities_count"), count } } },
             { QStringLiteral("image_tags_object"), images } };
}

RuleCondition match(Field field, Op op, const QStringList &patterns)
{
    RuleCondition c;
    c.kind = Kind::Match;
    c.field = field;
    c.op = op;
    c.patterns = patterns;
    return c;
}

RuleCondition risk(Risk r)
{
    RuleCondition c;
    c.kind = Kind::Risk;
    c.risk = r;
    return c;
}

Rule ruleOf(const CriteriaNode &criteria)
{
    Rule rule;
    rule.criteria = criteria;
    return rule;
}

bool holds(const RuleCondition &c, const QJsonObject &e, QString *value = nullptr)
{
    return RuleEngine::holds(c, EventView(e), value);
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void matchTruthTable_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("op");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QString>("seen");
        const QStringList prod { QStringLiteral("prod*") };
        const QString ns = QStringLiteral("\"production\"");
        // Workload fields have one value.
        QTest::newRow("namespace matches") << int(Field::Namespace) << int(Op::Matches) << prod << true << ns;
        QTest::newRow("namespace does not match") << int(Field::Namespace) << int(Op::Matches)
                                                  << QStringList { QStringLiteral("dev*") } << false << ns;
        QTest::newRow("namespace in")
            << int(Field::Namespace) << int(Op::In)
            << QStringList { QStringLiteral("dev"), QStringLiteral("prod*") } << true << ns;
        QTest::newRow("namespace not in, listed")
            << int(Field::Namespace) << int(Op::NotIn) << prod << false << ns;
        QTest::newRow("namespace not in, absent")
            << int(Field::Namespace) << int(Op::NotIn) << QStringList { QStringLiteral("dev") } << true << ns;
        QTest::newRow("cluster") << int(Field::Cluster) << int(Op::Matches)
                                 << QStringList { QStringLiteral("*-euc1") } << true
                                 << QStringLiteral("\"prod-euc1\"");
        QTest::newRow("workload") << int(Field::Workload) << int(Op::In)
                                  << QStringList { QStringLiteral("front*") } << true
                                  << QStringLiteral("\"frontend\"");
        QTest::newRow("change type") << int(Field::ChangeType) << int(Op::Matches)
                                     << QStringList { QStringLiteral("workload") } << true
                                     << QStringLiteral("\"workload\"");
        QTest::newRow("change type other")
            << int(Field::ChangeType) << int(Op::Matches) << QStringList { QStringLiteral("image") } << false
            << QStringLiteral("\"workload\"");
        // Image fields: one value per image; at least one image has to satisfy the condition.
        const QString registries = QStringLiteral("[\"docker.io\", \"myco.jfrog.io\"]");
        QTest::newRow("registry one image matches")
            << int(Field::Registry) << int(Op::Matches) << QStringList { QStringLiteral("docker.io") } << true
            << registries;
        QTest::newRow("registry none matches")
            << int(Field::Registry) << int(Op::In) << QStringList { QStringLiteral("gcr.io") } << false
            << registries;
        QTest::newRow("registry not in, one outside")
            << int(Field::Registry) << int(Op::NotIn) << QStringList { QStringLiteral("myco.jfrog.io") }
            << true << registries;
        QTest::newRow("registry not in, all listed")
            << int(Field::Registry) << int(Op::NotIn) << QStringList { QStringLiteral("*") } << false
            << registries;
        QTest::newRow("image name") << int(Field::Image) << int(Op::Matches)
                                    << QStringList { QStringLiteral("api-*") } << true
                                    << QStringLiteral("[\"frontend-image\", \"api-server\"]");
        QTest::newRow("build owner") << int(Field::BuildOwner) << int(Op::In)
                                     << QStringList { QStringLiteral("sec-team") } << true
                                     << QStringLiteral("[\"devops-team\", \"sec-team\"]");
        QTest::newRow("deployed by") << int(Field::DeployedBy) << int(Op::Matches)
                                     << QStringList { QStringLiteral("alice*") } << false
                                     << QStringLiteral("[\"jenkins\", \"jenkins\"]");
    }

    void matchTruthTable()
    {
        QFETCH(int, field);
        QFETCH(int, op);
        QFETCH(QStringList, patterns);
        QFETCH(bool, expected);
        QFETCH(QString, seen);
        const QJsonObject e =
            makeEvent({ image(QStringLiteral("frontend-image"), QStringLiteral("docker.io"), {}, {}),
                        image(QStringLiteral("api-server"), QStringLiteral("myco.jfrog.io"), {}, {},
                              QStringLiteral("sec-team")) });
        QString value;
        QCOMPARE(holds(match(Field(field), Op(op), patterns), e, &value), expected);
        QCOMPARE(value, seen);
    }

    void imageFieldsWithoutImagesNeverHold()
    {
        const QJsonObject e = makeEvent({});
        for (Op op : { Op::Matches, Op::In, Op::NotIn }) {
            QString value;
            QVERIFY(!holds(match(Field::Registry, op, { QStringLiteral("*") }), e, &value));
            QCOMPARE(value, QStringLiteral("no images"));
        }
    }

    void riskSpellings_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<int>("risk"); // -1: not a risk
        QTest::newRow("malicious") << QStringLiteral("malicious") << int(Risk::Malicious);
        QTest::newRow("malicious_packages") << QStringLiteral("malicious_packages") << int(Risk::Malicious);
        QTest::newRow("untrusted_registry (REST)")
            << QStringLiteral("untrusted_registry") << int(Risk::UntrustedRegistry);
        QTest::newRow("untrusted_registry_images (event)")
            << QStringLiteral("untrusted_registry_images") << int(Risk::UntrustedRegistry);
        QTest::newRow("upper case, padded")
            << QStringLiteral("  UNTRUSTED_REGISTRY_IMAGES\t") << int(Risk::UntrustedRegistry);
        QTest::newRow("integrity_violation (REST)")
            << QStringLiteral("integrity_violation") << int(Risk::IntegrityViolation);
        QTest::newRow("integrity_violations (assumed event)")
            << QStringLiteral("integrity_violations") << int(Risk::IntegrityViolation);
        QTest::newRow("image_integrity_violation (contains)")
            << QStringLiteral("image_integrity_violation") << int(Risk::IntegrityViolation);
        QTest::newRow("critical_applicable_cve (filter)")
            << QStringLiteral("critical_applicable_cve") << int(Risk::CriticalApplicableCves);
        QTest::newRow("critical_applicable (filter)")
            << QStringLiteral("critical_applicable") << int(Risk::CriticalApplicableCves);
        QTest::newRow("critical_applicable_cves (REST)")
            << QStringLiteral("critical_applicable_cves") << int(Risk::CriticalApplicableCves);
        QTest::newRow("critical_and_applicable_cves (event)")
            << QStringLiteral("critical_and_applicable_cves") << int(Risk::CriticalApplicableCves);
        QTest::newRow("critical alone") << QStringLiteral("critical") << -1;
        QTest::newRow("applicable first") << QStringLiteral("applicable_critical") << -1;
        QTest::newRow("unknown") << QStringLiteral("high_cves") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("non-ASCII case is not folded") << QStringLiteral("MALİCIOUS") << -1;
    }

    void riskSpellings()
    {
        QFETCH(QString, spelling);
        QFETCH(int, risk);
        for (Risk r : RiskNames::all) {
            const bool expected = risk == int(r);
            // In an image's risks, and in the workload's: both count.
            QCOMPARE(holds(::risk(r),
                           makeEvent({ image(QStringLiteral("i"), QStringLiteral("r"), { spelling }, {}) })),
                     expected);
            QCOMPARE(holds(::risk(r), makeEvent({}, { spelling })), expected);
        }
        // Every ASCII spelling RiskNames knows maps the same way here. (RiskNames folds Unicode case,
        // which JavaScript does differently, so the worker and the engine fold ASCII only.)
        const auto known = RiskNames::fromString(spelling);
        const bool ascii =
            std::all_of(spelling.begin(), spelling.end(), [](QChar c) { return c.unicode() < 0x80; });
        if (known && ascii)
            QCOMPARE(int(*known), risk);
    }

    void riskValueShowsWhatWasSeen()
    {
        QString value;
        QVERIFY(!holds(risk(Risk::Malicious),
                       makeEvent({ image(QStringLiteral("i"), QStringLiteral("r"),
                                         { QStringLiteral("untrusted_registry_images") }, {}) },
                                 { QStringLiteral("critical_and_applicable_cves") }),
                       &value));
        QCOMPARE(value, QStringLiteral("critical_and_applicable_cves, untrusted_registry_images"));
        QVERIFY(!holds(risk(Risk::Malicious), makeEvent({}), &value));
        QCOMPARE(value, QStringLiteral("no risks"));
    }

    void severityTruthTable_data()
    {
        QTest::addColumn<QStringList>("severities");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QString>("seen");
        QTest::newRow("critical >= high") << QStringList { QStringLiteral("Critical") } << int(Severity::High)
                                          << true << QStringLiteral("Critical");
        QTest::newRow("high >= high") << QStringList { QStringLiteral("High") } << int(Severity::High) << true
                                      << QStringLiteral("High");
        QTest::newRow("medium < high") << QStringList { QStringLiteral("Medium") } << int(Severity::High)
                                       << false << QStringLiteral("Medium");
        QTest::newRow("any case, padded") << QStringList { QStringLiteral(" cRITICAL ") }
                                          << int(Severity::Critical) << true << QStringLiteral("Critical");
        QTest::newRow("worst of several") << QStringList { QStringLiteral("low"), QStringLiteral("HIGH") }
                                          << int(Severity::High) << true << QStringLiteral("High");
        QTest::newRow("low >= low") << QStringList { QStringLiteral("Low") } << int(Severity::Low) << true
                                    << QStringLiteral("Low");
        QTest::newRow("unknown never counts") << QStringList { QStringLiteral("Negligible") }
                                              << int(Severity::Low) << false << QStringLiteral("Unknown");
        QTest::newRow("none") << QStringList {} << int(Severity::Low) << false
                              << QStringLiteral("no vulnerabilities");
    }

    void severityTruthTable()
    {
        QFETCH(QStringList, severities);
        QFETCH(int, threshold);
        QFETCH(bool, expected);
        QFETCH(QString, seen);
        RuleCondition c;
        c.kind = Kind::SeverityAtLeast;
        c.severity = Severity(threshold);
        QString value;
        QCOMPARE(
            holds(c, makeEvent({ image(QStringLiteral("i"), QStringLiteral("r"), {}, severities) }), &value),
            expected);
        QCOMPARE(value, seen);
    }

    void vulnerabilityCountTruthTable_data()
    {
        QTest::addColumn<QJsonValue>("workloadCount");
        QTest::addColumn<int>("imageVulnerabilities");
        QTest::addColumn<int>("atLeast");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QString>("seen");
        QTest::newRow("workload count counts") << QJsonValue(5) << 1 << 5 << true << QStringLiteral("5");
        QTest::newRow("one short") << QJsonValue(5) << 1 << 6 << false << QStringLiteral("5");
        QTest::newRow("images count when larger") << QJsonValue(1) << 3 << 3 << true << QStringLiteral("3");
        QTest::newRow("a string count is ignored")
            << QJsonValue(QStringLiteral("12")) << 2 << 3 << false << QStringLiteral("2");
        QTest::newRow("null count") << QJsonValue(QJsonValue::Null) << 0 << 0 << true << QStringLiteral("0");
        QTest::newRow("fractional count") << QJsonValue(2.5) << 0 << 3 << false << QStringLiteral("2.5");
    }

    void vulnerabilityCountTruthTable()
    {
        QFETCH(QJsonValue, workloadCount);
        QFETCH(int, imageVulnerabilities);
        QFETCH(int, atLeast);
        QFETCH(bool, expected);
        QFETCH(QString, seen);
        RuleCondition c;
        c.kind = Kind::VulnerabilitiesAtLeast;
        c.count = atLeast;
        const QStringList severities(imageVulnerabilities, QStringLiteral("High"));
        QString value;
        QCOMPARE(holds(c,
                       makeEvent({ image(QStringLiteral("i"), QStringLiteral("r"), {}, severities) }, {},
                                 workloadCount),
                       &value),
                 expected);
        QCOMPARE(value, seen);
    }

    void allAnyNesting_data()
    {
        QTest::addColumn<bool>("a");
        QTest::addColumn<bool>("b");
        QTest::addColumn<bool>("c");
        for (int bits = 0; bits < 8; ++bits)
            QTest::addRow("%d%d%d", bits & 1, (bits >> 1) & 1, (bits >> 2) & 1)
                << bool(bits & 1) << bool(bits & 2) << bool(bits & 4);
    }

    void allAnyNesting()
    {
        QFETCH(bool, a);
        QFETCH(bool, b);
        QFETCH(bool, c);
        const QJsonObject e = makeEvent({});
        auto leaf = [](bool truth) {
            return CriteriaNode::leaf(match(Field::Namespace, Op::Matches,
                                            { truth ? QStringLiteral("*") : QStringLiteral("nope") }));
        };
        // all[a, any[b, all[c]]] and any[a, all[b, c]]
        const Evaluation first = RuleEngine::evaluate(
            ruleOf(CriteriaNode::all(
                { leaf(a), CriteriaNode::any({ leaf(b), CriteriaNode::all({ leaf(c) }) }) })),
            e);
        QCOMPARE(first.fired, a && (b || c));
        QCOMPARE(first.conditions.size(), 3); // no short-circuit: every verdict is reported
        QCOMPARE(first.conditions[0].path, QStringLiteral("criteria.all[0]"));
        QCOMPARE(first.conditions[1].path, QStringLiteral("criteria.all[1].any[0]"));
        QCOMPARE(first.conditions[2].path, QStringLiteral("criteria.all[1].any[1].all[0]"));
        QCOMPARE(first.conditions[0].passed, a);
        QCOMPARE(first.conditions[2].passed, c);
        const Evaluation second = RuleEngine::evaluate(
            ruleOf(CriteriaNode::any({ leaf(a), CriteriaNode::all({ leaf(b), leaf(c) }) })), e);
        QCOMPARE(second.fired, a || (b && c));
    }

    void emptyGroups()
    {
        QVERIFY(RuleEngine::evaluate(ruleOf(CriteriaNode::all({})), makeEvent({})).fired);
        QVERIFY(!RuleEngine::evaluate(ruleOf(CriteriaNode::any({})), makeEvent({})).fired);
    }

    void verdictTexts()
    {
        const Evaluation e = RuleEngine::evaluate(
            ruleOf(CriteriaNode::all(
                { CriteriaNode::leaf(
                      match(Field::Namespace, Op::In, { QStringLiteral("prod"), QStringLiteral("staging") })),
                  CriteriaNode::leaf(risk(Risk::UntrustedRegistry)) })),
            makeEvent({}, { QStringLiteral("untrusted_registry_images") }));
        QVERIFY(!e.fired);
        QCOMPARE(e.conditions[0].text, QStringLiteral("namespace is one of [\"prod\", \"staging\"]"));
        QCOMPARE(e.conditions[0].value, QStringLiteral("\"production\""));
        QVERIFY(!e.conditions[0].passed);
        QCOMPARE(e.conditions[1].text,
                 QStringLiteral("the workload or an image has the risk Untrusted registry"));
        QVERIFY(e.conditions[1].passed);
    }

    // Fields of the wrong type read as empty, as in the worker; nothing crashes.
    void mistypedEvent()
    {
        const QJsonObject e = QJsonDocument::fromJson("{\"change_type\": 7, \"workload_changed_object\": [], "
                                                      "\"image_tags_object\": [null, 3, \"x\", "
                                                      "{\"name\": 12, \"registry\": true, \"risks\": [1, "
                                                      "null, \"untrusted\"], \"vulnerabilities\": \"many\","
                                                      " \"build_info\": \"none\"}]}")
                                  .object();
        const EventView view(e);
        QCOMPARE(view.changeType, QStringLiteral("7"));
        QCOMPARE(view.nameSpace, QString());
        QCOMPARE(view.images.size(), 1);
        QCOMPARE(view.images[0].name, QStringLiteral("12"));
        QCOMPARE(view.images[0].registry, QStringLiteral("true"));
        QCOMPARE(view.images[0].risks, QStringList { QStringLiteral("untrusted") });
        QCOMPARE(view.images[0].vulnerabilityTotal, 0);
        QVERIFY(holds(risk(Risk::UntrustedRegistry), e));
        QVERIFY(holds(match(Field::ChangeType, Op::Matches, { QStringLiteral("7") }), e));
        QVERIFY(holds(match(Field::Namespace, Op::Matches, { QString() }), e));
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
