pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A planned HTTP request exactly as it will go out, every secret value shown as •••.
ColumnLayout {
    id: root

    required property var call   // {head: the request line and headers, body}

    spacing: Theme.spacingXs

    CodeBlock {
        objectName: "requestText"
        Layout.fillWidth: true
        limitHeight: false
        text: root.call.head
    }
    CodeBlock {
        objectName: "requestBody"
        Layout.fillWidth: true
        text: root.call.body
    }
}
