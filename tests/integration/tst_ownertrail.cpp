// The owner trail's collector worker (OwnerTrailWorker, src/rules/collector-worker.ts): strict tsc
// against the hand-written platform.d.ts; run in node (tools/tscheck/run-worker.mjs, recording
// context.clients.platformHttp) on the documented sample event and on a multi-image event with
// hostile strings, the PUTs compared byte for byte with what this test builds from the event by the
// documented layout (not by calling the generator); failed writes; the image limit; and
// `runtime-desk-cli owners codegen` through the built binary.
#include "apiclient.h"
#include "artifactoryrequests.h"
#include "demofixture.h"
#include "generationstore.h"
#include "jsonwriter.h"
#include "nodetools.h"
#include "ownertrailstore.h"
#include "ownertrailworker.h"
#include "ruletemplates.h"
#include "synccheck.h"
#include "tagstore.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <tuple>

namespace {

const qint64 now = 1718000000;
const QString sampleDigest =
    QStringLiteral("bce40a2025d450f7865c5ec6f1ebea13108166f81fe41462069690cb4d96c00f");

struct Put
{
    QString url;
    QList<QPair<QString, QString>> headers;
    QByteArray body;
};

struct Outcome
{
    QString message;
    QString error; // empty when the worker returned
    QList<Put> puts;
    QStringList logs;
};

// A path segment as collector-worker.ts's header describes it, written again here.
QString segment(const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString()
        : value.isDouble()                ? QString::fromUtf8(JsonWriter::stringify(value))
                                          : QString();
    if (text.isEmpty())
        return QStringLiteral("~");
    const bool onlyDots = text.count(u'.') == text.size();
    const QByteArray utf8 = text.toUtf8();
    QString out;
    for (const char c : utf8) {
        const uchar b = uchar(c);
        const bool kept = (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')
            || b == '-' || b == '_' || b == '.';
        out += kept && !onlyDots ? QString(QLatin1Char(char(b))) : QString::asprintf("%%%02X", b);
    }
    if (out.size() > 128)
        return QStringLiteral("~sha256-")
            + QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
    return out;
}

QString expectedUrl(const QString &repository, const QJsonObject &event, const QJsonObject &image)
{
    const QJsonObject workload = event.value(QLatin1StringView("workload_changed_object")).toObject();
    QStringList parts { QStringLiteral("v1") };
    const QJsonValue digest = image.value(QLatin1StringView("sha256"));
    if (digest.isString() && !digest.toString().isEmpty()) {
        parts << QStringLiteral("sha256") << segment(digest)
              << segment(image.value(QLatin1StringView("tag")));
    } else {
        parts << QStringLiteral("no-digest");
        for (const char *key : { "registry", "repository_path", "name", "tag", "architecture" })
            parts << segment(image.value(QLatin1StringView(key)));
    }
    for (const char *key : { "cluster", "namespace", "name" })
        parts << segment(workload.value(QLatin1StringView(key)));
    QString path = parts.join(u'/') + QStringLiteral(".json");
    // The URL sends each % of a segment as %25, so the stored name is the encoded segment.
    return QStringLiteral("/artifactory/") + repository + u'/' + path.replace(u'%', QStringLiteral("%25"));
}

void valueAsSent(JsonWriter &w, const QJsonValue &value)
{
    if (value.isString() || value.isDouble() || value.isBool())
        w.value(value);
    else
        w.null();
}

// The record, as JSON.stringify writes it (the events file is written with sorted keys, so node
// sees build_info's keys in that order).
QByteArray expectedBody(const QJsonObject &event, const QJsonObject &image)
{
    const QJsonObject workload = event.value(QLatin1StringView("workload_changed_object")).toObject();
    JsonWriter w;
    w.beginObject();
    w.key(u"schema").value(u"runtime-desk.owner-trail");
    w.key(u"version").value(1);
    w.key(u"digest");
    valueAsSent(w, image.value(QLatin1StringView("sha256")));
    for (const char16_t *key :
         { u"registry", u"repository_path", u"name", u"tag", u"architecture", u"deployed_by" }) {
        w.key(key);
        valueAsSent(w, image.value(QStringView(key).toString()));
    }
    w.key(u"build_info");
    const QJsonValue build = image.value(QLatin1StringView("build_info"));
    if (build.isObject())
        w.value(build);
    else
        w.null();
    w.key(u"workload").beginObject();
    for (const char16_t *key : { u"name", u"namespace", u"cluster" }) {
        w.key(key);
        valueAsSent(w, workload.value(QStringView(key).toString()));
    }
    w.endObject();
    w.key(u"change_type");
    valueAsSent(w, event.value(QLatin1StringView("change_type")));
    w.key(u"recorded_at").value(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs));
    w.endObject();
    return w.data();
}

QJsonObject sampleEvent()
{
    return QJsonDocument::fromJson(
               TestEnvironment::readData(QStringLiteral("events/workload-changed-event.json")))
        .object();
}

// Three images: two architectures of one tag (the second without deployed_by and build_info), and one
// without a digest whose every field is hostile.
QJsonObject multiImageEvent()
{
    QJsonObject event = sampleEvent();
    event.insert(QStringLiteral("workload_changed_object"),
                 QJsonObject { { QStringLiteral("name"), QStringLiteral("checkout") },
                               { QStringLiteral("namespace"), QStringLiteral("shop/../../admin") },
                               { QStringLiteral("cluster"), QStringLiteral("prod.eu-1") },
                               { QStringLiteral("nodes"), QJsonArray { QStringLiteral("n1") } } });
    const QJsonObject amd64 = sampleEvent()[QLatin1StringView("image_tags_object")].toArray()[0].toObject();
    QJsonObject arm64 = amd64;
    arm64.insert(QStringLiteral("architecture"), QStringLiteral("arm64"));
    arm64.insert(QStringLiteral("sha256"), QStringLiteral("0f").repeated(32));
    arm64.remove(QStringLiteral("deployed_by"));
    arm64.remove(QStringLiteral("build_info"));
    const QJsonObject hostile {
        { QStringLiteral("name"), QStringLiteral("<script>alert(1)</script>") },
        { QStringLiteral("registry"), QStringLiteral("evil.io/../../") },
        { QStringLiteral("repository_path"), QStringLiteral("..") },
        { QStringLiteral("tag"), QStringLiteral("v1\n\r\t%2e%2e/\u0000x") },
        { QStringLiteral("architecture"), QStringLiteral("\u202e\u00fc\u65e5\u672c\U0001F464") },
        { QStringLiteral("sha256"), QString() },
        { QStringLiteral("deployed_by"), QStringLiteral("eve\"}\u2028, \"admin\": true") },
        { QStringLiteral("build_info"),
          QJsonObject { { QStringLiteral("build_owner"), QStringLiteral("../owner\u0007") },
                        { QStringLiteral("build_number"), 42 },
                        { QStringLiteral("build_url"), QStringLiteral("https://ci.example/../x") } } },
    };
    event.insert(QStringLiteral("image_tags_object"), QJsonArray { amd64, arm64, hostile });
    return event;
}

QList<QJsonObject> imagesOf(const QJsonObject &event)
{
    QList<QJsonObject> images;
    for (const QJsonValue &v : event.value(QLatin1StringView("image_tags_object")).toArray())
        images.append(v.toObject());
    return images;
}

} // namespace

class TestOwnerTrail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;

    QString writeProject(const QString &repository)
    {
        const QString dir = m_dir.filePath(QStringLiteral("project-%1").arg(m_runs++));
        QString error;
        if (!WorkerGenerator::write(OwnerTrailWorker::generate(repository), dir, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return dir;
    }

    // Runs the generated worker over `events` in node; --platform-status `statuses`.
    QList<Outcome> runWorker(const QString &repository, const QList<QJsonObject> &events,
                             const QString &statuses = QStringLiteral("200"))
    {
        QList<Outcome> outcomes;
        const QString dir = writeProject(repository);
        if (dir.isEmpty())
            return outcomes;
        QJsonArray array;
        for (const QJsonObject &e : events)
            array.append(e);
        QFile eventsFile(QDir(dir).filePath(QStringLiteral("events.json")));
        QFile secretsFile(QDir(dir).filePath(QStringLiteral("secrets.json")));
        if (!eventsFile.open(QIODevice::WriteOnly) || !secretsFile.open(QIODevice::WriteOnly))
            return outcomes;
        eventsFile.write(JsonWriter::stringify(array));
        eventsFile.close();
        secretsFile.write("{}");
        secretsFile.close();
        const NodeTools::Run run = NodeTools::node(
            { QStringLiteral("run-worker.mjs"), QStringLiteral("--worker"),
              QDir(dir).filePath(QStringLiteral("worker.ts")), QStringLiteral("--events"),
              eventsFile.fileName(), QStringLiteral("--secrets"), secretsFile.fileName(),
              QStringLiteral("--time"), QString::number(now), QStringLiteral("--platform-http"),
              QStringLiteral("--platform-status"), statuses });
        if (run.exitCode != 0) {
            qWarning("run-worker.mjs: %s", run.err.constData());
            return outcomes;
        }
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array()) {
            const QJsonObject r = v.toObject();
            Outcome o;
            o.message = r.value(QLatin1StringView("message")).toString();
            o.error = r.value(QLatin1StringView("error")).toString();
            if (!r.value(QLatin1StringView("calls")).toArray().isEmpty())
                o.error += QStringLiteral(" (and it called axios)");
            for (const QJsonValue &c : r.value(QLatin1StringView("platform_calls")).toArray()) {
                const QJsonObject call = c.toObject();
                Put put;
                if (call.value(QLatin1StringView("method")).toString() != u"PUT")
                    o.error += QStringLiteral(" (a call that is not a PUT)");
                put.url = call.value(QLatin1StringView("url")).toString();
                for (const QJsonValue &h : call.value(QLatin1StringView("headers")).toArray())
                    put.headers.append({ h.toArray()[0].toString(), h.toArray()[1].toString() });
                put.body = QByteArray::fromBase64(
                    call.value(QLatin1StringView("body_base64")).toString().toLatin1());
                o.puts.append(put);
            }
            for (const QJsonValue &l : r.value(QLatin1StringView("logs")).toArray())
                o.logs.append(l.toString());
            outcomes.append(o);
        }
        return outcomes;
    }

    // Every image of `event` is one PUT, in order, with the URL and body the layout says.
    void expectAllWritten(const Outcome &o, const QString &repository, const QJsonObject &event)
    {
        const QList<QJsonObject> images = imagesOf(event);
        QCOMPARE(o.error, QString());
        QCOMPARE(o.puts.size(), images.size());
        for (qsizetype i = 0; i < images.size(); ++i) {
            QCOMPARE(o.puts[i].url, expectedUrl(repository, event, images[i]));
            QCOMPARE(o.puts[i].body, expectedBody(event, images[i]));
            QCOMPARE(o.puts[i].headers,
                     (QList<QPair<QString, QString>> {
                         { QStringLiteral("Content-Type"), QStringLiteral("application/json") } }));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY2(NodeTools::missing().isEmpty(), qPrintable(NodeTools::missing()));
        QVERIFY(m_dir.isValid());
    }

    void projectFiles()
    {
        const WorkerGenerator::Output output = OwnerTrailWorker::generate();
        QCOMPARE(output.errors, QStringList());
        QCOMPARE(output.files.keys(),
                 (QStringList { QStringLiteral("README.md"), QStringLiteral("manifest.json"),
                                QStringLiteral("package.json"), QStringLiteral("tsconfig.json"),
                                QStringLiteral("types.ts"), QStringLiteral("worker.ts") }));
        const QJsonObject m =
            QJsonDocument::fromJson(output.files.value(QStringLiteral("manifest.json"))).object();
        QCOMPARE(m.value(QLatin1StringView("name")).toString(), QStringLiteral("runtime-desk-owner-trail"));
        QCOMPARE(m.value(QLatin1StringView("action")).toString(),
                 QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE"));
        QCOMPARE(m.value(QLatin1StringView("application")).toString(), QStringLiteral("runtime"));
        QCOMPARE(m.value(QLatin1StringView("sourceCodePath")).toString(), QStringLiteral("./worker.ts"));
        QCOMPARE(m.value(QLatin1StringView("enabled")).toBool(true), false);
        QCOMPARE(m.value(QLatin1StringView("secrets")).toObject(), QJsonObject());
        QVERIFY(m.value(QLatin1StringView("description"))
                    .toString()
                    .endsWith(QLatin1StringView("runtime-desk-trail")));
        // The same pieces as a rule's project.
        const WorkerGenerator::Output rule =
            WorkerGenerator::generate(*RuleTemplates::make(QStringLiteral("untrusted-registry")));
        for (const char *name : { "types.ts", "package.json", "tsconfig.json" })
            QCOMPARE(output.files.value(QLatin1StringView(name)), rule.files.value(QLatin1StringView(name)));

        const QString source = QString::fromUtf8(output.files.value(QStringLiteral("worker.ts")));
        QVERIFY(source.contains(QLatin1StringView("const TRAIL_REPOSITORY: string = 'runtime-desk-trail';")));
        QVERIFY(!source.contains(u'@')); // every placeholder filled
        static const QRegularExpression importLine(QStringLiteral("^\\s*import"),
                                                   QRegularExpression::MultilineOption);
        QVERIFY(!importLine.match(source).hasMatch()); // jf worker would cut the code there
        QVERIFY(output.files.value(QStringLiteral("README.md")).contains("`runtime-desk-trail`"));
        QCOMPARE(OwnerTrailWorker::workerSource(QStringLiteral("team.trail_2")),
                 OwnerTrailWorker::generate(QStringLiteral("team.trail_2"))
                     .files.value(QStringLiteral("worker.ts")));
    }

    void repositoryKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << QStringLiteral("runtime-desk-trail") << true;
        QTest::newRow("all kinds") << QStringLiteral("Team.trail_2-x") << true;
        QTest::newRow("64") << QString(64, u'a') << true;
        QTest::newRow("65") << QString(65, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("dots") << QStringLiteral("..") << false;
        QTest::newRow("quote") << QStringLiteral("a'b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("unicode") << QStringLiteral("r\u00e9po") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    }

    void repositoryKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QCOMPARE(OwnerTrailWorker::repositoryError(key).isEmpty(), valid);
        const WorkerGenerator::Output output = OwnerTrailWorker::generate(key);
        QCOMPARE(output.files.isEmpty(), !valid);
        QCOMPARE(output.errors.isEmpty(), valid);
    }

    // Strict tsc: worker.ts against the hand-written platform.d.ts, and against the project's own types.ts.
    void strictTypeScript()
    {
        const QString dir = writeProject(QStringLiteral("team.trail_2"));
        QVERIFY(!dir.isEmpty());
        for (const QString &types : { QDir(NodeTools::tscheckDir()).filePath(QStringLiteral("platform.d.ts")),
                                      QDir(dir).filePath(QStringLiteral("types.ts")) }) {
            const QJsonObject config {
                { QStringLiteral("extends"),
                  QDir(NodeTools::tscheckDir()).filePath(QStringLiteral("tsconfig.json")) },
                { QStringLiteral("files"),
                  QJsonArray { types, QDir(dir).filePath(QStringLiteral("worker.ts")) } }
            };
            const QString path = m_dir.filePath(QStringLiteral("tsconfig.trail-%1.json").arg(m_runs++));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(JsonWriter::stringify(config, 2));
            file.close();
            const NodeTools::Run run = NodeTools::tsc(path);
            QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        }
    }

    void sampleEventIsRecorded()
    {
        const QList<Outcome> outcomes = runWorker(OwnerTrailWorker::defaultRepository, { sampleEvent() });
        QCOMPARE(outcomes.size(), 1);
        const Outcome &o = outcomes[0];
        expectAllWritten(o, OwnerTrailWorker::defaultRepository, sampleEvent());
        if (QTest::currentTestFailed())
            return;
        // Spelled out once, as a reader of the trail will look for it.
        QCOMPARE(o.puts[0].url,
                 QStringLiteral("/artifactory/runtime-desk-trail/v1/sha256/") + sampleDigest
                     + QStringLiteral("/v1.2.3/production-euc1/production/frontend-service.json"));
        const QJsonObject record = QJsonDocument::fromJson(o.puts[0].body).object();
        QCOMPARE(record.value(QLatin1StringView("deployed_by")).toString(), QStringLiteral("jenkins-user"));
        QCOMPARE(record.value(QLatin1StringView("build_info"))[QLatin1StringView("build_owner")].toString(),
                 QStringLiteral("devops-team"));
        QCOMPARE(record.value(QLatin1StringView("recorded_at")).toString(),
                 QStringLiteral("2024-06-10T06:13:20.000Z"));
        QCOMPARE(o.message, QStringLiteral("recorded 1 of 1 images"));
        QCOMPARE(o.logs, QStringList());
    }

    void multiImageEventIsRecorded()
    {
        const QString repository = QStringLiteral("team.trail_2");
        const QJsonObject event = multiImageEvent();
        const QList<Outcome> outcomes = runWorker(repository, { event });
        QCOMPARE(outcomes.size(), 1);
        const Outcome &o = outcomes[0];
        expectAllWritten(o, repository, event);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(o.message, QStringLiteral("recorded 3 of 3 images"));
        QCOMPARE(o.puts[1].url,
                 QStringLiteral("/artifactory/team.trail_2/v1/sha256/") + QStringLiteral("0f").repeated(32)
                     + QStringLiteral("/v1.2.3/prod.eu-1/shop%252F..%252F..%252Fadmin/checkout.json"));
        // Absent is null, not made up.
        const QJsonObject arm64 = QJsonDocument::fromJson(o.puts[1].body).object();
        QVERIFY(arm64.value(QLatin1StringView("deployed_by")).isNull());
        QVERIFY(arm64.value(QLatin1StringView("build_info")).isNull());
        // The hostile image: data in the record, and encoded segments in a path of the fixed shape.
        const QJsonObject hostile = QJsonDocument::fromJson(o.puts[2].body).object();
        QCOMPARE(hostile.value(QLatin1StringView("deployed_by")).toString(),
                 QStringLiteral("eve\"}\u2028, \"admin\": true"));
        QCOMPARE(hostile.value(QLatin1StringView("build_info"))[QLatin1StringView("build_number")].toInt(),
                 42);
        QCOMPARE(hostile.value(QLatin1StringView("build_info"))[QLatin1StringView("build_url")].toString(),
                 QStringLiteral("https://ci.example/../x"));
        QVERIFY(!hostile.contains(QLatin1StringView("admin")));
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._~%-]+$"));
        for (const Put &put : o.puts) {
            QVERIFY(put.url.startsWith(QLatin1StringView("/artifactory/team.trail_2/v1/")));
            const QStringList parts =
                put.url.mid(QStringLiteral("/artifactory/team.trail_2/").size()).split(u'/');
            QCOMPARE(parts.size(), parts[1] == u"sha256" ? 7 : 10);
            for (const QString &part : parts) {
                QVERIFY2(safe.match(part).hasMatch(), qPrintable(put.url));
                QVERIFY2(part != u"." && part != u"..", qPrintable(put.url));
            }
        }
        QCOMPARE(o.puts[2].url,
                 QStringLiteral("/artifactory/team.trail_2/v1/no-digest/evil.io%252F..%252F..%252F/"
                                "%252E%252E/%253Cscript%253Ealert%25281%2529%253C%252Fscript%253E/"
                                "v1%250A%250D%2509%25252e%25252e%252F%2500x/"
                                "%25E2%2580%25AE%25C3%25BC%25E6%2597%25A5%25E6%259C%25AC%25F0%259F%2591%25A4/"
                                "prod.eu-1/shop%252F..%252F..%252Fadmin/checkout.json"));
    }

    // A write that is refused, answers 3xx or gets no answer is logged (status and path) and the
    // others are still written; nothing throws.
    void failedWritesDoNotStopTheOthers()
    {
        const QJsonObject event = multiImageEvent();
        const QList<Outcome> outcomes = runWorker(OwnerTrailWorker::defaultRepository, { event, event },
                                                  QStringLiteral("201,503,200,302,0,204"));
        QCOMPARE(outcomes.size(), 2);
        for (const Outcome &o : outcomes)
            expectAllWritten(o, OwnerTrailWorker::defaultRepository, event);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(outcomes[0].message, QStringLiteral("recorded 2 of 3 images"));
        QCOMPARE(outcomes[0].logs,
                 QStringList {
                     QStringLiteral("owner trail: PUT %1 failed: HTTP 503").arg(outcomes[0].puts[1].url) });
        QCOMPARE(outcomes[1].message, QStringLiteral("recorded 1 of 3 images"));
        QCOMPARE(
            outcomes[1].logs,
            (QStringList {
                QStringLiteral("owner trail: PUT %1 answered HTTP 302").arg(outcomes[1].puts[0].url),
                QStringLiteral("owner trail: PUT %1 failed: no response").arg(outcomes[1].puts[1].url) }));
        for (const QString &line : outcomes[0].logs + outcomes[1].logs)
            QVERIFY2(!line.contains(QLatin1StringView("token"))
                         && !line.contains(QLatin1StringView("Content-Type"))
                         && !line.contains(QLatin1StringView("Request failed")),
                     qPrintable(line));
    }

    void atMostFiftyImagesAnEvent()
    {
        QJsonObject event = sampleEvent();
        const QJsonObject image = imagesOf(event)[0];
        QJsonArray images;
        for (int i = 0; i < 53; ++i) {
            QJsonObject each = image;
            each.insert(QStringLiteral("tag"), QStringLiteral("t%1").arg(i));
            images.append(each);
        }
        images.append(QStringLiteral("not an image"));
        event.insert(QStringLiteral("image_tags_object"), images);
        const QList<Outcome> outcomes = runWorker(OwnerTrailWorker::defaultRepository, { event });
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].error, QString());
        QCOMPARE(outcomes[0].puts.size(), OwnerTrailWorker::maxImages);
        QCOMPARE(outcomes[0].puts.last().url,
                 expectedUrl(OwnerTrailWorker::defaultRepository, event, images[49].toObject()));
        QCOMPARE(outcomes[0].message, QStringLiteral("recorded 50 of 53 images"));
        QCOMPARE(outcomes[0].logs,
                 QStringList { QStringLiteral(
                     "owner trail: 53 images; the last 3 are not recorded (at most 50 an event)") });

        // Nothing to record is not an error.
        QJsonObject empty = sampleEvent();
        empty.remove(QStringLiteral("image_tags_object"));
        const QList<Outcome> none = runWorker(OwnerTrailWorker::defaultRepository, { empty });
        QCOMPARE(none.size(), 1);
        QCOMPARE(none[0].error, QString());
        QCOMPARE(none[0].message, QStringLiteral("recorded 0 of 0 images"));
    }

    void codegenThroughTheCli()
    {
        auto cli = [](const QStringList &args) {
            QProcess process;
            process.start(TestEnvironment::cliPath(), QStringList { QStringLiteral("owners") } + args);
            const bool done = process.waitForFinished(60000);
            return std::make_tuple(done && process.exitStatus() == QProcess::NormalExit ? process.exitCode()
                                                                                        : -1,
                                   process.readAllStandardOutput(), process.readAllStandardError());
        };
        QVERIFY2(QFileInfo::exists(TestEnvironment::cliPath()),
                 "RD_CLI must name the built runtime-desk-cli");

        const QString out = m_dir.filePath(QStringLiteral("cli-default"));
        auto [exit, stdOut, stdErr] = cli({ QStringLiteral("codegen"), QStringLiteral("--out"), out });
        QVERIFY2(exit == 0, stdErr.constData());
        const WorkerGenerator::Output expected = OwnerTrailWorker::generate();
        QCOMPARE(QString::fromUtf8(stdOut).split(u'\n', Qt::SkipEmptyParts), expected.files.keys());
        for (auto it = expected.files.begin(); it != expected.files.end(); ++it) {
            QFile file(QDir(out).filePath(it.key()));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(it.key()));
            QCOMPARE(file.readAll(), it.value());
        }

        const QString custom = m_dir.filePath(QStringLiteral("cli-custom"));
        std::tie(exit, stdOut, stdErr) =
            cli({ QStringLiteral("codegen"), QStringLiteral("--repo"), QStringLiteral("team.trail_2"),
                  QStringLiteral("--out"), custom });
        QVERIFY2(exit == 0, stdErr.constData());
        QFile worker(QDir(custom).filePath(QStringLiteral("worker.ts")));
        QVERIFY(worker.open(QIODevice::ReadOnly));
        QCOMPARE(worker.readAll(), OwnerTrailWorker::workerSource(QStringLiteral("team.trail_2")));

        for (const QString &bad : { QStringLiteral("a/b"), QStringLiteral(".."), QString(65, u'x'),
                                    QStringLiteral("r\u00e9po"), QString() }) {
            const QString dir = m_dir.filePath(QStringLiteral("cli-bad"));
            std::tie(exit, stdOut, stdErr) = cli(
                { QStringLiteral("codegen"), QStringLiteral("--repo"), bad, QStringLiteral("--out"), dir });
            QCOMPARE(exit, 1);
            QVERIFY2(stdErr.contains("--repo: the repository key"), stdErr.constData());
            QVERIFY(!QFileInfo::exists(dir)); // nothing written
        }
        std::tie(exit, stdOut, stdErr) = cli({ QStringLiteral("codegen") });
        QCOMPARE(exit, 1);
        QVERIFY2(stdErr.contains("codegen needs --out DIR"), stdErr.constData());
        std::tie(exit, stdOut, stdErr) = cli({ QStringLiteral("--help") });
        QCOMPARE(exit, 0);
        QVERIFY(stdOut.contains("codegen [--repo KEY] --out DIR"));
        std::tie(exit, stdOut, stdErr) = cli({ QStringLiteral("codegen"), QStringLiteral("--help") });
        QCOMPARE(exit, 0);
        QVERIFY(stdOut.contains("--repo <key>"));
        QCOMPARE(std::get<0>(cli({ QStringLiteral("frobnicate") })), 1);
        QCOMPARE(std::get<0>(cli({})), 1);
    }

    // The collector's own writes, replayed against the demo platform's Artifactory over HTTPS, are what the
    // next sync reads back: owners on the rows of the event's digests, from that workload; the hostile
    // image's record (a path of encoded segments) comes back with its strings as the event sent them.
    void writesReplayedAgainstThePlatformAreReadBack()
    {
        DemoPlatform::Options options = DemoFixture::defaultOptions();
        options.tags = 300;
        options.listIncludesDetail = false;
        options.tagDetailEndpoint = false;
        options.ownerTrail = false; // an empty platform: only this test's writes
        DemoFixture fixture(options);
        QVERIFY(fixture.start());
        CreateGenericRepositoryRequest create(&fixture.client(), OwnerTrailWorker::defaultRepository, {},
                                              nullptr);
        QVERIFY(DemoFixture::run(create));
        QVERIFY2(!create.error(), qPrintable(create.error().message()));

        // One workload running three of the estate's rows (as the platform would describe them), and the
        // hostile image.
        QList<ImageTag> rows;
        for (const ImageTag &t : fixture.platform().expectedTags(DemoTagView::ListWithDetail)) {
            if (!t.digest.isEmpty() && t.deployedBy && !t.workloads.isEmpty() && rows.size() < 3)
                rows.append(t);
        }
        QCOMPARE(rows.size(), 3);
        QJsonObject event = multiImageEvent();
        QJsonArray images;
        for (const ImageTag &t : rows) {
            QJsonObject image { { QStringLiteral("name"), t.name },
                                { QStringLiteral("tag"), t.tag },
                                { QStringLiteral("registry"), t.registry },
                                { QStringLiteral("repository_path"), t.repositoryPath },
                                { QStringLiteral("architecture"), t.architecture },
                                { QStringLiteral("sha256"), t.digest },
                                { QStringLiteral("deployed_by"), *t.deployedBy } };
            if (t.buildInfo)
                image.insert(QStringLiteral("build_info"),
                             QJsonObject { { QStringLiteral("build_owner"), t.buildInfo->owner },
                                           { QStringLiteral("build_name"), t.buildInfo->name } });
            images.append(image);
        }
        const QJsonObject hostile = imagesOf(multiImageEvent()).constLast();
        images.append(hostile);
        event.insert(QStringLiteral("image_tags_object"), images);
        const QList<Outcome> outcomes =
            runWorker(OwnerTrailWorker::defaultRepository, { event }, QStringLiteral("201"));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].puts.size(), 4);
        QObject owner;
        for (const Put &put : outcomes[0].puts) {
            ApiCall call;
            call.method = "PUT";
            call.path = put.url; // already the encoded path the worker sent
            call.body = put.body;
            call.expectedStatuses = { 201 };
            ApiReply *reply = fixture.client().send(call, &owner);
            QSignalSpy done(reply, &ApiReply::finished);
            QVERIFY(done.wait(10000));
            QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
        }

        QTemporaryDir cacheDir;
        const QString cachePath = cacheDir.filePath(QStringLiteral("desk.cache.sqlite"));
        const SyncResult result = SyncCheck::run(&fixture.client(), cachePath);
        QCOMPARE(result.outcome, SyncResult::Outcome::Completed);
        QVERIFY2(result.trail.warning.isEmpty(), qPrintable(result.trail.warning));
        QCOMPARE(result.trail.stored, 4);
        auto cache = SyncCheck::openCache(cachePath);
        TagStore tags(*cache);
        const qint64 generation = GenerationStore(*cache).current()->id;
        const WorkloadRef where { QStringLiteral("checkout"), QStringLiteral("shop/../../admin"),
                                  QStringLiteral("prod.eu-1") };
        for (const ImageTag &t : rows) {
            const QList<StoredTag> found = tags.findByReference(generation, t.pinnedReference());
            QCOMPARE(found.size(), 1);
            const StoredTag &s = found.constFirst();
            QCOMPARE(s.tag.deployedBy, t.deployedBy);
            QCOMPARE(s.tag.buildInfo ? s.tag.buildInfo->owner : QString(),
                     t.buildInfo ? t.buildInfo->owner : QString());
            QCOMPARE(s.owners.deployedBy, OwnerProvenance::Source::Trail);
            QCOMPARE(s.owners.deployRecord->workload, where);
        }
        ImageTag evil;
        evil.registry = hostile[QLatin1StringView("registry")].toString();
        evil.repositoryPath = hostile[QLatin1StringView("repository_path")].toString();
        evil.name = hostile[QLatin1StringView("name")].toString();
        evil.tag = hostile[QLatin1StringView("tag")].toString();
        evil.architecture = hostile[QLatin1StringView("architecture")].toString();
        const QList<OwnerRecord> history = OwnerTrailStore(*cache).history(evil);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().deployedBy,
                 std::optional<QString>(hostile[QLatin1StringView("deployed_by")].toString()));
        QCOMPARE(history.constFirst().buildInfo->owner,
                 hostile[QLatin1StringView("build_info")][QLatin1StringView("build_owner")].toString());
        QCOMPARE(history.constFirst().buildInfo->number, QStringLiteral("42"));
        QCOMPARE(history.constFirst().workload, where);
    }
};

QTEST_GUILESS_MAIN(TestOwnerTrail)
#include "tst_ownertrail.moc"
