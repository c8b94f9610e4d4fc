import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled fact of the detailed view. An empty value says "not provided by the platform".
ColumnLayout {
    id: root

    property string label
    property string value
    property bool monospace: false
    property color valueColor: Theme.text
    readonly property bool provided: value.length > 0

    spacing: 2

    Label {
        Layout.fillWidth: true
        elide: Text.ElideRight
        text: root.label
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textMuted
    }
    Label {
        id: valueLabel
        objectName: "value"
        Layout.fillWidth: true
        elide: root.monospace ? Text.ElideMiddle : Text.ElideRight
        textFormat: Text.PlainText
        font.family: root.monospace && root.provided ? Theme.monospace : Qt.application.font.family // qmllint disable type
        font.pixelSize: root.monospace && root.provided ? Theme.fontMono : Theme.fontBody
        font.italic: !root.provided
        color: root.provided ? root.valueColor : Theme.textMuted
        text: root.provided ? root.value : qsTr("not provided by the platform")
        HoverHandler {
            id: hover
        }
        PlainToolTip {
            visible: hover.hovered && valueLabel.truncated
            text: root.value
        }
    }
}
