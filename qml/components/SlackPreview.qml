pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// A Slack message as the channel shows it: the app's name, then each block (header, section text
// with mrkdwn drawn as Slack draws it: bold, italic, links, mention chips; fields in two columns,
// context in small print, dividers).
Rectangle {
    id: root

    required property callPreview preview
    required property SlackBlockModel blocks

    objectName: "slackPreview"
    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            spacing: Theme.spacingXs
            Label {
                font.bold: true
                color: Theme.text
                text: qsTr("Runtime Desk")
            }
            Label {
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                text: qsTr("APP")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.preview.error.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.danger
            text: root.preview.error
        }
        Repeater {
            model: root.blocks
            delegate: ColumnLayout {
                id: block
                required property string blockType
                required property string displayText
                required property string richText
                required property list<string> fields
                required property list<string> elements
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Rectangle {
                    Layout.fillWidth: true
                    visible: block.blockType === "divider"
                    implicitHeight: 1
                    color: Theme.border
                }
                Label {
                    objectName: "slackBlock-" + block.blockType
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    // The header is plain text; section and context are escaped mrkdwn turned into rich text.
                    textFormat: block.blockType === "header" ? Text.PlainText : Text.RichText // SEC-7: slackRichText escapes the rest
                    font.bold: block.blockType === "header"
                    font.pixelSize: block.blockType === "header" ? Theme.fontTitle
                                    : block.blockType === "context" ? Theme.fontSmall : Theme.fontBody
                    color: block.blockType === "context" ? Theme.textMuted : Theme.text
                    text: block.blockType === "header" ? block.displayText : block.richText
                }
                GridLayout {
                    Layout.fillWidth: true
                    visible: block.fields.length > 0
                    columns: 2
                    columnSpacing: Theme.spacingM
                    Repeater {
                        model: block.fields
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            color: Theme.text
                            text: modelData
                        }
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: qsTr("Notification: %1").arg(root.preview.notificationText)
        }
    }
}
