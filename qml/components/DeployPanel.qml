pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The last deploy / enable / disable / remove of this rule: each step and its result.
Rectangle {
    id: root

    required property DeployOperation operation     // RulesController.operation
    required property string ruleId

    readonly property bool mine: operation.ruleId.length > 0 && operation.ruleId === ruleId
    property bool showSteps: false
    // The steps show while it runs and after a failure; a success folds to its one line.
    readonly property bool expanded: mine && (showSteps || operation.running || !operation.ok)

    visible: mine
    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: !mine || operation.running ? Theme.border : (operation.ok ? Theme.success : Theme.danger)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            BusyIndicator {
                visible: root.mine && root.operation.running
                running: visible
                Layout.preferredWidth: Theme.rowHeight
                Layout.preferredHeight: Theme.rowHeight
            }
            Label {
                objectName: "operationResult"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.bold: true
                color: !root.mine || root.operation.running ? Theme.text : (root.operation.ok ? Theme.success : Theme.danger)
                text: !root.mine ? "" : root.operation.running ? qsTr("%1…").arg(root.operation.title) : root.operation.message
            }
            ToolButton {
                objectName: "toggleSteps"
                visible: root.mine && !root.operation.running && root.operation.ok
                text: root.showSteps ? qsTr("Hide steps") : qsTr("Show steps")
                font.pixelSize: Theme.fontSmall
                onClicked: root.showSteps = !root.showSteps
            }
        }
        Repeater {
            model: root.expanded ? root.operation.steps : null
            delegate: RowLayout {
                id: step
                required property string title
                required property string stepState
                required property string detail
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    Layout.preferredWidth: Theme.spacingL
                    horizontalAlignment: Text.AlignHCenter
                    color: step.stepState === "done" ? Theme.success
                         : step.stepState === "failed" ? Theme.danger : Theme.textMuted
                    text: step.stepState === "done" ? "✓" : step.stepState === "failed" ? "✗"
                        : step.stepState === "running" ? "…" : step.stepState === "skipped" ? "–" : "·"
                }
                Label {
                    Layout.preferredWidth: Theme.fieldWidth
                    text: step.title
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    text: step.detail
                }
            }
        }
    }
}
