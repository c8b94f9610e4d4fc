// The demo estate: deterministic, realistic, consistent with the API contract, cheap to serve.
#include "demodataset.h"
#include "demojson.h"
#include "demoruntimeapi.h"
#include "demovocabulary.h"
#include "runtimejson.h"
#include "testenvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include <ctime>
#include <malloc.h>

namespace {

constexpr quint64 secret = 0x5ec2e7;

QByteArray listBody(int limit, const QString &nextKey = {}, const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("limit"), limit);
    if (!nextKey.isEmpty())
        body.insert(QStringLiteral("next_key"), nextKey);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject bodyOf(const DemoResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString nextKeyOf(const DemoResponse &response)
{
    return bodyOf(response)
        .value(QLatin1StringView("pagination"))
        .toObject()
        .value(QLatin1StringView("next_key"))
        .toString();
}

// Every page of POST /images/tags for one query, as the client parses them.
QList<ImageTag> pageThrough(DemoRuntimeApi &api, const DemoDataset &dataset, int limit,
                            const QJsonObject &extra = {})
{
    QList<ImageTag> tags;
    QString key;
    for (int guard = 0; guard < 100000; ++guard) {
        const DemoResponse response = api.imageTags(dataset, listBody(limit, key, extra));
        QString error;
        const auto page = RuntimeJson::parseImageTagsPage(response.body, &error);
        if (!page) {
            qWarning() << error;
            return {};
        }
        tags += page->items;
        key = page->nextKey;
        if (key.isEmpty())
            break;
    }
    return tags;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

qint64 heapBytes()
{
    return qint64(mallinfo2().uordblks)
        + qint64(mallinfo2().hblkhd); // glibc: bytes in use, small and mmapped
}

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool containsAny(const QString &text, std::initializer_list<char16_t> chars)
{
    return std::any_of(chars.begin(), chars.end(), [&text](char16_t c) { return text.contains(QChar(c)); });
}

} // namespace

class TestDemoDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void determinism();
    void sizeOne();
    void size200k();
    void riskSpellingsAndConsistency();
    void workloadsAgreeWithTags();
    void adversarialStrings();
    void writerMatchesRuntimeJson();
    void pagingEqualsExpected();
    void validation();
    void filters();
    void advance();
    void shapes_data();
    void shapes();
    void shapesKeepTheBaseRows();
    void shapesSurviveAdvance();
    void sharedAndMissingDigests();
};

void TestDemoDataset::determinism()
{
    DemoDataset a(42, 5000), b(42, 5000), c(43, 5000);
    DemoRuntimeApi apiA(secret, true), apiB(secret, true), apiC(secret, true);
    for (const char *order : { "", "name", "repository_path", "registry", "risks" }) {
        QJsonObject extra;
        if (*order)
            extra.insert(QStringLiteral("order_by"), QLatin1StringView(order));
        const DemoResponse first = apiA.imageTags(a, listBody(100, {}, extra));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body, apiB.imageTags(b, listBody(100, {}, extra)).body);
        QVERIFY(first.body != apiC.imageTags(c, listBody(100, {}, extra)).body);
        const QString key = nextKeyOf(first);
        QVERIFY(!key.isEmpty());
        QCOMPARE(apiA.imageTags(a, listBody(100, key, extra)).body,
                 apiB.imageTags(b, listBody(100, key, extra)).body);
    }
    QCOMPARE(apiA.workloads(a, listBody(50)).body, apiB.workloads(b, listBody(50)).body);
    QCOMPARE(apiA.clusters(a, listBody(10)).body, apiB.clusters(b, listBody(10)).body);
    QCOMPARE(a.expectedTags(DemoTagView::Detail), b.expectedTags(DemoTagView::Detail));
}

void TestDemoDataset::sizeOne()
{
    DemoDataset dataset(7, 1);
    QCOMPARE(dataset.size(), 1);
    DemoRuntimeApi api(secret, false);
    const DemoResponse response = api.imageTags(dataset, listBody(10));
    const QJsonObject body = bodyOf(response);
    QCOMPARE(body.value(QLatin1StringView("total_count")).toInt(), 1);
    QCOMPARE(body.value(QLatin1StringView("image_tags")).toArray().size(), 1);
    QVERIFY(nextKeyOf(response).isEmpty());
    QVERIFY(response.lastPage);
    QCOMPARE(pageThrough(api, dataset, 1), dataset.expectedTags(DemoTagView::List));
    QVERIFY(!dataset.clusters().cluster(0, true).nodes.isEmpty());
}

void TestDemoDataset::size200k()
{
    const qint64 rssBefore = residentKiB();
    const qint64 heapBefore = heapBytes();
    QElapsedTimer timer;
    timer.start();
    DemoDataset dataset(2024, 200000);
    const qint64 buildMs = timer.elapsed();
    const double heapMegabytes = double(heapBytes() - heapBefore) / 1048576.0;
    const double rssMegabytes = double(residentKiB() - rssBefore) / 1024.0;
    QCOMPARE(dataset.size(), 200000);
    qInfo("200,000 tags: built in %lld ms, heap in use +%.1f MB (resident +%.1f MB), %d images, %d workloads",
          buildMs, heapMegabytes, rssMegabytes, dataset.images().size(), dataset.workloads().size());
    QVERIFY2(heapMegabytes < 150 && rssMegabytes < 150,
             qPrintable(QStringLiteral("%1 MB").arg(heapMegabytes)));

    // Page serving cost: 100-tag pages at offsets all over the estate, in every order.
    DemoRuntimeApi api(secret, true);
    QString key;
    const DemoResponse warm = api.imageTags(dataset, listBody(100));
    QCOMPARE(warm.status, 200);
    int pages = 0;
    qint64 bytes = 0;
    qint64 cpuNs = 0;
    qint64 wallNs = 0;
    for (const char *order : { "", "name", "risks" }) {
        QJsonObject extra;
        if (*order)
            extra.insert(QStringLiteral("order_by"), QLatin1StringView(order));
        key.clear();
        for (int p = 0; p < 40; ++p) {
            const QByteArray request = listBody(100, key, extra);
            const qint64 cpuStart = threadCpuNs();
            timer.restart();
            const DemoResponse response = api.imageTags(dataset, request); // only the server's work is timed
            wallNs += timer.nsecsElapsed();
            cpuNs += threadCpuNs() - cpuStart;
            bytes += response.body.size();
            key = nextKeyOf(response);
            ++pages;
        }
    }
    const double cpuMsPerPage = double(cpuNs) / 1e6 / pages;
    qInfo("100-tag page: %.3f ms CPU (%.3f ms wall) per page, %lld bytes per page", cpuMsPerPage,
          double(wallNs) / 1e6 / pages, bytes / pages);
    QVERIFY2(cpuMsPerPage < 4.0, "serving a page is far slower than the 1 ms budget");

    // A filtered query costs one scan, then pages come from the cache.
    const QJsonObject filtered {
        { QStringLiteral("filters"),
          QJsonObject {
              { QStringLiteral("risk"), QJsonArray { QStringLiteral("critical_applicable_cve") } } } }
    };
    timer.restart();
    const DemoResponse first = api.imageTags(dataset, listBody(100, {}, filtered));
    const double scanMs = double(timer.nsecsElapsed()) / 1e6;
    const QByteArray second = listBody(100, nextKeyOf(first), filtered);
    timer.restart();
    api.imageTags(dataset, second);
    qInfo("filtered listing: first page %.2f ms (with the scan), next page %.2f ms; %d matches", scanMs,
          double(timer.nsecsElapsed()) / 1e6, bodyOf(first).value(QLatin1StringView("total_count")).toInt());

    timer.restart();
    dataset.advance();
    qInfo("advance() at 200,000 tags: %lld ms", timer.elapsed());
}

void TestDemoDataset::riskSpellingsAndConsistency()
{
    DemoDataset dataset(99, 20000);
    const QStringList spellings { QStringLiteral("malicious"), QStringLiteral("untrusted_registry"),
                                  QStringLiteral("integrity_violation"),
                                  QStringLiteral("critical_applicable_cves") };
    QSet<QString> identities, applicabilities, seenRisks, statuses, architectures;
    int violations = 0, malicious = 0, vulnerabilities = 0;
    for (const ImageTag &t : dataset.expectedTags(DemoTagView::ListWithDetail)) {
        for (const QString &r : t.rawRisks) {
            QVERIFY2(spellings.contains(r), qPrintable(r));
            seenRisks.insert(r);
        }
        QVERIFY(t.tag.size() <= 128 && !t.tag.isEmpty());
        // One row per tag, architecture and digest: a multi-architecture or re-pushed tag has several rows.
        const QString identity = t.key(); // registry, repository path, name, tag, architecture, digest
        QVERIFY2(!identities.contains(identity), qPrintable(t.reference()));
        identities.insert(identity);
        const bool trusted = t.registry.endsWith(u".jfrog.io");
        QCOMPARE(*t.registryTrusted, trusted);
        QCOMPARE(t.risks.testFlag(Risk::UntrustedRegistry), !trusted);
        QCOMPARE(t.risks.testFlag(Risk::CriticalApplicableCves), t.criticalApplicableCount() > 0);
        QCOMPARE(t.risks.testFlag(Risk::Malicious), !t.maliciousPackages.isEmpty());
        QCOMPARE(t.integrity.has_value(), !t.digest.isEmpty()); // no digest, no integrity claim
        const bool violated = t.integrity && t.integrity->status == u"violation";
        QCOMPARE(t.risks.testFlag(Risk::IntegrityViolation), violated);
        if (t.integrity)
            QCOMPARE(t.integrity->runtimeDigest != t.integrity->expectedDigest, violated);
        if (violated)
            QCOMPARE(t.integrity->violationType, QStringLiteral("digest_mismatch"));
        QCOMPARE(t.buildInfo.has_value(), trusted);
        QVERIFY(!t.deployedBy || !t.deployedBy->isEmpty()); // absent, or a value
        QVERIFY(t.digest.isEmpty() || t.digest.size() == 64);
        if (!trusted)
            QVERIFY(t.vulnerabilities.isEmpty()); // vulnerabilities only for trusted registries
        for (const Vulnerability &v : t.vulnerabilities) {
            QVERIFY(v.cveId.startsWith(u"CVE-") && v.xrayId.startsWith(u"XRAY-"));
            QVERIFY(v.severity != Severity::Unknown);
            QVERIFY(v.components.first().id.contains(u"://"));
            applicabilities.insert(v.applicability);
        }
        statuses.insert(t.runtimeStatus);
        architectures.insert(t.architecture);
        violations += violated;
        malicious += !t.maliciousPackages.isEmpty();
        vulnerabilities += int(t.vulnerabilities.size());
    }
    QCOMPARE(seenRisks.size(), 4);
    QCOMPARE(
        applicabilities,
        QSet<QString>(DemoVocabulary::applicabilities().cbegin(), DemoVocabulary::applicabilities().cend()));
    QCOMPARE(
        statuses,
        (QSet<QString> { QStringLiteral("running"), QStringLiteral("stopped"), QStringLiteral("unknown") }));
    QCOMPARE(architectures,
             (QSet<QString> { QStringLiteral("amd64"), QStringLiteral("arm64"), QStringLiteral("arm"),
                              QStringLiteral("ppc64le") }));
    const double average = double(vulnerabilities) / dataset.size();
    qInfo("20,000 tags: %.2f vulnerabilities per tag, %d integrity violations, %d malicious", average,
          violations, malicious);
    QVERIFY(average > 3.0 && average < 5.0);
    QVERIFY(violations > 20000 * 0.02 && violations < 20000 * 0.045);
    QVERIFY(malicious > 0 && malicious < 20000 * 0.02);
    QVERIFY(dataset.clusters().size() >= 5 && dataset.clusters().size() <= 6);
}

void TestDemoDataset::workloadsAgreeWithTags()
{
    DemoDataset dataset(5, 3000);
    QSet<QString> fromTags;
    for (const ImageTag &t : dataset.expectedTags(DemoTagView::List)) {
        for (const WorkloadRef &w : t.workloads)
            fromTags.insert(w.cluster + u'/' + w.nameSpace + u'/' + w.name);
    }
    QSet<QString> listed;
    for (int w = 0; w < dataset.workloads().size(); ++w) {
        const Workload workload = dataset.workloads().workload(dataset, w);
        listed.insert(workload.cluster + u'/' + workload.nameSpace + u'/' + workload.name);
        QVERIFY(!workload.nodes.isEmpty());
        QCOMPARE(workload.processes.size(), dataset.workloads().tagCount(w));
        const QStringList nodes =
            dataset.clusters().nodeNames(DemoDataset::clusterOfKey(dataset.workloads().key(w)));
        for (const QString &node : workload.nodes)
            QVERIFY(nodes.contains(node));
    }
    QCOMPARE(listed, fromTags);
}

void TestDemoDataset::adversarialStrings()
{
    DemoDataset dataset(11, 5000);
    int rtl = 0, zeroWidth = 0, html = 0, cjk = 0, accents = 0, owners = 0, tags = 0;
    for (const ImageTag &t : dataset.expectedTags(DemoTagView::ListWithDetail)) {
        const QString deployer = t.deployedBy.value_or(QString());
        const QString all = t.name + t.tag + deployer + (t.buildInfo ? t.buildInfo->owner : QString());
        rtl += containsAny(all, { 0x200F, 0x202E });
        zeroWidth += containsAny(all, { 0x200B, 0x200D, 0xFEFF });
        html += all.contains(u"<img src=http://127.0.0.1:9/x>") || all.contains(u"<b>bold</b>");
        cjk += containsAny(all, { 0x6570, 0x7248, 0x5C71 });
        accents += all.contains(u"café");
        owners += DemoVocabulary::adversarialOwners().contains(deployer);
        tags += std::any_of(t.tag.cbegin(), t.tag.cend(),
                            [](QChar c) { return c.unicode() > 0x7f || c == u'<'; });
    }
    qInfo(
        "5,000 tags: rtl %d, zero-width %d, html %d, cjk %d, café %d, hostile deployers %d, hostile tags %d",
        rtl, zeroWidth, html, cjk, accents, owners, tags);
    QVERIFY(rtl > 0 && zeroWidth > 0 && html > 0 && cjk > 0 && accents > 0 && owners > 0 && tags > 0);
    QVERIFY(rtl + zeroWidth + html + cjk < dataset.size() / 10); // a small fraction
}

void TestDemoDataset::writerMatchesRuntimeJson()
{
    DemoDataset dataset(3, 2000);
    for (DemoTagView view : { DemoTagView::List, DemoTagView::ListWithDetail, DemoTagView::Detail }) {
        for (int i = 0; i < dataset.size(); ++i) {
            const ImageTag tag = dataset.tag(i, view);
            QByteArray written;
            DemoJson::appendImageTag(written, tag, view);
            QJsonParseError error;
            QJsonObject parsed = QJsonDocument::fromJson(written, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            if (view == DemoTagView::Detail) {
                QCOMPARE(parsed.take(QStringLiteral("clusters_count")).toInt(), tag.clusters().size());
                QCOMPARE(parsed.take(QStringLiteral("workloads_count")).toInt(), tag.workloads.size());
            }
            QJsonObject expected = RuntimeJson::toJson(tag);
            if (tag.buildInfo && tag.buildInfo->owner.isEmpty()) { // the demo leaves an empty owner out
                QJsonObject buildInfo = expected.value(QLatin1StringView("build_info")).toObject();
                buildInfo.remove(QStringLiteral("build_owner"));
                expected.insert(QStringLiteral("build_info"), buildInfo);
            }
            QCOMPARE(parsed, expected);
            QCOMPARE(RuntimeJson::imageTagFromJson(parsed, nullptr), std::optional<ImageTag>(tag));
        }
    }
}

void TestDemoDataset::pagingEqualsExpected()
{
    DemoDataset dataset(21, 1234);
    DemoRuntimeApi documented(secret, false), detailed(secret, true);
    QCOMPARE(pageThrough(documented, dataset, 100), dataset.expectedTags(DemoTagView::List));
    QCOMPARE(pageThrough(detailed, dataset, 37), dataset.expectedTags(DemoTagView::ListWithDetail));
    // Other orders hold the same set.
    const QJsonObject byRisk { { QStringLiteral("order_by"), QStringLiteral("risks") } };
    const QList<ImageTag> risky = pageThrough(documented, dataset, 100, byRisk);
    QCOMPARE(risky.size(), dataset.size());
    QVERIFY(RiskNames::rank(risky.first().risks) >= RiskNames::rank(risky.last().risks));
    QCOMPARE(risky.first().risks.testFlag(Risk::Malicious), true);
}

void TestDemoDataset::validation()
{
    DemoDataset dataset(1, 300);
    DemoRuntimeApi api(secret, true);
    for (const QByteArray &body : { QByteArray(R"({"limit":0})"), QByteArray(R"({"limit":101})"),
                                    QByteArray(R"({"limit":"10"})"), QByteArray(R"({"limit":2.5})") }) {
        const DemoResponse response = api.imageTags(dataset, body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body, QByteArray(R"({"message":"limit should be between 1 and 100"})"));
        QCOMPARE(api.workloads(dataset, body).status, 400);
        QCOMPARE(api.clusters(dataset, body).status, 400);
    }
    QCOMPARE(
        bodyOf(api.imageTags(dataset, QByteArray())).value(QLatin1StringView("image_tags")).toArray().size(),
        10);
    const QString key = nextKeyOf(api.imageTags(dataset, listBody(10)));
    QVERIFY(!key.isEmpty());
    QVERIFY(key != u"1" && key.toInt() == 0); // opaque, not a page number in clear
    QString tampered = key;
    tampered[3] = tampered.at(3) == u'A' ? u'B' : u'A';
    for (const QString &bad : { tampered, QStringLiteral("1"), QStringLiteral("%%%") }) {
        const DemoResponse response = api.imageTags(dataset, listBody(10, bad));
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response).value(QLatin1StringView("message")).toString(),
                 QStringLiteral("invalid next_key"));
    }
    // A key is bound to its query.
    const QJsonObject other { { QStringLiteral("order_by"), QStringLiteral("name") } };
    QCOMPARE(api.imageTags(dataset, listBody(10, key, other)).status, 400);
    QCOMPARE(
        api.imageTags(dataset, listBody(10, {}, { { QStringLiteral("order_by"), QStringLiteral("size") } }))
            .status,
        400);
    QCOMPARE(api.cluster(dataset, QStringLiteral("999")).status, 404);
    QCOMPARE(api.cluster(dataset, QStringLiteral("999")).body,
             QByteArray(R"({"error":"cluster not found"})"));
    QCOMPARE(api.imageTag(dataset, QString(64, u'0')).status, 404);
    QCOMPARE(api.imageTag(dataset, dataset.digest(5)).status, 200);
}

void TestDemoDataset::filters()
{
    DemoDataset dataset(8, 4000);
    DemoRuntimeApi api(secret, false);
    auto query = [&](const QJsonObject &filters) {
        return pageThrough(api, dataset, 100, { { QStringLiteral("filters"), filters } });
    };
    const auto critical =
        query({ { QStringLiteral("risk"), QJsonArray { QStringLiteral("critical_applicable_cve") } } });
    QVERIFY(!critical.isEmpty());
    QCOMPARE(query({ { QStringLiteral("risk"), QJsonArray { QStringLiteral("critical_applicable") } } }),
             critical);
    for (const ImageTag &t : critical)
        QVERIFY(t.criticalApplicableCount() > 0);
    const auto untrusted =
        query({ { QStringLiteral("risk"), QJsonArray { QStringLiteral("untrusted_registry") } } });
    QVERIFY(!untrusted.isEmpty());
    for (const ImageTag &t : untrusted)
        QVERIFY(t.risks.testFlag(Risk::UntrustedRegistry));
    const QString cluster = dataset.clusters().spec(0).name;
    const auto inCluster =
        query({ { QStringLiteral("cluster"), QJsonArray { cluster } },
                { QStringLiteral("namespace"), QJsonArray { QStringLiteral("production") } } });
    QVERIFY(!inCluster.isEmpty());
    for (const ImageTag &t : inCluster) {
        QVERIFY(std::any_of(t.workloads.cbegin(), t.workloads.cend(), [&](const WorkloadRef &w) {
            return w.cluster == cluster && w.nameSpace == u"production";
        }));
    }
    const auto log4j =
        query({ { QStringLiteral("cve_id"), QJsonArray { QStringLiteral("CVE-2021-44228") } } });
    const auto log4jComponent =
        query({ { QStringLiteral("component"),
                  QJsonArray { QJsonObject {
                      { QStringLiteral("name"), QStringLiteral("org.apache.logging.log4j:log4j-core") },
                      { QStringLiteral("version"), QStringLiteral("2.14.1") } } } } });
    QVERIFY(!log4j.isEmpty());
    for (const ImageTag &t : log4jComponent)
        QVERIFY(*t.registryTrusted || t.scaScanned);
    const auto now = query({ { QStringLiteral("time_period"), QStringLiteral("now") } });
    QVERIFY(!now.isEmpty());
    for (const ImageTag &t : now)
        QCOMPARE(t.runtimeStatus, QStringLiteral("running"));
    QCOMPARE(query({ { QStringLiteral("time_period"), QStringLiteral("10 days") } }).size(), dataset.size());
    QCOMPARE(api.imageTags(dataset,
                           listBody(10, {},
                                    { { QStringLiteral("filters"),
                                        QJsonObject { { QStringLiteral("risk"),
                                                        QJsonArray { QStringLiteral("bogus") } } } } }))
                 .status,
             400);
    QCOMPARE(
        api.imageTags(
               dataset,
               listBody(10, {},
                        { { QStringLiteral("filters"),
                            QJsonObject { { QStringLiteral("time_period"), QStringLiteral("2 days") } } } }))
            .status,
        400);
    const QJsonObject severity { { QStringLiteral("severity"), QJsonArray { QStringLiteral("Critical") } },
                                 { QStringLiteral("applicability"),
                                   QJsonArray { QStringLiteral("applicable") } } };
    QCOMPARE(query(severity), critical); // one vulnerability must satisfy both
}

void TestDemoDataset::advance()
{
    // Rows are matched by the generator's uid: a tag's key is shared by its architectures and re-pushes.
    auto byUid = [](const DemoDataset &d) {
        QHash<quint32, ImageTag> rows;
        for (int i = 0; i < d.size(); ++i)
            rows.insert(d.record(i).uid, d.tag(i, DemoTagView::ListWithDetail));
        return rows;
    };
    DemoDataset a(77, 20000), b(77, 20000);
    const QHash<quint32, ImageTag> old = byUid(a);
    const DemoDataset::AdvanceStats stats = a.advance();
    QCOMPARE(a.epoch(), 1);
    const QHash<quint32, ImageTag> now = byUid(a);
    int changed = 0, removed = 0, added = 0;
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!now.contains(it.key()))
            ++removed;
        else if (now.value(it.key()) != it.value())
            ++changed;
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        added += !old.contains(it.key());
    qInfo("advance over 20,000 tags: %d changed, %d removed, %d added", changed, removed, added);
    QCOMPARE(removed, stats.removed);
    QCOMPARE(added, stats.added);
    QVERIFY(changed >= 20000 * 0.012 && changed <= 20000 * 0.025);
    QVERIFY(removed >= 20000 * 0.003 && removed <= 20000 * 0.007);
    QCOMPARE(added, 100);
    // Deterministic: the same seed walks through the same epochs.
    b.advance();
    QCOMPARE(a.expectedTags(DemoTagView::Detail), b.expectedTags(DemoTagView::Detail));
    a.advance();
    b.advance();
    DemoRuntimeApi apiA(secret, true), apiB(secret, true);
    QCOMPARE(apiA.imageTags(a, listBody(100)).body, apiB.imageTags(b, listBody(100)).body);
    QCOMPARE(apiA.workloads(a, listBody(100)).body, apiB.workloads(b, listBody(100)).body);
}

namespace {

// The rows of each registry/repository/name/tag, as a client that keeps every row would group them.
QHash<QString, QList<ImageTag>> groupsOf(const QList<ImageTag> &tags)
{
    QHash<QString, QList<ImageTag>> groups;
    for (const ImageTag &t : tags)
        groups[t.fullReference()].append(t);
    return groups;
}

} // namespace

void TestDemoDataset::shapes_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("1,000") << 1000;
    QTest::newRow("20,000") << 20000;
}

void TestDemoDataset::shapes()
{
    QFETCH(int, size);
    const DemoDataset dataset(1, size);
    QCOMPARE(dataset.size(), size); // the added shapes count, and stop at the size asked for
    const DemoDataset::ShapeCounts counts = dataset.shapeCounts();
    qInfo().noquote() << "seed 1:" << counts.toString();
    QCOMPARE(counts.rows, size);
    QVERIFY2(counts.multiArchRows * 10 >= size, qPrintable(counts.toString()));
    QVERIFY(counts.multiArchTags > 0 && counts.multiArchTags * 2 <= counts.multiArchRows);
    QVERIFY(counts.rePushedRows >= 2); // a pair at least
    QVERIFY(counts.sharedDigestRows >= 2);
    QVERIFY(counts.noDigestRows >= 1 && counts.noDigestRows * 50 < size);
    QVERIFY(counts.multiRegistryWorkloads >= 1);
    for (const DemoDataset::PeopleCounts &people : { counts.deployedBy, counts.buildOwner }) {
        QVERIFY2(people.user > 0 && people.serviceAccount > 0 && people.email > 0 && people.absent > 0
                     && people.adversarial > 0,
                 qPrintable(counts.toString()));
    }
    QVERIFY(counts.deployedBy.absent * 5 < size); // a minority

    // Every multi-architecture tag: 2 or 3 architectures, one row and one digest each.
    const QList<ImageTag> tags = dataset.expectedTags(DemoTagView::ListWithDetail);
    int multiArchRows = 0;
    const QHash<QString, QList<ImageTag>> groups = groupsOf(tags);
    for (const QList<ImageTag> &group : groups) {
        QSet<QString> architectures;
        for (const ImageTag &t : group)
            architectures.insert(t.architecture);
        if (architectures.size() < 2)
            continue;
        multiArchRows += int(group.size());
        QVERIFY2(architectures.size() <= 3, qPrintable(group.first().reference()));
        QVERIFY(architectures.contains(QStringLiteral("amd64"))
                && architectures.contains(QStringLiteral("arm64")));
        QSet<QString> digests;
        for (const ImageTag &t : group) {
            QVERIFY(!t.digest.isEmpty());
            digests.insert(t.digest);
        }
        QCOMPARE(digests.size(), group.size());
    }
    QCOMPARE(multiArchRows, counts.multiArchRows);
    // A re-pushed tag: the same name:tag and architecture on two digests, both running somewhere.
    bool rePushRunning = false;
    for (const QList<ImageTag> &group : groups) {
        for (const ImageTag &a : group) {
            for (const ImageTag &b : group) {
                if (&a != &b && a.architecture == b.architecture && a.digest != b.digest
                    && !a.workloads.isEmpty() && !b.workloads.isEmpty())
                    rePushRunning = true;
            }
        }
    }
    QVERIFY(rePushRunning);
    // Workloads with images from two registries (an app and its sidecar).
    QHash<QString, QSet<QString>> registries;
    for (const ImageTag &t : tags) {
        for (const WorkloadRef &w : t.workloads)
            registries[w.cluster + u'/' + w.nameSpace + u'/' + w.name].insert(t.registry);
    }
    QVERIFY(std::any_of(registries.cbegin(), registries.cend(),
                        [](const QSet<QString> &r) { return r.size() > 1; }));

    // Deterministic, row for row.
    const DemoDataset twin(1, size);
    QCOMPARE(twin.expectedTags(DemoTagView::Detail), dataset.expectedTags(DemoTagView::Detail));
    QCOMPARE(twin.shapeCounts().toString(), counts.toString());
}

void TestDemoDataset::shapesKeepTheBaseRows()
{
    // The added rows have their own uids: the base rows of a small estate are the first base rows of a
    // larger one, with the same names, tags, digests and attributes.
    const DemoDataset small(1, 1000), large(1, 3000);
    QList<ImageTag> smallBase, largeBase;
    QList<quint32> smallUids;
    for (int i = 0; i < small.size(); ++i) {
        if (small.record(i).kind == DemoDataset::Base) {
            smallBase.append(small.tag(i, DemoTagView::List));
            smallUids.append(small.record(i).uid);
        }
    }
    for (int i = 0; i < large.size() && largeBase.size() < smallBase.size(); ++i) {
        if (large.record(i).kind == DemoDataset::Base)
            largeBase.append(large.tag(i, DemoTagView::List));
    }
    QCOMPARE(largeBase, smallBase);
    for (qsizetype k = 0; k < smallUids.size(); ++k)
        QCOMPARE(smallUids.at(k), quint32(k + 1)); // base uids count up from 1, as before the shapes
}

void TestDemoDataset::shapesSurviveAdvance()
{
    DemoDataset a(1, 5000), b(1, 5000);
    for (int epoch = 0; epoch < 3; ++epoch) {
        const int before = a.size();
        const DemoDataset::AdvanceStats stats = a.advance();
        b.advance();
        QCOMPARE(a.size(), before - stats.removed + stats.added);
        QCOMPARE(a.expectedTags(DemoTagView::Detail), b.expectedTags(DemoTagView::Detail));
    }
    const DemoDataset::ShapeCounts counts = a.shapeCounts();
    qInfo().noquote() << "seed 1, 5,000 tags after 3 epochs:" << counts.toString();
    QVERIFY(counts.multiArchRows * 10 >= counts.rows);
    QVERIFY(counts.rePushedRows > 0 && counts.sharedDigestRows > 0 && counts.noDigestRows > 0);
    // Paging still serves every row once, siblings included.
    DemoRuntimeApi api(secret, true);
    QCOMPARE(pageThrough(api, a, 100), a.expectedTags(DemoTagView::ListWithDetail));
    QCOMPARE(pageThrough(api, a, 100, { { QStringLiteral("order_by"), QStringLiteral("name") } }).size(),
             a.size());
}

void TestDemoDataset::sharedAndMissingDigests()
{
    const DemoDataset dataset(1, 1000);
    DemoRuntimeApi api(secret, true);
    int shared = 0, missing = 0;
    QHash<QString, int> firstOfDigest;
    for (int i = 0; i < dataset.size(); ++i) {
        const QString digest = dataset.digest(i);
        if (digest.isEmpty()) {
            ++missing;
            const ImageTag t = dataset.tag(i, DemoTagView::Detail);
            QVERIFY(!t.integrity); // claims no digests
            QByteArray json;
            DemoJson::appendImageTag(json, t, DemoTagView::Detail);
            QVERIFY(!json.contains("image_digest") && !json.contains("sha256:"));
            continue;
        }
        if (firstOfDigest.contains(digest))
            ++shared;
        else
            firstOfDigest.insert(digest, i);
        // Tags sharing a digest: the lookup finds the first of them, never a row without a digest.
        QCOMPARE(dataset.indexOfDigest(digest), firstOfDigest.value(digest));
        QCOMPARE(dataset.indexOfDigest(QString(QStringLiteral("sha256:") + digest)),
                 firstOfDigest.value(digest));
    }
    QVERIFY(shared > 0 && missing > 0);
    QCOMPARE(dataset.indexOfDigest(QString()), -1);
    QCOMPARE(dataset.indexOfDigest(u"sha256:"), -1);
    QCOMPARE(api.imageTag(dataset, QString()).status, 404);
    // The workloads listing leaves the digest out of a process whose tag has none.
    bool sawProcessWithoutDigest = false;
    for (int w = 0; w < dataset.workloads().size(); ++w) {
        const QList<quint32> tags = dataset.workloads().tagsOf(w);
        const Workload workload = dataset.workloads().workload(dataset, w);
        for (qsizetype p = 0; p < tags.size(); ++p) {
            const bool hasDigest = !dataset.digest(int(tags.at(p))).isEmpty();
            QCOMPARE(workload.processes.at(p).toObject().contains(QStringLiteral("image_digest")), hasDigest);
            sawProcessWithoutDigest |= !hasDigest;
        }
    }
    QVERIFY(sawProcessWithoutDigest);
}

QTEST_GUILESS_MAIN(TestDemoDataset)
#include "tst_demodataset.moc"
