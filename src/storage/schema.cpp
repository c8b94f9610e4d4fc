#include "schema.h"

#include "imagestore.h"
#include "migrations.h"
#include "tagstore.h"

Schema::Schema(QString name, QList<Migration> migrations)
    : m_name(std::move(name))
    , m_migrations(std::move(migrations))
{ }

Schema Schema::upTo(int version) const
{
    QList<Migration> kept;
    for (const Migration &m : m_migrations) {
        if (m.version <= version)
            kept.append(m);
    }
    return Schema(m_name, kept);
}

const Schema &Schema::cache()
{
    static const Schema schema(
        QStringLiteral("cache"),
        {
            { 1, QStringLiteral("inventory"), Migrations::cacheInventory() },
            { 2, QStringLiteral("text search"), Migrations::cacheTextSearch() },
            { 3, QStringLiteral("compact tag rows"), Migrations::cacheCompactRows(),
              &TagStore::reencodeRows },
            { 4, QStringLiteral("image list"), Migrations::cacheImageList(), &ImageStore::buildAll },
            { 5, QStringLiteral("row identity"), Migrations::cacheRowIdentity() },
            { 6, QStringLiteral("owner trail"), Migrations::cacheOwnerTrail() },
        });
    return schema;
}

const Schema &Schema::local()
{
    static const Schema schema(QStringLiteral("local"),
                               {
                                   { 1, QStringLiteral("journal"), Migrations::localJournal() },
                                   { 2, QStringLiteral("rules"), Migrations::localRules() },
                                   { 3, QStringLiteral("findings"), Migrations::localFindings() },
                                   { 4, QStringLiteral("alarms"), Migrations::localAlarms() },
                                   { 5, QStringLiteral("saved views"), Migrations::localSavedViews() },
                                   { 6, QStringLiteral("people"), Migrations::localPeople() },
                                   { 7, QStringLiteral("fire drills"), Migrations::localDrills() },
                               });
    return schema;
}
