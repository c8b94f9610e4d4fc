#include "savedviewstore.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

SavedViewStore::SavedViewStore(Database &db)
    : m_db(db)
{ }

QList<SavedView> SavedViewStore::list(const QString &page)
{
    QList<SavedView> views;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT name, state, updated_at FROM saved_views WHERE page = ? ORDER BY name COLLATE NOCASE"));
    q.addBindValue(page);
    if (!m_db.exec(q))
        return views;
    while (q.next())
        views.append(SavedView { q.value(0).toString(), q.value(1).toByteArray(),
                                 QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC) });
    return views;
}

std::optional<SavedView> SavedViewStore::get(const QString &page, const QString &name)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT name, state, updated_at FROM saved_views WHERE page = ? AND name = ?"));
    q.addBindValue(page);
    q.addBindValue(name.trimmed());
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return SavedView { q.value(0).toString(), q.value(1).toByteArray(),
                       QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC) };
}

bool SavedViewStore::save(const QString &page, const QString &name, const QByteArray &state)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > maxNameLength)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO saved_views (page, name, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (page, name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at"));
    for (const QVariant &v : { QVariant(page), QVariant(trimmed), QVariant(QString::fromUtf8(state)),
                               QVariant(now), QVariant(now) })
        q.addBindValue(v);
    return m_db.exec(q);
}

bool SavedViewStore::remove(const QString &page, const QString &name)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM saved_views WHERE page = ? AND name = ?"));
    q.addBindValue(page);
    q.addBindValue(name.trimmed());
    return m_db.exec(q);
}
