pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The deployed worker run on the chosen event by the platform's test endpoint: its logs, its result,
// and the worker's execution history with the test runs.
ColumnLayout {
    id: root

    required property HarnessController harness
    readonly property PlatformRunModel run: harness.platformRun

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        ComboBox {
            id: ruleBox
            objectName: "platformRule"
            Layout.preferredWidth: Theme.fieldWidth * 2
            model: root.harness.deployedRules
            textRole: "name"
            valueRole: "ruleId"
        }
        Button {
            objectName: "platformRunButton"
            enabled: ruleBox.count > 0 && root.harness.source.eventReady && !root.run.running
            text: qsTr("Run on the platform")
            onClicked: root.harness.runOnPlatform(ruleBox.currentValue)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("POST the event to /worker/api/v1/test/{key}: the deployed code runs on the platform")
        }
        BusyIndicator {
            visible: root.run.running
            running: visible
            Layout.preferredWidth: Theme.rowHeight
            Layout.preferredHeight: Theme.rowHeight
        }
        Item {
            Layout.fillWidth: true
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.textMuted
        text: ruleBox.count === 0 ? qsTr("No rule is deployed: deploy one from the Rules page to run its worker here.")
                                  : root.harness.source.eventReady ? qsTr("Event: %1").arg(root.harness.source.eventSummary)
                                                            : qsTr("Choose the event on the left first.")
    }
    Label {
        objectName: "platformMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.bold: true
        color: root.run.running ? Theme.text : (root.run.ok ? Theme.success : Theme.danger)
        text: root.run.running ? qsTr("Running %1 on the platform (%2)…").arg(root.run.workerKey).arg(root.run.step)
                               : root.run.message
    }
    GridLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: root.run.ran
        columns: 2
        columnSpacing: Theme.spacingM
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Label { text: qsTr("The worker's logs"); font.bold: true; color: Theme.textMuted }
            CodeBlock { objectName: "platformLogs"; Layout.fillWidth: true; text: root.run.logs }
            Label { text: qsTr("Its result"); font.bold: true; color: Theme.textMuted }
            CodeBlock { objectName: "platformResult"; Layout.fillWidth: true; text: root.run.result }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Label {
                font.bold: true
                color: Theme.textMuted
                text: qsTr("Execution history (%n test run(s))", "", root.run.testRuns)
            }
            Label {
                Layout.fillWidth: true
                visible: root.run.historyError.length > 0
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.danger
                text: root.run.historyError
            }
            ListView {
                objectName: "platformHistory"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.rowHeight * 4
                clip: true
                model: root.run
                ScrollBar.vertical: ScrollBar {}
                delegate: RowLayout {
                    id: entry
                    required property string at
                    required property bool testRun
                    required property string status
                    required property double durationMs
                    required property string message
                    width: ListView.view.width
                    spacing: Theme.spacingS
                    Label { textFormat: Text.PlainText; color: Theme.text; text: entry.at }
                    Label {
                        font.pixelSize: Theme.fontSmall
                        color: entry.testRun ? Theme.info : Theme.textMuted
                        text: entry.testRun ? qsTr("test run") : qsTr("event")
                    }
                    Label {
                        textFormat: Text.PlainText
                        color: entry.status === "STATUS_SUCCESS" ? Theme.success : Theme.danger
                        text: entry.status
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        text: qsTr("%1 ms · %2").arg(entry.durationMs).arg(entry.message)
                    }
                }
            }
        }
    }
    Item {
        Layout.fillHeight: true
        visible: !root.run.ran
    }
}
