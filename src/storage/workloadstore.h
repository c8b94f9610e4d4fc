#pragma once

#include "cluster.h"
#include "workload.h"

#include <QList>

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
    QStringList clusterNames(qint64 generation);
    QStringList namespaceNames(qint64 generation);

private:
    Database &m_db;
};
