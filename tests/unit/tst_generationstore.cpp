#include "database.h"
#include "generationstore.h"
#include "runtimejson.h"
#include "sampledata.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "workloadstore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using Outcome = GenerationStore::CommitOutcome;
using Policy = GenerationStore::CommitPolicy;

namespace {
const QString kSource = QStringLiteral("https://acme.jfrog.io");
}

// The life of a sync generation (docs/TESTING.md NET-3, NET-4, DB-2): a generation becomes visible
// only when committed, a failed one leaves the previous one whole, a sharp shrink is held.
class TestGenerationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();

    void commitMakesAGenerationCurrent();
    void runningGenerationIsInvisible();
    void failedGenerationLeavesThePreviousOne();
    void abandonedGenerationLeavesThePreviousOne();
    void onlyARunningGenerationCanBeCommitted();
    void changedMarksNewAndModifiedTagsOnly();
    void shrinkGuard_data();
    void shrinkGuard();
    void shrinkGuardHoldsWhenTheCacheCannotBeRead();
    void promoteHeld();
    void discardHeld();
    void workloadsAndClustersWithAbsentFields();
    void garbageCollection();
    void resumableAndRecordProgress();
    void rowCountsAreRecordedAndCompared_data();
    void rowCountsAreRecordedAndCompared();
    void everyFailingStatementLeavesThePreviousGeneration_data();
    void everyFailingStatementLeavesThePreviousGeneration();

private:
    // begin + addTags (one transaction) + commit; returns the generation, or 0 when a step failed.
    qint64 sync(const QList<ImageTag> &tags, const Policy &policy = {}, Outcome *outcome = nullptr,
                std::optional<qint64> serverTotal = std::nullopt);
    QList<ImageTag> currentTags();
    qint64 scalar(const QString &sql) { return SampleData::scalar(*m_db, sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GenerationStore> m_generations;
    std::unique_ptr<TagStore> m_tags;
};

void TestGenerationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = SampleData::openCache(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_db);
    m_generations = std::make_unique<GenerationStore>(*m_db);
    m_tags = std::make_unique<TagStore>(*m_db);
}

void TestGenerationStore::cleanup()
{
    if (m_db)
        QCOMPARE(m_db->integrityCheck(), QStringLiteral("ok"));
    m_tags.reset();
    m_generations.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestGenerationStore::sync(const QList<ImageTag> &tags, const Policy &policy, Outcome *outcome,
                                 std::optional<qint64> serverTotal)
{
    const qint64 generation = m_generations->begin(kSource);
    if (generation == 0)
        return 0;
    if (!m_db->transaction([&] { return m_tags->addTags(generation, tags); }))
        return 0;
    const Outcome result = m_generations->commit(generation, serverTotal, policy);
    if (outcome)
        *outcome = result;
    return result == Outcome::Failed ? 0 : generation;
}

QList<ImageTag> TestGenerationStore::currentTags()
{
    const auto current = m_generations->current();
    return current ? m_tags->all(current->id) : QList<ImageTag> {};
}

void TestGenerationStore::commitMakesAGenerationCurrent()
{
    QVERIFY(!m_generations->current());
    const qint64 generation = m_generations->begin(kSource);
    QVERIFY(generation > 0);
    QCOMPARE(m_generations->byId(generation)->state, QStringLiteral("running"));
    QVERIFY(!m_generations->current());

    const QList<ImageTag> tags = SampleData::tags(3);
    QVERIFY(m_db->transaction([&] { return m_tags->addTags(generation, tags); }));
    QVERIFY(!m_generations->current()); // written, not yet shown
    QCOMPARE(m_generations->commit(generation, 38, Policy {}), Outcome::Committed);

    const auto current = m_generations->current();
    QVERIFY(current);
    QCOMPARE(current->id, generation);
    QCOMPARE(current->state, QStringLiteral("complete"));
    QCOMPARE(current->source, kSource);
    QCOMPARE(current->tagCount, 3);
    QCOMPARE(current->serverTotal, std::optional<qint64>(38));
    QVERIFY(current->finishedAt.isValid());
    QVERIFY(current->startedAt <= current->finishedAt);
    QVERIFY(current->resumeKey.isEmpty());
    QCOMPARE(m_tags->count(generation), 3);
    QCOMPARE(m_tags->all(generation).size(), 3);
    QVERIFY(!m_generations->previous());
}

void TestGenerationStore::runningGenerationIsInvisible()
{
    const qint64 first = sync(SampleData::tags(4));
    QVERIFY(first);
    const QList<ImageTag> before = currentTags();

    const qint64 second = m_generations->begin(kSource);
    QVERIFY(m_db->transaction([&] { return m_tags->addTags(second, SampleData::tags(9)); }));
    QCOMPARE(m_generations->current()->id, first);
    QCOMPARE(currentTags(), before);
}

void TestGenerationStore::failedGenerationLeavesThePreviousOne()
{
    const qint64 first = sync(SampleData::tags(6));
    QVERIFY(first);
    const QList<ImageTag> before = currentTags();
    const qint64 rowsBefore = scalar(QStringLiteral("SELECT count(*) FROM tag_rows"));

    QList<ImageTag> changed = SampleData::tags(6);
    changed[2].runtimeStatus = QStringLiteral("stopped");
    changed.append(SampleData::tag(QStringLiteral("new"), QStringLiteral("1")));
    const qint64 second = m_generations->begin(kSource);
    QVERIFY(m_db->transaction([&] { return m_tags->addTags(second, changed); }));
    QVERIFY(m_generations->fail(second,
                                QStringLiteral("503 from /runtime/api/v1/images/tags: the platform failed")));

    const auto failed = m_generations->byId(second);
    QCOMPARE(failed->state, QStringLiteral("failed"));
    QCOMPARE(failed->error, QStringLiteral("503 from /runtime/api/v1/images/tags: the platform failed"));
    QCOMPARE(m_generations->current()->id, first);
    QCOMPARE(currentTags(), before);

    // The next successful sync collects the failed one and its rows.
    QVERIFY(sync(SampleData::tags(6)));
    QVERIFY(!m_generations->byId(second));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_rows")), rowsBefore);
}

void TestGenerationStore::abandonedGenerationLeavesThePreviousOne()
{
    const qint64 first = sync(SampleData::tags(5));
    const QList<ImageTag> before = currentTags();
    const qint64 killed = m_generations->begin(kSource); // a process that died mid-sync
    QVERIFY(m_db->transaction([&] { return m_tags->addTags(killed, SampleData::tags(2)); }));
    QVERIFY(m_generations->recordProgress(killed, QStringLiteral("tags"), QStringLiteral("page-2"), 1, 0));
    const qint64 other = m_generations->begin(QStringLiteral("https://other.jfrog.io"));

    // Keep the resumable one for its source; abandon the rest.
    QVERIFY(m_generations->abandonStale(kSource, 3600));
    QCOMPARE(m_generations->byId(killed)->state, QStringLiteral("running"));
    QCOMPARE(m_generations->byId(other)->state, QStringLiteral("abandoned"));

    QVERIFY(m_generations->abandonStale());
    QCOMPARE(m_generations->byId(killed)->state, QStringLiteral("abandoned"));
    QVERIFY(!m_generations->resumable(kSource, 3600));
    QCOMPARE(m_generations->current()->id, first);
    QCOMPARE(currentTags(), before);
}

void TestGenerationStore::onlyARunningGenerationCanBeCommitted()
{
    const qint64 first = sync(SampleData::tags(4));
    const QList<ImageTag> before = currentTags();

    const qint64 failed = m_generations->begin(kSource);
    QVERIFY(m_db->transaction([&] { return m_tags->addTags(failed, SampleData::tags(4)); }));
    QVERIFY(m_generations->fail(failed, QStringLiteral("cancelled")));
    QString reason;
    QCOMPARE(m_generations->commit(failed, std::nullopt, Policy {}, &reason), Outcome::Failed);
    QCOMPARE(m_generations->byId(failed)->state, QStringLiteral("failed"));

    const qint64 abandoned = m_generations->begin(kSource);
    QVERIFY(m_db->transaction([&] { return m_tags->addTags(abandoned, SampleData::tags(4)); }));
    QVERIFY(m_generations->abandonStale());
    QCOMPARE(m_generations->commit(abandoned, std::nullopt, Policy {}), Outcome::Failed);

    QCOMPARE(m_generations->commit(987654, std::nullopt, Policy {}), Outcome::Failed); // no such generation
    QCOMPARE(m_generations->commit(first, std::nullopt, Policy {}), Outcome::Failed); // already complete
    QCOMPARE(m_generations->current()->id, first);
    QCOMPARE(currentTags(), before);
}

void TestGenerationStore::changedMarksNewAndModifiedTagsOnly()
{
    const QList<ImageTag> base = SampleData::tags(3);
    const qint64 first = sync(base);
    // The first generation has nothing to compare with.
    QCOMPARE(m_tags->query(first, TagQuery { .changedOnly = true }).size(), 0);

    QList<ImageTag> next = base;
    next[1].vulnerabilities.append(Vulnerability { QStringLiteral("CVE-2025-0001"), {}, Severity::Critical });
    next.removeAt(2); // gone: not "changed", simply absent
    next.append(SampleData::tag(QStringLiteral("brand-new"), QStringLiteral("1.0")));
    const qint64 second = sync(next);
    QVERIFY(second);

    QSet<QString> changed;
    for (const StoredTag &s : m_tags->query(second, TagQuery {}))
        if (s.changed)
            changed.insert(s.tag.reference());
    QCOMPARE(changed, (QSet<QString> { next[1].reference(), QStringLiteral("brand-new:1.0") }));
    QCOMPARE(m_tags->countMatching(second, TagQuery { .changedOnly = true }), 2);

    // Same content again: nothing changed.
    const qint64 third = sync(next);
    QCOMPARE(m_tags->countMatching(third, TagQuery { .changedOnly = true }), 0);
}

void TestGenerationStore::shrinkGuard_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<bool>("acceptShrink");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("10 to 11") << 10 << 11 << 0.5 << false << Outcome::Committed;
    QTest::newRow("10 to 9") << 10 << 9 << 0.5 << false << Outcome::Committed;
    QTest::newRow("10 to 5: exactly half") << 10 << 5 << 0.5 << false << Outcome::Committed;
    QTest::newRow("10 to 4: under half") << 10 << 4 << 0.5 << false << Outcome::Held;
    QTest::newRow("10 to 1") << 10 << 1 << 0.5 << false << Outcome::Held;
    QTest::newRow("10 to 0") << 10 << 0 << 0.5 << false << Outcome::Held;
    QTest::newRow("10 to 0, confirmed") << 10 << 0 << 0.5 << true << Outcome::Committed;
    QTest::newRow("10 to 4, confirmed") << 10 << 4 << 0.5 << true << Outcome::Committed;
    QTest::newRow("10 to 8, stricter ratio") << 10 << 8 << 0.9 << false << Outcome::Held;
    QTest::newRow("0 to 0") << 0 << 0 << 0.5 << false << Outcome::Committed;
}

void TestGenerationStore::shrinkGuard()
{
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(double, ratio);
    QFETCH(bool, acceptShrink);
    QFETCH(Outcome, outcome);

    const qint64 first = sync(SampleData::tags(before));
    QVERIFY(first);
    const QList<ImageTag> kept = currentTags();

    Policy policy;
    policy.shrinkRatio = ratio;
    policy.acceptShrink = acceptShrink;
    const qint64 generation = m_generations->begin(kSource);
    QVERIFY(m_db->transaction([&] { return m_tags->addTags(generation, SampleData::tags(after)); }));
    QString reason;
    QCOMPARE(m_generations->commit(generation, after, policy, &reason), outcome);

    if (outcome == Outcome::Held) {
        QCOMPARE(m_generations->current()->id, first);
        QCOMPARE(currentTags(), kept); // nothing purged without confirmation
        const auto held = m_generations->held();
        QVERIFY(held);
        QCOMPARE(held->id, generation);
        QCOMPARE(held->tagCount, after);
        QCOMPARE(reason,
                 QStringLiteral(
                     "the server returned %1 tags, the cache holds %2; kept the cache until you confirm")
                     .arg(after)
                     .arg(before));
    } else {
        QCOMPARE(m_generations->current()->id, generation);
        QCOMPARE(m_generations->current()->tagCount, after);
        QVERIFY(!m_generations->held());
    }
}

void TestGenerationStore::shrinkGuardHoldsWhenTheCacheCannotBeRead()
{
    const qint64 first = sync(SampleData::tags(10));
    const QList<ImageTag> kept = currentTags();
    const qint64 empty = m_generations->begin(kSource);
    // The first statement of commit() reads the current generation; it fails once.
    m_db->failAfter(1);
    const Outcome outcome = m_generations->commit(empty, 0, Policy {});
    m_db->failAfter(0);
    QVERIFY(outcome != Outcome::Committed);
    QCOMPARE(m_generations->current()->id, first);
    QCOMPARE(currentTags(), kept);
    // Once the cache reads again, the guard does its work.
    QCOMPARE(m_generations->commit(empty, 0, Policy {}), Outcome::Held);
    QCOMPARE(currentTags(), kept);
}

void TestGenerationStore::promoteHeld()
{
    const QList<ImageTag> many = SampleData::tags(10);
    const qint64 first = sync(many);
    const QList<ImageTag> few = many.mid(0, 2);
    Outcome outcome {};
    const qint64 held = sync(few, Policy {}, &outcome, 2);
    QCOMPARE(outcome, Outcome::Held);
    QCOMPARE(m_generations->current()->id, first);

    QVERIFY(!m_generations->promoteHeld(first, Policy {})); // not held
    QVERIFY(m_generations->promoteHeld(held, Policy {}));
    const auto current = m_generations->current();
    QCOMPARE(current->id, held);
    QCOMPARE(current->state, QStringLiteral("complete"));
    QCOMPARE(current->tagCount, 2);
    QCOMPARE(current->serverTotal, std::optional<qint64>(2));
    QCOMPARE(currentTags(), m_tags->all(held));
    QCOMPARE(m_tags->all(held).size(), 2);
    QVERIFY(!m_generations->held());
    QCOMPARE(m_generations->previous()->id, first);
    QVERIFY(!m_generations->promoteHeld(held, Policy {})); // only once
}

void TestGenerationStore::discardHeld()
{
    const qint64 first = sync(SampleData::tags(10));
    const QList<ImageTag> kept = currentTags();
    Outcome outcome {};
    const qint64 held = sync({}, Policy {}, &outcome);
    QCOMPARE(outcome, Outcome::Held);

    QVERIFY(m_generations->discardHeld(held));
    QCOMPARE(m_generations->byId(held)->state, QStringLiteral("abandoned"));
    QVERIFY(!m_generations->held());
    QCOMPARE(m_generations->current()->id, first);
    QCOMPARE(currentTags(), kept);
    QVERIFY(m_generations->collectGarbage(Policy {}));
    QVERIFY(!m_generations->byId(held));
    QCOMPARE(currentTags(), kept);
}

void TestGenerationStore::workloadsAndClustersWithAbsentFields()
{
    // Only what the parsers require: a workload's name, a cluster's id.
    QString error;
    const auto workload = RuntimeJson::workloadFromJson(
        QJsonObject { { QStringLiteral("name"), QStringLiteral("w") } }, &error);
    const auto cluster = RuntimeJson::clusterFromJson(QJsonObject { { QStringLiteral("id"), 7 } }, &error);
    QVERIFY(workload && cluster);
    WorkloadStore workloads(*m_db);
    const qint64 generation = m_generations->begin(kSource);
    QVERIFY(m_db->transaction([&] {
        return m_tags->addTags(generation, SampleData::tags(1))
            && workloads.addWorkloads(generation, { *workload })
            && workloads.addClusters(generation, { *cluster });
    }));
    QCOMPARE(m_generations->commit(generation, std::nullopt, Policy {}), Outcome::Committed);
    QCOMPARE(m_generations->current()->workloadCount, 1);
    QCOMPARE(m_generations->current()->clusterCount, 1);
    QCOMPARE(workloads.workloads(generation), QList<Workload> { *workload });
    QCOMPARE(workloads.clusters(generation).size(), 1);
    QCOMPARE(workloads.clusters(generation).first().id, QStringLiteral("7"));
}

void TestGenerationStore::garbageCollection()
{
    Policy policy;
    policy.keepComplete = 2;
    const ImageTag shared = SampleData::tag(QStringLiteral("shared"), QStringLiteral("1"));
    QList<qint64> generations;
    for (int i = 0; i < 4; ++i) {
        QList<ImageTag> tags = SampleData::tags(4);
        for (ImageTag &t : tags)
            t.tag += QStringLiteral("-g%1").arg(i); // unique to this generation
        tags.append(shared);
        generations.append(sync(tags, policy));
        QVERIFY(generations.last());
    }
    const qint64 failed = m_generations->begin(kSource);
    QVERIFY(m_db->transaction([&] { return m_tags->addTags(failed, SampleData::tags(3)); }));
    QVERIFY(m_generations->fail(failed, QStringLiteral("x")));
    QVERIFY(m_generations->collectGarbage(policy));

    QList<qint64> remaining;
    for (const GenerationInfo &g : m_generations->all())
        remaining.append(g.id);
    QCOMPARE(remaining, (QList<qint64> { generations[2], generations[3] }));
    QCOMPARE(m_tags->count(generations[0]), 0);

    // Rows of the dropped generations are gone, with everything that hangs off them; the shared row stays.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_rows")), 4 + 4 + 1);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM tag_rows WHERE id NOT IN (SELECT tag_row FROM generation_tags)")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_search")), 9);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM tag_search WHERE rowid NOT IN (SELECT id FROM tag_rows)")),
             0);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM vulnerabilities WHERE tag_row NOT IN (SELECT id FROM tag_rows)")),
             0);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM tag_workloads WHERE tag_row NOT IN (SELECT id FROM tag_rows)")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vulnerabilities")), 8);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_rows WHERE name = 'shared'")), 1);
    // A dropped generation's words no longer match.
    QCOMPARE(m_tags->countMatching(generations[3], TagQuery { .text = QStringLiteral("v0-g0") }), 0);
    QCOMPARE(m_tags->countMatching(generations[3], TagQuery { .text = QStringLiteral("v0-g3") }), 1);
}

void TestGenerationStore::resumableAndRecordProgress()
{
    const qint64 generation = m_generations->begin(kSource);
    QVERIFY(!m_generations->resumable(kSource, 3600)); // no key yet

    QVERIFY(m_generations->recordProgress(generation, QStringLiteral("tags"), QStringLiteral("key-1"), 1, 0));
    QVERIFY(m_generations->recordProgress(generation, QStringLiteral("tags"), QStringLiteral("key-2"), 1, 3));
    auto resumable = m_generations->resumable(kSource, 3600);
    QVERIFY(resumable);
    QCOMPARE(resumable->id, generation);
    QCOMPARE(resumable->resumeKey, QStringLiteral("key-2"));
    QCOMPARE(resumable->pages, 2);
    QCOMPARE(resumable->rejectedCount, 3);
    QCOMPARE(resumable->phase, QStringLiteral("tags"));
    QVERIFY(!m_generations->resumable(QStringLiteral("https://other.jfrog.io"), 3600));

    // Too old to trust.
    QSqlQuery age = m_db->prepare(
        QStringLiteral("UPDATE generations SET started_at = started_at - 7200000 WHERE id = ?"));
    age.addBindValue(generation);
    QVERIFY(m_db->exec(age));
    QVERIFY(!m_generations->resumable(kSource, 3600));
    QVERIFY(m_generations->resumable(kSource, 3 * 3600));

    // Past the images phase, a later (small) phase is resumable: it restarts, keeping the tags.
    QVERIFY(m_generations->recordProgress(generation, QStringLiteral("workloads"), QString(), 1, 0));
    resumable = m_generations->resumable(kSource, 3 * 3600);
    QVERIFY(resumable);
    QCOMPARE(resumable->phase, QStringLiteral("workloads"));
    QCOMPARE(m_generations->byId(generation)->pages, 3);
    // An images phase with no cursor has nothing to continue from.
    QVERIFY(m_generations->recordProgress(generation, QStringLiteral("tags"), QString(), 1, 0));
    QVERIFY(!m_generations->resumable(kSource, 3 * 3600));

    // Progress on a finished generation changes nothing.
    QCOMPARE(m_generations->commit(generation, std::nullopt, Policy {}), Outcome::Committed);
    QVERIFY(m_generations->recordProgress(generation, QStringLiteral("tags"), QStringLiteral("late"), 5, 5));
    const auto done = m_generations->byId(generation);
    QCOMPARE(done->pages, 4);
    QCOMPARE(done->state, QStringLiteral("complete"));
    QVERIFY(done->resumeKey.isEmpty());
    QVERIFY(!m_generations->resumable(kSource, 3 * 3600));
}

void TestGenerationStore::rowCountsAreRecordedAndCompared_data()
{
    QTest::addColumn<qint64>("reported"); // -1: the platform gave no total_count
    QTest::addColumn<int>("repeated"); // rows sent twice, stored once
    QTest::addColumn<int>("refused"); // rows refused as malformed
    QTest::addColumn<QString>("warning");
    QTest::newRow("all agree") << qint64(6) << 0 << 0 << QString();
    QTest::newRow("no total, all stored") << qint64(-1) << 0 << 0 << QString();
    QTest::newRow("platform counts more")
        << qint64(9) << 0 << 0 << QStringLiteral("the platform reported 9 image tags; 6 received, 6 stored");
    QTest::newRow("platform counts fewer")
        << qint64(4) << 0 << 0 << QStringLiteral("the platform reported 4 image tags; 6 received, 6 stored");
    QTest::newRow("a row sent twice")
        << qint64(7) << 1 << 0 << QStringLiteral("the platform reported 7 image tags; 7 received, 6 stored");
    QTest::newRow("refused rows, no total")
        << qint64(-1) << 0 << 2 << QStringLiteral("8 image tags received, 6 stored");
    QTest::newRow("thousands are grouped")
        << qint64(2507) << 0 << 0
        << QStringLiteral("the platform reported 2,507 image tags; 6 received, 6 stored");
}

void TestGenerationStore::rowCountsAreRecordedAndCompared()
{
    QFETCH(qint64, reported);
    QFETCH(int, repeated);
    QFETCH(int, refused);
    QFETCH(QString, warning);
    QList<ImageTag> tags = SampleData::tags(6);
    for (int i = 0; i < repeated; ++i)
        tags.append(tags.at(i));
    const qint64 generation = m_generations->begin(kSource);
    QVERIFY(m_db->transaction([&] {
        return m_tags->addTags(generation, tags)
            && m_generations->recordProgress(generation, QStringLiteral("workloads"), QString(), 1, refused,
                                             tags.size() + refused);
    }));
    const std::optional<qint64> total = reported >= 0 ? std::optional<qint64>(reported) : std::nullopt;
    QCOMPARE(m_generations->commit(generation, total, Policy {}), Outcome::Committed);
    const auto info = m_generations->byId(generation);
    QVERIFY(info);
    QCOMPARE(info->tagCount, 6);
    QCOMPARE(info->receivedCount.value_or(-1), qint64(tags.size() + refused));
    QCOMPARE(info->serverTotal, total);
    const RowCounts counts = info->rowCounts();
    QCOMPARE(counts.agree(), warning.isEmpty());
    QCOMPARE(counts.warning(QLocale(QLocale::English)), warning);
    // A generation written before rows were counted says only what it can.
    QCOMPARE((RowCounts { qint64(5), std::nullopt, 5 }).warning(), QString());
    QCOMPARE((RowCounts { qint64(7), std::nullopt, 5 }).warning(QLocale(QLocale::English)),
             QStringLiteral("the platform reported 7 image tags; 5 stored"));
}

void TestGenerationStore::everyFailingStatementLeavesThePreviousGeneration_data()
{
    QTest::addColumn<bool>("sticky");
    QTest::newRow("one failure") << false;
    QTest::newRow("every statement after the first failure") << true;
}

void TestGenerationStore::everyFailingStatementLeavesThePreviousGeneration()
{
    QFETCH(bool, sticky);
    // DB-2: make the i-th statement of a sync fail, for i = 1.. until a sync gets through untouched.
    const qint64 first = sync(SampleData::tags(8));
    QVERIFY(first);
    const QList<ImageTag> before = currentTags();
    QList<ImageTag> next = SampleData::tags(8);
    next[0].runtimeStatus = QStringLiteral("stopped");
    next.append(SampleData::tag(QStringLiteral("added"), QStringLiteral("2")));

    int failures = 0;
    for (int i = 1; i < 500; ++i) {
        m_db->failAfter(i, sticky);
        const qint64 generation = sync(next);
        const bool injected = m_db->lastError().message == QStringLiteral("injected database failure");
        m_db->failAfter(0);
        m_db->clearError();
        if (generation && !injected) {
            // Nothing failed this time: the new generation is current and whole.
            QCOMPARE(m_generations->current()->id, generation);
            QCOMPARE(currentTags().size(), next.size());
            QVERIFY2(failures > 10, qPrintable(QString::number(failures)));
            QCOMPARE(m_db->integrityCheck(), QStringLiteral("ok"));
            return;
        }
        ++failures;
        QVERIFY2(m_generations->abandonStale(), qPrintable(QString::number(i)));
        const auto current = m_generations->current();
        QVERIFY2(current, qPrintable(QString::number(i)));
        if (current->id != first) {
            // The failure hit after the commit itself, in its garbage collection: then the commit rolled back
            // too.
            QFAIL(qPrintable(
                QStringLiteral("statement %1: generation %2 became current").arg(i).arg(current->id)));
        }
        QCOMPARE(currentTags(), before);
        QCOMPARE(m_db->integrityCheck(true), QStringLiteral("ok"));
    }
    QFAIL("the sync never got through");
}

QTEST_GUILESS_MAIN(TestGenerationStore)
#include "tst_generationstore.moc"
