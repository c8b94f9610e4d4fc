pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import RuntimeDesk.Core

// The chips under the filter: the four risks, "changed since the last sync", cluster,
// namespace and severity. Each only forwards to the controller. A Flow: in a longer language,
// or a narrow window, they wrap instead of running off the edge.
Flow {
    id: root

    required property ImagesController controller

    spacing: Theme.spacingS

    Repeater {
        model: [
            { risk: "malicious", label: qsTr("Malicious"), tint: Theme.riskMalicious },
            { risk: "integrity_violation", label: qsTr("Integrity violation"), tint: Theme.riskIntegrity },
            { risk: "untrusted_registry", label: qsTr("Untrusted registry"), tint: Theme.riskUntrusted },
            { risk: "critical_applicable_cves", label: qsTr("Critical applicable CVEs"), tint: Theme.riskCritical }
        ]
        delegate: FilterChip {
            required property var modelData
            objectName: "chip-" + modelData.risk
            text: modelData.label
            tint: modelData.tint
            checked: root.controller.activeRisks.indexOf(modelData.risk) >= 0
            onClicked: root.controller.toggleRisk(modelData.risk)
        }
    }
    Rectangle {
        implicitWidth: 1
        implicitHeight: Theme.chipHeight
        color: Theme.border
    }
    FilterChip {
        objectName: "chip-changed"
        text: qsTr("Changed since last sync")
        tint: Theme.changedMarker
        checked: root.controller.changedOnly
        onClicked: root.controller.changedOnly = !root.controller.changedOnly
    }
    ChecklistButton {
        objectName: "clusterFilter"
        text: root.controller.selectedClusters.length === 0 ? qsTr("Cluster ▾")
              : qsTr("Cluster: %1 ▾").arg(root.controller.selectedClusters.length === 1 ? root.controller.selectedClusters[0]
                                                                                      : root.controller.selectedClusters.length)
        options: root.controller.clusterOptions
        checkedValues: root.controller.selectedClusters
        onToggled: value => root.controller.toggleCluster(value)
    }
    ChecklistButton {
        objectName: "namespaceFilter"
        text: root.controller.selectedNamespaces.length === 0 ? qsTr("Namespace ▾")
              : qsTr("Namespace: %1 ▾").arg(root.controller.selectedNamespaces.length === 1 ? root.controller.selectedNamespaces[0]
                                                                                          : root.controller.selectedNamespaces.length)
        options: root.controller.namespaceOptions
        checkedValues: root.controller.selectedNamespaces
        onToggled: value => root.controller.toggleNamespace(value)
    }
    FlatComboBox {
        id: severity
        objectName: "severityFilter"
        readonly property var values: ["", "Low", "Medium", "High", "Critical"]
        width: 170
        model: [qsTr("Any severity"), qsTr("Low or higher"), qsTr("Medium or higher"), qsTr("High or higher"), qsTr("Critical")]
        currentIndex: Math.max(0, values.indexOf(root.controller.minSeverity))
        onActivated: index => root.controller.minSeverity = values[index]
    }
    Label {
        objectName: "controllerMessage"
        height: severity.height
        verticalAlignment: Text.AlignVCenter
        width: Math.min(implicitWidth, 420)
        elide: Text.ElideRight
        textFormat: Text.PlainText
        color: Theme.textMuted
        text: root.controller.message
    }
}
