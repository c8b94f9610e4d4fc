import QtQuick
import QtQuick.Controls

// The page's button: compact and outlined, or filled with the accent when `primary`.
AbstractButton {
    id: root

    property bool primary: false
    property color tint: Theme.accent

    implicitHeight: Theme.controlHeight
    implicitWidth: label.implicitWidth + Theme.spacingM * 2
    hoverEnabled: true
    focusPolicy: Qt.TabFocus
    opacity: enabled ? 1 : 0.45

    background: Rectangle {
        radius: Theme.radius
        color: root.primary ? (root.down ? Qt.darker(root.tint, 1.15) : (root.hovered ? Qt.lighter(root.tint, 1.08) : root.tint))
                            : (root.down ? Theme.surfaceAlt : (root.hovered ? Theme.hover : Theme.surface))
        border.width: root.visualFocus ? 2 : 1
        border.color: root.visualFocus ? Theme.focusRing : (root.primary ? root.tint : Theme.border)
    }

    contentItem: Label {
        id: label
        text: root.text
        textFormat: Text.PlainText // some buttons name a cluster or a view
        font.pixelSize: Theme.fontBody
        color: root.primary ? Theme.accentText : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
