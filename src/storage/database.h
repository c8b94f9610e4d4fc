#pragma once

#include <QMetaType>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class Schema;
class SqliteStatement;
struct sqlite3;

// What went wrong in the database, in a form the caller can act on.
struct DbError
{
    enum class Kind { None, Io, Full, Corrupt, Busy, TooNew, Constraint, Other };
    Kind kind = Kind::None;
    QString message;
    explicit operator bool() const { return kind != Kind::None; }
};

// One SQLite connection on one thread (QtSql connections are thread-affine), opened with our
// pragmas and brought to the schema's current version. Every statement goes through exec(),
// which is also where tests inject "the i-th access fails" (docs/TESTING.md DB-2).
class Database
{
public:
    enum class Durability {
        Normal,
        Full
    }; // synchronous=NORMAL for the rebuildable cache, FULL for local data
    enum class OnCorruption { Rebuild, Refuse }; // the cache is rebuilt; local data is never deleted

    struct Options
    {
        Durability durability = Durability::Normal;
        OnCorruption onCorruption = OnCorruption::Refuse;
        bool checkIntegrityOnOpen = true;
        bool readOnly = false;
    };

    struct OpenResult
    {
        std::unique_ptr<Database> database;
        DbError error;
        bool rebuilt = false; // a damaged cache was moved aside and created anew
        QString quarantinedPath; // where the damaged file went
    };

    static OpenResult open(const QString &path, const Schema &schema, const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A second connection to the same file, for another thread. Migrations are not run again.
    OpenResult openAnother() const;

    QString path() const { return m_path; }
    int schemaVersion();

    QSqlQuery prepare(const QString &sql);
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    // Runs fn inside BEGIN IMMEDIATE .. COMMIT; rolls back when fn returns false or a statement fails.
    bool transaction(const std::function<bool()> &fn);

    // A QString to bind to a TEXT NOT NULL column: QtSql binds a null QString as NULL, and fields the
    // platform leaves out arrive as null QStrings.
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

    const DbError &lastError() const { return m_lastError; }
    void clearError() { m_lastError = {}; }
    // Pragma value as text, for tests and diagnostics.
    QString pragma(const QString &name);
    // `PRAGMA integrity_check` / `quick_check` result ("ok" when healthy).
    QString integrityCheck(bool quick = false);

    // The connection's sqlite3 handle, for SqliteStatement; nullptr when closed.
    sqlite3 *handle() const;
    // Runs a SqliteStatement (and resets it when done), with the same error handling and
    // failure injection as exec().
    bool step(SqliteStatement &statement, bool *row);
    qint64 lastInsertRowId() const;

    // Test hook: the n-th statement from now fails (0 disables). With `sticky`, every later one fails too.
    void failAfter(int n, bool sticky = false);

private:
    Database(QString path, QString connectionName, const Options &options);
    bool configure();
    DbError migrate(const Schema &schema);
    bool injectFailure();
    void recordError(const QSqlError &error, const QString &context);
    void recordNativeError(int code, const QString &message, QStringView context);
    friend class SqliteStatement;

    QString m_path;
    QString m_connectionName;
    Options m_options;
    DbError m_lastError;
    int m_failCountdown = 0;
    bool m_failSticky = false;
    bool m_failing = false;
};

Q_DECLARE_METATYPE(DbError)
