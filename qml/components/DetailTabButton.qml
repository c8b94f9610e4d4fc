import QtQuick
import QtQuick.Controls

// A tab of the detailed view: the current one is underlined with the accent.
TabButton {
    id: root

    implicitHeight: Theme.controlHeight + Theme.spacingXs
    width: implicitWidth // as wide as its words: four tabs fit the pane
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    hoverEnabled: true

    contentItem: Label {
        text: root.text
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.bold: root.checked
        color: root.checked ? Theme.text : Theme.textMuted
    }
    background: Rectangle {
        color: root.hovered && !root.checked ? Theme.hover : "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 2
            color: root.checked ? Theme.accent : "transparent"
        }
    }
}
