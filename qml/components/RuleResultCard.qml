pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// One rule in a simulation: fires or stays quiet, each condition green or red with the value it saw,
// and each planned message (the masked request and the recipient's view), with its delivery status.
Rectangle {
    id: root

    // The roles of one SimulationModel row.
    required property int index
    required property string ruleId
    required property string name
    required property string ruleState
    required property bool fired
    required property ConditionVerdictModel conditions
    required property list<string> problems
    required property PlannedCallModel calls
    required property HarnessController harness
    signal caseRequested(string ruleId)

    objectName: "ruleResult-" + index
    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: root.fired ? Theme.accent : Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Rectangle {
                objectName: "firedBadge"
                readonly property string text: root.fired ? qsTr("Fires") : qsTr("Quiet")
                implicitWidth: badge.implicitWidth + Theme.spacingM * 2
                implicitHeight: badge.implicitHeight + Theme.spacingXs
                radius: height / 2
                color: root.fired ? Theme.accent : Theme.surfaceAlt
                Label {
                    id: badge
                    anchors.centerIn: parent
                    font.bold: true
                    font.pixelSize: Theme.fontSmall
                    color: root.fired ? Theme.accentText : Theme.textMuted
                    text: parent.text
                }
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                text: root.name
            }
            StatusChip {
                status: root.ruleState
                label: root.ruleState === "unsaved" ? qsTr("Unsaved") : ""
            }
            Button {
                objectName: "saveCaseButton"
                flat: true
                text: qsTr("Save as golden case…")
                onClicked: root.caseRequested(root.ruleId)
            }
            Button {
                objectName: "sendButton"
                visible: root.fired && root.calls.count > 0
                enabled: !root.harness.sending
                highlighted: true
                text: qsTr("Send %n for real", "", root.calls.count)
                onClicked: root.harness.send(root.ruleId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Send exactly these requests to their endpoints now")
            }
        }

        Label {
            text: root.fired ? qsTr("Why it fires") : qsTr("Why it stays quiet")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.textMuted
        }
        Repeater {
            model: root.conditions
            delegate: RowLayout {
                id: condition
                required property int index
                required property string description
                required property bool passed
                required property string value
                objectName: "condition-" + index
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    Layout.alignment: Qt.AlignTop
                    font.bold: true
                    color: condition.passed ? Theme.success : Theme.danger
                    text: condition.passed ? "✓" : "✗"
                }
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    color: condition.passed ? Theme.text : Theme.danger
                    text: condition.description
                }
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    wrapMode: Text.WrapAnywhere
                    textFormat: Text.PlainText
                    font.family: Theme.monospace
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    text: qsTr("saw %1").arg(condition.value)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.conditions.count === 0
            color: Theme.textMuted
            text: qsTr("No conditions: the rule fires on every event")
        }
        Label {
            Layout.fillWidth: true
            visible: root.problems.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.warning
            text: root.problems.join("\n") // qmllint disable type
        }
        Repeater {
            model: root.calls
            delegate: PlannedCallCard {
                Layout.fillWidth: true
            }
        }
    }
}
