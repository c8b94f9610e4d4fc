#pragma once

#include "cluster.h"
#include "imagetag.h"
#include "workload.h"

#include <QList>

#include <optional>

class Database;

// Typed SQL for the workloads and clusters of a generation.
class WorkloadStore
{
public:
    explicit WorkloadStore(Database &db);

    // Add to a generation; the caller wraps them in a transaction.
    bool addWorkloads(qint64 generation, const QList<Workload> &workloads);
    bool addClusters(qint64 generation, const QList<Cluster> &clusters);

    QList<Workload> workloads(qint64 generation);
    QList<Cluster> clusters(qint64 generation);
    // One workload of a generation (its nodes, status...), by where it runs and its name.
    std::optional<Workload> workload(qint64 generation, const WorkloadRef &ref);
    // One cluster of a generation by its name (the name is what tags' workloads carry).
    std::optional<Cluster> clusterByName(qint64 generation, const QString &name);
    QStringList clusterNames(qint64 generation);
    QStringList namespaceNames(qint64 generation);

private:
    Database &m_db;
};
