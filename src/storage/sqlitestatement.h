#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;
class Database;

// A prepared statement on the connection's own sqlite3 handle, for the few statements a sync
// runs a million times: binding UTF-8 straight into SQLite skips QtSql's QVariant and UTF-16
// round trips, which were most of the write path's cost. Everything else uses QSqlQuery.
// Steps go through Database::step(), so errors are classified and test-injected failures apply.
class SqliteStatement
{
public:
    SqliteStatement(Database &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    SqliteStatement &bind(int index, const QString &text); // 1-based, as SQLite counts
    SqliteStatement &bind(int index, const QByteArray &blob);
    SqliteStatement &bind(int index, qint64 number);
    SqliteStatement &bind(int index, int number) { return bind(index, qint64(number)); }
    SqliteStatement &bindNull(int index);

    // Runs the statement; true when it produced a row (then read with column*()).
    bool step(bool *row = nullptr);
    qint64 columnInt64(int index) const;
    void reset();

private:
    friend class Database;
    Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
};
