#include "workloadstore.h"

#include "database.h"
#include "runtimejson.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {
QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

WorkloadStore::WorkloadStore(Database &db)
    : m_db(db)
{ }

bool WorkloadStore::addWorkloads(qint64 generation, const QList<Workload> &workloads)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO workloads (generation, workload_key, name, namespace, "
                       "cluster, runtime_status, risks, "
                       "vulnerabilities_count, detail_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Workload &w : workloads) {
        for (const QVariant &value :
             { QVariant(generation), QVariant(w.key()), Database::text(w.name), Database::text(w.nameSpace),
               Database::text(w.cluster), Database::text(w.runtimeStatus), QVariant(int(w.risks.toInt())),
               QVariant(w.vulnerabilitiesCount),
               QVariant(RuntimeJson::compact(w, RuntimeJson::Processes::Omit)) })
            q.addBindValue(value);
        if (!m_db.exec(q))
            return false;
    }
    return true;
}

bool WorkloadStore::addClusters(qint64 generation, const QList<Cluster> &clusters)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO clusters (generation, cluster_id, name, detail_json) VALUES (?, ?, ?, ?)"));
    for (const Cluster &c : clusters) {
        for (const QVariant &value : { QVariant(generation), Database::text(c.id.isEmpty() ? c.name : c.id),
                                       Database::text(c.name), QVariant(compact(RuntimeJson::toJson(c))) })
            q.addBindValue(value);
        if (!m_db.exec(q))
            return false;
    }
    return true;
}

QList<Workload> WorkloadStore::workloads(qint64 generation)
{
    QList<Workload> list;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT detail_json FROM workloads WHERE generation = ? ORDER BY workload_key"));
    q.addBindValue(generation);
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        const auto object = RuntimeJson::parseObject(q.value(0).toByteArray(), nullptr);
        if (!object)
            continue;
        if (const auto w = RuntimeJson::workloadFromJson(*object, nullptr))
            list.append(*w);
    }
    return list;
}

QList<Cluster> WorkloadStore::clusters(qint64 generation)
{
    QList<Cluster> list;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT detail_json FROM clusters WHERE generation = ? ORDER BY name"));
    q.addBindValue(generation);
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        const auto object = RuntimeJson::parseObject(q.value(0).toByteArray(), nullptr);
        if (!object)
            continue;
        if (const auto c = RuntimeJson::clusterFromJson(*object, nullptr))
            list.append(*c);
    }
    return list;
}

std::optional<Workload> WorkloadStore::workload(qint64 generation, const WorkloadRef &ref)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT detail_json FROM workloads WHERE generation = ? AND workload_key = ?"));
    q.addBindValue(generation);
    q.addBindValue(Workload { ref.name, ref.nameSpace, ref.cluster }.key());
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    const auto object = RuntimeJson::parseObject(q.value(0).toByteArray(), nullptr);
    return object ? RuntimeJson::workloadFromJson(*object, nullptr) : std::nullopt;
}

std::optional<Cluster> WorkloadStore::clusterByName(qint64 generation, const QString &name)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT detail_json FROM clusters WHERE generation = ? AND name = ? LIMIT 1"));
    q.addBindValue(generation);
    q.addBindValue(name);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    const auto object = RuntimeJson::parseObject(q.value(0).toByteArray(), nullptr);
    return object ? RuntimeJson::clusterFromJson(*object, nullptr) : std::nullopt;
}

QStringList WorkloadStore::clusterNames(qint64 generation)
{
    QStringList names;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT w.cluster FROM generation_tags g JOIN tag_workloads w ON w.tag_row = g.tag_row "
        "WHERE g.generation = ? AND w.cluster != '' ORDER BY 1"));
    q.addBindValue(generation);
    if (m_db.exec(q)) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

QStringList WorkloadStore::namespaceNames(qint64 generation)
{
    QStringList names;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT w.namespace FROM generation_tags g JOIN tag_workloads w ON w.tag_row = g.tag_row "
        "WHERE g.generation = ? AND w.namespace != '' ORDER BY 1"));
    q.addBindValue(generation);
    if (m_db.exec(q)) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}
