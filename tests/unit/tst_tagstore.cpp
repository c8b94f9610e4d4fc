#include "database.h"
#include "filterparser.h"
#include "generationstore.h"
#include "runtimejson.h"
#include "sampledata.h"
#include "tagstore.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using Order = TagQuery::Order;
using Predicate = std::function<bool(int index, const ImageTag &)>;

namespace {

const QString kSource = QStringLiteral("https://acme.jfrog.io");

QString label(const ImageTag &t)
{
    return t.registry + u'/' + t.reference();
}

QStringList labels(const QList<StoredTag> &stored)
{
    QStringList list;
    for (const StoredTag &s : stored)
        list.append(label(s.tag));
    return list;
}

QSet<QString> labelSet(const QList<StoredTag> &stored)
{
    const QStringList list = labels(stored);
    return QSet<QString>(list.cbegin(), list.cend());
}

// 16 tags that cover every risk combination, four severities, two clusters and two namespaces.
QList<ImageTag> filterData()
{
    return SampleData::tags(16);
}

} // namespace

// Tag rows: content-addressed storage, lookups by reference, filters, ordering and full-text search.
class TestTagStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();

    void contentIsStoredOnce();
    void everyRowThePlatformSendsIsKept();
    void everyDocumentedShapeIsStoredAndReadBack_data();
    void everyDocumentedShapeIsStoredAndReadBack();
    void findByReference_data();
    void findByReference();
    void queryFilters_data();
    void queryFilters();
    void searchFindsPeople();
    void order_data();
    void order();
    void limitAndOffset();
    void matchExpression_data();
    void matchExpression();
    void hostileTextNeverBreaksTheQuery_data();
    void hostileTextNeverBreaksTheQuery();

private:
    qint64 store(const QList<ImageTag> &tags);
    qint64 scalar(const QString &sql) { return SampleData::scalar(*m_db, sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GenerationStore> m_generations;
    std::unique_ptr<TagStore> m_tags;
};

void TestTagStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = SampleData::openCache(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_db);
    m_generations = std::make_unique<GenerationStore>(*m_db);
    m_tags = std::make_unique<TagStore>(*m_db);
}

void TestTagStore::cleanup()
{
    if (m_db)
        QCOMPARE(m_db->integrityCheck(), QStringLiteral("ok"));
    m_tags.reset();
    m_generations.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestTagStore::store(const QList<ImageTag> &tags)
{
    const qint64 generation = m_generations->begin(kSource);
    if (!generation || !m_db->transaction([&] { return m_tags->addTags(generation, tags); }))
        return 0;
    GenerationStore::CommitPolicy policy;
    policy.acceptShrink = true;
    return m_generations->commit(generation, std::nullopt, policy)
            == GenerationStore::CommitOutcome::Committed
        ? generation
        : 0;
}

void TestTagStore::contentIsStoredOnce()
{
    const QList<ImageTag> tags = SampleData::tags(6);
    const qint64 first = store(tags);
    QVERIFY(first);
    const qint64 rows = scalar(QStringLiteral("SELECT count(*) FROM tag_rows"));
    QCOMPARE(rows, 6);
    const qint64 vulnerabilities = scalar(QStringLiteral("SELECT count(*) FROM vulnerabilities"));

    // The same content in a second generation is referenced, not copied.
    const qint64 second = store(tags);
    QVERIFY(second);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_rows")), 6);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_search")), 6);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vulnerabilities")), vulnerabilities);
    QCOMPARE(m_tags->count(first), 6);
    QCOMPARE(m_tags->count(second), 6);
    QCOMPARE(labels(m_tags->query(first, TagQuery {})), labels(m_tags->query(second, TagQuery {})));
    QList<qint64> firstIds, secondIds;
    for (const StoredTag &s : m_tags->query(first, TagQuery {}))
        firstIds.append(s.rowId);
    for (const StoredTag &s : m_tags->query(second, TagQuery {}))
        secondIds.append(s.rowId);
    QCOMPARE(firstIds, secondIds);

    // The same tag twice in one generation (a server repeating a row across pages) is one entry.
    QList<ImageTag> repeated = tags;
    repeated.append(tags.first());
    const qint64 third = store(repeated);
    QCOMPARE(m_tags->count(third), 6);

    // One changed field is new content.
    QList<ImageTag> changed = tags;
    changed[0].architecture = QStringLiteral("arm64");
    QVERIFY(store(changed));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_rows")), 7);
    QCOMPARE(TagStore::contentHash("{}").size(), 20);
    QVERIFY(TagStore::contentHash("{\"a\":1}") != TagStore::contentHash("{\"a\":2}"));
}

// What real estates send (docs/ARCHITECTURE.md, "Row identity"): one row per architecture of a tag, a
// re-pushed tag whose old digest still runs, one digest under two tags, rows without a digest. Every row
// is kept; only an exact repeat is one row.
void TestTagStore::everyRowThePlatformSendsIsKept()
{
    auto row = [](const QString &name, const QString &tag, const QString &arch, QChar digit) {
        ImageTag t = SampleData::tag(name, tag);
        t.architecture = arch;
        t.digest = digit.isNull() ? QString() : QString(64, digit);
        return t;
    };
    QList<ImageTag> sent {
        row(QStringLiteral("multi"), QStringLiteral("1.0"), QStringLiteral("amd64"), u'1'),
        row(QStringLiteral("multi"), QStringLiteral("1.0"), QStringLiteral("arm64"), u'2'),
        row(QStringLiteral("multi"), QStringLiteral("1.0"), QStringLiteral("arm"), u'3'),
        row(QStringLiteral("repushed"), QStringLiteral("2.0"), QStringLiteral("amd64"), u'4'),
        row(QStringLiteral("repushed"), QStringLiteral("2.0"), QStringLiteral("amd64"), u'5'),
        row(QStringLiteral("shared"), QStringLiteral("latest"), QStringLiteral("amd64"), u'6'),
        row(QStringLiteral("shared"), QStringLiteral("v1.2.3"), QStringLiteral("amd64"), u'6'),
        row(QStringLiteral("nodigest"), QStringLiteral("3.0"), QStringLiteral("amd64"), QChar()),
        row(QStringLiteral("nodigest"), QStringLiteral("3.0"), QStringLiteral("arm64"), QChar()),
    };
    sent[1].risks = Risk::IntegrityViolation; // only the arm64 build has the violation
    sent[1].rawRisks = RiskNames::canonicalList(sent[1].risks);
    QList<ImageTag> withRepeat = sent;
    withRepeat.append(sent.at(1)); // the same row again, as on two pages
    const qint64 generation = store(withRepeat);
    QVERIFY(generation);

    QCOMPARE(m_tags->count(generation), qint64(sent.size()));
    QList<ImageTag> back = m_tags->all(generation);
    QCOMPARE(back.size(), sent.size());
    for (const ImageTag &t : std::as_const(sent))
        QVERIFY2(back.removeOne(t), qPrintable(t.candidateName()));
    QVERIFY(back.isEmpty());

    // Every architecture of name:tag, in architecture order; a pinned reference names one row.
    QStringList arches;
    for (const StoredTag &s : m_tags->findByReference(generation, QStringLiteral("multi:1.0")))
        arches.append(s.tag.architecture);
    QCOMPARE(arches,
             (QStringList { QStringLiteral("amd64"), QStringLiteral("arm"), QStringLiteral("arm64") }));
    const QList<StoredTag> pinned = m_tags->findByReference(generation, sent.at(1).pinnedReference());
    QCOMPARE(pinned.size(), 1);
    QCOMPARE(pinned.first().tag, sent.at(1));
    QCOMPARE(
        m_tags->findByReference(generation, QStringLiteral("multi:1.0@sha256:") + QString(64, u'9')).size(),
        0);
    QCOMPARE(m_tags->findByReference(generation, QString(64, u'6')).size(), 2); // one digest, two tags
    QCOMPARE(m_tags->findByReference(generation, QStringLiteral("nodigest:3.0")).size(), 2);
    // A row without a digest is pinned to its architecture.
    QCOMPARE(sent.at(8).pinnedReference(), sent.at(8).fullReference() + QStringLiteral("@arch:arm64"));
    const QList<StoredTag> noDigest = m_tags->findByReference(generation, sent.at(8).pinnedReference());
    QCOMPARE(noDigest.size(), 1);
    QCOMPARE(noDigest.first().tag, sent.at(8));
    QCOMPARE(m_tags->findByReference(generation, QStringLiteral("nodigest:3.0@arch:s390x")).size(), 0);

    // The filters count rows: arch: and risk: agree with what was sent.
    TagQuery arm64;
    arm64.terms = FilterParser::parse(QStringLiteral("arch:arm64")).terms;
    QCOMPARE(m_tags->countMatching(generation, arm64), 2);
    TagQuery integrity;
    integrity.terms = FilterParser::parse(QStringLiteral("risk:integrity")).terms;
    const QList<StoredTag> violations = m_tags->query(generation, integrity);
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().tag.architecture, QStringLiteral("arm64"));

    // The detailed view's siblings: the other architectures, and the other digest of a re-pushed tag.
    const StoredTag amd64 = m_tags->findByReference(generation, sent.at(0).pinnedReference()).first();
    QStringList siblings;
    for (const TagRow &r : m_tags->siblingsOf(generation, amd64.tag, amd64.rowId))
        siblings.append(r.architecture + u'@' + r.digest.left(1));
    QCOMPARE(siblings, (QStringList { QStringLiteral("arm@3"), QStringLiteral("arm64@2") }));
    const StoredTag repushed = m_tags->findByReference(generation, sent.at(3).pinnedReference()).first();
    const QList<TagRow> other = m_tags->siblingsOf(generation, repushed.tag, repushed.rowId);
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.first().digest, sent.at(4).digest);
    const StoredTag latest = m_tags->findByReference(generation, QStringLiteral("shared:latest")).first();
    QCOMPARE(m_tags->siblingsOf(generation, latest.tag, latest.rowId).size(), 0); // v1.2.3 is another tag

    // The generation records what it stored.
    QCOMPARE(m_generations->byId(generation)->tagCount, qint64(sent.size()));
}

void TestTagStore::everyDocumentedShapeIsStoredAndReadBack_data()
{
    QTest::addColumn<ImageTag>("tag");
    for (const char *file :
         { "list-image-tags.json", "list-image-tags.images_tags.json", "list-image-tags.component_id.json",
           "list-image-tags.no-image-digest.json", "list-image-tags.malicious-null.json" }) {
        const auto page = RuntimeJson::parseImageTagsPage(
            TestEnvironment::readData(QStringLiteral("api/") + QLatin1StringView(file)), nullptr);
        QVERIFY(page && page->items.size() == 1);
        QTest::newRow(file) << page->items.first();
    }
    const auto detail = RuntimeJson::parseImageTagDetail(
        TestEnvironment::readData(QStringLiteral("api/image-tag-detail.assumed.json")), nullptr);
    QVERIFY(detail);
    QTest::newRow("detail (assumed)") << *detail;
    const QJsonObject event =
        QJsonDocument::fromJson(
            TestEnvironment::readData(QStringLiteral("events/workload-changed-event.json")))
            .object();
    const auto fromEvent = RuntimeJson::imageTagFromJson(
        event.value(QLatin1StringView("image_tags_object")).toArray().at(0).toObject(), nullptr);
    QVERIFY(fromEvent);
    QTest::newRow("worker event") << *fromEvent;

    ImageTag sparse;
    sparse.name = QStringLiteral("sparse");
    sparse.tag = QStringLiteral("1");
    sparse.vulnerabilities = { Vulnerability { QStringLiteral("CVE-2024-0001") } };
    sparse.maliciousPackages = { MaliciousPackage {} };
    sparse.workloads = { WorkloadRef { QStringLiteral("w") } };
    QTest::newRow("only the required fields") << sparse;
}

void TestTagStore::everyDocumentedShapeIsStoredAndReadBack()
{
    QFETCH(ImageTag, tag);
    const qint64 generation = store({ tag });
    QVERIFY2(generation, qPrintable(m_db->lastError().message));
    const QList<ImageTag> back = m_tags->all(generation);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first(), tag);
    const QList<StoredTag> found = m_tags->query(generation, TagQuery {});
    QCOMPARE(found.size(), 1);
    QCOMPARE(m_tags->byRowId(found.first().rowId)->tag, tag);
    QVERIFY(!m_tags->byRowId(found.first().rowId + 1000));
}

void TestTagStore::findByReference_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QStringList>("expected");
    const QString digest = QStringLiteral("35c2979c963e316314dee20bd3fadb197166f687567174d8c098a01ea29e96f2");
    const QString example = QStringLiteral("jfrog.com/demo-security:latest");
    const QString mirror = QStringLiteral("docker.io/demo-security:latest");
    const QString prefixed = QStringLiteral("jfrog.com/prefixed:1");

    QTest::newRow("digest") << digest << QStringList { example };
    QTest::newRow("sha256:digest") << (QStringLiteral("sha256:") + digest) << QStringList { example };
    QTest::newRow("upper-case digest") << digest.toUpper() << QStringList { example };
    QTest::newRow("padded digest") << (u"  " + digest + u' ') << QStringList { example };
    QTest::newRow("stored with sha256:, asked bare") << QString(64, u'a') << QStringList { prefixed };
    QTest::newRow("stored with sha256:, asked with it")
        << (QStringLiteral("sha256:") + QString(64, u'a')) << QStringList { prefixed };
    QTest::newRow("name:tag, two registries")
        << QStringLiteral("demo-security:latest") << QStringList { mirror, example };
    QTest::newRow("registry/repository_path/name:tag")
        << QStringLiteral("jfrog.com/docker-local/jfrog/demo-security:latest") << QStringList { example };
    QTest::newRow("repository_path/name:tag")
        << QStringLiteral("docker-local/jfrog/demo-security:latest") << QStringList { example };
    QTest::newRow("mirror by full path")
        << QStringLiteral("docker.io/library/demo-security:latest") << QStringList { mirror };
    QTest::newRow("wrong registry") << QStringLiteral("quay.io/docker-local/jfrog/demo-security:latest")
                                    << QStringList {};
    QTest::newRow("unknown tag") << QStringLiteral("demo-security:missing") << QStringList {};
    QTest::newRow("no tag") << QStringLiteral("demo-security") << QStringList {};
    QTest::newRow("only a tag") << QStringLiteral(":latest") << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
    QTest::newRow("63 hex characters") << digest.left(63) << QStringList {};
    QTest::newRow("digest of another tag prefix") << (QStringLiteral("sha512:") + digest) << QStringList {};
    QTest::newRow("SQL in the reference") << QStringLiteral("x' OR '1'='1:latest") << QStringList {};
}

void TestTagStore::findByReference()
{
    QFETCH(QString, reference);
    QFETCH(QStringList, expected);

    ImageTag example = SampleData::exampleTag();
    ImageTag mirror = example;
    mirror.registry = QStringLiteral("docker.io");
    mirror.repositoryPath = QStringLiteral("library");
    mirror.digest = QString(64, u'b');
    ImageTag prefixed = SampleData::tag(QStringLiteral("prefixed"), QStringLiteral("1"));
    prefixed.digest = QStringLiteral("sha256:") + QString(64, u'a');
    QList<ImageTag> tags = SampleData::tags(5);
    tags << example << mirror << prefixed;
    const qint64 generation = store(tags);
    QVERIFY(generation);

    QCOMPARE(labels(m_tags->findByReference(generation, reference)), expected);
    QCOMPARE(m_tags->findByReference(generation + 1, reference).size(), 0); // another generation
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_rows")), 8);
}

void TestTagStore::queryFilters_data()
{
    QTest::addColumn<TagQuery>("query");
    QTest::addColumn<Predicate>("expected");
    const QList<ImageTag> data = filterData();

    QTest::newRow("everything") << TagQuery {} << Predicate([](int, const ImageTag &) { return true; });
    QTest::newRow("malicious") << TagQuery { .anyRisk = Risk::Malicious }
                               << Predicate([](int, const ImageTag &t) {
                                      return t.risks.testFlag(Risk::Malicious);
                                  });
    QTest::newRow("untrusted or integrity")
        << TagQuery { .anyRisk = Risks(Risk::UntrustedRegistry) | Risk::IntegrityViolation }
        << Predicate([](int, const ImageTag &t) {
               return t.risks.testFlag(Risk::UntrustedRegistry) || t.risks.testFlag(Risk::IntegrityViolation);
           });
    QTest::newRow("at least High") << TagQuery { .minSeverity = Severity::High }
                                   << Predicate([](int, const ImageTag &t) {
                                          return t.maxSeverity() >= Severity::High;
                                      });
    QTest::newRow("Critical") << TagQuery { .minSeverity = Severity::Critical }
                              << Predicate([](int, const ImageTag &t) {
                                     return t.maxSeverity() == Severity::Critical;
                                 });
    QTest::newRow("cluster-b") << TagQuery { .clusters = { QStringLiteral("cluster-b") } }
                               << Predicate([](int, const ImageTag &t) {
                                      return t.clusters().contains(u"cluster-b");
                                  });
    QTest::newRow("either cluster") << TagQuery { .clusters = { QStringLiteral("cluster-a"),
                                                                QStringLiteral("cluster-b") } }
                                    << Predicate([](int, const ImageTag &) { return true; });
    QTest::newRow("unknown cluster") << TagQuery { .clusters = { QStringLiteral("nowhere") } }
                                     << Predicate([](int, const ImageTag &) { return false; });
    QTest::newRow("production") << TagQuery { .namespaces = { QStringLiteral("production") } }
                                << Predicate([](int i, const ImageTag &) { return i % 2 == 1; });
    QTest::newRow("cluster-a in staging")
        << TagQuery { .clusters = { QStringLiteral("cluster-a") },
                      .namespaces = { QStringLiteral("staging") } }
        << Predicate([](int i, const ImageTag &) { return i % 3 != 0 && i % 2 == 0; });
    QTest::newRow("text: image name") << TagQuery { .text = QStringLiteral("image-3") }
                                      << Predicate([](int i, const ImageTag &) { return i % 5 == 3; });
    QTest::newRow("text: CVE") << TagQuery { .text = QStringLiteral("CVE-2024-1005") }
                               << Predicate([](int i, const ImageTag &) { return i == 5; });
    QTest::newRow("text: lower-case CVE prefix") << TagQuery { .text = QStringLiteral("cve-2024-100") }
                                                 << Predicate([](int i, const ImageTag &) { return i < 10; });
    QTest::newRow("text: workload prefix")
        << TagQuery { .text = QStringLiteral("workload-1") }
        << Predicate([](int i, const ImageTag &) { return i == 1 || i >= 10; });
    QTest::newRow("text: namespace") << TagQuery { .text = QStringLiteral("production") }
                                     << Predicate([](int i, const ImageTag &) { return i % 2 == 1; });
    QTest::newRow("text: prefix of a word") << TagQuery { .text = QStringLiteral("clu") }
                                            << Predicate([](int, const ImageTag &) { return true; });
    QTest::newRow("text: digest prefix") << TagQuery { .text = data.at(7).digest.left(12) }
                                         << Predicate([](int i, const ImageTag &) { return i == 7; });
    QTest::newRow("text: every word must match")
        << TagQuery { .text = QStringLiteral("image-2 staging") }
        << Predicate([](int i, const ImageTag &) { return i % 5 == 2 && i % 2 == 0; });
    QTest::newRow("text: no match") << TagQuery { .text = QStringLiteral("nothing-like-this") }
                                    << Predicate([](int, const ImageTag &) { return false; });
    QTest::newRow("text: blank is no filter") << TagQuery { .text = QStringLiteral("   ") }
                                              << Predicate([](int, const ImageTag &) { return true; });
    QTest::newRow("everything together")
        << TagQuery { .anyRisk = Risk::Malicious,
                      .text = QStringLiteral("image"),
                      .clusters = { QStringLiteral("cluster-a") },
                      .minSeverity = Severity::High }
        << Predicate([](int i, const ImageTag &t) {
               return t.risks.testFlag(Risk::Malicious) && i % 3 != 0 && t.maxSeverity() >= Severity::High;
           });
}

void TestTagStore::queryFilters()
{
    QFETCH(TagQuery, query);
    QFETCH(Predicate, expected);
    const QList<ImageTag> data = filterData();
    const qint64 generation = store(data);
    QVERIFY(generation);

    QSet<QString> wanted;
    for (int i = 0; i < data.size(); ++i) {
        if (expected(i, data.at(i)))
            wanted.insert(label(data.at(i)));
    }
    m_db->clearError();
    const QList<StoredTag> found = m_tags->query(generation, query);
    QVERIFY2(!m_db->lastError(), qPrintable(m_db->lastError().message));
    QCOMPARE(labelSet(found), wanted);
    QCOMPARE(found.size(), wanted.size());
    QCOMPARE(m_tags->countMatching(generation, query), qint64(wanted.size()));
}

void TestTagStore::searchFindsPeople()
{
    const auto detail = RuntimeJson::parseImageTagDetail(
        TestEnvironment::readData(QStringLiteral("api/image-tag-detail.assumed.json")), nullptr);
    QVERIFY(detail);
    const qint64 generation = store(QList<ImageTag> { *detail } + SampleData::tags(3));
    for (const char *text :
         { "jenkins", "jenkins-user", "devops", "DevOps-Team", "demo sec", "pycrypto CVE-2013-7459" }) {
        const QList<StoredTag> found =
            m_tags->query(generation, TagQuery { .text = QLatin1StringView(text) });
        if (QByteArrayView(text) == "pycrypto CVE-2013-7459") {
            // Components are not indexed; CVEs are. Both words must match, so this finds nothing.
            QCOMPARE(found.size(), 0);
            continue;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().tag.name, QStringLiteral("demo-security"));
    }
}

void TestTagStore::order_data()
{
    QTest::addColumn<Order>("order");
    QTest::addColumn<bool>("descending");
    const std::pair<const char *, Order> orders[] = { { "name", Order::Name },
                                                      { "risk", Order::Risk },
                                                      { "vulnerabilities", Order::Vulnerabilities },
                                                      { "registry", Order::Registry },
                                                      { "repository path", Order::RepositoryPath },
                                                      { "runtime status", Order::RuntimeStatus },
                                                      { "workloads", Order::Workloads },
                                                      { "clusters", Order::Clusters },
                                                      { "architecture", Order::Architecture } };
    for (const auto &[name, order] : orders) {
        QTest::addRow("%s ascending", name) << order << false;
        QTest::addRow("%s descending", name) << order << true;
    }
}

void TestTagStore::order()
{
    QFETCH(Order, order);
    QFETCH(bool, descending);

    static const char *statuses[] = { "running", "stopped", "unknown" };
    QList<ImageTag> tags = SampleData::tags(12, 4);
    for (int i = 0; i < tags.size(); ++i) {
        ImageTag &t = tags[i];
        if (i % 2)
            t.name = t.name.toUpper(); // names sort without regard to case
        t.registry = QStringLiteral("registry-%1.io").arg((i * 5) % 7);
        t.repositoryPath = QStringLiteral("path/%1").arg((i * 3) % 11);
        t.runtimeStatus = QLatin1StringView(statuses[i % 3]);
        t.architecture = i % 4 == 1 ? QStringLiteral("arm64") : QStringLiteral("amd64");
        for (int v = 0; v < (i * 7) % 5; ++v)
            t.vulnerabilities.append(
                Vulnerability { QStringLiteral("CVE-2023-%1").arg(v), {}, Severity::Low });
        for (int w = 0; w < i % 4; ++w)
            t.workloads.append(WorkloadRef { QStringLiteral("w%1").arg(w), QStringLiteral("ns"),
                                             QStringLiteral("c%1").arg(w % 2) });
    }
    const qint64 generation = store(tags);
    QVERIFY(generation);

    // The primary key of each order, as a tuple to compare.
    auto key = [order](const ImageTag &t) -> QVariantList {
        switch (order) {
        case Order::Name:
            return { t.name.toLower(), t.tag };
        case Order::Risk:
            return { RiskNames::rank(t.risks), int(t.vulnerabilities.size()) };
        case Order::Vulnerabilities:
            return { int(t.vulnerabilities.size()) };
        case Order::Registry:
            return { t.registry };
        case Order::RepositoryPath:
            return { t.repositoryPath };
        case Order::RuntimeStatus:
            return { t.runtimeStatus };
        case Order::Workloads:
            return { int(t.workloads.size()) };
        case Order::Clusters:
            return { int(t.clusters().size()) };
        case Order::Architecture:
            return { t.architecture };
        }
        return {};
    };
    auto less = [](const QVariantList &a, const QVariantList &b) {
        for (qsizetype i = 0; i < a.size(); ++i) {
            const auto c = QVariant::compare(a.at(i), b.at(i));
            if (c != QPartialOrdering::Equivalent)
                return c == QPartialOrdering::Less;
        }
        return false;
    };

    TagQuery query;
    query.order = order;
    query.descending = descending;
    const QList<StoredTag> found = m_tags->query(generation, query);
    QCOMPARE(found.size(), tags.size());
    for (qsizetype i = 1; i < found.size(); ++i) {
        const QVariantList previous = key(found.at(i - 1).tag);
        const QVariantList next = key(found.at(i).tag);
        const bool outOfOrder = descending ? less(previous, next) : less(next, previous);
        QVERIFY2(!outOfOrder,
                 qPrintable(
                     QStringLiteral("%1 before %2").arg(label(found.at(i - 1).tag), label(found.at(i).tag))));
    }
    // The keys really differ, so the check above can fail.
    QVERIFY(less(key(found.first().tag), key(found.last().tag))
            || less(key(found.last().tag), key(found.first().tag)));
}

void TestTagStore::limitAndOffset()
{
    const qint64 generation = store(SampleData::tags(20));
    TagQuery all;
    all.order = Order::Name;
    const QStringList everything = labels(m_tags->query(generation, all));
    QCOMPARE(everything.size(), 20);
    TagQuery page = all;
    page.limit = 7;
    page.offset = 7;
    QCOMPARE(labels(m_tags->query(generation, page)), everything.mid(7, 7));
    page.offset = 14;
    QCOMPARE(labels(m_tags->query(generation, page)), everything.mid(14));
    page.offset = 20;
    QCOMPARE(m_tags->query(generation, page).size(), 0);
    QCOMPARE(m_tags->countMatching(generation, page), 20); // counts ignore paging
}

void TestTagStore::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one word") << QStringLiteral("demo") << QStringLiteral(R"("demo"*)");
    QTest::newRow("two words") << QStringLiteral("demo sec") << QStringLiteral(R"("demo"* "sec"*)");
    QTest::newRow("surrounding space") << QStringLiteral("  demo \t") << QStringLiteral(R"("demo"*)");
    QTest::newRow("new lines") << QStringLiteral("a\nb\r\nc") << QStringLiteral(R"("a"* "b"* "c"*)");
    QTest::newRow("a quote splits") << QStringLiteral(R"(a"b)") << QStringLiteral(R"("a"* "b"*)");
    QTest::newRow("only quotes") << QStringLiteral(R"(""")") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("operators are words") << QStringLiteral("a OR b") << QStringLiteral(R"("a"* "OR"* "b"*)");
    QTest::newRow("column filter is a word")
        << QStringLiteral("name:demo") << QStringLiteral(R"("name:demo"*)");
}

void TestTagStore::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(TagStore::matchExpression(text), expression);
}

void TestTagStore::hostileTextNeverBreaksTheQuery_data()
{
    QTest::addColumn<QString>("text");
    for (const char16_t *text : { u"\"",
                                  u"\"\"",
                                  u"\"demo",
                                  u"demo\" OR \"x",
                                  u"NEAR(demo security)",
                                  u"name:demo",
                                  u"{name tag}: demo",
                                  u"*",
                                  u"demo*",
                                  u"-",
                                  u"-demo",
                                  u"^demo",
                                  u"(",
                                  u")",
                                  u"()",
                                  u"AND",
                                  u"OR NOT",
                                  u"demo AND",
                                  u"NOT demo",
                                  u"'; DROP TABLE tag_rows; --",
                                  u"+",
                                  u":",
                                  u".",
                                  u"%",
                                  u"_",
                                  u"\\",
                                  u"\\\"",
                                  u"\u00e9",
                                  u"\U0001F600",
                                  u"\u202e",
                                  u"a\u0000b",
                                  u"\u0000" })
        QTest::newRow(QString::fromUtf16(text).toUtf8().toHex().constData()) << QString::fromUtf16(text);
    QTest::newRow("a long word") << QString(5000, u'x');
    QTest::newRow("many words") << QStringLiteral("a ").repeated(500);
}

void TestTagStore::hostileTextNeverBreaksTheQuery()
{
    QFETCH(QString, text);
    ImageTag demo = SampleData::exampleTag();
    const qint64 generation = store(QList<ImageTag> { demo } + SampleData::tags(4));
    QVERIFY(generation);

    m_db->clearError();
    TagQuery query;
    query.text = text;
    const QList<StoredTag> found = m_tags->query(generation, query);
    QVERIFY2(!m_db->lastError(), qPrintable(m_db->lastError().message));
    const qint64 count = m_tags->countMatching(generation, query);
    QVERIFY2(!m_db->lastError(), qPrintable(m_db->lastError().message));
    QCOMPARE(count, qint64(found.size()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_rows")), 5);
    // The search still works afterwards.
    QCOMPARE(m_tags->countMatching(generation, TagQuery { .text = QStringLiteral("demo") }), 1);
}

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
