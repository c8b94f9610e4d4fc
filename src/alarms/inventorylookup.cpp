#include "inventorylookup.h"

#include "database.h"
#include "runtimejson.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

InventoryLookup::InventoryLookup(Database &cache)
    : m_db(cache)
    , m_tags(cache)
{ }

QString InventoryLookup::workloadKey(const WorkloadRef &workload)
{
    return workload.cluster + QChar(0x1f) + workload.nameSpace + QChar(0x1f) + workload.name;
}

QList<StoredTag> InventoryLookup::tagsRunningIn(qint64 generation, const WorkloadRef &workload)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT w.tag_row FROM tag_workloads w JOIN generation_tags g ON g.tag_row = w.tag_row "
        "WHERE g.generation = ? AND w.name = ? AND w.namespace = ? AND w.cluster = ?"));
    q.addBindValue(generation);
    q.addBindValue(Database::text(workload.name));
    q.addBindValue(Database::text(workload.nameSpace));
    q.addBindValue(Database::text(workload.cluster));
    QList<StoredTag> list;
    if (!m_db.exec(q))
        return list;
    QList<qint64> rows;
    while (q.next())
        rows.append(q.value(0).toLongLong());
    for (qint64 row : std::as_const(rows)) {
        if (auto stored = m_tags.byRowId(row))
            list.append(std::move(*stored));
    }
    std::sort(list.begin(), list.end(), [](const StoredTag &a, const StoredTag &b) {
        if (a.tag.name != b.tag.name)
            return a.tag.name < b.tag.name;
        if (a.tag.tag != b.tag.tag)
            return a.tag.tag < b.tag.tag;
        return a.tag.key() < b.tag.key();
    });
    return list;
}

std::optional<Workload> InventoryLookup::workload(qint64 generation, const WorkloadRef &workload)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT detail_json FROM workloads WHERE generation = ? AND workload_key = ?"));
    q.addBindValue(generation);
    q.addBindValue(workloadKey(workload));
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    const auto object = RuntimeJson::parseObject(q.value(0).toByteArray(), nullptr);
    return object ? RuntimeJson::workloadFromJson(*object, nullptr) : std::nullopt;
}

QHash<QString, Workload> InventoryLookup::workloads(qint64 generation)
{
    QHash<QString, Workload> byKey;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT detail_json FROM workloads WHERE generation = ?"));
    q.addBindValue(generation);
    if (!m_db.exec(q))
        return byKey;
    while (q.next()) {
        const auto object = RuntimeJson::parseObject(q.value(0).toByteArray(), nullptr);
        if (!object)
            continue;
        if (auto w = RuntimeJson::workloadFromJson(*object, nullptr))
            byKey.insert(w->key(), *w);
    }
    return byKey;
}

QHash<QString, QList<qint64>> InventoryLookup::tagRowsByWorkload(qint64 generation)
{
    QHash<QString, QList<qint64>> rows;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT w.cluster, w.namespace, w.name, w.tag_row FROM generation_tags g "
                                    "JOIN tag_workloads w ON w.tag_row = g.tag_row WHERE g.generation = ?"));
    q.addBindValue(generation);
    if (!m_db.exec(q))
        return rows;
    while (q.next()) {
        const QString key =
            workloadKey({ q.value(2).toString(), q.value(1).toString(), q.value(0).toString() });
        QList<qint64> &list = rows[key];
        const qint64 row = q.value(3).toLongLong();
        if (!list.contains(row))
            list.append(row);
    }
    return rows;
}

QList<InventoryLookup::Change> InventoryLookup::changes(qint64 since, qint64 generation)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT n.tag_row, coalesce(p.tag_row, 0) FROM generation_tags n "
        "LEFT JOIN generation_tags p ON p.generation = ? AND p.tag_key = n.tag_key "
        "WHERE n.generation = ? AND (p.tag_row IS NULL OR p.tag_row != n.tag_row) ORDER BY n.tag_key"));
    q.addBindValue(since);
    q.addBindValue(generation);
    QList<Change> list;
    if (!m_db.exec(q))
        return list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    return list;
}
