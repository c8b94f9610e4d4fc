#pragma once

#include "risk.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

class DemoDataset;

// The `filters` of POST /runtime/api/v1/images/tags and /workloads (docs/jfrog-api.md 3.2, 3.3):
// time_period, cluster, namespace, cve_id, risk (filter spellings, including both
// critical_applicable_cve and critical_applicable), component {name, version}, applicability,
// severity, and for workloads `workloads: [{name, namespace?, cluster?}]`.
// Values within one filter are alternatives; different filters must all hold. The vulnerability
// filters (cve_id, component, applicability, severity) must hold for one and the same vulnerability.
class DemoFilter
{
public:
    // False and a message for the 400 body when the filters are malformed or use an unknown value.
    bool parse(const QJsonObject &filters, const DemoDataset &dataset, QString *error);
    bool isEmpty() const { return m_empty; }

    bool matchesTag(const DemoDataset &dataset, int index) const;
    bool matchesWorkload(const DemoDataset &dataset, int workload) const;

private:
    bool matchesTagExceptWorkloads(const DemoDataset &dataset, int index) const;
    bool vulnerabilityMatches(const DemoDataset &dataset, int index) const;

    struct WorkloadFilter
    {
        QString name;
        QString nameSpace; // empty: any
        QString cluster; // empty: any
    };

    bool m_empty = true;
    int m_maxHours = -1; // -1: no time filter; 0: running now
    bool m_clusterFilter = false;
    QSet<int> m_clusters;
    bool m_namespaceFilter = false;
    QSet<int> m_namespaces;
    Risks m_risks;
    bool m_vulnerabilityFilter = false;
    bool m_cveFilter = false;
    QSet<int> m_cvePools;
    bool m_componentFilter = false;
    QSet<int> m_componentPools;
    quint8 m_applicabilityMask = 0;
    quint8 m_severityMask = 0;
    QList<WorkloadFilter> m_workloads;
};
