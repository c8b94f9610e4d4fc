#include "settingsstore.h"

#include "database.h"

#include <QSqlQuery>

SettingsStore::SettingsStore(Database &db)
    : m_db(db)
{ }

QString SettingsStore::value(const QString &key, const QString &fallback)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!m_db.exec(q) || !q.next())
        return fallback;
    return q.value(0).toString();
}

bool SettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return m_db.exec(q);
}

bool SettingsStore::remove(const QString &key)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return m_db.exec(q);
}
