#include "database.h"
#include "generationstore.h"
#include "runtimejson.h"
#include "sampledata.h"
#include "schema.h"
#include "schemafixtures.h"
#include "tagstore.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <sys/stat.h>

namespace {

const QString kFixtureV1 = QStringLiteral("schemas/cache-v1.sqlite");

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

int mode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// PRAGMA user_version lives at offset 60 of the header, big-endian (sqlite.org/fileformat.html).
int headerUserVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(100);
    return header.size() < 64 ? -1 : int(qFromBigEndian<quint32>(header.constData() + 60));
}

// Overwrites `pages` whole pages in the middle of the file with a pattern no b-tree page starts with.
bool damageMiddle(const QString &path, int pages = 3)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pageSize = 4096;
    const qint64 pageCount = file.size() / pageSize;
    if (pageCount < pages + 4)
        return false;
    if (!file.seek((pageCount / 2) * pageSize))
        return false;
    return file.write(QByteArray(pages * pageSize, char(0xA5))) == pages * pageSize;
}

Database::Options options(Database::Durability durability, Database::OnCorruption onCorruption)
{
    Database::Options o;
    o.durability = durability;
    o.onCorruption = onCorruption;
    return o;
}

const Database::Options cacheOptions = options(Database::Durability::Normal, Database::OnCorruption::Rebuild);
const Database::Options localOptions = options(Database::Durability::Full, Database::OnCorruption::Refuse);

} // namespace

// The SQLite layer (docs/TESTING.md DB-1..6): pragmas, file modes, migrations from released
// schemas, refusing a newer schema, corruption handling, the i-th-failure hook.
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup() { m_dir.reset(); }

    void writeFixtures();
    void freshDatabasePragmas_data();
    void freshDatabasePragmas();
    void filesArePrivate();
    void anExistingDirectoryIsLeftAlone();
    void migratesTheV1Cache();
    void newerSchemaIsRefusedUntouched_data();
    void newerSchemaIsRefusedUntouched();
    void damagedCacheIsRebuilt();
    void damagedLocalDataIsMovedAsideNeverDeleted_data();
    void damagedLocalDataIsMovedAsideNeverDeleted();
    void failAfterCountsStatements();
    void everyFailingStatementRollsTheTransactionBack_data();
    void everyFailingStatementRollsTheTransactionBack();
    void transactionRollsBackWhenTheWorkSaysNo();
    void anotherConnectionSeesTheData();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::writeFixtures()
{
    if (qEnvironmentVariable("RD_WRITE_FIXTURES") != u"1")
        QSKIP("set RD_WRITE_FIXTURES=1 to rewrite tests/data/schemas (only for a schema never released)");
    const QString target = TestEnvironment::dataPath(kFixtureV1);
    QFile::remove(target);
    {
        Database::OpenResult opened = Database::open(target, Schema::cache().upTo(1), cacheOptions);
        QVERIFY2(opened.database, qPrintable(opened.error.message));
        QVERIFY(SchemaFixtures::writeV1Generation(*opened.database, SchemaFixtures::v1Tags()));
        QVERIFY(opened.database->exec(QStringLiteral("VACUUM")));
    }
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    QCOMPARE(headerUserVersion(target), 1);
}

void TestDatabase::freshDatabasePragmas_data()
{
    QTest::addColumn<bool>("local");
    QTest::addColumn<QString>("synchronous");
    QTest::newRow("cache: synchronous NORMAL") << false << QStringLiteral("1");
    QTest::newRow("local: synchronous FULL") << true << QStringLiteral("2");
}

void TestDatabase::freshDatabasePragmas()
{
    QFETCH(bool, local);
    QFETCH(QString, synchronous);
    const Schema &schema = local ? Schema::local() : Schema::cache();
    Database::OpenResult opened =
        Database::open(path(QStringLiteral("fresh.sqlite")), schema, local ? localOptions : cacheOptions);
    QVERIFY2(opened.database, qPrintable(opened.error.message));
    QVERIFY(!opened.rebuilt);
    QVERIFY(opened.quarantinedPath.isEmpty());
    Database &db = *opened.database;
    QCOMPARE(db.pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(db.pragma(QStringLiteral("synchronous")), synchronous);
    QCOMPARE(db.pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QVERIFY(db.pragma(QStringLiteral("busy_timeout")).toInt() >= 5000);
    QCOMPARE(db.schemaVersion(), schema.currentVersion());
    QCOMPARE(db.pragma(QStringLiteral("user_version")).toInt(), schema.currentVersion());
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(db.integrityCheck(true), QStringLiteral("ok"));
}

void TestDatabase::filesArePrivate()
{
    const QString nested = path(QStringLiteral("made/by/us/cache.sqlite"));
    Database::OpenResult opened = Database::open(nested, Schema::cache(), cacheOptions);
    QVERIFY2(opened.database, qPrintable(opened.error.message));
    QVERIFY(opened.database->exec(QStringLiteral("INSERT INTO meta VALUES ('k', 'v')")));
    QCOMPARE(mode(nested), 0600);
    QCOMPARE(mode(nested + QStringLiteral("-wal")), 0600);
    for (const char *dir : { "made/by/us", "made/by", "made" })
        QVERIFY2(mode(path(QLatin1StringView(dir))) == 0700,
                 qPrintable(QStringLiteral("%1 is %2")
                                .arg(QLatin1StringView(dir))
                                .arg(mode(path(QLatin1StringView(dir))), 0, 8)));
}

void TestDatabase::anExistingDirectoryIsLeftAlone()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("shared")));
    QFile::setPermissions(path(QStringLiteral("shared")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    Database::OpenResult opened =
        Database::open(path(QStringLiteral("shared/cache.sqlite")), Schema::cache(), cacheOptions);
    QVERIFY(opened.database);
    QCOMPARE(mode(path(QStringLiteral("shared"))), 0750);
    QCOMPARE(mode(path(QStringLiteral("shared/cache.sqlite"))), 0600);
}

void TestDatabase::migratesTheV1Cache()
{
    const QString copy = path(QStringLiteral("cache.sqlite"));
    QVERIFY(QFile::copy(TestEnvironment::dataPath(kFixtureV1), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(headerUserVersion(copy), 1);
    {
        QFile raw(copy);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("tag_search")); // really the v1 layout
    }

    const QList<ImageTag> expected = SchemaFixtures::v1Tags();
    for (int round = 0; round < 2; ++round) { // migrating, then opening the migrated file again
        Database::OpenResult opened = Database::open(copy, Schema::cache(), cacheOptions);
        QVERIFY2(opened.database, qPrintable(opened.error.message));
        QVERIFY(!opened.rebuilt);
        Database &db = *opened.database;
        QCOMPARE(db.schemaVersion(), Schema::cache().currentVersion());
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));

        GenerationStore generations(db);
        TagStore tags(db);
        const auto current = generations.current();
        QVERIFY(current);
        QCOMPARE(current->id, 1);
        QCOMPARE(current->tagCount, expected.size());
        QCOMPARE(tags.all(current->id), expected);

        // The full-text index was back-filled from the v1 rows.
        QCOMPARE(SampleData::scalar(db, QStringLiteral("SELECT count(*) FROM tag_search")), expected.size());
        auto find = [&](const QString &text) {
            QStringList names;
            for (const StoredTag &s : tags.query(current->id, TagQuery { .text = text }))
                names.append(s.tag.name);
            return names;
        };
        QCOMPARE(find(QStringLiteral("jenkins")), QStringList { QStringLiteral("frontend-image") });
        QCOMPARE(find(QStringLiteral("devops-team")), QStringList { QStringLiteral("frontend-image") });
        QCOMPARE(find(QStringLiteral("CVE-2013-7459")), QStringList { QStringLiteral("demo-security") });
        QCOMPARE(find(QStringLiteral("demosecurity")), QStringList { QStringLiteral("demo-security") });
        QCOMPARE(find(QStringLiteral("35c2979c")), QStringList { QStringLiteral("demo-security") });
        QCOMPARE(find(QStringLiteral("image-2")), QStringList { QStringLiteral("image-2") });
        QCOMPARE(tags.findByReference(current->id, QStringLiteral("frontend-image:v1.2.3")).size(), 1);
        // Cache v5: every row's key is its identity with architecture and digest, in both tables.
        for (const ImageTag &t : expected) {
            QSqlQuery key = db.prepare(QStringLiteral("SELECT count(*) FROM generation_tags g JOIN tag_rows "
                                                      "r ON r.id = g.tag_row WHERE g.generation = 1 "
                                                      "AND g.tag_key = ? AND r.tag_key = ?"));
            key.addBindValue(t.key());
            key.addBindValue(t.key());
            QVERIFY(db.exec(key) && key.next());
            QVERIFY2(key.value(0).toInt() == 1, qPrintable(t.candidateName()));
        }

        // And the migrated cache takes new generations like a fresh one: the same rows are not "changed".
        if (round == 0) {
            const qint64 next = generations.begin(QStringLiteral("https://acme.jfrog.io"));
            QVERIFY(db.transaction([&] { return tags.addTags(next, expected); }));
            QCOMPARE(generations.commit(next, std::nullopt, {}), GenerationStore::CommitOutcome::Committed);
            QCOMPARE(SampleData::scalar(db, QStringLiteral("SELECT count(*) FROM tag_rows")),
                     expected.size());
            QCOMPARE(
                SampleData::scalar(db,
                                   QStringLiteral("SELECT count(*) FROM generation_tags WHERE generation = ")
                                       + QString::number(next) + QStringLiteral(" AND changed = 1")),
                0);
            QVERIFY(generations.byId(1)); // kept as the previous generation
            QVERIFY(db.exec(QStringLiteral("DELETE FROM generations WHERE id = ") + QString::number(next)));
        }
    }
}

void TestDatabase::newerSchemaIsRefusedUntouched_data()
{
    QTest::addColumn<bool>("local");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("cache") << false << false;
    QTest::newRow("cache, read-only") << false << true;
    QTest::newRow("local") << true << false;
}

void TestDatabase::newerSchemaIsRefusedUntouched()
{
    QFETCH(bool, local);
    QFETCH(bool, readOnly);
    const Schema &schema = local ? Schema::local() : Schema::cache();
    const QString file = path(QStringLiteral("future.sqlite"));
    const int future = schema.currentVersion() + 1;
    {
        Database::OpenResult opened = Database::open(file, schema, local ? localOptions : cacheOptions);
        QVERIFY(opened.database);
        QVERIFY(opened.database->exec(QStringLiteral("CREATE TABLE from_the_future (x)")));
        QVERIFY(opened.database->exec(QStringLiteral("INSERT INTO from_the_future VALUES (42)")));
        QVERIFY(opened.database->exec(QStringLiteral("PRAGMA user_version=%1").arg(future)));
    }
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QCOMPARE(headerUserVersion(file), future);
    const QByteArray before = fileHash(file);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);

    Database::Options o = local ? localOptions : cacheOptions;
    o.readOnly = readOnly;
    Database::OpenResult refused = Database::open(file, schema, o);
    QVERIFY(!refused.database);
    QCOMPARE(refused.error.kind, DbError::Kind::TooNew);
    QVERIFY2(refused.error.message.contains(QStringLiteral("schema version %1").arg(future)),
             qPrintable(refused.error.message));
    QVERIFY(!refused.rebuilt);
    QVERIFY(refused.quarantinedPath.isEmpty());

    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

void TestDatabase::damagedCacheIsRebuilt()
{
    const QString file = path(QStringLiteral("cache.sqlite"));
    {
        std::unique_ptr<Database> db = SampleData::openCache(file);
        QVERIFY(db);
        GenerationStore generations(*db);
        TagStore tags(*db);
        const qint64 generation = generations.begin(QStringLiteral("https://acme.jfrog.io"));
        QVERIFY(db->transaction([&] { return tags.addTags(generation, SampleData::tags(300)); }));
        QCOMPARE(generations.commit(generation, std::nullopt, {}), GenerationStore::CommitOutcome::Committed);
    }
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QVERIFY(damageMiddle(file));
    const QByteArray damaged = fileHash(file);

    // The damaged file is closed before it moves: no connection of ours is left behind on it.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    Database::OpenResult opened = Database::open(file, Schema::cache(), cacheOptions);
    QVERIFY2(opened.database, qPrintable(opened.error.message));
    QVERIFY(opened.rebuilt);
    QVERIFY(!opened.quarantinedPath.isEmpty());
    QVERIFY(QFile::exists(opened.quarantinedPath));
    QCOMPARE(fileHash(opened.quarantinedPath), damaged); // moved aside as it was, for a bug report
    Database &db = *opened.database;
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(db.schemaVersion(), Schema::cache().currentVersion());
    QVERIFY(!GenerationStore(db).current()); // empty: the next sync fills it
    QCOMPARE(mode(file), 0600);
}

void TestDatabase::damagedLocalDataIsMovedAsideNeverDeleted_data()
{
    QTest::addColumn<bool>("notADatabase");
    QTest::newRow("damaged pages") << false;
    QTest::newRow("not a database at all") << true;
}

void TestDatabase::damagedLocalDataIsMovedAsideNeverDeleted()
{
    QFETCH(bool, notADatabase);
    const QString file = path(QStringLiteral("local.sqlite"));
    if (notADatabase) {
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("these notes were typed by hand\n").repeated(2000));
    } else {
        Database::OpenResult opened = Database::open(file, Schema::local(), localOptions);
        QVERIFY(opened.database);
        Database &db = *opened.database;
        QVERIFY(db.transaction([&] {
            for (int i = 0; i < 400; ++i) {
                if (!SchemaFixtures::execBound(
                        db,
                        QStringLiteral(
                            "INSERT INTO journal (at, subject, action, detail) VALUES (?, ?, ?, ?)"),
                        { i, QStringLiteral("demo-security:latest"), QStringLiteral("note"),
                          QString(200, u'n') }))
                    return false;
            }
            return true;
        }));
    }
    QVERIFY(notADatabase || damageMiddle(file));
    const QByteArray damaged = fileHash(file);

    Database::OpenResult opened = Database::open(file, Schema::local(), localOptions);
    QVERIFY(!opened.rebuilt);
    QVERIFY(!opened.quarantinedPath.isEmpty());
    QVERIFY(QFile::exists(opened.quarantinedPath));
    QCOMPARE(fileHash(opened.quarantinedPath), damaged);
    QVERIFY(opened.quarantinedPath.startsWith(file + QStringLiteral(".damaged-")));
}

void TestDatabase::failAfterCountsStatements()
{
    Database::OpenResult opened =
        Database::open(path(QStringLiteral("cache.sqlite")), Schema::cache(), cacheOptions);
    Database &db = *opened.database;
    const QString insert = QStringLiteral("INSERT INTO meta VALUES ('%1', 'v')");

    db.failAfter(1);
    QVERIFY(!db.exec(insert.arg(1)));
    QCOMPARE(db.lastError().kind, DbError::Kind::Io);
    QCOMPARE(db.lastError().message, QStringLiteral("injected database failure"));
    QVERIFY(db.exec(insert.arg(2))); // one failure only

    db.failAfter(3);
    QVERIFY(db.exec(insert.arg(3)));
    QVERIFY(db.exec(insert.arg(4)));
    QVERIFY(!db.exec(insert.arg(5)));
    QVERIFY(db.exec(insert.arg(6)));

    db.failAfter(2, true);
    QVERIFY(db.exec(insert.arg(7)));
    QVERIFY(!db.exec(insert.arg(8)));
    QVERIFY(!db.exec(insert.arg(9)));
    QSqlQuery prepared = db.prepare(QStringLiteral("SELECT count(*) FROM meta"));
    QVERIFY(!db.exec(prepared));

    db.failAfter(0);
    QVERIFY(db.exec(prepared));
    QVERIFY(prepared.next());
    QCOMPARE(prepared.value(0).toInt(), 5); // 2, 3, 4, 6, 7
}

void TestDatabase::everyFailingStatementRollsTheTransactionBack_data()
{
    QTest::addColumn<bool>("sticky");
    QTest::newRow("one failure") << false;
    QTest::newRow("every statement after the first failure") << true;
}

void TestDatabase::everyFailingStatementRollsTheTransactionBack()
{
    QFETCH(bool, sticky);
    Database::OpenResult opened =
        Database::open(path(QStringLiteral("local.sqlite")), Schema::local(), localOptions);
    Database &db = *opened.database;
    auto count = [&] { return SampleData::scalar(db, QStringLiteral("SELECT count(*) FROM journal")); };
    QSqlQuery insert =
        db.prepare(QStringLiteral("INSERT INTO journal (at, subject, action) VALUES (?, ?, ?)"));
    auto work = [&] {
        for (int i = 0; i < 5; ++i) {
            insert.addBindValue(i);
            insert.addBindValue(QStringLiteral("tag-%1").arg(i));
            insert.addBindValue(QStringLiteral("triage"));
            if (!db.exec(insert))
                return false;
        }
        return true;
    };

    // BEGIN, five inserts, COMMIT: seven statements, each made to fail in turn.
    int failures = 0;
    for (int i = 1; i <= 20; ++i) {
        db.failAfter(i, sticky);
        const bool ok = db.transaction(work);
        db.failAfter(0);
        if (ok) {
            QCOMPARE(failures, 7);
            QCOMPARE(count(), 5);
            QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
            return;
        }
        ++failures;
        QCOMPARE(db.lastError().message, QStringLiteral("injected database failure"));
        QCOMPARE(count(), 0); // all or nothing
        QCOMPARE(db.integrityCheck(true), QStringLiteral("ok"));
        db.clearError();
    }
    QFAIL("the transaction never got through");
}

void TestDatabase::transactionRollsBackWhenTheWorkSaysNo()
{
    Database::OpenResult opened =
        Database::open(path(QStringLiteral("local.sqlite")), Schema::local(), localOptions);
    Database &db = *opened.database;
    QVERIFY(!db.transaction(
        [&] { return db.exec(QStringLiteral("INSERT INTO meta VALUES ('a', 'b')")) && false; }));
    QCOMPARE(SampleData::scalar(db, QStringLiteral("SELECT count(*) FROM meta")), 0);
    // A real constraint failure: the first error is kept, not hidden by the rollback.
    QVERIFY(!db.transaction([&] {
        return db.exec(QStringLiteral("INSERT INTO meta VALUES ('a', 'b')"))
            && db.exec(QStringLiteral("INSERT INTO meta VALUES ('a', 'c')"));
    }));
    QCOMPARE(db.lastError().kind, DbError::Kind::Constraint);
    QCOMPARE(SampleData::scalar(db, QStringLiteral("SELECT count(*) FROM meta")), 0);
    QVERIFY(db.transaction([&] { return db.exec(QStringLiteral("INSERT INTO meta VALUES ('a', 'b')")); }));
    QCOMPARE(SampleData::scalar(db, QStringLiteral("SELECT count(*) FROM meta")), 1);
}

void TestDatabase::anotherConnectionSeesTheData()
{
    Database::OpenResult opened =
        Database::open(path(QStringLiteral("cache.sqlite")), Schema::cache(), cacheOptions);
    QVERIFY(opened.database->exec(QStringLiteral("INSERT INTO meta VALUES ('k', 'v')")));
    Database::OpenResult another = opened.database->openAnother();
    QVERIFY2(another.database, qPrintable(another.error.message));
    QCOMPARE(SampleData::scalar(*another.database, QStringLiteral("SELECT count(*) FROM meta")), 1);
    QCOMPARE(another.database->pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(another.database->pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(another.database->schemaVersion(), Schema::cache().currentVersion());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
