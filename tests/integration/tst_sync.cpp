// The sync end to end over real TLS against the demo platform: the cache equals the server, a
// failure never moves the current generation, a shrinking server is held, a looping cursor is
// stopped, and a sync killed with SIGKILL is resumed into a cache that again equals the server.
#include "demofixture.h"
#include "demohost.h"
#include "generationstore.h"
#include "schema.h"
#include "synccheck.h"
#include "syncjob.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "workloadstore.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {
using SyncCheck::byKey;
using SyncCheck::cachedTags;
using SyncCheck::fault;
using SyncCheck::openCache;
} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();

    void cacheEqualsServer();
    void secondSyncMarksOnlyWhatChanged();
    void failureLeavesThePreviousGeneration_data();
    void failureLeavesThePreviousGeneration();
    void cancelLeavesThePreviousGeneration();
    void shrinkingServerIsHeld();
    void repeatingCursorStopsTheSync();
    void killedSyncResumesAndConverges();

private:
    SyncResult sync(SyncOptions options = {});
    QString cachePath() const
    {
        return Workspace::fromLocalPath(m_dir->filePath(QStringLiteral("desk.sqlite"))).cachePath;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DemoFixture> m_fixture;
};

void TestSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 10000;
    options.seed = 5;
    m_fixture = std::make_unique<DemoFixture>(options);
    QVERIFY(m_fixture->start());
    QVERIFY(openCache(cachePath())); // created and migrated, as the app and the CLI do before a sync
}

void TestSync::cleanup()
{
    m_fixture.reset();
    m_dir.reset();
}

SyncResult TestSync::sync(SyncOptions options)
{
    SyncJob job(&m_fixture->client(), cachePath(), options);
    QSignalSpy finished(&job, &SyncJob::finished);
    job.start();
    if (!finished.wait(120000))
        return {};
    return finished.first().first().value<SyncResult>();
}

void TestSync::cacheEqualsServer()
{
    const SyncResult result = sync();
    QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Completed));
    QCOMPARE(result.progress.tags, 10000);
    QCOMPARE(result.progress.pages, 100); // limit 100
    QCOMPARE(result.rejectedRows, 0);

    const QMap<QString, ImageTag> server = byKey(m_fixture->platform().expectedTags());
    const QMap<QString, ImageTag> cache = cachedTags(cachePath());
    QCOMPARE(cache.size(), server.size());
    QCOMPARE(cache.keys(), server.keys());
    for (auto it = server.cbegin(); it != server.cend(); ++it)
        QVERIFY2(cache.value(it.key()) == it.value(), qPrintable(it.value().reference()));

    auto db = openCache(cachePath());
    QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
    WorkloadStore workloads(*db);
    GenerationStore generations(*db);
    const auto current = generations.current();
    QVERIFY(current);
    QCOMPARE(current->tagCount, 10000);
    QCOMPARE(current->serverTotal.value_or(-1), 10000);
    QVERIFY(current->workloadCount > 0);
    QCOMPARE(workloads.workloads(current->id).size(), current->workloadCount);
    QVERIFY(!workloads.clusters(current->id).isEmpty());
    QVERIFY(!workloads.clusters(current->id).constFirst().nodes.isEmpty()); // details fetched per cluster
}

void TestSync::secondSyncMarksOnlyWhatChanged()
{
    QCOMPARE(int(sync().outcome), int(SyncResult::Outcome::Completed));
    const DemoDataset::AdvanceStats stats = m_fixture->platform().advance();
    QVERIFY(stats.changed > 0);
    QCOMPARE(int(sync().outcome), int(SyncResult::Outcome::Completed));

    const QMap<QString, ImageTag> server = byKey(m_fixture->platform().expectedTags());
    qint64 generation = 0;
    const QMap<QString, ImageTag> cache = cachedTags(cachePath(), &generation);
    QCOMPARE(cache.keys(), server.keys());

    auto db = openCache(cachePath());
    TagStore tags(*db);
    TagQuery changedOnly;
    changedOnly.changedOnly = true;
    // Every changed or added tag is marked, and nothing else.
    QCOMPARE(tags.countMatching(generation, changedOnly), qint64(stats.changed + stats.added));
}

void TestSync::failureLeavesThePreviousGeneration_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("500 on a middle page, forever") << fault("status",
                                                            { { QStringLiteral("status"), 500 },
                                                              { QStringLiteral("page"), 40 },
                                                              { QStringLiteral("count"), -1 } })
                                                   << 2;
    QTest::newRow("401 on the last page") << fault(
        "status", { { QStringLiteral("status"), 401 }, { QStringLiteral("page"), QStringLiteral("last") } })
                                          << 2;
    QTest::newRow("HTML instead of JSON on a middle page")
        << fault("html", { { QStringLiteral("page"), 50 } }) << 3;
    QTest::newRow("wrong JSON type on the first page")
        << fault("wrong_type",
                 { { QStringLiteral("page"), 0 }, { QStringLiteral("variant"), QStringLiteral("string") } })
        << 3;
    QTest::newRow("connection reset mid-body, forever")
        << fault("reset", { { QStringLiteral("page"), 70 }, { QStringLiteral("count"), -1 } }) << 2;
}

void TestSync::failureLeavesThePreviousGeneration()
{
    QFETCH(QJsonObject, rule);
    QFETCH(int, exitCode);
    QCOMPARE(int(sync().outcome), int(SyncResult::Outcome::Completed));
    qint64 before = 0;
    const QMap<QString, ImageTag> kept = cachedTags(cachePath(), &before);
    m_fixture->platform().advance(); // the server moves on, so a half-written cache would show

    QVERIFY(m_fixture->arm(rule));
    const SyncResult failed = sync();
    QCOMPARE(int(failed.outcome), int(SyncResult::Outcome::Failed));
    QCOMPARE(failed.exitCode(), exitCode);
    QVERIFY(!failed.message.isEmpty());
    qint64 after = 0;
    QCOMPARE(cachedTags(cachePath(), &after), kept);
    QCOMPARE(after, before); // the generation never moves past a failure

    m_fixture->platform().faults().clear(); // healed
    QCOMPARE(int(sync().outcome), int(SyncResult::Outcome::Completed));
    QCOMPARE(cachedTags(cachePath()).keys(), byKey(m_fixture->platform().expectedTags()).keys());
}

void TestSync::cancelLeavesThePreviousGeneration()
{
    QCOMPARE(int(sync().outcome), int(SyncResult::Outcome::Completed));
    const QMap<QString, ImageTag> kept = cachedTags(cachePath());
    m_fixture->platform().advance();
    QVERIFY(m_fixture->arm(fault("delay",
                                 { { QStringLiteral("page"), QStringLiteral("any") },
                                   { QStringLiteral("count"), -1 },
                                   { QStringLiteral("delay_ms"), 30 } })));
    SyncJob job(&m_fixture->client(), cachePath(), {});
    QSignalSpy progress(&job, &SyncJob::progressChanged);
    QSignalSpy finished(&job, &SyncJob::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 5, 30000);
    job.cancel();
    QVERIFY(finished.wait(30000));
    QCOMPARE(int(finished.first().first().value<SyncResult>().outcome), int(SyncResult::Outcome::Cancelled));
    QCOMPARE(cachedTags(cachePath()), kept);
}

void TestSync::shrinkingServerIsHeld()
{
    QCOMPARE(int(sync().outcome), int(SyncResult::Outcome::Completed));
    const QMap<QString, ImageTag> kept = cachedTags(cachePath());
    // The platform suddenly answers with an empty inventory.
    QVERIFY(
        m_fixture->arm(fault("canned",
                             { { QStringLiteral("page"), 0 },
                               { QStringLiteral("status"), 200 },
                               { QStringLiteral("body"),
                                 QStringLiteral("{\"image_tags\":[],\"pagination\":{\"limit\":100}}") } })));
    const SyncResult held = sync();
    QCOMPARE(int(held.outcome), int(SyncResult::Outcome::Held));
    QCOMPARE(held.exitCode(), 3);
    QVERIFY(held.message.contains(QLatin1StringView("10000")));
    QCOMPARE(cachedTags(cachePath()), kept); // nothing purged

    // Confirmed, the empty inventory becomes current.
    QVERIFY(
        m_fixture->arm(fault("canned",
                             { { QStringLiteral("page"), 0 },
                               { QStringLiteral("status"), 200 },
                               { QStringLiteral("body"),
                                 QStringLiteral("{\"image_tags\":[],\"pagination\":{\"limit\":100}}") } })));
    SyncOptions accept;
    accept.acceptShrink = true;
    QCOMPARE(int(sync(accept).outcome), int(SyncResult::Outcome::Completed));
    QVERIFY(cachedTags(cachePath()).isEmpty());
}

void TestSync::repeatingCursorStopsTheSync()
{
    // Page 3 answers with the cursor that led to page 2: a server stuck in a loop.
    const QString body =
        QStringLiteral("{\"image_tags\":[],\"pagination\":{\"limit\":100,\"next_key\":\"loop\"}}");
    QVERIFY(m_fixture->arm(fault("canned",
                                 { { QStringLiteral("page"), QStringLiteral("any") },
                                   { QStringLiteral("skip"), 2 },
                                   { QStringLiteral("count"), -1 },
                                   { QStringLiteral("status"), 200 },
                                   { QStringLiteral("body"), body } })));
    const SyncResult result = sync();
    QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Failed));
    QVERIFY2(result.message.contains(QLatin1StringView("next_key")), qPrintable(result.message));
    // Stopped within one repeat: page 3 gave "loop", page 4 gave it again.
    QCOMPARE(m_fixture->platform().requests().count(QStringLiteral("POST /runtime/api/v1/images/tags")), 4);
    QVERIFY(cachedTags(cachePath()).isEmpty());
}

void TestSync::killedSyncResumesAndConverges()
{
    // The CLI in its own process against a demo platform on its own thread (this thread blocks).
    m_fixture.reset();
    DemoPlatform::Options options;
    options.tags = 10000;
    options.seed = 9;
    DemoHost host(options);
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    QVERIFY(host.platform()->faults().install(fault("delay",
                                                    { { QStringLiteral("page"), QStringLiteral("any") },
                                                      { QStringLiteral("count"), -1 },
                                                      { QStringLiteral("delay_ms"), 20 } })));

    const QString db = m_dir->filePath(QStringLiteral("desk.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JFROG_URL"), host.url().toString());
    env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), host.platform()->token());
    const QStringList args { QStringLiteral("--db"), db,
                             QStringLiteral("--ca"), host.platform()->caCertificatePath(),
                             QStringLiteral("sync"), QStringLiteral("--quiet") };
    const QString tagsEndpoint = QStringLiteral("POST /runtime/api/v1/images/tags");

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(TestEnvironment::cliPath(), args);
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(host.platform()->requests().count(tagsEndpoint) >= 40, 60000);
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished());
    const int fetchedBeforeKill = host.platform()->requests().count(tagsEndpoint);

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(TestEnvironment::cliPath(), args);
    QVERIFY(second.waitForFinished(120000));
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    const int fetchedAfter = host.platform()->requests().count(tagsEndpoint) - fetchedBeforeKill;
    // Resumed from the last stored page, not from the start (at most the pages in flight again).
    QVERIFY2(
        fetchedAfter <= 100 - fetchedBeforeKill + 4,
        qPrintable(
            QStringLiteral("%1 pages before the kill, %2 after").arg(fetchedBeforeKill).arg(fetchedAfter)));

    const QMap<QString, ImageTag> server = byKey(host.platform()->expectedTags());
    const QMap<QString, ImageTag> cache = cachedTags(Workspace::fromLocalPath(db).cachePath);
    QCOMPARE(cache.keys(), server.keys());
    QVERIFY(cache == server);
    auto cacheDb = openCache(Workspace::fromLocalPath(db).cachePath);
    QCOMPARE(cacheDb->integrityCheck(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
