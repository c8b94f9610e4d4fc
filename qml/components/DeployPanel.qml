pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The last deploy / enable / disable / remove of this rule: each step and its result.
Rectangle {
    id: root

    required property var operation     // RulesController.operation
    required property string ruleId

    readonly property bool mine: operation.ruleId === ruleId && operation.steps !== undefined
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
            model: root.expanded ? root.operation.steps : []
            delegate: RowLayout {
                id: step
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    Layout.preferredWidth: Theme.spacingL
                    horizontalAlignment: Text.AlignHCenter
                    color: step.modelData.state === "done" ? Theme.success
                         : step.modelData.state === "failed" ? Theme.danger : Theme.textMuted
                    text: step.modelData.state === "done" ? "✓" : step.modelData.state === "failed" ? "✗"
                        : step.modelData.state === "running" ? "…" : step.modelData.state === "skipped" ? "–" : "·"
                }
                Label {
                    Layout.preferredWidth: Theme.fieldWidth
                    text: step.modelData.title
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    text: step.modelData.detail
                }
            }
        }
    }
}
