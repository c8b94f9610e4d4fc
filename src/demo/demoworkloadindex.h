#pragma once

#include "workload.h"

#include <QList>

class DemoDataset;

// The workloads of the demo estate, derived from the workloads[] of every tag so the two listings
// agree: a workload is a distinct (name, namespace, cluster) and runs the tags that name it.
// Kept in `order_by: name` order.
class DemoWorkloadIndex
{
public:
    void rebuild(const DemoDataset &dataset);
    int size() const { return int(m_keys.size()); }
    quint64 key(int workload) const { return m_keys.at(workload); }
    QList<quint32> tagsOf(int workload) const;
    int tagCount(int workload) const { return int(m_starts.at(workload + 1) - m_starts.at(workload)); }
    Workload workload(const DemoDataset &dataset, int workload) const;
    int runtimeStatusRank(const DemoDataset &dataset, int workload) const; // 0 running, 1 stopped, 2 unknown

private:
    QList<quint64> m_keys; // DemoDataset workload keys
    QList<quint32> m_starts; // tags of workload w: m_tags[m_starts[w] .. m_starts[w + 1])
    QList<quint32> m_tags;
};
