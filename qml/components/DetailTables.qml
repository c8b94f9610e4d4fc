pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The tabs of the detailed view: vulnerabilities, malicious packages, workloads, clusters, and the deployment
// history the owner trail recorded.
ColumnLayout {
    id: root

    required property TagDetailTables tables
    // trusted | untrusted | "": the platform reports vulnerabilities for trusted registries only
    property string registryTrust

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
            text: qsTr("Vulnerabilities (%L1)").arg(root.tables.vulnerabilities.count)
        }
        DetailTabButton {
            text: qsTr("Malicious (%L1)").arg(root.tables.maliciousPackages.count)
        }
        DetailTabButton {
            text: qsTr("Workloads (%L1)").arg(root.tables.workloads.count)
        }
        DetailTabButton {
            text: qsTr("Clusters (%L1)").arg(root.tables.clusters.count)
        }
        DetailTabButton {
            objectName: "deploymentsTab"
            text: qsTr("Deployments (%L1)").arg(root.tables.deployments.count)
        }
    }
    StackLayout {
        Layout.fillWidth: true
        currentIndex: tabs.currentIndex
        RecordTable {
            objectName: "vulnerabilityTable"
            model: root.tables.vulnerabilities
            emptyText: root.registryTrust === "untrusted"
                       ? qsTr("Not provided by the platform: it reports vulnerabilities only for images from trusted registries.")
                       : qsTr("No vulnerabilities reported for this tag.")
            columns: [
                RecordColumn { role: "severity"; title: qsTr("Severity"); width: 76; severityColors: true },
                RecordColumn { role: "cve"; title: qsTr("CVE"); width: 126; mono: true },
                RecordColumn { role: "cvss"; title: qsTr("CVSS"); width: 58; alignRight: true },
                RecordColumn { role: "applicability"; title: qsTr("Applicability"); width: 112 },
                RecordColumn { role: "component"; title: qsTr("Component"); width: 130 },
                RecordColumn { role: "version"; title: qsTr("Version"); width: 80; mono: true }
            ]
        }
        RecordTable {
            objectName: "maliciousTable"
            model: root.tables.maliciousPackages
            emptyText: qsTr("No malicious packages reported for this tag.")
            columns: [
                RecordColumn { role: "xrayId"; title: qsTr("Xray ID"); width: 130; mono: true },
                RecordColumn { role: "component"; title: qsTr("Package"); width: 160 },
                RecordColumn { role: "version"; title: qsTr("Version"); width: 90; mono: true }
            ]
        }
        RecordTable {
            objectName: "workloadTable"
            model: root.tables.workloads
            emptyText: qsTr("This tag runs in no workload the platform reports.")
            columns: [
                RecordColumn { role: "name"; title: qsTr("Workload"); width: 150 },
                RecordColumn { role: "namespace"; title: qsTr("Namespace"); width: 110 },
                RecordColumn { role: "cluster"; title: qsTr("Cluster"); width: 120 },
                RecordColumn { role: "nodes"; title: qsTr("Nodes"); width: 120; mono: true }
            ]
        }
        RecordTable {
            objectName: "clusterTable"
            model: root.tables.clusters
            emptyText: qsTr("No cluster: the tag runs in no workload the platform reports.")
            columns: [
                RecordColumn { role: "name"; title: qsTr("Cluster"); width: 130 },
                RecordColumn { role: "provider"; title: qsTr("Provider"); width: 90 },
                RecordColumn { role: "regions"; title: qsTr("Regions"); width: 110 },
                RecordColumn { role: "nodes"; title: qsTr("Nodes"); width: 100 },
                RecordColumn { role: "controller"; title: qsTr("Controller"); width: 90 }
            ]
        }
        RecordTable {
            objectName: "deploymentTable"
            model: root.tables.deployments
            emptyText: qsTr("The owner trail has no deployment of this digest yet: it records each workload change once the collector runs (Connection page, Owner trail).")
            columns: [
                RecordColumn { role: "when"; title: qsTr("When"); width: 130 },
                RecordColumn { role: "deployedBy"; title: qsTr("Deployed by"); width: 130 },
                RecordColumn { role: "cluster"; title: qsTr("Cluster"); width: 110 },
                RecordColumn { role: "namespace"; title: qsTr("Namespace"); width: 100 },
                RecordColumn { role: "tag"; title: qsTr("As tag"); width: 90; mono: true },
                RecordColumn { role: "workload"; title: qsTr("Workload"); width: 120 }
            ]
        }
    }
}
