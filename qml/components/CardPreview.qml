pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// A Teams card, a PagerDuty alert or a Splunk event as the service shows it: the title (the card's
// heading, the alert's summary, the event's title), the text, the facts beside it, and the
// structured details (PagerDuty's custom_details, the Splunk event) as JSON.
Rectangle {
    id: root

    required property callPreview preview

    objectName: "cardPreview"
    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        Label {
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: root.preview.type === "teams" ? qsTr("Teams channel post (Adaptive Card)")
                : root.preview.type === "pagerduty" ? qsTr("PagerDuty incident") : qsTr("Splunk event")
        }
        Label {
            Layout.fillWidth: true
            visible: root.preview.error.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.danger
            text: root.preview.error
        }
        Label {
            objectName: "cardTitle"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.bold: true
            color: Theme.text
            text: root.preview.subject
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.text
            text: root.preview.body
        }
        Repeater {
            model: root.preview.facts
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                text: modelData
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.preview.prettyJson.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.family: Theme.monospace
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: root.preview.prettyJson
        }
    }
}
