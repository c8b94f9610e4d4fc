#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Clusters and their nodes (docs/jfrog-api.md 3.4). The id arrives as a string or an integer;
// we keep its decimal text.
struct ClusterNode
{
    QString id;
    QString name;
    QString hostname;
    QString architecture;
    QString internalIp;
    QString region;
    QString status; // open string: documented enum and examples disagree
    bool sensorInstalled = false;
    QString sensorVersion;
    bool operator==(const ClusterNode &) const = default;
};

struct Cluster
{
    QString id;
    QString name;
    QString provider;
    QStringList regions;
    QString monitoredAt;
    QString controllerStatus;
    QString controllerVersion;
    int nodesCount = 0;
    int runningNodesCount = 0;
    int failedNodesCount = 0;
    int failedToInstallNodesCount = 0;
    int disabledNodesCount = 0;
    QList<ClusterNode> nodes; // only from GET /cluster/{id}
    bool operator==(const Cluster &) const = default;
};
