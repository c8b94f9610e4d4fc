pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Named views: open one, delete one, or save the current filter, chips, sort and columns.
ActionButton {
    id: root

    required property ImagesController controller
    readonly property SavedViewListModel views: controller.savedViews

    objectName: "viewsButton"
    text: root.views.activeView.length > 0
          ? qsTr("View: %1%2 ▾").arg(root.views.activeView).arg(root.views.modified ? qsTr(" (changed)") : "")
          : qsTr("Views ▾")
    onClicked: popup.opened ? popup.close() : popup.open()

    Popup {
        id: popup
        y: root.height + 2
        x: root.width - width
        width: Theme.popupWidth
        padding: Theme.spacingS
        onOpened: nameField.text = root.views.activeView

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
                visible: root.views.count === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: qsTr("None yet. A view keeps the filter, chips, sort and columns.")
            }
            Repeater {
                model: root.views
                delegate: RowLayout {
                    id: entry
                    required property string name
                    required property bool active
                    Layout.fillWidth: true
                    ItemDelegate {
                        id: viewEntry
                        Layout.fillWidth: true
                        text: entry.name
                        contentItem: Text { // a name the user typed: plain text
                            text: viewEntry.text
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                            font.pixelSize: Theme.fontBody
                            font.bold: viewEntry.highlighted
                            color: Theme.text
                        }
                        highlighted: entry.active
                        onClicked: {
                            root.views.load(entry.name)
                            popup.close()
                        }
                    }
                    ToolButton {
                        text: "×"
                        onClicked: root.views.remove(entry.name)
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
                        if (root.views.save(nameField.text))
                            popup.close()
                    }
                }
            }
        }
    }
}
