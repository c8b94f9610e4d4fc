import QtQuick
import QtQuick.Controls

// Read-only monospace text (a request, a JSON document, logs): selectable, wrapped anywhere, scrolled
// past codeMaxHeight.
ScrollView {
    id: root

    property string text
    property bool limitHeight: true

    implicitHeight: limitHeight ? Math.min(code.implicitHeight, Theme.codeMaxHeight) : code.implicitHeight
    clip: true
    contentWidth: availableWidth
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surfaceAlt
        border.color: Theme.border
    }
    TextEdit {
        id: code
        width: root.availableWidth
        padding: Theme.spacingS
        readOnly: true
        selectByMouse: true
        textFormat: TextEdit.PlainText
        wrapMode: TextEdit.WrapAnywhere
        font.family: Theme.monospace
        font.pixelSize: Theme.fontCode
        color: Theme.text
        selectionColor: Theme.selection
        selectedTextColor: Theme.text
        text: root.text
    }
}
