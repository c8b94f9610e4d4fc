pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// "Keep an owner trail on the platform": a worker records who deployed and built each image into a
// generic repository; every sync reads it back. Set up, check, remove; each step says how it went.
Dialog {
    id: root

    required property OwnerTrailController trail

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(680, parent ? parent.width - Theme.spacingXl * 2 : 680)
    modal: true
    title: qsTr("Keep an owner trail on the platform")
    standardButtons: Dialog.Close
    onOpened: {
        repositoryField.text = root.trail.repository
        if (!root.trail.running)
            root.trail.refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            text: qsTr("The platform names Build Owner and Deployed By only in its workload events. The collector worker %1 "
                       + "writes them, for every image of each event, into a generic repository; every sync reads what is new.")
                  .arg(root.trail.workerKey)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                text: qsTr("Repository")
                color: Theme.textMuted
            }
            TextField {
                id: repositoryField
                objectName: "trailRepository"
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: root.trail.defaultRepository
                onEditingFinished: root.trail.repository = text.trim()
                Accessible.name: qsTr("Owner trail repository")
            }
        }
        Label {
            objectName: "trailRepositoryError"
            Layout.fillWidth: true
            readonly property string problem: root.trail.repositoryError(repositoryField.text.trim())
            visible: problem.length > 0
            wrapMode: Text.Wrap
            color: Theme.danger
            text: problem
        }
        RowLayout {
            spacing: Theme.spacingS
            ActionButton {
                objectName: "trailSetup"
                primary: true
                text: qsTr("Set up")
                enabled: !root.trail.running && root.trail.repositoryError(repositoryField.text.trim()).length === 0
                onClicked: {
                    root.trail.repository = repositoryField.text.trim()
                    root.trail.setup()
                }
            }
            ActionButton {
                objectName: "trailRefresh"
                text: qsTr("Check status")
                enabled: !root.trail.running
                onClicked: root.trail.refresh()
            }
            ActionButton {
                objectName: "trailRemove"
                text: qsTr("Remove the collector")
                enabled: !root.trail.running
                onClicked: root.trail.remove()
            }
            BusyIndicator {
                running: root.trail.running
                visible: running
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
            }
        }
        Repeater {
            model: root.trail.steps
            delegate: RowLayout {
                id: step
                required property string title
                required property string state
                required property string detail
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    Layout.preferredWidth: 64
                    font.pixelSize: Theme.fontSmall
                    color: step.state === "failed" ? Theme.danger : (step.state === "done" ? Theme.success : Theme.textMuted)
                    text: step.state
                }
                Label {
                    Layout.preferredWidth: 230
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    text: step.title
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    text: step.detail
                }
            }
        }
        Label {
            objectName: "trailMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: root.trail.failed ? Theme.danger : Theme.text
            text: root.trail.message
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingM
            Label { text: qsTr("Repository"); color: Theme.textMuted }
            Label {
                objectName: "trailRepositoryState"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                text: root.trail.repositoryState.length > 0 ? root.trail.repositoryState : qsTr("not checked yet")
            }
            Label { text: qsTr("Collector"); color: Theme.textMuted }
            Label {
                objectName: "trailCollectorState"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                text: root.trail.collectorState.length > 0 ? root.trail.collectorState : qsTr("not checked yet")
            }
            Label { text: qsTr("Last read"); color: Theme.textMuted }
            Label {
                objectName: "trailLastRead"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                text: root.trail.lastRead
            }
        }
        Label {
            text: qsTr("The collector's recent runs")
            font.bold: true
        }
        RecordTable {
            objectName: "trailRuns"
            Layout.fillWidth: true
            model: root.trail.runs
            emptyText: qsTr("No runs yet: the collector runs when a workload changes.")
            columns: [
                RecordColumn { role: "start"; title: qsTr("Started"); width: 150 },
                RecordColumn { role: "status"; title: qsTr("Result"); width: 90 },
                RecordColumn { role: "duration"; title: qsTr("Took"); width: 80; alignRight: true },
                RecordColumn { role: "trigger"; title: qsTr("Triggered by"); width: 100 }
            ]
        }
    }
}
