import QtQuick
import QtQuick.Controls

// A filter chip, on or off; its tint colours it when on. `checked` is bound by the page.
AbstractButton {
    id: root

    property color tint: Theme.accent

    implicitHeight: Theme.chipHeight + Theme.spacingS
    implicitWidth: label.implicitWidth + Theme.spacingM * 2
    hoverEnabled: true
    focusPolicy: Qt.TabFocus

    background: Rectangle {
        radius: height / 2
        color: root.checked ? Qt.rgba(root.tint.r, root.tint.g, root.tint.b, 0.14) : (root.hovered ? Theme.hover : Theme.surface)
        border.color: root.checked ? root.tint : (root.visualFocus ? Theme.focusRing : Theme.border)
        border.width: 1
    }

    contentItem: Label {
        id: label
        text: (root.checked ? "✓ " : "") + root.text
        font.pixelSize: Theme.fontBody - 1
        font.bold: root.checked
        color: root.checked ? root.tint : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
