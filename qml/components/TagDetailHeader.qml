pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The top of the detailed view: name:tag, where it lives, its risks, status and digest.
ColumnLayout {
    id: root

    required property TagDetailController detail
    readonly property tagIdentity identity: detail.identity
    // "Simulate alarm": the alarm harness on this tag, with a change of this kind (EventFactory's names).
    signal simulate(string kind)
    // Another row of this tag (another architecture or digest) was picked.
    signal openRow(real rowId)

    spacing: Theme.spacingS

    Label {
        objectName: "detailTitle"
        Layout.fillWidth: true
        elide: Text.ElideRight
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: Theme.text
        text: root.identity.reference
    }
    Label {
        Layout.fillWidth: true
        elide: Text.ElideMiddle
        textFormat: Text.PlainText
        color: Theme.textMuted
        text: root.identity.registry + " / " + root.identity.repositoryPath
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        Repeater {
            model: root.identity.risks
            delegate: RiskChip {
                required property string modelData
                risk: modelData
            }
        }
        Label {
            visible: root.identity.risks.length === 0
            color: Theme.success
            text: qsTr("No risk reported")
        }
        Rectangle {
            visible: root.identity.changedSinceLastSync
            implicitWidth: changedLabel.implicitWidth + Theme.spacingS * 2
            implicitHeight: changedLabel.implicitHeight + 2
            radius: height / 2
            color: Theme.changedMarker
            Label {
                id: changedLabel
                anchors.centerIn: parent
                font.pixelSize: Theme.fontSmall
                color: Theme.accentText
                text: qsTr("Changed since last sync")
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacingL
        rowSpacing: Theme.spacingS
        DetailField {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Runtime status")
            value: root.identity.runtimeStatus
            valueColor: root.identity.runtimeStatus === "running" ? Theme.statusRunning : Theme.text
        }
        DetailField {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Architecture")
            value: root.identity.architecture
        }
        DetailField {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Critical applicable CVEs")
            value: String(root.identity.criticalApplicableCount)
            valueColor: root.identity.criticalApplicableCount > 0 ? Theme.riskCritical : Theme.text
        }
        DetailField {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Cloud providers")
            value: root.identity.cloudProviders.join(", ") // qmllint disable type
        }
    }
    RowLayout {
        Layout.fillWidth: true
        DetailField {
            Layout.fillWidth: true
            label: qsTr("Digest")
            value: root.identity.digest
            monospace: true
        }
        ActionButton {
            Layout.alignment: Qt.AlignBottom
            enabled: root.identity.digest.length > 0
            text: qsTr("Copy")
            onClicked: root.detail.copy(root.identity.digest)
        }
    }
    TagSiblings {
        Layout.fillWidth: true
        siblings: root.detail.siblings
        onOpenRow: rowId => root.openRow(rowId)
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        Label {
            color: Theme.textMuted
            text: qsTr("Simulate alarm:")
        }
        ActionButton {
            objectName: "simulateWorkloadChange"
            enabled: root.detail.tables.workloads.count > 0
            text: qsTr("Workload change")
            ToolTip.visible: hovered
            ToolTip.text: enabled ? qsTr("Which rules fire when a workload running this tag changes its deployment status")
                                  : qsTr("The tag runs in no workload")
            onClicked: root.simulate("deployment-status")
        }
        ActionButton {
            objectName: "simulateIntegrityViolation"
            enabled: root.detail.tables.workloads.count > 0
            text: qsTr("Integrity violation")
            ToolTip.visible: hovered
            ToolTip.text: enabled ? qsTr("Which rules fire when a workload running this tag reports an integrity violation")
                                  : qsTr("The tag runs in no workload")
            onClicked: root.simulate("integrity-violation")
        }
        Item {
            Layout.fillWidth: true
        }
    }
}
