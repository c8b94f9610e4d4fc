// DB-2 .. DB-6 on real SQLite files, through the real sync over TLS where there is one.
//  - DB-2: the i-th I/O operation of a sync fails (once, or every one after it), for i = 1.. until a
//    sync gets through untouched; every failed run leaves an intact cache, and the next sync ends
//    in the same state as a sync with no failure. The failures come from a SQLite VFS shim
//    (tests/support/faultvfs.h): SQLite's own I/O-error loop, on every connection of the process.
//  - DB-3: disk full, from the same shim (SQLITE_FULL once the files would grow past a quota):
//    one "disk full" error, the previous generation still readable, no file deleted; the sync after
//    space comes back converges. The local data behaves the same.
//  - DB-4: structural damage (a b-tree page header, a whole page, a cut file) in copies of a synced
//    cache: detected by the quick_check on open every time, moved aside (never deleted) and rebuilt
//    by the next sync, while the rules and notes of the local file stay as they were. A damaged
//    local file is moved aside byte for byte, never deleted.
//  - DB-5: every earlier schema (tests/data/schemas) migrates in one transaction; an I/O failure at
//    any point of a migration leaves the old version intact.
//  - DB-6: the pragmas each kind of file is used with, read back after migration and after a sync.
#include "demofixture.h"
#include "faultvfs.h"
#include "figures.h"
#include "generationstore.h"
#include "rulestore.h"
#include "ruletemplates.h"
#include "sampledata.h"
#include "schema.h"
#include "schemafixtures.h"
#include "synccheck.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <sqlite3.h>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

int headerUserVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(100);
    return header.size() < 64 ? -1 : int(qFromBigEndian<quint32>(header.constData() + 60));
}

bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Makes `to` hold exactly the files of `from` (the test's own files, with no connection open on them):
// a -wal left behind by a failed run must not meet another copy of the database.
bool copyFiles(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
        QFile::remove(QDir(to).filePath(name));
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
        QFile::setPermissions(QDir(to).filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

Database::Options localOptions()
{
    Database::Options o;
    o.durability = Database::Durability::Full;
    return o;
}

Database::Options cacheOptions()
{
    Database::Options o;
    o.onCorruption = Database::OnCorruption::Rebuild;
    return o;
}

// What the local file holds that exists nowhere else: rule documents and notes, as text.
QStringList localContent(const QString &path)
{
    QStringList content;
    Database::OpenResult opened = Workspace::fromLocalPath(path).openLocal();
    if (!opened.database)
        return { QStringLiteral("cannot open: ") + opened.error.message };
    RuleStore rules(*opened.database);
    for (const StoredRule &r : rules.list())
        content.append(QStringLiteral("rule %1 r%2 %3").arg(r.id).arg(r.revision).arg(r.name));
    QSqlQuery notes =
        opened.database->prepare(QStringLiteral("SELECT subject, action, detail FROM journal ORDER BY id"));
    if (opened.database->exec(notes)) {
        while (notes.next())
            content.append(
                QStringLiteral("journal %1 %2 %3")
                    .arg(notes.value(0).toString(), notes.value(1).toString(), notes.value(2).toString()));
    }
    return content;
}

enum class Damage { PageHeader, WholePage, CutShort };

// The damage's random seed: a failure names it, and RD_RELIABILITY_SEED=N repeats that run.
quint32 damageSeed()
{
    return qEnvironmentVariableIsSet("RD_RELIABILITY_SEED")
        ? quint32(qEnvironmentVariableIntValue("RD_RELIABILITY_SEED"))
        : QRandomGenerator::system()->generate();
}

// Structural damage SQLite must detect: an in-use b-tree page (the file is vacuumed, so every
// page with a b-tree type byte is in use) gets an invalid type and random header bytes, or random
// bytes throughout, or the file loses its tail. Returns what was done, for the failure message.
QString damage(const QString &path, Damage kind, QRandomGenerator &random)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return {};
    const QByteArray bytes = file.readAll();
    int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pages = bytes.size() / pageSize;
    QList<qint64> btree;
    for (qint64 p = 1; p < pages; ++p) { // page numbers from 2: page 1 starts with the file header
        const char type = bytes.at(p * pageSize);
        if (type == 2 || type == 5 || type == 10 || type == 13)
            btree.append(p);
    }
    if (btree.isEmpty())
        return {};
    const qint64 page = btree.at(random.bounded(int(btree.size())));
    static const char invalidTypes[] = { 0, 1, 3, 4, 6, 7, 8, 9, 11, 12, 14, 15, char(0x7f), char(0xff) };
    QByteArray patch;
    switch (kind) {
    case Damage::PageHeader:
        patch.resize(8);
        break;
    case Damage::WholePage:
        patch.resize(pageSize);
        break;
    case Damage::CutShort:
        file.resize(page * pageSize);
        return QStringLiteral("cut at page %1 of %2").arg(page + 1).arg(pages);
    }
    for (char &c : patch)
        c = char(random.bounded(256));
    patch[0] = invalidTypes[random.bounded(int(sizeof(invalidTypes)))];
    file.seek(page * pageSize);
    file.write(patch);
    return QStringLiteral("%1 bytes at page %2 of %3").arg(patch.size()).arg(page + 1).arg(pages);
}

} // namespace

class TestDatabaseFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ioFailureLoop_data();
    void ioFailureLoop();
    void diskFull_data();
    void diskFull();
    void localDataDiskFull();
    void corruptedCacheIsRebuilt();
    void corruptedLocalDataIsMovedAside();
    void migrationsFromEveryEarlierSchema_data();
    void migrationsFromEveryEarlierSchema();
    void pragmasAsUsed();

private:
    std::unique_ptr<DemoFixture> startFixture(int tags);
    QString cachePath() const { return m_workspace.cachePath; }
    SyncResult sync(int pageSize = 100);

    std::unique_ptr<QTemporaryDir> m_dir;
    Workspace m_workspace;
    std::unique_ptr<DemoFixture> m_fixture;
    FaultVfs *m_vfs = nullptr;
};

void TestDatabaseFaults::initTestCase()
{
    TestEnvironment::init();
    m_vfs = &FaultVfs::install();
}

void TestDatabaseFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = Workspace::fromLocalPath(m_dir->filePath(QStringLiteral("profile/desk.sqlite")));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("profile"))));
    m_vfs->reset();
    m_vfs->setScope(m_dir->filePath(QStringLiteral("profile")));
}

void TestDatabaseFaults::cleanup()
{
    m_vfs->reset();
    m_vfs->setScope({});
    m_fixture.reset();
    m_dir.reset();
}

std::unique_ptr<DemoFixture> TestDatabaseFaults::startFixture(int tags)
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = tags;
    options.seed = 31;
    auto fixture = std::make_unique<DemoFixture>(options);
    if (!fixture->start())
        return nullptr;
    ConnectionProfile profile = fixture->profile();
    profile.retry.maxAttempts = 1;
    fixture->setProfile(profile);
    return fixture;
}

SyncResult TestDatabaseFaults::sync(int pageSize)
{
    SyncOptions options;
    options.pageSize = pageSize;
    return SyncCheck::run(&m_fixture->client(), cachePath(), options);
}

void TestDatabaseFaults::ioFailureLoop_data()
{
    QTest::addColumn<bool>("sticky");
    QTest::newRow("one failure") << false;
    QTest::newRow("every operation after the first failure") << true;
}

void TestDatabaseFaults::ioFailureLoop()
{
    QFETCH(bool, sticky);
    m_fixture = startFixture(60);
    QVERIFY(m_fixture);
    constexpr int pageSize = 20; // three pages of tags, then workloads and clusters
    QVERIFY(SyncCheck::openCache(cachePath()));
    QCOMPARE(int(sync(pageSize).outcome), int(SyncResult::Outcome::Completed));
    const QMap<QString, ImageTag> before = SyncCheck::cachedTags(cachePath());
    m_fixture->platform().advance();
    const QList<ImageTag> server = m_fixture->platform().expectedTags();
    const QString pristine = m_dir->filePath(QStringLiteral("pristine"));
    QVERIFY(copyFiles(m_dir->filePath(QStringLiteral("profile")), pristine));

    // i = 0: no failure. Its operation count tells how far the loop goes; its end state is the reference.
    m_vfs->failAfter(0);
    QCOMPARE(int(sync(pageSize).outcome), int(SyncResult::Outcome::Completed));
    const int operations = m_vfs->operations();
    const QMap<QString, ImageTag> reference = SyncCheck::cachedTags(cachePath());
    QCOMPARE(reference, SyncCheck::byKey(server));
    QVERIFY2(operations > 50, qPrintable(QString::number(operations)));

    // CI tries the first 12 operations and then about 40 more across the whole sync; the long run tries every
    // one.
    const int step = Figures::full() ? 1 : std::max(1, operations / 40);
    int runs = 0;
    int failedRuns = 0;
    for (int i = 1;; i = i < 12 ? i + 1 : i + step) {
        QVERIFY2(i < operations * 3, "the sync never got through untouched");
        QVERIFY(copyFiles(pristine, m_dir->filePath(QStringLiteral("profile"))));
        m_vfs->failAfter(i, sticky);
        const SyncResult failed = sync(pageSize);
        const int injected = m_vfs->injected();
        m_vfs->failAfter(0);
        ++runs;
        const QString where = QStringLiteral("I/O operation %1 of %2").arg(i).arg(operations);
        if (injected == 0) {
            // Past the last operation: nothing failed, and this is the reference run again.
            QVERIFY2(failed.outcome == SyncResult::Outcome::Completed,
                     qPrintable(where + u": " + failed.message));
            QCOMPARE(SyncCheck::cachedTags(cachePath()), reference);
            break;
        }
        ++failedRuns;
        QVERIFY2(!failed.message.contains(u'\n'), qPrintable(failed.message));
        QVERIFY2(SyncCheck::integrity(cachePath()) == u"ok", qPrintable(where));
        // Whatever failed, the cache shows a whole generation: the previous one, or (a failure
        // after the commit, in its checkpoint) the new one.
        const QMap<QString, ImageTag> shown = SyncCheck::cachedTags(cachePath());
        QVERIFY2(shown == before || shown == reference,
                 qPrintable(where + u": a generation that is neither"));
        // The next sync, with nothing failing, ends where a sync with no failure ends.
        const SyncResult next = sync(pageSize);
        QVERIFY2(next.outcome == SyncResult::Outcome::Completed, qPrintable(where + u": " + next.message));
        const SyncCheck::Diff diff = SyncCheck::compare(server, cachePath());
        QVERIFY2(diff.equal(), qPrintable(where + u": " + diff.describe()));
        QCOMPARE(SyncCheck::cachedTags(cachePath()), reference);
        QCOMPARE(SyncCheck::integrity(cachePath()), QStringLiteral("ok"));
    }
    Figures::report(
        QStringLiteral(
            "DB   i-th I/O failure (%1): %2/%3 failed runs recovered to the i=0 state (%4 I/O operations "
            "per sync, %5 runs)")
            .arg(sticky ? QStringLiteral("every one after") : QStringLiteral("once"))
            .arg(failedRuns)
            .arg(failedRuns)
            .arg(operations)
            .arg(runs));
}

void TestDatabaseFaults::diskFull_data()
{
    QTest::addColumn<int>("roomKb");
    QTest::newRow("no room at all") << 0;
    QTest::newRow("full in the middle of the sync") << 600;
}

void TestDatabaseFaults::diskFull()
{
    QFETCH(int, roomKb);
    m_fixture = startFixture(1000);
    QVERIFY(m_fixture);
    QVERIFY(SyncCheck::openCache(cachePath()));
    QCOMPARE(int(sync().outcome), int(SyncResult::Outcome::Completed));
    qint64 generation = 0;
    const QMap<QString, ImageTag> before = SyncCheck::cachedTags(cachePath(), &generation);
    m_fixture->platform().advance();
    const QStringList filesBefore = QDir(m_dir->filePath(QStringLiteral("profile"))).entryList(QDir::Files);

    qint64 used = 0;
    for (const QFileInfo &info : QDir(m_dir->filePath(QStringLiteral("profile"))).entryInfoList(QDir::Files))
        used += info.size();
    m_vfs->setScope(m_dir->filePath(QStringLiteral("profile")));
    m_vfs->setQuota(used + roomKb * 1024);
    const SyncResult full = sync();
    QCOMPARE(int(full.outcome), int(SyncResult::Outcome::Failed));
    QCOMPARE(int(full.dbError.kind), int(DbError::Kind::Full));
    QVERIFY2(full.message.contains(QLatin1StringView("full"), Qt::CaseInsensitive), qPrintable(full.message));
    QVERIFY(!full.message.contains(u'\n'));
    QCOMPARE(full.exitCode(), 3);
    // Still full: the previous generation reads, whole.
    qint64 shown = 0;
    QCOMPARE(SyncCheck::cachedTags(cachePath(), &shown), before);
    QCOMPARE(shown, generation);
    for (const QString &name : filesBefore)
        QVERIFY2(QFile::exists(m_dir->filePath(QStringLiteral("profile/") + name)),
                 qPrintable(name + u" was deleted"));

    m_vfs->setQuota(-1); // space again
    const SyncResult next = sync();
    QVERIFY2(next.outcome == SyncResult::Outcome::Completed, qPrintable(next.message));
    const SyncCheck::Diff diff = SyncCheck::compare(m_fixture->platform().expectedTags(), cachePath());
    QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    QCOMPARE(SyncCheck::integrity(cachePath()), QStringLiteral("ok"));
    Figures::report(
        QStringLiteral(
            "DB   disk full (%1 KiB left): sync failed with \"%2\", previous generation kept, 0 files "
            "deleted, next sync converged")
            .arg(roomKb)
            .arg(full.dbError.message));
}

void TestDatabaseFaults::localDataDiskFull()
{
    Database::OpenResult opened = m_workspace.openLocal();
    QVERIFY2(opened.database, qPrintable(opened.error.message));
    RuleStore rules(*opened.database);
    QVERIFY(rules.insert(*RuleTemplates::make(QStringLiteral("untrusted-registry"))));
    const QStringList before = localContent(m_workspace.localPath);

    qint64 used = 0;
    for (const QFileInfo &info : QDir(m_dir->filePath(QStringLiteral("profile"))).entryInfoList(QDir::Files))
        used += info.size();
    m_vfs->setQuota(used);
    // Larger than the write-ahead log already is, so the insert cannot reuse its space.
    Rule big = *RuleTemplates::make(QStringLiteral("integrity-violation"));
    big.message.text = QString(90000, u'd');
    QVERIFY(!rules.insert(big));
    QCOMPARE(int(rules.lastError().kind), int(DbError::Kind::Full));
    QCOMPARE(localContent(m_workspace.localPath), before);
    m_vfs->setQuota(-1);
    opened.database->clearError();
    QVERIFY(rules.insert(big));
    QCOMPARE(localContent(m_workspace.localPath).size(), before.size() + 2); // the rule and its journal line
    QCOMPARE(SyncCheck::integrity(m_workspace.localPath), QStringLiteral("ok"));
}

void TestDatabaseFaults::corruptedCacheIsRebuilt()
{
    const int copies = Figures::count("RD_RELIABILITY_CORRUPT_COPIES", 12, 100);
    m_fixture = startFixture(300);
    QVERIFY(m_fixture);
    // The local file: rules and hand-written notes that exist nowhere else.
    {
        Database::OpenResult local = m_workspace.openLocal();
        QVERIFY(local.database);
        RuleStore rules(*local.database);
        for (const QString &name :
             { QStringLiteral("untrusted-registry"), QStringLiteral("integrity-violation") })
            QVERIFY(rules.insert(*RuleTemplates::make(name)));
        QVERIFY(SchemaFixtures::writeV1Notes(*local.database, 20));
    }
    QVERIFY(SyncCheck::openCache(cachePath()));
    QCOMPARE(int(sync().outcome), int(SyncResult::Outcome::Completed));
    QVERIFY(rawExec(cachePath(), "VACUUM")); // no free pages: every b-tree page is in use
    QVERIFY(!QFile::exists(cachePath() + QStringLiteral("-wal"))
            || QFileInfo(cachePath() + QStringLiteral("-wal")).size() == 0);
    const QStringList notes = localContent(m_workspace.localPath);
    QCOMPARE(notes.size(), 2 + 2 + 20); // two rules, their two journal lines, twenty notes
    const QString pristine = m_dir->filePath(QStringLiteral("pristine"));
    QVERIFY(copyFiles(m_dir->filePath(QStringLiteral("profile")), pristine));
    m_fixture->platform().advance();
    const QList<ImageTag> server = m_fixture->platform().expectedTags();

    const quint32 seed = damageSeed();
    QRandomGenerator random(seed);
    int detected = 0, rebuilt = 0, kept = 0;
    for (int copy = 0; copy < copies; ++copy) {
        const QString profile = m_dir->filePath(QStringLiteral("profile"));
        QDir(profile).removeRecursively();
        QVERIFY(copyFiles(pristine, profile));
        const Damage kind = Damage(copy % 3);
        const QString what = damage(cachePath(), kind, random);
        QVERIFY(!what.isEmpty());
        const QByteArray damagedHash = fileHash(cachePath());
        const QString label = QStringLiteral("copy %1 (%2, seed %3)").arg(copy).arg(what).arg(seed);

        // Opened as the application opens its profile: the local file, then the cache.
        Database::OpenResult local = m_workspace.openLocal();
        QVERIFY2(local.database && local.quarantinedPath.isEmpty(), qPrintable(label));
        Database::OpenResult cache = m_workspace.openCache();
        QVERIFY2(cache.database, qPrintable(label + u": " + cache.error.message));
        QVERIFY2(cache.rebuilt, qPrintable(label + u": the damage was not detected"));
        ++detected;
        QVERIFY(QFile::exists(cache.quarantinedPath));
        QCOMPARE(fileHash(cache.quarantinedPath), damagedHash); // moved aside as it was, never deleted
        cache.database.reset();
        local.database.reset();

        const SyncResult result = sync();
        QVERIFY2(result.outcome == SyncResult::Outcome::Completed,
                 qPrintable(label + u": " + result.message));
        const SyncCheck::Diff diff = SyncCheck::compare(server, cachePath());
        QVERIFY2(diff.equal(), qPrintable(label + u": " + diff.describe()));
        QCOMPARE(SyncCheck::integrity(cachePath()), QStringLiteral("ok"));
        ++rebuilt;
        QCOMPARE(localContent(m_workspace.localPath), notes); // rules and notes as they were
        ++kept;
    }
    Figures::report(
        QStringLiteral(
            "DB   corrupted cache: %1/%2 copies detected on open, %3/%2 rebuilt from the server, rules and "
            "notes kept in %4/%2")
            .arg(detected)
            .arg(copies)
            .arg(rebuilt)
            .arg(kept));
}

void TestDatabaseFaults::corruptedLocalDataIsMovedAside()
{
    const int copies = std::max(3, Figures::count("RD_RELIABILITY_CORRUPT_COPIES", 12, 100) / 4);
    {
        Database::OpenResult local = m_workspace.openLocal();
        QVERIFY(local.database);
        RuleStore rules(*local.database);
        for (const QString &name :
             { QStringLiteral("untrusted-registry"), QStringLiteral("integrity-violation"),
               QStringLiteral("deployment-status-change") })
            QVERIFY(rules.insert(*RuleTemplates::make(name)));
        QVERIFY(SchemaFixtures::writeV1Notes(*local.database, 200));
    }
    QVERIFY(rawExec(m_workspace.localPath, "VACUUM"));
    const QString pristine = m_dir->filePath(QStringLiteral("pristine"));
    QVERIFY(copyFiles(m_dir->filePath(QStringLiteral("profile")), pristine));
    const quint32 seed = damageSeed();
    QRandomGenerator random(seed);
    int movedAside = 0;
    for (int copy = 0; copy < copies; ++copy) {
        const QString profile = m_dir->filePath(QStringLiteral("profile"));
        QDir(profile).removeRecursively();
        QVERIFY(copyFiles(pristine, profile));
        const QString what =
            damage(m_workspace.localPath, Damage(copy % 3), random) + QStringLiteral(", seed %1").arg(seed);
        const QByteArray damagedHash = fileHash(m_workspace.localPath);
        Database::OpenResult local = m_workspace.openLocal();
        QVERIFY2(!local.quarantinedPath.isEmpty(), qPrintable(what + u": the damage was not detected"));
        QVERIFY(!local.rebuilt);
        QVERIFY2(QFile::exists(local.quarantinedPath), "the damaged local file is gone");
        QCOMPARE(fileHash(local.quarantinedPath), damagedHash);
        ++movedAside;
    }
    Figures::report(
        QStringLiteral(
            "DB   corrupted local data: %1/%2 copies detected and moved aside byte for byte, 0 deleted")
            .arg(movedAside)
            .arg(copies));
}

void TestDatabaseFaults::migrationsFromEveryEarlierSchema_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("local");
    QTest::addColumn<int>("version");
    QTest::newRow("cache v1") << QStringLiteral("schemas/cache-v1.sqlite") << false << 1;
    QTest::newRow("cache v2") << QStringLiteral("schemas/cache-v2.sqlite") << false << 2;
    QTest::newRow("local v1") << QStringLiteral("schemas/local-v1.sqlite") << true << 1;
}

void TestDatabaseFaults::migrationsFromEveryEarlierSchema()
{
    QFETCH(QString, fixture);
    QFETCH(bool, local);
    QFETCH(int, version);
    const Schema &schema = local ? Schema::local() : Schema::cache();
    QVERIFY(version < schema.currentVersion());
    const QString path = local ? m_workspace.localPath : cachePath();
    const QString original = TestEnvironment::dataPath(fixture);
    QCOMPARE(headerUserVersion(original), version);
    // What the fixture holds, read at its own version.
    auto content = [&](const QString &file, int at) {
        Database::Options o = local ? localOptions() : cacheOptions();
        Database::OpenResult opened = Database::open(file, schema.upTo(at), o);
        QStringList lines;
        if (!opened.database)
            return QStringList { opened.error.message };
        QSqlQuery q = opened.database->prepare(
            local ? QStringLiteral("SELECT subject, detail FROM journal ORDER BY id")
                  // The rows each generation holds, by what they are (keys change at cache v5).
                  : QStringLiteral(
                      "SELECT g.generation || ' ' || r.registry || '/' || r.repository_path || '/' || "
                      "r.name || ':' || r.tag || ' ' || r.digest AS row FROM generation_tags g JOIN "
                      "tag_rows r ON r.id = g.tag_row ORDER BY row"));
        if (opened.database->exec(q)) {
            while (q.next())
                lines.append(q.value(0).toString() + u'|' + (local ? q.value(1).toString() : QString()));
        }
        return lines;
    };
    const QString reference = m_dir->filePath(QStringLiteral("reference.sqlite"));
    QVERIFY(QFile::copy(original, reference));
    QFile::setPermissions(reference, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QStringList expected = content(reference, version);
    QVERIFY(expected.size() >= 4);

    int failures = 0;
    int partial = 0; // failures that left the file one whole migration further
    for (int i = 1;; ++i) {
        QVERIFY2(i < 100000, "the migration never got through");
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(QFile::copy(original, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_vfs->failAfter(i);
        Database::OpenResult opened = Database::open(path, schema, local ? localOptions() : cacheOptions());
        const int injected = m_vfs->injected();
        m_vfs->failAfter(0);
        if (injected == 0) {
            QVERIFY2(opened.database, qPrintable(opened.error.message));
            break;
        }
        if (opened.database) {
            // The failure hit something the open could go without; then it must not have been taken
            // for damage (a healthy file moved aside), and the migration is whole.
            QVERIFY2(opened.quarantinedPath.isEmpty(),
                     qPrintable(
                         QStringLiteral(
                             "I/O operation %1: an I/O error was taken for damage; the file was moved aside")
                             .arg(i)));
            opened = {};
            QCOMPARE(headerUserVersion(path), schema.currentVersion());
            QCOMPARE(content(path, schema.currentVersion()), expected);
            continue;
        }
        ++failures;
        opened = {};
        // Refused, and every migration is all or nothing: the file is at the old version or at one
        // a whole migration step later, healthy, with every row.
        QCOMPARE(SyncCheck::integrity(path), QStringLiteral("ok"));
        const int left = headerUserVersion(path);
        QVERIFY2(left >= version && left < schema.currentVersion(), qPrintable(QString::number(left)));
        QCOMPARE(content(path, left), expected);
        partial += left > version ? 1 : 0;
    }
    // Migrated: the current version, every row kept, and the file takes new work.
    QCOMPARE(headerUserVersion(path), schema.currentVersion());
    QCOMPARE(SyncCheck::integrity(path), QStringLiteral("ok"));
    if (local) {
        QCOMPARE(content(path, schema.currentVersion()), expected);
        QVERIFY(RuleStore(*Database::open(path, schema, localOptions()).database)
                    .insert(*RuleTemplates::make(QStringLiteral("untrusted-registry"))));
    } else {
        QCOMPARE(content(path, schema.currentVersion()), expected);
        m_fixture = startFixture(100);
        QVERIFY(m_fixture);
        QCOMPARE(int(sync().outcome), int(SyncResult::Outcome::Completed));
        QVERIFY(SyncCheck::compare(m_fixture->platform().expectedTags(), cachePath()).equal());
    }
    Figures::report(
        QStringLiteral("DB   migration %1 v%2 -> v%3: migrated; %4 injected I/O failures each left a whole "
                       "version (%5 of them one step further), healthy, every row kept")
            .arg(local ? QStringLiteral("local") : QStringLiteral("cache"))
            .arg(version)
            .arg(schema.currentVersion())
            .arg(failures)
            .arg(partial));
}

void TestDatabaseFaults::pragmasAsUsed()
{
    // The cache after a real sync, and the local file after a migration: each with its own durability.
    m_fixture = startFixture(200);
    QVERIFY(m_fixture);
    QVERIFY(QFile::copy(TestEnvironment::dataPath(QStringLiteral("schemas/local-v1.sqlite")),
                        m_workspace.localPath));
    QFile::setPermissions(m_workspace.localPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(SyncCheck::openCache(cachePath()));
    QCOMPARE(int(sync().outcome), int(SyncResult::Outcome::Completed));
    Database::OpenResult local = m_workspace.openLocal();
    Database::OpenResult cache = m_workspace.openCache();
    QVERIFY(local.database && cache.database);
    Database::OpenResult other = cache.database->openAnother(); // what a second thread uses
    QVERIFY(other.database);
    const std::pair<Database *, const char *> connections[] = { { local.database.get(), "2" },
                                                                { cache.database.get(), "1" },
                                                                { other.database.get(), "1" } };
    for (const auto &[db, synchronous] : connections) {
        QCOMPARE(db->pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(db->pragma(QStringLiteral("synchronous")),
                 QString::fromLatin1(synchronous)); // FULL local, NORMAL cache
        QVERIFY(db->pragma(QStringLiteral("busy_timeout")).toInt() >= 5000);
        QCOMPARE(db->pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
    }
    QCOMPARE(local.database->schemaVersion(), Schema::local().currentVersion());
    QCOMPARE(cache.database->schemaVersion(), Schema::cache().currentVersion());
}

QTEST_GUILESS_MAIN(TestDatabaseFaults)
#include "tst_databasefaults.moc"
