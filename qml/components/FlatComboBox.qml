import QtQuick
import QtQuick.Controls

// A ComboBox in the page's outlined style.
ComboBox {
    id: root

    implicitHeight: Theme.controlHeight
    hoverEnabled: true

    background: Rectangle {
        radius: Theme.radius
        color: root.hovered ? Theme.hover : Theme.surface
        border.width: root.visualFocus ? 2 : 1
        border.color: root.visualFocus ? Theme.focusRing : Theme.border
    }
    contentItem: Label {
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingXl
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        text: root.displayText
        color: Theme.text
    }
    indicator: Label {
        x: root.width - width - Theme.spacingS
        anchors.verticalCenter: parent.verticalCenter
        text: "▾"
        color: Theme.textMuted
    }
}
