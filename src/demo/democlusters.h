#pragma once

#include "cluster.h"
#include "demovocabulary.h"

#include <QList>

// The Kubernetes clusters of the demo estate: 5 or 6 of them (the seed decides), each with nodes
// and sensors, counts consistent with the nodes (docs/jfrog-api.md 3.4). Ids are small integers.
class DemoClusters
{
public:
    explicit DemoClusters(quint64 seed);

    int size() const { return int(m_specs.size()); }
    const DemoVocabulary::ClusterSpec &spec(int index) const { return m_specs.at(index); }
    int weight(int index) const { return m_specs.at(index).weight; }
    // The cluster as the list shows it, or with its nodes as GET /cluster/{id} shows it.
    Cluster cluster(int index, bool withNodes) const;
    int indexOfId(qint64 id) const;
    qint64 id(int index) const { return m_ids.at(index); }
    const QStringList &nodeNames(int index) const { return m_nodeNames.at(index); }

private:
    QList<DemoVocabulary::ClusterSpec> m_specs;
    QList<qint64> m_ids;
    QList<QList<ClusterNode>> m_nodes;
    QList<QStringList> m_nodeNames;
    QList<QString> m_controllerStatus;
};
