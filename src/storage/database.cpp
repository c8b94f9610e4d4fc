#include "database.h"

#include "logging.h"
#include "schema.h"
#include "sqlitestatement.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QtEndian>

#include <sqlite3.h>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("rtdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

DbError::Kind kindOfCode(int code)
{
    switch (code & 0xff) {
    case 13: // SQLITE_FULL
        return DbError::Kind::Full;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return DbError::Kind::Corrupt;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return DbError::Kind::Busy;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return DbError::Kind::Io;
    case 19: // SQLITE_CONSTRAINT
        return DbError::Kind::Constraint;
    default:
        return DbError::Kind::Other;
    }
}

DbError::Kind kindOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? kindOfCode(code) : DbError::Kind::Other;
}

// Creates the file (and a directory we make) before SQLite does, so they are private from the
// first byte: 0600 and 0700. SQLite gives -wal and -shm the database file's mode.
bool preparePrivateFile(const QString &path)
{
    const QFileInfo info(path);
    // Every directory we create is private, the parents mkpath() would make as well as the last one.
    QStringList missing;
    for (QDir dir = info.absoluteDir(); !dir.exists();
         dir.setPath(QFileInfo(dir.absolutePath()).absolutePath()))
        missing.prepend(dir.absolutePath());
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return false;
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
    }
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// PRAGMA user_version as the file header holds it (offset 60, big-endian), read without SQLite:
// opening a WAL database, even read-only, may create -wal and -shm files beside it.
int headerUserVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith("SQLite format 3"))
        return -1;
    return int(qFromBigEndian<quint32>(header.constData() + 60));
}

QString tooNewMessage(const QString &path, int version, int current)
{
    return QStringLiteral("%1 has schema version %2, newer than this Runtime Desk understands (%3); it was "
                          "left untouched")
        .arg(path)
        .arg(version)
        .arg(current);
}

QString quarantine(const QString &path)
{
    const QString target = path + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    QFile::rename(path, target);
    for (const char *suffix : { "-wal", "-shm" }) {
        const QString side = path + QLatin1StringView(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1StringView(suffix));
    }
    return target;
}

} // namespace

Database::Database(QString path, QString connectionName, const Options &options)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_options(options)
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::OpenResult Database::open(const QString &path, const Schema &schema, const Options &options)
{
    OpenResult result;
    // A newer schema must not be touched at all, not even by opening it.
    if (const int onDisk = headerUserVersion(path); onDisk > schema.currentVersion()) {
        result.error = { DbError::Kind::TooNew, tooNewMessage(path, onDisk, schema.currentVersion()) };
        return result;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!options.readOnly && !preparePrivateFile(path)) {
            result.error = { DbError::Kind::Io, QStringLiteral("cannot create %1").arg(path) };
            return result;
        }
        std::unique_ptr<Database> db(new Database(path, nextConnectionName(), options));
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        connection.setDatabaseName(path);
        connection.setConnectOptions(options.readOnly
                                         ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                         : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!connection.open()) {
            result.error = { DbError::Kind::Io, connection.lastError().text() };
            return result;
        }

        // Read before anything writes: a newer schema must not be touched, not even by a pragma.
        const int version = db->schemaVersion();
        bool damaged = db->m_lastError.kind == DbError::Kind::Corrupt;
        if (!damaged && version > schema.currentVersion()) {
            result.error = { DbError::Kind::TooNew, tooNewMessage(path, version, schema.currentVersion()) };
            return result;
        }
        // A check that could not read the file says nothing about it: quick_check reports a failed
        // read (an I/O error) as a finding, so a finding is confirmed by a second check before the
        // file is moved aside; a check that cannot run at all (I/O, busy, locked) refuses the open
        // and touches nothing.
        for (int check = 0; !damaged && options.checkIntegrityOnOpen && version > 0 && check < 2; ++check) {
            db->m_lastError = {};
            if (db->integrityCheck(true) == QLatin1StringView("ok"))
                break;
            if (db->m_lastError && db->m_lastError.kind != DbError::Kind::Corrupt) {
                result.error = db->m_lastError;
                result.error.message = QStringLiteral("cannot check %1: %2").arg(path, result.error.message);
                return result;
            }
            damaged = check == 1;
        }
        if (damaged) {
            if (options.readOnly || attempt > 0) {
                result.error = { DbError::Kind::Corrupt, QStringLiteral("%1 is damaged").arg(path) };
                return result;
            }
            qCWarning(lcDb) << "damaged database, moving it aside:" << path;
            connection =
                QSqlDatabase(); // drop our handle too, so the connection is really gone before the move
            db.reset();
            result.quarantinedPath = quarantine(path);
            result.rebuilt = options.onCorruption == OnCorruption::Rebuild;
            continue;
        }
        if (!options.readOnly) {
            if (!db->configure()) {
                result.error = db->m_lastError;
                return result;
            }
            if (DbError error = db->migrate(schema)) {
                result.error = error;
                return result;
            }
        }
        result.database = std::move(db);
        return result;
    }
    return result;
}

Database::OpenResult Database::openAnother() const
{
    OpenResult result;
    std::unique_ptr<Database> db(new Database(m_path, nextConnectionName(), m_options));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    connection.setDatabaseName(m_path);
    connection.setConnectOptions(m_options.readOnly
                                     ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                     : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection.open()) {
        result.error = { DbError::Kind::Io, connection.lastError().text() };
        return result;
    }
    if (!m_options.readOnly && !db->configure()) {
        result.error = db->m_lastError;
        return result;
    }
    result.database = std::move(db);
    return result;
}

bool Database::configure()
{
    const QString synchronous =
        m_options.durability == Durability::Full ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    return exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && exec(QStringLiteral("PRAGMA synchronous=") + synchronous)
        && exec(QStringLiteral("PRAGMA foreign_keys=ON")) && exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
}

DbError Database::migrate(const Schema &schema)
{
    const int from = schemaVersion();
    for (const Schema::Migration &migration : schema.migrations()) {
        if (migration.version <= from)
            continue;
        const bool ok = transaction([&] {
            for (const QString &statement : migration.statements) {
                if (!exec(statement))
                    return false;
            }
            if (migration.upgrade && !migration.upgrade(*this))
                return false;
            return exec(QStringLiteral("PRAGMA user_version=%1").arg(migration.version));
        });
        if (!ok) {
            DbError error = m_lastError;
            error.message = QStringLiteral("migration %1 (%2) of %3 failed: %4")
                                .arg(migration.version)
                                .arg(migration.name, schema.name(), error.message);
            return error;
        }
        qCInfo(lcDb) << "migrated" << schema.name() << "to version" << migration.version << migration.name;
    }
    return {};
}

int Database::schemaVersion()
{
    QSqlQuery query = prepare(QStringLiteral("PRAGMA user_version"));
    if (!exec(query) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql))
        recordError(query.lastError(), sql);
    return query;
}

bool Database::injectFailure()
{
    if (m_failing)
        return true;
    if (m_failCountdown <= 0)
        return false;
    if (--m_failCountdown > 0)
        return false;
    m_failing = m_failSticky;
    return true;
}

bool Database::exec(QSqlQuery &query)
{
    if (injectFailure()) {
        // A real failed exec() has used up the bound values; without this a reused prepared
        // statement would carry them into its next use and fail with "Parameter count mismatch".
        query.prepare(query.lastQuery());
        m_lastError = { DbError::Kind::Io, QStringLiteral("injected database failure") };
        return false;
    }
    if (query.exec())
        return true;
    recordError(query.lastError(), query.lastQuery());
    return false;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (injectFailure()) {
        m_lastError = { DbError::Kind::Io, QStringLiteral("injected database failure") };
        return false;
    }
    if (query.exec(sql))
        return true;
    recordError(query.lastError(), sql);
    return false;
}

bool Database::transaction(const std::function<bool()> &fn)
{
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    if (fn() && exec(QStringLiteral("COMMIT")))
        return true;
    const DbError error = m_lastError;
    QSqlQuery rollback(QSqlDatabase::database(m_connectionName, false));
    rollback.exec(
        QStringLiteral("ROLLBACK")); // never injected: a failed rollback must not hide the first error
    m_lastError = error;
    return false;
}

QString Database::pragma(const QString &name)
{
    QSqlQuery query = prepare(QStringLiteral("PRAGMA ") + name);
    if (!exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

QString Database::integrityCheck(bool quick)
{
    QSqlQuery query =
        prepare(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"));
    if (!exec(query))
        return m_lastError.message.isEmpty() ? QStringLiteral("error") : m_lastError.message;
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(u'\n');
}

void Database::failAfter(int n, bool sticky)
{
    m_failCountdown = n;
    m_failSticky = sticky;
    m_failing = false;
}

void Database::recordError(const QSqlError &error, const QString &context)
{
    DbError::Kind kind = kindOf(error);
    // Qt's driver does not always carry SQLite's code (a failed first step of PRAGMA quick_check on
    // a damaged page says only "Unable to fetch row"): the connection still knows it.
    if (kind == DbError::Kind::Other) {
        if (sqlite3 *db = handle(); db && sqlite3_errcode(db) != SQLITE_OK)
            kind = kindOfCode(sqlite3_extended_errcode(db));
    }
    m_lastError = { kind, error.text() };
    qCWarning(lcDb) << "statement failed:" << error.text() << "in" << context.left(120);
}

sqlite3 *Database::handle() const
{
    const QVariant v = QSqlDatabase::database(m_connectionName, false).driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool Database::step(SqliteStatement &statement, bool *row)
{
    if (row)
        *row = false;
    if (!statement.m_statement) {
        if (!m_lastError)
            m_lastError = { DbError::Kind::Other, QStringLiteral("statement not prepared") };
        return false;
    }
    if (injectFailure()) {
        statement.reset();
        m_lastError = { DbError::Kind::Io, QStringLiteral("injected database failure") };
        return false;
    }
    const int rc = sqlite3_step(statement.m_statement);
    if (rc == SQLITE_ROW) {
        if (row)
            *row = true;
        return true; // the caller reads the row, then calls reset()
    }
    if (rc == SQLITE_DONE) {
        statement.reset();
        return true;
    }
    sqlite3 *db = sqlite3_db_handle(statement.m_statement);
    recordNativeError(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)),
                      QString::fromUtf8(sqlite3_sql(statement.m_statement)));
    statement.reset();
    return false;
}

qint64 Database::lastInsertRowId() const
{
    sqlite3 *db = handle();
    return db ? sqlite3_last_insert_rowid(db) : 0;
}

void Database::recordNativeError(int code, const QString &message, QStringView context)
{
    m_lastError = { kindOfCode(code), message };
    qCWarning(lcDb) << "statement failed:" << message << "in" << context.left(120);
}
