pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// One condition of the criteria tree: what it tests, and its reorder / group / remove buttons.
// Every change goes to the editor's criteria model, which edits the rule.
Rectangle {
    id: root

    required property RuleEditorController editor
    required property int node          // the CriteriaTreeModel's number of this condition
    required property string jsonPath
    required property bool first
    required property bool last
    required property string error
    required property string kind
    required property string field
    required property string op
    required property string pattern
    required property string risk
    required property string severity
    required property int count

    readonly property CriteriaTreeModel criteria: editor.criteria

    objectName: "node-" + jsonPath
    implicitHeight: column.implicitHeight + Theme.spacingS * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: error.length > 0 ? Theme.danger : Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            ComboBox {
                objectName: "kindBox"
                Layout.preferredWidth: 190
                model: root.criteria.kinds
                textRole: "label"
                valueRole: "value"
                currentIndex: root.criteria.kinds.indexOf(root.kind)
                onActivated: index => root.criteria.setCondition(root.node, "kind", valueAt(index))
            }
            ComboBox {
                objectName: "fieldBox"
                visible: root.kind === "match"
                Layout.preferredWidth: 150
                model: root.criteria.fields
                textRole: "label"
                valueRole: "value"
                currentIndex: root.criteria.fields.indexOf(root.field)
                onActivated: index => root.criteria.setCondition(root.node, "field", valueAt(index))
            }
            ComboBox {
                objectName: "opBox"
                visible: root.kind === "match"
                Layout.preferredWidth: 130
                model: root.criteria.ops
                textRole: "label"
                valueRole: "value"
                currentIndex: root.criteria.ops.indexOf(root.op)
                onActivated: index => root.criteria.setCondition(root.node, "op", valueAt(index))
            }
            TextField {
                objectName: "patternField"
                visible: root.kind === "match"
                Layout.fillWidth: true
                Layout.minimumWidth: 120
                text: root.pattern
                selectByMouse: true
                placeholderText: root.op === "matches" ? qsTr("glob, e.g. prod-*") : qsTr("values, separated by commas")
                onTextEdited: root.criteria.setCondition(root.node, "pattern", text)
            }
            ComboBox {
                objectName: "riskBox"
                visible: root.kind === "risk"
                Layout.fillWidth: true
                model: root.criteria.risks
                textRole: "label"
                valueRole: "value"
                currentIndex: root.criteria.risks.indexOf(root.risk)
                onActivated: index => root.criteria.setCondition(root.node, "risk", valueAt(index))
            }
            ComboBox {
                objectName: "severityBox"
                visible: root.kind === "severity_at_least"
                Layout.fillWidth: true
                model: root.criteria.severities
                textRole: "label"
                valueRole: "value"
                currentIndex: root.criteria.severities.indexOf(root.severity)
                onActivated: index => root.criteria.setCondition(root.node, "severity", valueAt(index))
            }
            SpinBox {
                objectName: "countBox"
                visible: root.kind === "vulnerabilities_at_least"
                Layout.fillWidth: true
                from: 0
                to: 1000000
                editable: true
                value: root.count
                onValueModified: root.criteria.setCondition(root.node, "count", value.toString())
            }

            ToolButton {
                objectName: "moveUp"
                text: "↑"
                enabled: !root.first
                onClicked: root.criteria.move(root.node, -1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move up")
            }
            ToolButton {
                objectName: "moveDown"
                text: "↓"
                enabled: !root.last
                onClicked: root.criteria.move(root.node, 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move down")
            }
            ToolButton {
                objectName: "group"
                text: qsTr("Group")
                font.pixelSize: Theme.fontSmall
                onClicked: root.criteria.group(root.node)
                ToolTip.visible: hovered
                ToolTip.text: root.last ? qsTr("Put this condition in a group of its own")
                                        : qsTr("Group this condition with the next one")
            }
            ToolButton {
                objectName: "remove"
                text: "✕"
                onClicked: root.criteria.remove(root.node)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove the condition")
            }
        }
        Label {
            objectName: "conditionError"
            Layout.fillWidth: true
            visible: root.error.length > 0
            text: root.error
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }
    }
}
