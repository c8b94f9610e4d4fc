pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The filter: the text grammar with its first error shown inline, and the chips.
Rectangle {
    id: root

    required property ImagesController controller
    readonly property ImagesFilter filter: controller.filter
    readonly property bool editing: field.activeFocus
    readonly property imageFilterError firstError: filter.firstError
    signal leaveRequested()

    function focusFilter() {
        field.forceActiveFocus()
        field.selectAll()
    }

    implicitHeight: column.implicitHeight + Theme.spacingS * 2
    color: Theme.window

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        anchors.bottomMargin: Theme.spacingS
        spacing: Theme.spacingS

        RowLayout {
            spacing: Theme.spacingS
            TextField {
                id: field
                objectName: "filterField"
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.filterWidth * 2
                text: root.filter.text
                placeholderText: qsTr("Filter   risk:integrity  ns:prod  owner:alice  !registry:docker.io  nginx")
                font.family: Theme.monospace
                font.pixelSize: Theme.fontMono + 1
                selectByMouse: true
                rightPadding: hint.width + Theme.spacingM
                onTextEdited: root.filter.text = text
                Keys.onEscapePressed: text.length > 0 ? root.filter.clear() : root.leaveRequested()
                Keys.onReturnPressed: {
                    root.filter.applyNow()
                    root.leaveRequested()
                }
                Keys.onEnterPressed: {
                    root.filter.applyNow()
                    root.leaveRequested()
                }
                Keys.onDownPressed: root.leaveRequested()
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: field.activeFocus ? 2 : 1
                    border.color: root.firstError.valid ? Theme.danger : (field.activeFocus ? Theme.focusRing : Theme.border)
                }
                // The first error's span, underlined where it is in the text.
                Rectangle {
                    readonly property rect from: root.firstError.valid ? field.positionToRectangle(root.firstError.start) : Qt.rect(0, 0, 0, 0)
                    readonly property rect to: root.firstError.valid ? field.positionToRectangle(root.firstError.start + root.firstError.length) : Qt.rect(0, 0, 0, 0)
                    visible: root.firstError.valid
                    x: field.leftPadding + from.x
                    width: Math.max(6, to.x - from.x)
                    y: field.topPadding + from.y + from.height
                    height: 2
                    color: Theme.danger
                }
                Label {
                    id: hint
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.spacingS
                    anchors.verticalCenter: parent.verticalCenter
                    text: field.activeFocus ? (root.filter.pending ? "…" : "↵") : "/"
                    color: Theme.textMuted
                    font.family: Theme.monospace
                    leftPadding: Theme.spacingXs
                    rightPadding: Theme.spacingXs
                    background: Rectangle {
                        radius: 3
                        color: "transparent"
                        border.color: Theme.border
                    }
                }
            }
            ActionButton {
                objectName: "clearFilter"
                visible: root.filter.filtered || field.text.length > 0
                text: qsTr("Clear")
                onClicked: root.filter.clear()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Clear the text and the chips (Esc)")
            }
        }

        Label {
            objectName: "filterError"
            Layout.fillWidth: true
            visible: root.firstError.valid
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.danger
            text: root.firstError.valid ? qsTr("⚠ %1  (column %2; the list shows the last valid filter)").arg(root.firstError.message).arg(root.firstError.start + 1) : ""
        }

        FilterChips {
            Layout.fillWidth: true
            controller: root.controller
        }
    }
}
