pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// One group of the criteria tree ("all of" / "any of") with its children: conditions, and groups
// drawn by this same file through a Loader (a QML type cannot contain itself directly).
Rectangle {
    id: root

    required property RuleEditorController editor
    required property var node          // {path, jsonPath, type: "all"|"any", children}
    property int depth: 0
    property bool first: false
    property bool last: false

    readonly property bool isRoot: node.path.length === 0
    readonly property bool any: node.type === "any"
    readonly property string ownError: editor.validation >= 0
                                       ? editor.errorAt(node.jsonPath + (any ? ".any" : ".all"), true) : ""

    objectName: "node-" + node.jsonPath
    implicitHeight: column.implicitHeight + Theme.spacingS * 2
    radius: Theme.radius
    color: isRoot ? "transparent" : (depth % 2 ? Theme.surfaceAlt : Theme.window)
    border.color: isRoot ? "transparent" : (ownError.length > 0 ? Theme.danger : Theme.border)

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
                onActivated: index => root.editor.setGroupType(root.node.path, index === 1)
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: root.node.children.length === 0
                      ? (root.any ? qsTr("needs at least one condition") : qsTr("nothing yet: fires on every change"))
                      : qsTr("these hold")
            }
            Button {
                objectName: "addCondition"
                text: qsTr("+ Condition")
                flat: true
                onClicked: root.editor.addCondition(root.node.path)
            }
            Button {
                objectName: "addGroup"
                text: qsTr("+ Group")
                flat: true
                enabled: root.depth < 30
                onClicked: root.editor.addGroup(root.node.path, !root.any)
            }
            ToolButton {
                objectName: "moveUp"
                visible: !root.isRoot
                text: "↑"
                enabled: !root.first
                onClicked: root.editor.moveNode(root.node.path, -1)
            }
            ToolButton {
                objectName: "moveDown"
                visible: !root.isRoot
                text: "↓"
                enabled: !root.last
                onClicked: root.editor.moveNode(root.node.path, 1)
            }
            ToolButton {
                objectName: "ungroup"
                visible: !root.isRoot
                text: qsTr("Ungroup")
                font.pixelSize: Theme.fontSmall
                onClicked: root.editor.ungroupNode(root.node.path)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Put the group's conditions back in the enclosing group")
            }
            ToolButton {
                objectName: "remove"
                visible: !root.isRoot
                text: "✕"
                onClicked: root.editor.removeNode(root.node.path)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove the group and its conditions")
            }
        }

        Label {
            visible: root.ownError.length > 0
            Layout.fillWidth: true
            text: root.ownError
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }

        Repeater {
            model: root.node.children
            delegate: ColumnLayout {
                id: child
                required property var modelData
                required property int index
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
                    id: loader
                    Layout.fillWidth: true
                    Component.onCompleted: {
                        const properties = {
                            editor: root.editor,
                            node: child.modelData,
                            first: child.index === 0,
                            last: child.index === root.node.children.length - 1
                        }
                        if (child.modelData.type === "condition")
                            setSource("ConditionEditor.qml", properties)
                        else
                            setSource("CriteriaNodeEditor.qml", Object.assign(properties, { depth: root.depth + 1 }))
                    }
                }
            }
        }
    }
}
