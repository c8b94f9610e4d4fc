// DemoTrail, the demo platform's port of the owner trail's collector (src/rules/collector-worker.ts):
// segment() on hand-checked values (the cases tst_ownertrail gives the collector, and more), and the
// collector itself, run in node (tools/tscheck/run-worker.mjs), on the events of a demo estate and on
// a hostile event: every PUT's URL and body must be what DemoTrail says, byte for byte.
#include "demodataset.h"
#include "demotrail.h"
#include "jsonwriter.h"
#include "nodetools.h"
#include "ownertrailworker.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const qint64 now = 1796000000; // seconds; the collector's Date.now() in node

struct Put
{
    QString url;
    QByteArray body;
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The event the platform sends for one workload and the rows that run in it (docs/jfrog-api.md 4.3), with
// the fields the collector reads, in the platform's order.
QByteArray eventJson(const WorkloadRef &workload, const QList<ImageTag> &images)
{
    JsonWriter w;
    w.beginObject();
    w.key(u"change_type").value(u"workload");
    w.key(u"workload_changed_object").beginObject();
    w.key(u"name").value(workload.name);
    w.key(u"namespace").value(workload.nameSpace);
    w.key(u"cluster").value(workload.cluster);
    w.key(u"nodes").beginArray().value(u"node-1").endArray();
    w.endObject();
    w.key(u"image_tags_object").beginArray();
    for (const ImageTag &t : images) {
        w.beginObject();
        w.key(u"name").value(t.name);
        w.key(u"registry").value(t.registry);
        w.key(u"repository_path").value(t.repositoryPath);
        w.key(u"architecture").value(t.architecture);
        w.key(u"tag").value(t.tag);
        if (!t.digest.isEmpty())
            w.key(u"sha256").value(t.digest);
        w.key(u"risks").beginArray().endArray();
        w.key(u"malicious_packages").null();
        if (t.deployedBy)
            w.key(u"deployed_by").value(*t.deployedBy);
        if (t.buildInfo) {
            w.key(u"build_info").beginObject();
            if (!t.buildInfo->owner.isEmpty())
                w.key(u"build_owner").value(t.buildInfo->owner);
            w.key(u"build_name").value(t.buildInfo->name);
            w.key(u"build_number").value(t.buildInfo->number);
            w.key(u"build_repository").value(t.buildInfo->repository);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.data();
}

} // namespace

class TestDemoTrail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The collector, run in node over `events` (a JSON array): the PUTs of each event, in order.
    QList<QList<Put>> runCollector(const QByteArray &events)
    {
        QList<QList<Put>> out;
        const QString worker = m_dir.filePath(QStringLiteral("worker.ts"));
        const QString eventsPath = m_dir.filePath(QStringLiteral("events.json"));
        const QString secrets = m_dir.filePath(QStringLiteral("secrets.json"));
        for (const auto &[path, content] :
             { std::pair { worker, OwnerTrailWorker::workerSource(OwnerTrailWorker::defaultRepository) },
               std::pair { eventsPath, events }, std::pair { secrets, QByteArray("{}") } }) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(content) != content.size())
                return out;
        }
        const NodeTools::Run run = NodeTools::node(
            { QStringLiteral("run-worker.mjs"), QStringLiteral("--worker"), worker,
              QStringLiteral("--events"), eventsPath, QStringLiteral("--secrets"), secrets,
              QStringLiteral("--time"), QString::number(now), QStringLiteral("--platform-http") });
        if (run.exitCode != 0) {
            qWarning("run-worker.mjs: %s", run.err.constData());
            return out;
        }
        for (const QJsonValue &result : QJsonDocument::fromJson(run.out).array()) {
            if (!result[QLatin1StringView("error")].toString().isEmpty())
                qWarning("collector: %s", qPrintable(result[QLatin1StringView("error")].toString()));
            QList<Put> puts;
            for (const QJsonValue &call : result[QLatin1StringView("platform_calls")].toArray())
                puts.append(
                    { call[QLatin1StringView("url")].toString(),
                      QByteArray::fromBase64(call[QLatin1StringView("body_base64")].toString().toLatin1()) });
            out.append(puts);
        }
        return out;
    }

    static QString expectedUrl(const QString &path)
    {
        return QStringLiteral("/artifactory/") + OwnerTrailWorker::defaultRepository + u'/'
            + QString(path).replace(u'%', QStringLiteral("%25"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY(m_dir.isValid());
    }

    void segment_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << QJsonValue(QStringLiteral("v1.2.3_rc-1")) << QStringLiteral("v1.2.3_rc-1");
        QTest::newRow("digest")
            << QJsonValue(QStringLiteral("bce40a2025d450f7865c5ec6f1ebea13108166f81fe41462069690cb4d96c00f"))
            << QStringLiteral("bce40a2025d450f7865c5ec6f1ebea13108166f81fe41462069690cb4d96c00f");
        QTest::newRow("empty") << QJsonValue(QString()) << QStringLiteral("~");
        QTest::newRow("null") << QJsonValue() << QStringLiteral("~");
        QTest::newRow("bool") << QJsonValue(true) << QStringLiteral("~");
        QTest::newRow("object") << QJsonValue(QJsonObject { { QStringLiteral("a"), 1 } })
                                << QStringLiteral("~");
        QTest::newRow("number") << QJsonValue(42) << QStringLiteral("42");
        QTest::newRow("fraction") << QJsonValue(1.5) << QStringLiteral("1.5");
        QTest::newRow("exponent") << QJsonValue(1e21) << QStringLiteral("1e%2B21"); // String(1e21) is "1e+21"
        QTest::newRow("dot") << QJsonValue(QStringLiteral(".")) << QStringLiteral("%2E");
        QTest::newRow("dots") << QJsonValue(QStringLiteral("..")) << QStringLiteral("%2E%2E");
        QTest::newRow("three dots") << QJsonValue(QStringLiteral("...")) << QStringLiteral("%2E%2E%2E");
        QTest::newRow("dots inside") << QJsonValue(QStringLiteral("prod.eu-1"))
                                     << QStringLiteral("prod.eu-1");
        QTest::newRow("slash and dots")
            << QJsonValue(QStringLiteral("shop/../../admin")) << QStringLiteral("shop%2F..%2F..%2Fadmin");
        QTest::newRow("registry") << QJsonValue(QStringLiteral("evil.io/../../"))
                                  << QStringLiteral("evil.io%2F..%2F..%2F");
        QTest::newRow("percent") << QJsonValue(QStringLiteral("100%")) << QStringLiteral("100%25");
        QTest::newRow("tilde") << QJsonValue(QStringLiteral("~")) << QStringLiteral("%7E");
        QTest::newRow("space and plus") << QJsonValue(QStringLiteral("a b+c")) << QStringLiteral("a%20b%2Bc");
        QTest::newRow("markup") << QJsonValue(QStringLiteral("<script>alert(1)</script>"))
                                << QStringLiteral("%3Cscript%3Ealert%281%29%3C%2Fscript%3E");
        QTest::newRow("controls") << QJsonValue(QStringLiteral("v1\n\r\t%2e%2e/\u0000x"))
                                  << QStringLiteral("v1%0A%0D%09%252e%252e%2F%00x");
        QTest::newRow("non-ASCII") << QJsonValue(QStringLiteral("\u202e\u00fc\u65e5\u672c\U0001F464"))
                                   << QStringLiteral("%E2%80%AE%C3%BC%E6%97%A5%E6%9C%AC%F0%9F%91%A4");
        QTest::newRow("lone surrogate")
            << QJsonValue(QString(QChar(0xd800)) + u'x') << QStringLiteral("%EF%BF%BDx");
        QTest::newRow("128") << QJsonValue(QString(128, u'a')) << QString(128, u'a');
        QTest::newRow("129") << QJsonValue(QString(129, u'a'))
                             << QStringLiteral("~sha256-") + sha256Hex(QByteArray(129, 'a'));
        // 43 slashes encode to 129 characters: hashed, over the text's own UTF-8.
        QTest::newRow("43 slashes") << QJsonValue(QString(43, u'/'))
                                    << QStringLiteral("~sha256-") + sha256Hex(QByteArray(43, '/'));
        QTest::newRow("42 slashes") << QJsonValue(QString(42, u'/')) << QStringLiteral("%2F").repeated(42);
        QTest::newRow("long hostile")
            << QJsonValue(QStringLiteral("\u65e5/..").repeated(20))
            << QStringLiteral("~sha256-") + sha256Hex(QStringLiteral("\u65e5/..").repeated(20).toUtf8());
    }

    void segment()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, encoded);
        QCOMPARE(DemoTrail::segment(value), encoded);
        if (!encoded.startsWith(u'~')) // percent-decoding gives the value back
            QCOMPARE(
                QUrl::fromPercentEncoding(encoded.toUtf8()),
                value.isString()
                    ? QString(value.toString()).replace(QChar(0xd800), QChar(QChar::ReplacementCharacter))
                    : QString::fromUtf8(JsonWriter::stringify(value)));
    }

    // The estate's events through the collector: the same paths and bytes as DemoTrail's.
    void collectorWritesWhatTheDemoSays()
    {
        QVERIFY2(NodeTools::missing().isEmpty(), qPrintable(NodeTools::missing()));
        const DemoDataset dataset(5, 600);
        QList<WorkloadRef> workloads;
        QList<QList<ImageTag>> images;
        QByteArray events = "[";
        int noDigest = 0, adversarial = 0, noDeployer = 0, noBuild = 0, noBuildOwner = 0;
        for (int w = 0; w < dataset.workloads().size(); ++w) {
            const WorkloadRef workload = dataset.workloadRef(dataset.workloads().key(w));
            QList<ImageTag> tags;
            for (quint32 row : dataset.workloads().tagsOf(w)) {
                tags.append(dataset.tag(int(row), DemoTagView::ListWithDetail));
                const ImageTag &t = tags.last();
                noDigest += t.digest.isEmpty();
                adversarial += dataset.record(int(row)).flags & DemoDataset::AdversarialTag ? 1 : 0;
                noDeployer += !t.deployedBy;
                noBuild += !t.buildInfo;
                noBuildOwner += t.buildInfo && t.buildInfo->owner.isEmpty();
            }
            QVERIFY(tags.size() <= OwnerTrailWorker::maxImages);
            events += (w ? "," : "") + eventJson(workload, tags);
            workloads.append(workload);
            images.append(tags);
        }
        events += ']';
        // Every shape the trail must carry is in this estate.
        QVERIFY(noDigest > 0 && adversarial > 0 && noDeployer > 0 && noBuild > 0 && noBuildOwner > 0);

        const QList<QList<Put>> puts = runCollector(events);
        QCOMPARE(puts.size(), workloads.size());
        int compared = 0;
        for (qsizetype e = 0; e < workloads.size(); ++e) {
            QCOMPARE(puts[e].size(), images[e].size());
            for (qsizetype i = 0; i < images[e].size(); ++i) {
                QCOMPARE(puts[e][i].url, expectedUrl(DemoTrail::objectPath(images[e][i], workloads[e])));
                QCOMPARE(puts[e][i].body, DemoTrail::record(images[e][i], workloads[e], now * 1000));
                ++compared;
            }
        }
        QVERIFY(compared > 300);

        // And what DemoTrail::generate() makes for that estate is the same, but for the time.
        const QList<DemoTrailRecord> made = DemoTrail::generate(dataset, now * 1000);
        QVERIFY(made.size() > compared * 8 / 10 && made.size() < compared);
        static const QRegularExpression recordedAt(QStringLiteral("\"recorded_at\":\"[^\"]*\""));
        QHash<QString, QByteArray> byUrl;
        for (qsizetype e = 0; e < workloads.size(); ++e)
            for (const Put &put : puts[e])
                byUrl.insert(put.url,
                             QByteArray(put.body).replace(
                                 recordedAt.match(QString::fromUtf8(put.body)).captured().toUtf8(), ""));
        for (const DemoTrailRecord &r : made) {
            const QString url = expectedUrl(r.path);
            QVERIFY2(byUrl.contains(url), qPrintable(url));
            QCOMPARE(QByteArray(r.json).replace(
                         recordedAt.match(QString::fromUtf8(r.json)).captured().toUtf8(), ""),
                     byUrl.value(url));
        }
    }

    // A hostile event through the collector: each path segment is DemoTrail::segment() of the raw value
    // (numbers, dots, slashes, percent signs, controls, non-ASCII, a lone surrogate, a long value).
    void hostileEventSegments()
    {
        QVERIFY2(NodeTools::missing().isEmpty(), qPrintable(NodeTools::missing()));
        const QJsonObject workload { { QStringLiteral("name"), QStringLiteral("checkout\n..") },
                                     { QStringLiteral("namespace"), QStringLiteral("..") },
                                     { QStringLiteral("cluster"), 7 } };
        const QList<QJsonObject> hostile {
            QJsonObject { { QStringLiteral("sha256"), QStringLiteral("../../etc") },
                          { QStringLiteral("tag"), 1e21 } },
            QJsonObject {
                { QStringLiteral("registry"), QStringLiteral("evil.io/../../") },
                { QStringLiteral("repository_path"), QStringLiteral("...") },
                { QStringLiteral("name"), QString(QString(QChar(0xdc00)) + QStringLiteral("%2e%2e")) },
                { QStringLiteral("tag"), QStringLiteral("\u65e5/..").repeated(20) },
                { QStringLiteral("architecture"), true } },
        };
        QJsonArray list;
        for (const QJsonObject &image : hostile)
            list.append(image);
        const QJsonObject event { { QStringLiteral("change_type"), QStringLiteral("workload") },
                                  { QStringLiteral("workload_changed_object"), workload },
                                  { QStringLiteral("image_tags_object"), list } };
        const QList<QList<Put>> puts = runCollector(JsonWriter::stringify(QJsonArray { event }));
        QCOMPARE(puts.size(), 1);
        QCOMPARE(puts[0].size(), 2);
        auto path = [&workload](const QStringList &image) -> QString {
            QStringList parts = QStringList { QStringLiteral("v1") } + image;
            for (const char *key : { "cluster", "namespace", "name" })
                parts << DemoTrail::segment(workload.value(QLatin1StringView(key)));
            return parts.join(u'/') + QStringLiteral(".json");
        };
        auto seg = [](const QJsonObject &image, const char *key) {
            return DemoTrail::segment(image.value(QLatin1StringView(key)));
        };
        QCOMPARE(puts[0][0].url,
                 expectedUrl(
                     path({ QStringLiteral("sha256"), seg(hostile[0], "sha256"), seg(hostile[0], "tag") })));
        QCOMPARE(puts[0][1].url,
                 expectedUrl(path({ QStringLiteral("no-digest"), seg(hostile[1], "registry"),
                                    seg(hostile[1], "repository_path"), seg(hostile[1], "name"),
                                    seg(hostile[1], "tag"), seg(hostile[1], "architecture") })));
        QVERIFY(puts[0][0].url.contains(u"/1e%252B21/7/%252E%252E/checkout%250A...json"));
    }

    // The app's default demo estate: no workload runs more images than the collector records an event,
    // so the pre-made trail is what the collector would have written.
    void defaultEstateFitsTheCollector()
    {
        const DemoDataset dataset(42, 20000);
        int largest = 0;
        for (int w = 0; w < dataset.workloads().size(); ++w)
            largest = std::max(largest, dataset.workloads().tagCount(w));
        QVERIFY2(largest <= OwnerTrailWorker::maxImages, qPrintable(QString::number(largest)));
    }
};

QTEST_GUILESS_MAIN(TestDemoTrail)
#include "tst_demotrail.moc"
