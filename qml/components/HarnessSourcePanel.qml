pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The harness's event: an image tag or a workload from the inventory with a change kind, or an
// event typed as JSON (checked as it is typed). Ends with "Simulate".
Rectangle {
    id: root

    required property HarnessController harness
    signal simulated()

    color: Theme.surface

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        Label {
            text: qsTr("Event")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Row {
            spacing: Theme.spacingXs
            Repeater {
                model: [
                    { mode: "tag", label: qsTr("Image tag") },
                    { mode: "workload", label: qsTr("Workload") },
                    { mode: "json", label: qsTr("Edit event JSON") }
                ]
                delegate: ChoiceChip {
                    required property var modelData
                    objectName: "mode-" + modelData.mode
                    text: modelData.label
                    checked: root.harness.sourceMode === modelData.mode
                    onClicked: root.harness.sourceMode = modelData.mode
                }
            }
        }

        // Picking a tag or a workload
        TextField {
            id: searchField
            objectName: "sourceSearch"
            Layout.fillWidth: true
            visible: root.harness.sourceMode !== "json"
            selectByMouse: true
            placeholderText: root.harness.sourceMode === "tag" ? qsTr("Search tags: name, digest, CVE, person…")
                                                                : qsTr("Search workloads: cluster/namespace/name")
            text: root.harness.search
            onTextEdited: root.harness.search = text
            Keys.onEscapePressed: root.harness.search = ""
        }
        ListView {
            id: matches
            objectName: "sourceMatches"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.rowHeight * 3
            visible: root.harness.sourceMode !== "json"
            clip: true
            model: root.harness.matches
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: match
                required property var modelData
                required property int index
                objectName: "match-" + index
                width: ListView.view.width
                highlighted: modelData.reference === root.harness.selectedReference
                onClicked: root.harness.sourceMode === "tag" ? root.harness.selectTag(modelData.rowId)
                                                              : root.harness.selectWorkload(modelData.reference)
                background: Rectangle {
                    radius: Theme.radius
                    color: match.highlighted ? Theme.selection : (match.hovered ? Theme.surfaceAlt : "transparent")
                }
                contentItem: ColumnLayout {
                    spacing: 0
                    RowLayout {
                        spacing: Theme.spacingXs
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                            font.bold: match.highlighted
                            color: Theme.text
                            text: match.modelData.title
                        }
                        Repeater {
                            model: match.modelData.risks
                            delegate: RiskChip {
                                required property string modelData
                                risk: modelData
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideMiddle
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        text: match.modelData.subtitle
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                width: parent.width
                visible: matches.count === 0
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
                text: !Services.inventory.hasData ? qsTr("Nothing synced yet: sync the inventory first.")
                                                  : qsTr("Nothing matches the search.")
            }
        }
        ComboBox {
            objectName: "workloadBox"
            Layout.fillWidth: true
            visible: root.harness.sourceMode === "tag" && root.harness.tagWorkloads.length > 1
            model: root.harness.tagWorkloads
            currentIndex: Math.max(0, root.harness.tagWorkloads.indexOf(root.harness.workload))
            onActivated: index => root.harness.workload = root.harness.tagWorkloads[index]
            ToolTip.visible: hovered
            ToolTip.text: qsTr("The tag runs in %n workload(s); the event is about one", "", root.harness.tagWorkloads.length)
        }

        // Editing the event itself
        EventJsonEditor {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.harness.sourceMode === "json"
            harness: root.harness
        }

        Label {
            visible: root.harness.sourceMode !== "json"
            text: qsTr("Change")
            font.bold: true
            color: Theme.text
        }
        Flow {
            Layout.fillWidth: true
            visible: root.harness.sourceMode !== "json"
            spacing: Theme.spacingXs
            Repeater {
                model: root.harness.changeKinds
                delegate: ChoiceChip {
                    required property var modelData
                    objectName: "kind-" + modelData.name
                    text: modelData.title
                    checked: root.harness.changeKind === modelData.name
                    onClicked: root.harness.changeKind = modelData.name
                }
            }
        }

        Label {
            objectName: "eventSummary"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: root.harness.eventReady ? Theme.text : Theme.danger
            text: root.harness.eventReady ? root.harness.eventSummary : root.harness.sourceError
        }
        Label {
            Layout.fillWidth: true
            visible: root.harness.eventReady && root.harness.eventNotes.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: root.harness.eventNotes.join("\n")
        }
        Button {
            objectName: "simulateButton"
            Layout.fillWidth: true
            highlighted: true
            enabled: root.harness.eventReady && !root.harness.sending
            text: qsTr("Simulate (dry run)")
            onClicked: {
                if (root.harness.simulate())
                    root.simulated()
            }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Evaluate every rule, drafts included, and plan their messages; nothing is sent")
        }
    }
}
