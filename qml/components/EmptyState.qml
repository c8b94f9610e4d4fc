import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A quiet message where content would be: what is missing and what to do.
ColumnLayout {
    id: root

    property string title
    property string text
    property string actionText
    signal actionClicked()

    spacing: Theme.spacingS

    Label {
        Layout.alignment: Qt.AlignHCenter
        text: root.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
    }
    Label {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 420
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        textFormat: Text.PlainText // may carry the platform's own error text
        text: root.text
        color: Theme.textMuted
    }
    ActionButton {
        Layout.alignment: Qt.AlignHCenter
        visible: root.actionText.length > 0
        text: root.actionText
        onClicked: root.actionClicked()
    }
}
