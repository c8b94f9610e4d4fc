pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import RuntimeDesk.Core

// One group of the criteria tree ("all of" / "any of") with its children: conditions, and groups
// drawn by this same file through a Loader (a QML type cannot contain itself directly). The values
// are the roles of the editor's CriteriaTreeModel; edits go to it by node number.
Rectangle {
    id: root

    required property RuleEditorController editor
    required property int node
    required property string type       // "all" or "any"
    required property string jsonPath
    required property int depth
    required property bool first
    required property bool last
    required property int childCount
    required property string error      // the group's own problem, not its children's

    readonly property bool isRoot: depth === 0
    readonly property bool any: type === "any"

    objectName: "node-" + jsonPath
    implicitHeight: column.implicitHeight + Theme.spacingS * 2
    radius: Theme.radius
    color: isRoot ? "transparent" : (depth % 2 ? Theme.surfaceAlt : Theme.window)
    border.color: isRoot ? "transparent" : (error.length > 0 ? Theme.danger : Theme.border)

    Rectangle {
        visible: !root.isRoot
        width: 3
        radius: 1
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: 1
        color: root.any ? Theme.warning : Theme.accent
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: root.isRoot ? 0 : Theme.spacingS
        anchors.leftMargin: root.isRoot ? 0 : Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Label {
                text: root.isRoot ? qsTr("Fire when") : qsTr("Group:")
                color: Theme.textMuted
            }
            ComboBox {
                objectName: "groupType"
                Layout.preferredWidth: 130
                model: [qsTr("all of"), qsTr("any of")]
                currentIndex: root.any ? 1 : 0
                onActivated: index => root.editor.criteria.setGroupType(root.node, index === 1)
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: root.childCount === 0
                      ? (root.any ? qsTr("needs at least one condition") : qsTr("nothing yet: fires on every change"))
                      : qsTr("these hold")
            }
            Button {
                objectName: "addCondition"
                text: qsTr("+ Condition")
                flat: true
                onClicked: root.editor.criteria.addCondition(root.node)
            }
            Button {
                objectName: "addGroup"
                text: qsTr("+ Group")
                flat: true
                enabled: root.depth < 30
                onClicked: root.editor.criteria.addGroup(root.node, !root.any)
            }
            ToolButton {
                objectName: "moveUp"
                visible: !root.isRoot
                text: "↑"
                enabled: !root.first
                onClicked: root.editor.criteria.move(root.node, -1)
            }
            ToolButton {
                objectName: "moveDown"
                visible: !root.isRoot
                text: "↓"
                enabled: !root.last
                onClicked: root.editor.criteria.move(root.node, 1)
            }
            ToolButton {
                objectName: "ungroup"
                visible: !root.isRoot
                text: qsTr("Ungroup")
                font.pixelSize: Theme.fontSmall
                onClicked: root.editor.criteria.ungroup(root.node)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Put the group's conditions back in the enclosing group")
            }
            ToolButton {
                objectName: "remove"
                visible: !root.isRoot
                text: "✕"
                onClicked: root.editor.criteria.remove(root.node)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove the group and its conditions")
            }
        }

        Label {
            visible: root.error.length > 0
            Layout.fillWidth: true
            text: root.error
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }

        Repeater {
            model: DelegateModel {
                model: root.editor.criteria
                rootIndex: root.editor.criteria.indexOf(root.node)
                delegate: ColumnLayout {
                    id: child
                    required property int index
                    required property int node
                    required property string type
                    required property string jsonPath
                    required property int depth
                    required property bool first
                    required property bool last
                    required property int childCount
                    required property string error
                    required property string kind
                    required property string field
                    required property string op
                    required property string pattern
                    required property string risk
                    required property string severity
                    required property int count
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs

                    Label {
                        visible: child.index > 0
                        leftPadding: Theme.spacingS
                        text: root.any ? qsTr("or") : qsTr("and")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: root.any ? Theme.warning : Theme.accent
                    }
                    Loader {
                        Layout.fillWidth: true
                        // After a reset, a DelegateModel about to go away shows the top level for a
                        // moment: a row that is not this group's child draws nothing.
                        active: child.depth === root.depth + 1
                        Component.onCompleted: {
                            const properties = {
                                editor: root.editor,
                                node: child.node,
                                jsonPath: child.jsonPath,
                                first: child.first,
                                last: child.last,
                                error: Qt.binding(() => child.error)
                            }
                            if (child.type === "condition")
                                setSource("ConditionEditor.qml", Object.assign(properties, {
                                    kind: child.kind, field: child.field, op: child.op, pattern: child.pattern,
                                    risk: child.risk, severity: child.severity, count: child.count
                                }))
                            else
                                setSource("CriteriaNodeEditor.qml", Object.assign(properties, {
                                    type: child.type, depth: child.depth, childCount: child.childCount
                                }))
                        }
                    }
                }
            }
        }
    }
}
