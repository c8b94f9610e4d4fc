pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// "Would have fired": a rule, draft or not, replayed over the changes between the kept syncs.
ColumnLayout {
    id: root

    required property HarnessController harness
    readonly property BacktestModel result: harness.backtest

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        ComboBox {
            id: ruleBox
            objectName: "backtestRule"
            Layout.preferredWidth: Theme.fieldWidth * 2
            model: root.harness.ruleChoices
            textRole: "name"
            valueRole: "ruleId"
        }
        Button {
            objectName: "backtestButton"
            enabled: ruleBox.count > 0
            text: qsTr("Replay the synced changes")
            onClicked: root.harness.runBacktest(ruleBox.currentValue)
        }
        Item {
            Layout.fillWidth: true
        }
    }
    Label {
        objectName: "backtestSummary"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.bold: true
        color: root.result.error.length > 0 ? Theme.danger : Theme.text
        text: root.result.ran ? root.result.summary
                              : qsTr("Choose a rule to see the alarms it would have raised on the changes between the synced inventories (up to four are kept).")
    }
    Label {
        Layout.fillWidth: true
        visible: root.result.ran && root.result.notes.length > 0
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        text: root.result.notes.join("\n") // qmllint disable type
    }
    ScrollView {
        id: scroll
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingS
            Repeater {
                model: root.result
                delegate: Rectangle {
                    id: alarm
                    required property string at
                    required property string workload
                    required property list<string> changes
                    required property list<string> why
                    required property list<string> channels
                    Layout.fillWidth: true
                    implicitHeight: alarmColumn.implicitHeight + Theme.spacingM * 2
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: alarmColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingXs
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                            font.bold: true
                            color: Theme.text
                            text: qsTr("%1 · %2").arg(alarm.at).arg(alarm.workload)
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            color: Theme.text
                            text: alarm.changes.join("\n") // qmllint disable type
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.success
                            text: alarm.why.map(w => "✓ " + w).join("\n") // qmllint disable type
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            text: qsTr("would notify: %1").arg(alarm.channels.join(", ")) // qmllint disable type
                        }
                    }
                }
            }
        }
    }
}
