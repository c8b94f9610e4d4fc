pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The rule's fire drill: its schedule, "Run drill now" with its progress, and the last drill's
// report per channel (delivered with its HTTP status, or failed with the verdict; last success).
ScrollView {
    id: root

    required property DrillController drills
    required property string ruleId
    readonly property bool runningHere: drills.running && drills.runningRuleId === ruleId

    clip: true
    contentWidth: availableWidth

    Binding {
        target: root.drills
        property: "ruleId"
        value: root.ruleId
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("A drill sends a synthetic event marked [DRILL] through every channel of the rule, whatever its criteria and cooldown: through the deployed worker when the rule is on the platform, else from this desk.")
        }

        RowLayout {
            spacing: Theme.spacingS
            Label {
                text: qsTr("Schedule")
                color: Theme.text
            }
            ChoiceChip {
                objectName: "drillSchedule-off"
                text: qsTr("Off")
                checked: root.drills.schedule === "off"
                onClicked: root.drills.schedule = "off"
            }
            ChoiceChip {
                objectName: "drillSchedule-daily"
                text: qsTr("Daily")
                checked: root.drills.schedule === "daily"
                onClicked: root.drills.schedule = "daily"
            }
            ChoiceChip {
                objectName: "drillSchedule-weekly"
                text: qsTr("Weekly")
                checked: root.drills.schedule === "weekly"
                onClicked: root.drills.schedule = "weekly"
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                visible: root.runningHere
                running: visible
                Layout.preferredWidth: Theme.rowHeight
                Layout.preferredHeight: Theme.rowHeight
            }
            Button {
                objectName: "runDrillButton"
                text: qsTr("Run drill now")
                enabled: !root.drills.running
                highlighted: true
                onClicked: root.drills.runNow()
            }
        }

        Label {
            objectName: "drillScheduleHint"
            Layout.fillWidth: true
            visible: root.drills.schedule !== "off"
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: qsTr("Scheduled drills run when cron or a systemd timer calls “runtime-desk-cli drill run --due”.")
        }

        Label {
            objectName: "drillProgress"
            Layout.fillWidth: true
            visible: root.runningHere || root.drills.message.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: root.runningHere ? Theme.text : Theme.danger
            text: root.runningHere ? root.drills.progress : root.drills.message
        }

        Rectangle {
            objectName: "drillReport"
            Layout.fillWidth: true
            visible: root.drills.hasReport
            implicitHeight: report.implicitHeight + Theme.spacingM * 2
            radius: Theme.radius
            color: root.drills.lastFailed ? Theme.dangerSurface : Theme.surface
            border.color: root.drills.lastFailed ? Theme.danger : Theme.success

            ColumnLayout {
                id: report
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingS

                Label {
                    objectName: "drillLastRun"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    font.bold: true
                    color: root.drills.lastFailed ? Theme.danger : Theme.success
                    text: (root.drills.lastFailed ? "✗ " : "✓ ") + root.drills.lastRunText
                }
                Repeater {
                    model: root.drills.report
                    delegate: RowLayout {
                        id: channelRow
                        required property string channel
                        required property string channelType
                        required property bool delivered
                        required property int httpStatus
                        required property string verdict
                        required property string lastSuccess
                        objectName: "drillChannel-" + channel
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        Label {
                            Layout.preferredWidth: Theme.columnWide
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                            font.bold: true
                            color: Theme.text
                            text: channelRow.channel + " · " + channelRow.channelType
                        }
                        Label {
                            Layout.preferredWidth: Theme.columnWide
                            textFormat: Text.PlainText
                            color: channelRow.delivered ? Theme.success : Theme.danger
                            text: channelRow.delivered
                                  ? qsTr("Delivered (HTTP %1)").arg(channelRow.httpStatus)
                                  : channelRow.httpStatus > 0 ? qsTr("Failed (HTTP %1)").arg(channelRow.httpStatus)
                                                              : qsTr("Failed")
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            text: channelRow.delivered ? "" : channelRow.verdict
                        }
                        Label {
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            text: qsTr("Last success: %1").arg(channelRow.lastSuccess)
                        }
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: !root.drills.hasReport && !root.runningHere
            color: Theme.textMuted
            text: qsTr("This rule has not been drilled yet.")
        }
    }
}
