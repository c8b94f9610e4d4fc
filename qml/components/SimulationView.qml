pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The dry run's result: one card per rule (fired or quiet, why, the exact messages), and sending
// them for real.
ColumnLayout {
    id: root

    required property HarnessController harness
    readonly property SimulationModel simulation: harness.simulation
    signal caseRequested(string ruleId)

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        visible: root.simulation.simulated
        spacing: Theme.spacingM
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                objectName: "resultSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.bold: true
                color: Theme.text
                text: root.simulation.summary
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                text: root.simulation.eventSummary
            }
        }
        Button {
            objectName: "sendAllButton"
            text: qsTr("Send all for real")
            enabled: !root.harness.sending && root.simulation.plannedCalls > 0
            onClicked: root.harness.send("")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Send the messages of every rule that fires to their real endpoints")
        }
        Button {
            visible: root.harness.sending
            text: qsTr("Stop")
            onClicked: root.harness.cancelSend()
        }
    }
    Label {
        objectName: "sendMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: root.harness.sending ? Theme.text : (root.harness.sendFailed ? Theme.danger : Theme.success)
        text: root.harness.sendMessage
    }
    Label {
        Layout.fillWidth: true
        visible: root.simulation.warnings.length > 0
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.warning
        text: root.simulation.warnings.join("\n") // qmllint disable type
    }

    ScrollView {
        id: scroll
        objectName: "resultsScroll"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingM
            Repeater {
                model: root.simulation
                delegate: RuleResultCard {
                    Layout.fillWidth: true
                    harness: root.harness
                    onCaseRequested: ruleId => root.caseRequested(ruleId)
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: !root.simulation.simulated
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        color: Theme.textMuted
        text: qsTr("Pick an image tag or a workload and a change on the left, then “Simulate”.\nEvery rule is evaluated, drafts included; you see which fire, why, and the exact messages they would send.")
    }
}
