import QtQuick
import QtQuick.Controls

// A small checkable pill: one choice of a few (a change kind, a source).
AbstractButton {
    id: root

    checkable: true
    implicitWidth: label.implicitWidth + Theme.spacingM * 2
    implicitHeight: label.implicitHeight + Theme.spacingS
    hoverEnabled: true

    background: Rectangle {
        radius: height / 2
        color: root.checked ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        border.color: root.checked ? Theme.accent : Theme.border
    }
    contentItem: Label {
        id: label
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: Theme.fontSmall
        font.bold: root.checked
        color: root.checked ? Theme.accent : Theme.text
        text: root.text
    }
}
