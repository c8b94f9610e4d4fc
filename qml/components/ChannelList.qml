pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The channels tab: the channel cards, buttons to add one of each kind, and noise control.
ScrollView {
    id: root

    required property RuleEditorController editor

    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                text: qsTr("Notifications go out in this order when the rule fires.")
                color: Theme.textMuted
            }
            Button {
                objectName: "addChannel-slack"
                text: qsTr("+ Slack")
                onClicked: root.editor.channels.add("slack")
            }
            Button {
                objectName: "addChannel-webhook"
                text: qsTr("+ Webhook")
                onClicked: root.editor.channels.add("webhook")
            }
            Button {
                objectName: "addChannel-email"
                text: qsTr("+ E-mail")
                onClicked: root.editor.channels.add("email")
            }
            Button {
                objectName: "addChannel-teams"
                text: qsTr("+ Teams")
                onClicked: root.editor.channels.add("teams")
            }
            Button {
                objectName: "addChannel-pagerduty"
                text: qsTr("+ PagerDuty")
                onClicked: root.editor.channels.add("pagerduty")
            }
            Button {
                objectName: "addChannel-splunk"
                text: qsTr("+ Splunk")
                onClicked: root.editor.channels.add("splunk")
            }
        }

        Label {
            visible: root.editor.channels.count === 0
            text: qsTr("No channel yet: the rule would fire and tell no one.")
            color: Theme.warning
        }

        Repeater {
            model: root.editor.channels
            delegate: ChannelCard {
                Layout.fillWidth: true
                channels: root.editor.channels
                last: index === root.editor.channels.count - 1
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: noise.implicitHeight + Theme.spacingM * 2
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            GridLayout {
                id: noise
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                columns: 2
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingXs

                Label {
                    Layout.columnSpan: 2
                    text: qsTr("Noise control")
                    font.bold: true
                    color: Theme.text
                }
                Label { text: qsTr("Cooldown (seconds)"); color: Theme.textMuted }
                SpinBox {
                    objectName: "cooldownBox"
                    from: 0
                    to: 604800
                    stepSize: 60
                    editable: true
                    value: root.editor.message.cooldownSeconds
                    onValueModified: root.editor.message.cooldownSeconds = value
                }
                Label { text: qsTr("Dedupe key"); color: Theme.textMuted }
                TextField {
                    objectName: "dedupeField"
                    Layout.fillWidth: true
                    text: root.editor.message.dedupeKey
                    selectByMouse: true
                    font.family: Theme.monospace
                    onTextEdited: root.editor.message.dedupeKey = text
                }
                Label {
                    objectName: "dedupeError"
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    visible: root.editor.message.dedupeError.length > 0
                    text: root.editor.message.dedupeError
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Events with the same dedupe key notify at most once per cooldown; 0 notifies on every event.")
                }
            }
        }
    }
}
