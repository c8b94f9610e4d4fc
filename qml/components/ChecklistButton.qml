pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A button that opens a list of options to switch on and off (clusters, namespaces, columns).
ActionButton {
    id: root

    property list<string> options
    property list<string> checkedValues
    // What each option shows, by position; an option without one shows itself.
    property list<string> labels
    property string emptyText: qsTr("Nothing to choose from yet.")
    signal toggled(string value)

    onClicked: popup.opened ? popup.close() : popup.open()

    Popup {
        id: popup
        y: root.height + 2
        width: Theme.popupWidth
        height: Math.min(Math.max(list.contentHeight, empty.implicitHeight) + padding * 2, Theme.popupMaxHeight)
        padding: Theme.spacingXs

        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }

        ListView {
            id: list
            anchors.fill: parent
            clip: true
            model: popup.opened ? root.options : []
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: CheckDelegate {
                id: option
                required property string modelData
                required property int index
                width: ListView.view.width
                text: option.index < root.labels.length ? root.labels[option.index] : option.modelData
                checked: root.checkedValues.indexOf(modelData) >= 0
                onToggled: root.toggled(modelData)
                contentItem: Text { // cluster and namespace names come from the platform: plain text
                    rightPadding: option.indicator.width + option.spacing
                    text: option.text
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
            }
        }
        Label {
            id: empty
            anchors.centerIn: parent
            visible: list.count === 0
            padding: Theme.spacingM
            color: Theme.textMuted
            text: root.emptyText
        }
    }
}
