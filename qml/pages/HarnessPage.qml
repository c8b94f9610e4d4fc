pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Alarm harness: pick a tag or a workload and a change (or edit an event), simulate every
// rule without sending anything, see which fire and why and the exact messages, then send them for
// real and watch each delivery; golden cases, a backtest and the deployed worker's test run.
Page {
    id: root

    readonly property HarnessController controller: harness

    // "Simulate alarm on this tag" (the detailed view) and --page harness --open REF.
    function openTag(reference: string, kind: string) {
        harness.openTag(reference, kind)
        tabs.currentIndex = 0
    }

    background: Rectangle {
        color: Theme.window
    }

    HarnessController {
        id: harness
        objectName: "harness"
        alarms: Services.alarms
        inventory: Services.inventory
        rules: Services.rules
    }

    Component.onCompleted: {
        if (Services.startPage === "harness" && Services.openReference.length > 0)
            root.openTag(Services.openReference, "integrity-violation")
    }

    component PageTab: TabButton {
        id: tab
        contentItem: Label {
            text: tab.text
            horizontalAlignment: Text.AlignHCenter
            font.bold: tab.checked
            color: tab.checked ? Theme.accent : Theme.textMuted
        }
        background: Rectangle {
            color: tab.checked ? Theme.surface : (tab.hovered ? Theme.surfaceAlt : Theme.window)
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: tab.checked ? 2 : 1
                color: tab.checked ? Theme.accent : Theme.border
            }
        }
    }

    header: ToolBar {
        background: Rectangle {
            color: Theme.window
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingL
            spacing: Theme.spacingM
            Label {
                text: qsTr("Alarm harness")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.textMuted
                text: qsTr("Rehearse alarms on real rows. Nothing leaves this machine until “Send for real”.")
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        HarnessSourcePanel {
            Layout.preferredWidth: Theme.inspectorWidth
            Layout.fillHeight: true
            harness: harness
            onSimulated: tabs.currentIndex = 0
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacingL
            spacing: Theme.spacingM

            TabBar {
                id: tabs
                objectName: "harnessTabs"
                Layout.fillWidth: true
                background: Rectangle {
                    color: Theme.window
                }
                PageTab {
                    objectName: "tab-simulation"
                    text: qsTr("Simulation")
                }
                PageTab {
                    objectName: "tab-deliveries"
                    text: qsTr("Delivery log (%1)").arg(harness.deliveries.count)
                }
                PageTab {
                    objectName: "tab-cases"
                    text: qsTr("Golden cases (%1)").arg(harness.cases.count)
                }
                PageTab {
                    objectName: "tab-backtest"
                    text: qsTr("Backtest")
                }
                PageTab {
                    objectName: "tab-platform"
                    text: qsTr("Run on the platform")
                }
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: tabs.currentIndex

                SimulationView {
                    harness: harness
                    onCaseRequested: ruleId => saveCaseDialog.openFor(ruleId)
                }
                DeliveryLogTable {
                    harness: harness
                }
                GoldenCasePanel {
                    harness: harness
                }
                BacktestPanel {
                    harness: harness
                }
                PlatformRunPanel {
                    harness: harness
                }
            }
        }
    }

    SaveCaseDialog {
        id: saveCaseDialog
        harness: harness
        onSaved: tabs.currentIndex = 2
    }
}
