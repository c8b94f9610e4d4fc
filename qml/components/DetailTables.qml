pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The tabs of the detailed view: vulnerabilities, malicious packages, workloads, clusters, and the deployment
// history the owner trail recorded.
ColumnLayout {
    id: root

    required property TagDetailController detail

    spacing: Theme.spacingS

    TabBar {
        id: tabs
        objectName: "detailTabs"
        Layout.fillWidth: true
        background: Rectangle {
            color: "transparent"
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
        }
        DetailTabButton {
            text: qsTr("Vulnerabilities (%L1)").arg(root.detail.vulnerabilities.count)
        }
        DetailTabButton {
            text: qsTr("Malicious (%L1)").arg(root.detail.maliciousPackages.count)
        }
        DetailTabButton {
            text: qsTr("Workloads (%L1)").arg(root.detail.workloads.count)
        }
        DetailTabButton {
            text: qsTr("Clusters (%L1)").arg(root.detail.clusters.count)
        }
        DetailTabButton {
            objectName: "deploymentsTab"
            text: qsTr("Deployments (%L1)").arg(root.detail.deployments.count)
        }
    }
    StackLayout {
        Layout.fillWidth: true
        currentIndex: tabs.currentIndex
        RecordTable {
            objectName: "vulnerabilityTable"
            model: root.detail.vulnerabilities
            emptyText: root.detail.registryTrust === "untrusted"
                       ? qsTr("Not provided by the platform: it reports vulnerabilities only for images from trusted registries.")
                       : qsTr("No vulnerabilities reported for this tag.")
            columns: [
                { role: "severity", title: qsTr("Severity"), width: 76,
                  color: value => value === "Critical" ? Theme.riskCritical : (value === "High" ? Theme.warning : Theme.text) },
                { role: "cve", title: qsTr("CVE"), width: 126, mono: true },
                { role: "cvss", title: qsTr("CVSS"), width: 58, align: "right" },
                { role: "applicability", title: qsTr("Applicability"), width: 112 },
                { role: "component", title: qsTr("Component"), width: 130 },
                { role: "version", title: qsTr("Version"), width: 80, mono: true }
            ]
        }
        RecordTable {
            objectName: "maliciousTable"
            model: root.detail.maliciousPackages
            emptyText: qsTr("No malicious packages reported for this tag.")
            columns: [
                { role: "xrayId", title: qsTr("Xray ID"), width: 130, mono: true },
                { role: "component", title: qsTr("Package"), width: 160 },
                { role: "version", title: qsTr("Version"), width: 90, mono: true }
            ]
        }
        RecordTable {
            objectName: "workloadTable"
            model: root.detail.workloads
            emptyText: qsTr("This tag runs in no workload the platform reports.")
            columns: [
                { role: "name", title: qsTr("Workload"), width: 150 },
                { role: "namespace", title: qsTr("Namespace"), width: 110 },
                { role: "cluster", title: qsTr("Cluster"), width: 120 },
                { role: "nodes", title: qsTr("Nodes"), width: 120, mono: true }
            ]
        }
        RecordTable {
            objectName: "clusterTable"
            model: root.detail.clusters
            emptyText: qsTr("No cluster: the tag runs in no workload the platform reports.")
            columns: [
                { role: "name", title: qsTr("Cluster"), width: 130 },
                { role: "provider", title: qsTr("Provider"), width: 90 },
                { role: "regions", title: qsTr("Regions"), width: 110 },
                { role: "nodes", title: qsTr("Nodes"), width: 100 },
                { role: "controller", title: qsTr("Controller"), width: 90 }
            ]
        }
        RecordTable {
            objectName: "deploymentTable"
            model: root.detail.deployments
            emptyText: qsTr("The owner trail has no deployment of this digest yet: it records each workload change once the collector runs (Connection page, Owner trail).")
            columns: [
                { role: "when", title: qsTr("When"), width: 130 },
                { role: "deployedBy", title: qsTr("Deployed by"), width: 130 },
                { role: "cluster", title: qsTr("Cluster"), width: 110 },
                { role: "namespace", title: qsTr("Namespace"), width: 100 },
                { role: "tag", title: qsTr("As tag"), width: 90, mono: true },
                { role: "workload", title: qsTr("Workload"), width: 120 }
            ]
        }
    }
}
