pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Named views: open one, delete one, or save the current filter, chips, sort and columns.
ActionButton {
    id: root

    required property ImagesController controller

    objectName: "viewsButton"
    text: root.controller.activeView.length > 0
          ? qsTr("View: %1%2 ▾").arg(root.controller.activeView).arg(root.controller.viewModified ? qsTr(" (changed)") : "")
          : qsTr("Views ▾")
    onClicked: popup.opened ? popup.close() : popup.open()

    Popup {
        id: popup
        y: root.height + 2
        x: root.width - width
        width: Theme.popupWidth
        padding: Theme.spacingS
        onOpened: nameField.text = root.controller.activeView

        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacingS

            Label {
                text: qsTr("Saved views")
                font.bold: true
                color: Theme.text
            }
            Label {
                visible: root.controller.savedViews.length === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: qsTr("None yet. A view keeps the filter, chips, sort and columns.")
            }
            Repeater {
                model: root.controller.savedViews
                delegate: RowLayout {
                    id: entry
                    required property string modelData
                    Layout.fillWidth: true
                    ItemDelegate {
                        id: viewEntry
                        Layout.fillWidth: true
                        text: entry.modelData
                        contentItem: Text { // a name the user typed: plain text
                            text: viewEntry.text
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                            font.pixelSize: Theme.fontBody
                            font.bold: viewEntry.highlighted
                            color: Theme.text
                        }
                        highlighted: entry.modelData === root.controller.activeView
                        onClicked: {
                            root.controller.loadView(entry.modelData)
                            popup.close()
                        }
                    }
                    ToolButton {
                        text: "×"
                        onClicked: root.controller.deleteView(entry.modelData)
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Delete this view")
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 1
                color: Theme.border
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: nameField
                    objectName: "viewName"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name of this view")
                    maximumLength: 100
                    selectByMouse: true
                    onAccepted: saveButton.clicked()
                }
                ActionButton {
                    id: saveButton
                    primary: true
                    text: qsTr("Save")
                    enabled: nameField.text.trim().length > 0
                    onClicked: {
                        if (root.controller.saveView(nameField.text))
                            popup.close()
                    }
                }
            }
        }
    }
}
