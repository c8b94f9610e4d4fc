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
    // A row's key ends with its digest, so a tag rebuilt between the syncs is a new key. It is paired with
    // the row of the same tag and architecture that the older generation had and the newer one no longer
    // has (a range of the older generation's keys: "registry US path US name US tag US architecture US" up
    // to the next character after US). A digest that still runs beside the new one is not replaced.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "WITH n AS (SELECT g.tag_row, g.tag_key, r.registry || char(31) || r.repository_path || char(31) || "
        "r.name "
        "  || char(31) || r.tag || char(31) || r.architecture AS slot FROM generation_tags g JOIN tag_rows r "
        "  ON r.id = g.tag_row WHERE g.generation = ? AND NOT EXISTS (SELECT 1 FROM generation_tags p WHERE "
        "  p.generation = ? AND p.tag_key = g.tag_key AND p.tag_row = g.tag_row)) "
        "SELECT n.tag_row, coalesce("
        "  (SELECT p.tag_row FROM generation_tags p WHERE p.generation = ? AND p.tag_key = n.tag_key), "
        "  (SELECT p.tag_row FROM generation_tags p WHERE p.generation = ? AND p.tag_key >= n.slot || "
        "char(31) "
        "     AND p.tag_key < n.slot || char(32) AND NOT EXISTS (SELECT 1 FROM generation_tags x WHERE "
        "     x.generation = ? AND x.tag_key = p.tag_key) ORDER BY p.tag_key LIMIT 1), 0) "
        "FROM n ORDER BY n.tag_key"));
    for (const qint64 value : { generation, since, since, since, generation })
        q.addBindValue(value);
    QList<Change> list;
    if (!m_db.exec(q))
        return list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    return list;
}
