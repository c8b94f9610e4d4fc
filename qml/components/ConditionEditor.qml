pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// One condition of the criteria tree: what it tests, and its reorder / group / remove buttons.
// Every change goes to the editor controller, which owns the rule.
Rectangle {
    id: root

    required property RuleEditorController editor
    required property var node          // {path, jsonPath, kind, field, op, pattern, risk, severity, count}
    property bool first: false
    property bool last: false

    readonly property string error: editor.validation >= 0 ? editor.errorAt(node.jsonPath) : ""

    objectName: "node-" + node.jsonPath
    implicitHeight: column.implicitHeight + Theme.spacingS * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: error.length > 0 ? Theme.danger : Theme.border

    function indexOf(options: var, value: string): int {
        for (let i = 0; i < options.length; ++i)
            if (options[i].value === value)
                return i
        return -1
    }

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
                model: root.editor.conditionKinds
                textRole: "label"
                valueRole: "value"
                currentIndex: root.indexOf(root.editor.conditionKinds, root.node.kind)
                onActivated: index => root.editor.setCondition(root.node.path, "kind", root.editor.conditionKinds[index].value)
            }
            ComboBox {
                objectName: "fieldBox"
                visible: root.node.kind === "match"
                Layout.preferredWidth: 150
                model: root.editor.matchFields
                textRole: "label"
                valueRole: "value"
                currentIndex: root.indexOf(root.editor.matchFields, root.node.field)
                onActivated: index => root.editor.setCondition(root.node.path, "field", root.editor.matchFields[index].value)
            }
            ComboBox {
                objectName: "opBox"
                visible: root.node.kind === "match"
                Layout.preferredWidth: 130
                model: root.editor.matchOps
                textRole: "label"
                valueRole: "value"
                currentIndex: root.indexOf(root.editor.matchOps, root.node.op)
                onActivated: index => root.editor.setCondition(root.node.path, "op", root.editor.matchOps[index].value)
            }
            TextField {
                objectName: "patternField"
                visible: root.node.kind === "match"
                Layout.fillWidth: true
                Layout.minimumWidth: 120
                text: root.node.pattern
                selectByMouse: true
                placeholderText: root.node.op === "matches" ? qsTr("glob, e.g. prod-*") : qsTr("values, separated by commas")
                onTextEdited: root.editor.setCondition(root.node.path, "pattern", text)
            }
            ComboBox {
                objectName: "riskBox"
                visible: root.node.kind === "risk"
                Layout.fillWidth: true
                model: root.editor.riskOptions
                textRole: "label"
                valueRole: "value"
                currentIndex: root.indexOf(root.editor.riskOptions, root.node.risk)
                onActivated: index => root.editor.setCondition(root.node.path, "risk", root.editor.riskOptions[index].value)
            }
            ComboBox {
                objectName: "severityBox"
                visible: root.node.kind === "severity_at_least"
                Layout.fillWidth: true
                model: root.editor.severityOptions
                textRole: "label"
                valueRole: "value"
                currentIndex: root.indexOf(root.editor.severityOptions, root.node.severity)
                onActivated: index => root.editor.setCondition(root.node.path, "severity", root.editor.severityOptions[index].value)
            }
            SpinBox {
                objectName: "countBox"
                visible: root.node.kind === "vulnerabilities_at_least"
                Layout.fillWidth: true
                from: 0
                to: 1000000
                editable: true
                value: root.node.count
                onValueModified: root.editor.setCondition(root.node.path, "count", value)
            }

            ToolButton {
                objectName: "moveUp"
                text: "↑"
                enabled: !root.first
                onClicked: root.editor.moveNode(root.node.path, -1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move up")
            }
            ToolButton {
                objectName: "moveDown"
                text: "↓"
                enabled: !root.last
                onClicked: root.editor.moveNode(root.node.path, 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move down")
            }
            ToolButton {
                objectName: "group"
                text: qsTr("Group")
                font.pixelSize: Theme.fontSmall
                onClicked: root.editor.groupNode(root.node.path)
                ToolTip.visible: hovered
                ToolTip.text: root.last ? qsTr("Put this condition in a group of its own")
                                        : qsTr("Group this condition with the next one")
            }
            ToolButton {
                objectName: "remove"
                text: "✕"
                onClicked: root.editor.removeNode(root.node.path)
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
