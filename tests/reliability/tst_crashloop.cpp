// DB-1 and NET-2: the real CLI (`runtime-desk-cli sync`) as a child process, killed with SIGKILL.
//  - Crash loop (DB-1): one cache, killed at a random request of the sync (any phase, the final
//    commit included) again and again; after every kill `PRAGMA integrity_check` is ok, no page is
//    half written, and the current generation is a whole server snapshot. Every fifth run is left
//    to finish and must converge; then the server moves on. 20 runs in CI, 1,000 in the long run.
//  - Resume (NET-2): a fresh cache, the sync killed at a random page, then run again: it continues
//    after the last stored page (pages fetched again <= 1 + the pages in flight) and the cache
//    equals the server. 10 runs of 10,000 tags in CI, 100 of 50,000 in the long run.
//  - Killed migration (DB-5): a large cache in the v1 layout, the CLI killed while it migrates it;
//    the file is healthy at a whole version with every row, and the next run completes the
//    migration. 5 runs in CI, 50 in the long run.
// The platform is a DemoHost on its own thread in this process.
#include "cliprocess.h"
#include "demohost.h"
#include "figures.h"
#include "generationstore.h"
#include "sampledata.h"
#include "schema.h"
#include "schemafixtures.h"
#include "synccheck.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>
#include <QtTest>

#include <csignal>

namespace {

const QString tagsEndpoint = QStringLiteral("POST /runtime/api/v1/images/tags");
constexpr int pageSize = 100;
constexpr int pagesInFlight = 3; // SyncOptions::maxPagesInFlight

struct Generation
{
    qint64 id = 0;
    QString state;
    QString phase;
    qint64 pages = 0;
    qint64 rows = 0;
};

// Every generation of the cache with the rows it holds, read through a connection of our own.
QList<Generation> generations(const QString &cachePath)
{
    QList<Generation> list;
    auto db = SyncCheck::openCache(cachePath);
    if (!db)
        return list;
    QSqlQuery q = db->prepare(QStringLiteral("SELECT g.id, g.state, g.phase, g.pages, (SELECT count(*) FROM "
                                             "generation_tags t WHERE t.generation = g.id) "
                                             "FROM generations g ORDER BY g.id"));
    if (!db->exec(q))
        return list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toLongLong(), q.value(4).toLongLong() });
    return list;
}

// Starts the CLI sync, kills it with SIGKILL once the platform has answered `requests` requests
// (and `extraUs` microseconds more), and returns when it is gone. False when it finished first.
bool syncAndKill(const QProcessEnvironment &env, const QStringList &args, DemoPlatform &platform,
                 int requests, int extraUs, int *exitCode)
{
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(TestEnvironment::cliPath(), args);
    if (!cli.waitForStarted(30000))
        return false;
    const int before = platform.requests().size();
    QElapsedTimer clock;
    clock.start();
    // waitForFinished() also notices an exit: without an event loop, state() would not.
    bool finished = false;
    while (!finished && platform.requests().size() - before < requests && clock.elapsed() < 120000)
        finished = cli.waitForFinished(1);
    if (!finished && extraUs > 0) {
        QThread::usleep(extraUs);
        finished = cli.waitForFinished(0);
    }
    const bool killed = !finished && cli.state() == QProcess::Running;
    if (killed)
        ::kill(pid_t(cli.processId()), SIGKILL);
    cli.waitForFinished(60000);
    if (exitCode)
        *exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    return killed;
}

} // namespace

class TestCrashLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedDuringCommits();
    void resumeAfterKill();
    void killedDuringMigration();
};

void TestCrashLoop::initTestCase()
{
    TestEnvironment::init();
    QVERIFY2(QFileInfo::exists(TestEnvironment::cliPath()), "RD_CLI must name the built runtime-desk-cli");
}

void TestCrashLoop::killedDuringCommits()
{
    const int runs = Figures::count("RD_RELIABILITY_CRASH_RUNS", 20, 1000);
    DemoPlatform::Options options;
    options.tags = 2000;
    options.seed = 21;
    DemoHost host(options);
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    DemoPlatform &platform = *host.platform();
    QTemporaryDir dir;
    const Workspace workspace = Workspace::fromLocalPath(dir.filePath(QStringLiteral("desk.sqlite")));
    const QProcessEnvironment env = CliProcess::environment(host.url(), platform.token());
    const QStringList args {
        QStringLiteral("--db"),       workspace.localPath,    QStringLiteral("--ca"),
        platform.caCertificatePath(), QStringLiteral("sync"), QStringLiteral("--quiet")
    };

    // One whole sync first: how many requests a sync makes, and the first snapshot.
    const CliProcess::Result first = CliProcess::run(args, env);
    QVERIFY2(first.exitCode == 0 && !first.crashed, first.err.constData());
    const int requestsPerSync = platform.requests().size();
    QMap<QString, ImageTag> committed = SyncCheck::byKey(platform.expectedTags());
    QCOMPARE(SyncCheck::cachedTags(workspace.cachePath), committed);
    platform.advance();

    QRandomGenerator random(quint32(QRandomGenerator::system()->generate()));
    int integrityOk = 0;
    int killed = 0;
    int converged = 0;
    int partialPages = 0;
    for (int run = 1; run <= runs; ++run) {
        const bool finish = run % 5 == 0;
        int exit = -1;
        bool wasKilled = false;
        if (finish) {
            const CliProcess::Result done = CliProcess::run(args, env);
            exit = done.crashed ? -1 : done.exitCode;
        } else {
            wasKilled = syncAndKill(env, args, platform, 1 + random.bounded(requestsPerSync),
                                    random.bounded(15000), &exit);
        }
        killed += wasKilled ? 1 : 0;
        const QString integrity = SyncCheck::integrity(workspace.cachePath);
        QVERIFY2(integrity == u"ok", qPrintable(QStringLiteral("run %1: %2").arg(run).arg(integrity)));
        ++integrityOk;

        // Each page is in its generation whole or not at all: while the listing lasts, the rows are
        // exactly the stored (full) pages; after it, the last page may be short.
        for (const Generation &g : generations(workspace.cachePath)) {
            const bool whole = g.phase == u"tags"
                ? g.rows == g.pages * pageSize
                : g.rows > (g.pages - 1) * pageSize && g.rows <= g.pages * pageSize;
            if (g.state == u"running" && !whole) {
                ++partialPages;
                QFAIL(qPrintable(QStringLiteral("run %1: generation %2 has %3 rows for %4 pages (phase %5)")
                                     .arg(run)
                                     .arg(g.id)
                                     .arg(g.rows)
                                     .arg(g.pages)
                                     .arg(g.phase)));
            }
        }
        // The current generation is a whole snapshot: the last one committed, or this run's.
        const QMap<QString, ImageTag> current = SyncCheck::cachedTags(workspace.cachePath);
        const QMap<QString, ImageTag> server = SyncCheck::byKey(platform.expectedTags());
        QVERIFY2(current == committed || current == server,
                 qPrintable(QStringLiteral("run %1: the current generation is neither snapshot").arg(run)));
        if (!wasKilled) {
            QVERIFY2(exit == 0, qPrintable(QStringLiteral("run %1 exited %2").arg(run).arg(exit)));
            QCOMPARE(current, server);
            ++converged;
        }
        if (current == server && current != committed) {
            committed = server; // it got through: the server moves on for the next runs
            platform.advance();
        }
    }
    Figures::report(
        QStringLiteral("DB   crash loop: %1/%2 runs, integrity ok (%3 killed mid-sync, %4 partial pages, "
                       "%5 finishing runs converged)")
            .arg(integrityOk)
            .arg(runs)
            .arg(killed)
            .arg(partialPages)
            .arg(converged));
}

void TestCrashLoop::resumeAfterKill()
{
    const int runs = Figures::count("RD_RELIABILITY_RESUME_RUNS", 10, 100);
    DemoPlatform::Options options;
    options.tags = Figures::full() ? 50000 : 10000;
    options.seed = 22;
    DemoHost host(options);
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    DemoPlatform &platform = *host.platform();
    const int totalPages = options.tags / pageSize;
    const QList<ImageTag> server = platform.expectedTags();
    QRandomGenerator random(quint32(QRandomGenerator::system()->generate()));

    int convergedRuns = 0;
    int worstRefetched = 0;
    int lost = 0;
    int duplicated = 0;
    for (int run = 1; run <= runs; ++run) {
        QTemporaryDir dir;
        const Workspace workspace = Workspace::fromLocalPath(dir.filePath(QStringLiteral("desk.sqlite")));
        const QProcessEnvironment env = CliProcess::environment(host.url(), platform.token());
        const QStringList args { QStringLiteral("--db"), workspace.localPath,
                                 QStringLiteral("--ca"), platform.caCertificatePath(),
                                 QStringLiteral("sync"), QStringLiteral("--quiet") };
        platform.requests().clear();
        const int killAt = 1 + random.bounded(totalPages - 1);
        QVERIFY2(syncAndKill(env, args, platform, killAt, random.bounded(5000), nullptr),
                 qPrintable(QStringLiteral("run %1: the sync finished before page %2").arg(run).arg(killAt)));
        QTest::qWait(50); // a request the dead process had sent is answered and logged
        const int fetchedBefore = platform.requests().count(tagsEndpoint);
        qint64 stored = 0;
        for (const Generation &g : generations(workspace.cachePath)) {
            if (g.state == u"running")
                stored = g.pages;
        }

        const CliProcess::Result resumed = CliProcess::run(args, env, 300000);
        QVERIFY2(!resumed.crashed && resumed.exitCode == 0, resumed.err.constData());
        const int fetchedAfter = platform.requests().count(tagsEndpoint) - fetchedBefore;
        const int refetched = fetchedBefore - int(stored);
        worstRefetched = std::max(worstRefetched, refetched);
        // It continued after the last stored page, and lost at most the pages that were in flight.
        QVERIFY2(fetchedAfter == totalPages - stored,
                 qPrintable(QStringLiteral("run %1: %2 pages stored, %3 fetched after the kill")
                                .arg(run)
                                .arg(stored)
                                .arg(fetchedAfter)));
        QVERIFY2(refetched <= 1 + pagesInFlight,
                 qPrintable(QStringLiteral("run %1: %2 pages fetched, %3 stored")
                                .arg(run)
                                .arg(fetchedBefore)
                                .arg(stored)));
        const SyncCheck::Diff diff = SyncCheck::compare(server, workspace.cachePath);
        lost += diff.lost;
        duplicated += diff.duplicated;
        QVERIFY2(diff.equal(), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(diff.describe())));
        QCOMPARE(SyncCheck::integrity(workspace.cachePath), QStringLiteral("ok"));
        ++convergedRuns;
    }
    Figures::report(
        QStringLiteral(
            "NET  resume after SIGKILL: %1/%2 runs converged (%3 tags, %4 rows lost, %5 duplicated, "
            "at most %6 pages fetched again)")
            .arg(convergedRuns)
            .arg(runs)
            .arg(options.tags)
            .arg(lost)
            .arg(duplicated)
            .arg(worstRefetched));
}

void TestCrashLoop::killedDuringMigration()
{
    const int runs = Figures::count("RD_RELIABILITY_MIGRATION_RUNS", 5, 50);
    constexpr int rows = 20000;
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("v1.cache.sqlite"));
    {
        Database::Options options;
        options.onCorruption = Database::OnCorruption::Refuse;
        Database::OpenResult opened = Database::open(pristine, Schema::cache().upTo(1), options);
        QVERIFY2(opened.database, qPrintable(opened.error.message));
        QVERIFY(SchemaFixtures::writeV1Generation(*opened.database, SampleData::tags(rows, 500)));
    }
    const Workspace workspace = Workspace::fromLocalPath(dir.filePath(QStringLiteral("desk.sqlite")));
    auto restore = [&] {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(workspace.cachePath + suffix);
        return QFile::copy(pristine, workspace.cachePath);
    };
    const QStringList args { QStringLiteral("--db"), workspace.localPath, QStringLiteral("images"),
                             QStringLiteral("--limit"), QStringLiteral("1") };
    auto countRows = [&](int version) {
        Database::Options options;
        options.onCorruption = Database::OnCorruption::Refuse;
        Database::OpenResult opened =
            Database::open(workspace.cachePath, Schema::cache().upTo(version), options);
        return opened.database
            ? SampleData::scalar(*opened.database, QStringLiteral("SELECT count(*) FROM generation_tags"))
            : -1;
    };

    // How long one whole migration takes: the kills fall anywhere inside it.
    QVERIFY(restore());
    QElapsedTimer clock;
    clock.start();
    const CliProcess::Result whole = CliProcess::run(args, QProcessEnvironment::systemEnvironment());
    const qint64 migrationMs = clock.elapsed();
    QVERIFY2(whole.exitCode == 0 && !whole.crashed, whole.err.constData());
    QCOMPARE(countRows(Schema::cache().currentVersion()), rows);

    QRandomGenerator random(quint32(QRandomGenerator::system()->generate()));
    int killedMidway = 0;
    QMap<int, int> leftAt;
    for (int run = 1; run <= runs; ++run) {
        QVERIFY(restore());
        QProcess cli;
        cli.start(TestEnvironment::cliPath(), args);
        QVERIFY(cli.waitForStarted());
        const bool finished =
            cli.waitForFinished(int(random.bounded(quint32(std::max<qint64>(1, migrationMs)))));
        if (!finished) {
            ::kill(pid_t(cli.processId()), SIGKILL);
            cli.waitForFinished();
            ++killedMidway;
        }
        const QString label = QStringLiteral("run %1").arg(run);
        QVERIFY2(SyncCheck::integrity(workspace.cachePath) == u"ok", qPrintable(label));
        QFile header(workspace.cachePath);
        QVERIFY(header.open(QIODevice::ReadOnly));
        const QByteArray bytes = header.read(64);
        header.close();
        const int version = int(qFromBigEndian<quint32>(bytes.constData() + 60));
        QVERIFY2(version >= 1 && version <= Schema::cache().currentVersion(), qPrintable(label));
        ++leftAt[version];
        QCOMPARE(countRows(version), rows); // every row, at whatever whole version it stopped
        const CliProcess::Result again = CliProcess::run(args, QProcessEnvironment::systemEnvironment());
        QVERIFY2(again.exitCode == 0 && !again.crashed, again.err.constData());
        QCOMPARE(countRows(Schema::cache().currentVersion()), rows);
    }
    QStringList versions;
    for (auto it = leftAt.cbegin(); it != leftAt.cend(); ++it)
        versions.append(QStringLiteral("v%1: %2").arg(it.key()).arg(it.value()));
    Figures::report(
        QStringLiteral(
            "DB   migration killed with SIGKILL: %1/%2 runs left a healthy file at a whole version (%3; "
            "%4 killed mid-migration of %5 rows), every one completed after")
            .arg(runs)
            .arg(runs)
            .arg(versions.join(QStringLiteral(", ")))
            .arg(killedMidway)
            .arg(rows));
}

QTEST_GUILESS_MAIN(TestCrashLoop)
#include "tst_crashloop.moc"
