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
    readonly property HarnessSource source: harness.source
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
            ChoiceChip {
                objectName: "mode-tag"
                text: qsTr("Image tag")
                checked: root.source.mode === "tag"
                onClicked: root.source.mode = "tag"
            }
            ChoiceChip {
                objectName: "mode-workload"
                text: qsTr("Workload")
                checked: root.source.mode === "workload"
                onClicked: root.source.mode = "workload"
            }
            ChoiceChip {
                objectName: "mode-json"
                text: qsTr("Edit event JSON")
                checked: root.source.mode === "json"
                onClicked: root.source.mode = "json"
            }
        }

        // Picking a tag or a workload
        TextField {
            id: searchField
            objectName: "sourceSearch"
            Layout.fillWidth: true
            visible: root.source.mode !== "json"
            selectByMouse: true
            placeholderText: root.source.mode === "tag" ? qsTr("Search tags: name, digest, CVE, person…")
                                                                : qsTr("Search workloads: cluster/namespace/name")
            text: root.source.search
            onTextEdited: root.source.search = text
            Keys.onEscapePressed: root.source.search = ""
        }
        ListView {
            id: matches
            objectName: "sourceMatches"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.rowHeight * 3
            visible: root.source.mode !== "json"
            clip: true
            model: root.source.matches
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: match
                required property int index
                required property double rowId
                required property string reference
                required property string title
                required property string subtitle
                required property list<string> risks
                objectName: "match-" + index
                width: ListView.view.width
                highlighted: reference === root.source.selectedReference
                onClicked: root.source.mode === "tag" ? root.source.selectTag(rowId)
                                                       : root.source.selectWorkload(reference)
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
                            text: match.title
                        }
                        Repeater {
                            model: match.risks
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
                        text: match.subtitle
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
            visible: root.source.mode === "tag" && root.source.tagWorkloads.length > 1
            model: root.source.tagWorkloads
            currentIndex: Math.max(0, root.source.tagWorkloads.indexOf(root.source.workload)) // qmllint disable type
            onActivated: index => root.source.workload = root.source.tagWorkloads[index]
            ToolTip.visible: hovered
            ToolTip.text: qsTr("The tag runs in %n workload(s); the event is about one", "", root.source.tagWorkloads.length)
        }

        // Editing the event itself
        EventJsonEditor {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.source.mode === "json"
            source: root.source
        }

        Label {
            visible: root.source.mode !== "json"
            text: qsTr("Change")
            font.bold: true
            color: Theme.text
        }
        Flow {
            Layout.fillWidth: true
            visible: root.source.mode !== "json"
            spacing: Theme.spacingXs
            Repeater {
                model: root.source.changeKinds
                delegate: ChoiceChip {
                    required property string modelData
                    objectName: "kind-" + modelData
                    text: root.source.kindTitle(modelData)
                    checked: root.source.changeKind === modelData
                    onClicked: root.source.changeKind = modelData
                }
            }
        }

        Label {
            objectName: "eventSummary"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: root.source.eventReady ? Theme.text : Theme.danger
            text: root.source.eventReady ? root.source.eventSummary : root.source.error
        }
        Label {
            Layout.fillWidth: true
            visible: root.source.eventReady && root.source.eventNotes.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: root.source.eventNotes.join("\n") // qmllint disable type
        }
        Button {
            objectName: "simulateButton"
            Layout.fillWidth: true
            highlighted: true
            enabled: root.source.eventReady && !root.harness.sending
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
