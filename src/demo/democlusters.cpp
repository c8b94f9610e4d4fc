#include "democlusters.h"

#include "demorandom.h"

DemoClusters::DemoClusters(quint64 seed)
{
    using namespace DemoRandom;
    const auto &all = DemoVocabulary::clusters();
    const int count = 5 + int(below(hash(seed, 0xc1), 2)); // 5 or 6 clusters
    qint64 nodeId = 10;
    for (int c = 0; c < count; ++c) {
        const DemoVocabulary::ClusterSpec &spec = all.at(c);
        m_specs.append(spec);
        m_ids.append(2 + c * 3 + qint64(below(hash(seed, 0xc2, c), 3)));
        m_controllerStatus.append(spec.stage == u"dev" && chance(hash(seed, 0xc3), 500)
                                      ? QStringLiteral("stopped")
                                      : QStringLiteral("running"));
        QList<ClusterNode> nodes;
        QStringList names;
        for (int n = 0; n < spec.nodes; ++n) {
            const quint64 h = hash(seed, 0xc4, c, n);
            ClusterNode node;
            node.id = QString::number(nodeId++);
            const int a = 10 + c, b = int(below(h, 250)), d = 1 + int(below(hash(h, 0x5a0 + 8), 250));
            if (spec.provider == u"aws")
                node.name = QStringLiteral("ip-10-%1-%2-%3").arg(a).arg(b).arg(d);
            else if (spec.provider == u"azure")
                node.name = QStringLiteral("aks-nodepool1-%1-vmss%2")
                                .arg(18000000 + below(hash(seed, 0xc5, c), 999999))
                                .arg(n, 6, 10, QLatin1Char('0'));
            else if (spec.provider == u"gcp")
                node.name = QStringLiteral("gke-%1-pool-%2")
                                .arg(spec.name)
                                .arg(hash(h, 1) & 0xffffff, 6, 16, QLatin1Char('0'));
            else
                node.name =
                    n == 0 ? QStringLiteral("kind-control-plane") : QStringLiteral("kind-worker%1").arg(n);
            node.hostname = node.name;
            node.architecture = chance(hash(h, 2), 250) ? QStringLiteral("arm64") : QStringLiteral("amd64");
            node.internalIp = QStringLiteral("10.%1.%2.%3").arg(a).arg(b).arg(d);
            node.region = spec.region;
            const int roll = int(below(hash(h, 3), 100));
            node.status = roll < 80 ? QStringLiteral("running_with_sensors")
                : roll < 88         ? QStringLiteral("monitored")
                : roll < 93         ? QStringLiteral("failed")
                : roll < 97         ? QStringLiteral("installation_failed")
                                    : QStringLiteral("disabled");
            node.sensorInstalled = node.status == u"running_with_sensors";
            node.sensorVersion =
                node.sensorInstalled ? QStringLiteral("1.4.%1").arg(below(hash(h, 4), 6)) : QString();
            names.append(node.name);
            nodes.append(node);
        }
        m_nodes.append(nodes);
        m_nodeNames.append(names);
    }
}

Cluster DemoClusters::cluster(int index, bool withNodes) const
{
    const DemoVocabulary::ClusterSpec &spec = m_specs.at(index);
    Cluster c;
    c.id = QString::number(m_ids.at(index));
    c.name = spec.name;
    c.provider = spec.provider == u"on-prem" ? QStringLiteral("kubernetes") : spec.provider;
    if (!spec.region.isEmpty())
        c.regions = { spec.region };
    c.monitoredAt =
        QStringLiteral("2025-03-%1T08:%2:13.438479Z").arg(1 + index, 2, 10, QLatin1Char('0')).arg(10 + index);
    c.controllerStatus = m_controllerStatus.at(index);
    c.controllerVersion = QStringLiteral("1.4.2");
    for (const ClusterNode &node : m_nodes.at(index)) {
        ++c.nodesCount;
        if (node.status == u"running_with_sensors" || node.status == u"monitored")
            ++c.runningNodesCount;
        else if (node.status == u"failed")
            ++c.failedNodesCount;
        else if (node.status == u"installation_failed")
            ++c.failedToInstallNodesCount;
        else if (node.status == u"disabled")
            ++c.disabledNodesCount;
    }
    if (withNodes)
        c.nodes = m_nodes.at(index);
    return c;
}

int DemoClusters::indexOfId(qint64 id) const
{
    return int(m_ids.indexOf(id));
}
