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
    readonly property ImagesFilter filter: controller.filter

    spacing: Theme.spacingS

    Repeater {
        model: ListModel {
            ListElement { risk: "malicious"; title: qsTr("Malicious") }
            ListElement { risk: "integrity_violation"; title: qsTr("Integrity violation") }
            ListElement { risk: "untrusted_registry"; title: qsTr("Untrusted registry") }
            ListElement { risk: "critical_applicable_cves"; title: qsTr("Critical applicable CVEs") }
        }
        delegate: FilterChip {
            id: chip
            required property string risk
            required property string title
            objectName: "chip-" + chip.risk
            text: chip.title
            tint: Theme.riskColor(chip.risk)
            checked: root.filter.activeRisks.indexOf(chip.risk) >= 0 // qmllint disable type
            onClicked: root.filter.toggleRisk(chip.risk)
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
        checked: root.filter.changedOnly
        onClicked: root.filter.changedOnly = !root.filter.changedOnly
    }
    ChecklistButton {
        objectName: "clusterFilter"
        text: root.filter.selectedClusters.length === 0 ? qsTr("Cluster ▾")
              : qsTr("Cluster: %1 ▾").arg(root.filter.selectedClusters.length === 1 ? root.filter.selectedClusters[0]
                                                                                  : root.filter.selectedClusters.length)
        options: root.filter.clusterOptions // qmllint disable type
        checkedValues: root.filter.selectedClusters // qmllint disable type
        onToggled: value => root.filter.toggleCluster(value)
    }
    ChecklistButton {
        objectName: "namespaceFilter"
        text: root.filter.selectedNamespaces.length === 0 ? qsTr("Namespace ▾")
              : qsTr("Namespace: %1 ▾").arg(root.filter.selectedNamespaces.length === 1 ? root.filter.selectedNamespaces[0]
                                                                                      : root.filter.selectedNamespaces.length)
        options: root.filter.namespaceOptions // qmllint disable type
        checkedValues: root.filter.selectedNamespaces // qmllint disable type
        onToggled: value => root.filter.toggleNamespace(value)
    }
    FlatComboBox {
        id: severity
        objectName: "severityFilter"
        readonly property list<string> values: ["", "Low", "Medium", "High", "Critical"]
        width: 170
        model: [qsTr("Any severity"), qsTr("Low or higher"), qsTr("Medium or higher"), qsTr("High or higher"), qsTr("Critical")]
        currentIndex: Math.max(0, values.indexOf(root.filter.minSeverity))
        onActivated: index => root.filter.minSeverity = values[index]
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
