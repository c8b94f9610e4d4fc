import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// A signed webhook as its receiver gets it: the event type, its id and signature, and the JSON.
ColumnLayout {
    id: root

    required property callPreview preview

    objectName: "webhookPreview"
    spacing: Theme.spacingXs

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        text: qsTr("type %1 · id %2").arg(root.preview.eventType).arg(root.preview.webhookId)
    }
    Label {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontSmall
        color: root.preview.isSigned ? Theme.success : Theme.warning
        text: root.preview.isSigned ? qsTr("✓ Signed (Standard Webhooks): the receiver can verify it")
                                  : qsTr("Not signed: the channel has no signing key")
    }
    Label {
        Layout.fillWidth: true
        visible: root.preview.error.length > 0
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.danger
        text: root.preview.error
    }
    CodeBlock {
        objectName: "webhookJson"
        Layout.fillWidth: true
        text: root.preview.prettyJson
    }
}
