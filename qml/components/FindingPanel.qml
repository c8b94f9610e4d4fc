pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import RuntimeDesk.Core

// Documenting the finding of one image tag: triage status, notes, ticket, evidence,
// outbox and journal. Self-contained: give it `reference` (digest, name:tag or
// registry/path/name:tag); it makes its own controller bound to Services.findings.
Pane {
    id: root

    property string reference
    readonly property FindingController controller: finding

    padding: Theme.spacingL
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    FindingController {
        id: finding
        service: Services.findings
        reference: root.reference
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacingM

        Label {
            text: qsTr("Finding")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "findingError"
            Layout.fillWidth: true
            visible: finding.error.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.danger
            text: finding.error
        }

        TriageStatusRow {
            Layout.fillWidth: true
            enabled: finding.found
            controller: finding
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: finding.ticket.key.length > 0
            Label {
                text: qsTr("Ticket")
                color: Theme.textMuted
            }
            Label {
                objectName: "ticketLabel"
                Layout.fillWidth: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
                color: Theme.text
                text: finding.ticket.key + "  " + finding.ticket.url
            }
            Button {
                text: qsTr("Open")
                visible: finding.ticket.url.length > 0
                onClicked: Qt.openUrlExternally(finding.ticket.url)
            }
        }

        RowLayout {
            spacing: Theme.spacingS
            Button {
                objectName: "fileTicketButton"
                text: qsTr("File ticket…")
                enabled: finding.found
                onClicked: {
                    const draft = finding.draftTicket()
                    ticketDialog.openFor(draft.title, draft.body)
                }
            }
            Button {
                objectName: "exportButton"
                text: qsTr("Export evidence…")
                enabled: finding.found
                onClicked: folderDialog.open()
            }
        }

        OutboxStatus {
            Layout.fillWidth: true
            visible: finding.outbox.count > 0
            controller: finding
        }

        Label {
            objectName: "findingMessage"
            Layout.fillWidth: true
            visible: finding.message.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.success
            text: finding.message
        }

        NoteList {
            Layout.fillWidth: true
            enabled: finding.found
            controller: finding
        }

        Label {
            text: qsTr("Journal")
            font.bold: true
            color: Theme.text
        }
        Repeater {
            objectName: "journalRepeater"
            model: finding.journal
            delegate: Label {
                required property date at
                required property string action
                required property string detail
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: Qt.formatDateTime(at, "yyyy-MM-dd hh:mm") + "  " + action + "  " + detail
            }
        }
    }

    TicketDialog {
        id: ticketDialog
        controller: finding
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Export the evidence into…")
        onAccepted: finding.exportEvidence(selectedFolder)
    }
}
