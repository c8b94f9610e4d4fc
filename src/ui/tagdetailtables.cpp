#include "tagdetailtables.h"

#include "imagetag.h"
#include "inventory.h"
#include "ownertrailstore.h"

#include <QCoreApplication>
#include <QLocale>

TagDetailTables::TagDetailTables(QObject *parent)
    : QObject(parent)
    , m_vulnerabilities(new RecordListModel(
          { "severity", "severityRank", "cve", "cvss", "applicability", "component", "version", "xrayId" },
          this))
    , m_malicious(new RecordListModel({ "xrayId", "component", "version", "componentId" }, this))
    , m_workloads(new RecordListModel({ "name", "namespace", "cluster", "nodes", "status" }, this))
    , m_clusters(new RecordListModel({ "name", "provider", "regions", "nodes", "controller", "known" }, this))
    , m_deployments(new RecordListModel(
          { "when", "deployedBy", "cluster", "namespace", "workload", "tag", "changeType" }, this))
{ }

void TagDetailTables::fill(const ImageTag &tag, Inventory *inventory, qint64 generation)
{
    if (!inventory)
        generation = 0;
    QList<QVariantList> vulnerabilities;
    for (const Vulnerability &v : tag.vulnerabilities) {
        const QString cvss = !v.cvssV3.isEmpty() ? v.cvssV3 : v.cvssV2;
        const QList<Component> components =
            v.components.isEmpty() ? QList<Component> { Component {} } : v.components;
        for (const Component &c : components)
            vulnerabilities.append({ SeverityNames::toString(v.severity), int(v.severity), v.cveId, cvss,
                                     v.applicability, c.name.isEmpty() ? c.id : c.name, c.version,
                                     v.xrayId });
    }
    std::stable_sort(vulnerabilities.begin(), vulnerabilities.end(),
                     [](const QVariantList &a, const QVariantList &b) {
                         if (a.at(1).toInt() != b.at(1).toInt())
                             return a.at(1).toInt() > b.at(1).toInt();
                         return a.at(3).toString().toDouble() > b.at(3).toString().toDouble();
                     });
    m_vulnerabilities->setRows(vulnerabilities);

    QList<QVariantList> malicious;
    for (const MaliciousPackage &p : tag.maliciousPackages) {
        const QList<Component> components =
            p.components.isEmpty() ? QList<Component> { Component {} } : p.components;
        for (const Component &c : components)
            malicious.append({ p.xrayId, c.name.isEmpty() ? c.id : c.name, c.version, c.id });
    }
    m_malicious->setRows(malicious);

    QList<QVariantList> workloads;
    QStringList clusterNames;
    for (const WorkloadRef &w : tag.workloads) {
        // Nodes and status come from the workloads listing of the same sync, when it had this one.
        const auto full = generation ? inventory->workloads().workload(generation, w) : std::nullopt;
        workloads.append({ w.name, w.nameSpace, w.cluster,
                           full ? full->nodes.join(QStringLiteral(", ")) : QString(),
                           full ? full->runtimeStatus : QString() });
        if (!w.cluster.isEmpty() && !clusterNames.contains(w.cluster))
            clusterNames.append(w.cluster);
    }
    m_workloads->setRows(workloads);

    QList<QVariantList> clusters;
    for (const QString &name : std::as_const(clusterNames)) {
        const auto c = generation ? inventory->workloads().clusterByName(generation, name) : std::nullopt;
        if (c)
            clusters.append({ c->name, c->provider, c->regions.join(QStringLiteral(", ")),
                              QCoreApplication::translate("TagDetailController", "%1 of %2 running")
                                  .arg(c->runningNodesCount)
                                  .arg(c->nodesCount),
                              c->controllerStatus, true });
        else
            clusters.append({ name, QString(), QString(), QString(), QString(), false });
    }
    m_clusters->setRows(clusters);
}

void TagDetailTables::fillDeployments(const ImageTag &tag, Inventory *inventory)
{
    QList<QVariantList> deployments;
    if (inventory) {
        const QLocale locale;
        for (const OwnerRecord &r : OwnerTrailStore(inventory->database()).history(tag))
            deployments.append({ locale.toString(r.recordedAt.toLocalTime(), QLocale::ShortFormat),
                                 r.deployedBy.value_or(QString()), r.workload.cluster, r.workload.nameSpace,
                                 r.workload.name, r.tag, r.changeType });
    }
    m_deployments->setRows(deployments);
}
