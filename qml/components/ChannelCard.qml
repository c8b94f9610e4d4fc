pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// One notification channel: Slack, a signed webhook, e-mail, Teams, PagerDuty or Splunk. Secret
// values (webhook URLs, the signing key, API keys, the routing key, the HEC token) are typed into masked fields and go straight to the keychain;
// the card shows whether one is stored, never the value.
Rectangle {
    id: root

    required property ChannelListModel channels
    required property int index
    required property string type       // slack, webhook, email, teams, pagerduty, splunk
    required property string channelId
    required property string baseUrl
    required property string fromEmail
    required property string fromName
    required property string to
    required property bool toBuildOwner
    required property bool toDeployedBy
    required property string fallback
    required property bool mentionBuildOwner
    required property bool mentionDeployedBy
    required property string severity
    required property string sourcetype
    required property string splunkIndex
    required property string error
    required property ChannelSecretModel secrets
    property bool last: false

    readonly property string title: type === "slack" ? qsTr("Slack")
                                  : type === "webhook" ? qsTr("Webhook (Standard Webhooks)")
                                  : type === "teams" ? qsTr("Microsoft Teams (workflow)")
                                  : type === "pagerduty" ? qsTr("PagerDuty (Events API v2)")
                                  : type === "splunk" ? qsTr("Splunk (HTTP Event Collector)")
                                  : qsTr("E-mail (SendGrid v3 API)")

    objectName: "channel-" + index
    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: error.length > 0 ? Theme.danger : Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: root.title
                font.bold: true
                color: Theme.text
            }
            TextField {
                objectName: "idField"
                Layout.preferredWidth: 140
                text: root.channelId
                selectByMouse: true
                onTextEdited: root.channels.set(root.index, "id", text)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The channel's id: names it in plans and logs")
            }
            Item {
                Layout.fillWidth: true
            }
            ToolButton {
                text: "↑"
                enabled: root.index > 0
                onClicked: root.channels.move(root.index, -1)
            }
            ToolButton {
                text: "↓"
                enabled: !root.last
                onClicked: root.channels.move(root.index, 1)
            }
            ToolButton {
                objectName: "removeChannel"
                text: "✕"
                onClicked: root.channels.remove(root.index)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove the channel")
            }
        }

        ChannelFields {
            Layout.fillWidth: true
            channels: root.channels
            row: root.index
            type: root.type
            baseUrl: root.baseUrl
            fromEmail: root.fromEmail
            fromName: root.fromName
            to: root.to
            toBuildOwner: root.toBuildOwner
            toDeployedBy: root.toDeployedBy
            fallback: root.fallback
            mentionBuildOwner: root.mentionBuildOwner
            mentionDeployedBy: root.mentionDeployedBy
            severity: root.severity
            sourcetype: root.sourcetype
            splunkIndex: root.splunkIndex
        }

        Repeater {
            model: root.secrets
            delegate: RowLayout {
                id: secretRow
                required property string key    // the channel's field that names the secret
                required property string name
                required property string label
                required property bool stored
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Label {
                    Layout.preferredWidth: 200
                    text: secretRow.label
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
                TextField {
                    objectName: "secretName-" + secretRow.key
                    Layout.preferredWidth: 190
                    text: secretRow.name
                    font.family: Theme.monospace
                    font.pixelSize: Theme.fontSmall
                    selectByMouse: true
                    // Committed when done: a renamed secret is another keychain entry, listed anew with its status.
                    onEditingFinished: if (text !== secretRow.name)
                                           root.channels.set(root.index, secretRow.key, text)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The secret's name on the platform (context.secrets.get)")
                }
                TextField {
                    id: valueField
                    objectName: "secret-" + secretRow.name
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    selectByMouse: true
                    placeholderText: secretRow.stored ? qsTr("stored: type to replace") : qsTr("value (kept in the keychain)")
                    onAccepted: storeButton.clicked()
                }
                Button {
                    id: storeButton
                    objectName: "store-" + secretRow.name
                    text: qsTr("Store")
                    enabled: valueField.text.length > 0
                    onClicked: {
                        root.channels.setSecret(secretRow.name, valueField.text)
                        valueField.clear()
                    }
                }
                Rectangle {
                    objectName: "secretState-" + secretRow.name
                    property bool stored: secretRow.stored
                    implicitWidth: stateLabel.implicitWidth + Theme.spacingS * 2
                    implicitHeight: stateLabel.implicitHeight + 4
                    radius: height / 2
                    color: "transparent"
                    border.color: secretRow.stored ? Theme.success : Theme.warning
                    Label {
                        id: stateLabel
                        anchors.centerIn: parent
                        font.pixelSize: Theme.fontSmall
                        color: secretRow.stored ? Theme.success : Theme.warning
                        text: secretRow.stored ? qsTr("stored") : qsTr("missing")
                    }
                }
            }
        }

        Label {
            visible: root.error.length > 0
            Layout.fillWidth: true
            text: root.error
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }
    }
}
