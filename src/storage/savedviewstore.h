#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

struct SavedView
{
    QString name;
    QByteArray state; // the page's JSON document
    QDateTime updatedAt;
};

// Typed SQL for saved_views (local v3): a page's named views, durable user data.
class SavedViewStore
{
public:
    static constexpr qsizetype maxNameLength = 100;

    explicit SavedViewStore(Database &db);

    QList<SavedView> list(const QString &page); // by name
    std::optional<SavedView> get(const QString &page, const QString &name);
    // Creates or replaces the view `name` (trimmed; 1 to 100 characters).
    bool save(const QString &page, const QString &name, const QByteArray &state);
    bool remove(const QString &page, const QString &name);

private:
    Database &m_db;
};
