pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The top of the detailed view: name:tag, where it lives, its risks, status and digest.
ColumnLayout {
    id: root

    required property TagDetailController detail
    // "Simulate alarm": the alarm harness on this tag, with a change of this kind (EventFactory's names).
    signal simulate(string kind)
    // Another row of this tag (another architecture or digest) was picked.
    signal openRow(var rowId)

    spacing: Theme.spacingS

    Label {
        objectName: "detailTitle"
        Layout.fillWidth: true
        elide: Text.ElideRight
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: Theme.text
        text: root.detail.reference
    }
    Label {
        Layout.fillWidth: true
        elide: Text.ElideMiddle
        textFormat: Text.PlainText
        color: Theme.textMuted
        text: root.detail.registry + " / " + root.detail.repositoryPath
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        Repeater {
            model: root.detail.risks
            delegate: RiskChip {
                required property string modelData
                risk: modelData
            }
        }
        Label {
            visible: root.detail.risks.length === 0
            color: Theme.success
            text: qsTr("No risk reported")
        }
        Rectangle {
            visible: root.detail.changedSinceLastSync
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
            value: root.detail.runtimeStatus
            valueColor: root.detail.runtimeStatus === "running" ? Theme.statusRunning : Theme.text
        }
        DetailField {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Architecture")
            value: root.detail.architecture
        }
        DetailField {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Critical applicable CVEs")
            value: String(root.detail.criticalApplicableCount)
            valueColor: root.detail.criticalApplicableCount > 0 ? Theme.riskCritical : Theme.text
        }
        DetailField {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Cloud providers")
            value: root.detail.cloudProviders.join(", ")
        }
    }
    RowLayout {
        Layout.fillWidth: true
        DetailField {
            Layout.fillWidth: true
            label: qsTr("Digest")
            value: root.detail.digest
            monospace: true
        }
        ActionButton {
            Layout.alignment: Qt.AlignBottom
            enabled: root.detail.digest.length > 0
            text: qsTr("Copy")
            onClicked: root.detail.copy(root.detail.digest)
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
            enabled: root.detail.workloads.count > 0
            text: qsTr("Workload change")
            ToolTip.visible: hovered
            ToolTip.text: enabled ? qsTr("Which rules fire when a workload running this tag changes its deployment status")
                                  : qsTr("The tag runs in no workload")
            onClicked: root.simulate("deployment-status")
        }
        ActionButton {
            objectName: "simulateIntegrityViolation"
            enabled: root.detail.workloads.count > 0
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
