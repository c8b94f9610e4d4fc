import QtQuick
import QtQuick.Controls

// A tooltip for server strings: plain text, never markup (an image name like "<img src=...>"
// must not load anything or change how text looks).
ToolTip {
    id: root

    delay: 600
    contentItem: Text {
        text: root.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }
}
