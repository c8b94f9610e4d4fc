import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// One planned message: as its recipient will see it, and the exact request (secrets masked), with
// its delivery status once sent.
Rectangle {
    id: root

    // The roles of one PlannedCallModel row.
    required property int index
    required property string channel
    required property string channelType
    required property string head
    required property string body
    required property callPreview preview
    required property SlackBlockModel blocks
    required property callStatus status

    readonly property string state_: status.state
    readonly property color tint: state_ === "delivered" ? Theme.success
                                 : state_ === "failed" ? Theme.danger
                                 : state_ === "planned" ? Theme.textMuted : Theme.info

    objectName: "call-" + index
    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    radius: Theme.radius
    color: Theme.window
    border.color: state_ === "planned" ? Theme.border : tint

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                font.bold: true
                color: Theme.text
                text: root.channelType === "slack" ? qsTr("Slack") : root.channelType === "email" ? qsTr("E-mail")
                    : root.channelType === "teams" ? qsTr("Microsoft Teams")
                    : root.channelType === "pagerduty" ? qsTr("PagerDuty")
                    : root.channelType === "splunk" ? qsTr("Splunk") : qsTr("Webhook")
            }
            Label {
                textFormat: Text.PlainText
                color: Theme.textMuted
                text: qsTr("channel “%1”").arg(root.channel)
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                objectName: "callStatus"
                readonly property string state: root.state_
                Layout.maximumWidth: parent.width / 2
                elide: Text.ElideRight
                textFormat: Text.PlainText
                font.bold: root.state_ !== "planned"
                color: root.tint
                text: root.state_ === "planned" ? qsTr("planned, not sent")
                      : root.state_ === "queued" ? qsTr("queued…")
                      : root.state_ === "sending" ? qsTr("sending…")
                      : root.state_ === "delivered" ? qsTr("✓ delivered · HTTP %1 · %2 ms · %n attempt(s)", "", root.status.attempts)
                                                      .arg(root.status.httpStatus).arg(root.status.latencyMs) // qmllint disable type
                      : qsTr("✗ %1").arg(root.status.message)
                ToolTip.visible: statusArea.containsMouse && root.state_ === "failed"
                ToolTip.text: root.status.message
                MouseArea {
                    id: statusArea
                    anchors.fill: parent
                    hoverEnabled: true
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: width > Theme.inspectorWidth * 2 ? 2 : 1
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingS

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingXs
                Label {
                    text: qsTr("As the recipient sees it")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                }
                Loader {
                    Layout.fillWidth: true
                    sourceComponent: root.channelType === "slack" ? slackPreview
                                     : root.channelType === "email" ? emailPreview
                                     : root.channelType === "webhook" ? webhookPreview : cardPreview
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingXs
                Label {
                    text: qsTr("The exact request (secrets masked)")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                }
                RequestView {
                    Layout.fillWidth: true
                    head: root.head
                    body: root.body
                }
            }
        }
    }

    Component {
        id: slackPreview
        SlackPreview {
            preview: root.preview // qmllint disable unqualified
            blocks: root.blocks // qmllint disable unqualified
        }
    }
    Component {
        id: emailPreview
        EmailPreview {
            preview: root.preview // qmllint disable unqualified
        }
    }
    Component {
        id: cardPreview
        CardPreview {
            preview: root.preview // qmllint disable unqualified
        }
    }
    Component {
        id: webhookPreview
        WebhookPreview {
            preview: root.preview // qmllint disable unqualified
        }
    }
}
