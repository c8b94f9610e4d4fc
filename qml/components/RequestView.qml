pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A planned HTTP request exactly as it will go out, every secret value shown as •••.
ColumnLayout {
    id: root

    required property string head // the request line and the headers
    required property string body

    spacing: Theme.spacingXs

    CodeBlock {
        objectName: "requestText"
        Layout.fillWidth: true
        limitHeight: false
        text: root.head
    }
    CodeBlock {
        objectName: "requestBody"
        Layout.fillWidth: true
        text: root.body
    }
}
