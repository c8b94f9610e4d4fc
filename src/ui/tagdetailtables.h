#pragma once

#include "recordlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class Inventory;
struct ImageTag;

// The tabs of the detailed view, one table each: vulnerabilities, malicious packages, workloads,
// clusters, and the deployments the owner trail recorded for the digest.
class TagDetailTables : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TagDetailTables belongs to a TagDetailController")
    // Roles: severity, severityRank, cve, cvss, applicability, component, version, xrayId. Worst first.
    Q_PROPERTY(RecordListModel *vulnerabilities READ vulnerabilities CONSTANT)
    // Roles: xrayId, component, version, componentId.
    Q_PROPERTY(RecordListModel *maliciousPackages READ maliciousPackages CONSTANT)
    // Roles: name, namespace, cluster, nodes, status.
    Q_PROPERTY(RecordListModel *workloads READ workloads CONSTANT)
    // Roles: name, provider, regions, nodes, controller, known.
    Q_PROPERTY(RecordListModel *clusters READ clusters CONSTANT)
    // Who deployed this digest where and when, from the owner trail, newest first. Roles: when, deployedBy,
    // cluster, namespace, workload, tag, changeType.
    Q_PROPERTY(RecordListModel *deployments READ deployments CONSTANT)

public:
    explicit TagDetailTables(QObject *parent = nullptr);

    RecordListModel *vulnerabilities() const { return m_vulnerabilities; }
    RecordListModel *maliciousPackages() const { return m_malicious; }
    RecordListModel *workloads() const { return m_workloads; }
    RecordListModel *clusters() const { return m_clusters; }
    RecordListModel *deployments() const { return m_deployments; }

    // The tag's own tables; nodes, status and clusters come from the inventory's generation (0: none).
    void fill(const ImageTag &tag, Inventory *inventory, qint64 generation);
    // The owner trail's history of the tag's digest; an empty inventory clears it.
    void fillDeployments(const ImageTag &tag, Inventory *inventory);

private:
    RecordListModel *m_vulnerabilities;
    RecordListModel *m_malicious;
    RecordListModel *m_workloads;
    RecordListModel *m_clusters;
    RecordListModel *m_deployments;
};
