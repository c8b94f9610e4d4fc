pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The notes of a finding: the analyst's own Markdown (rendered), time stamps, edit, add.
ColumnLayout {
    id: root

    required property FindingController controller
    property real editingId: 0 // the note being edited; note ids are 64-bit

    spacing: Theme.spacingS

    Label {
        text: qsTr("Notes")
        font.bold: true
        color: Theme.text
    }
    Repeater {
        objectName: "noteRepeater"
        model: root.controller.notes
        delegate: Rectangle {
            id: card
            required property real noteId
            required property string markdown
            required property string displayMarkdown
            required property date createdAt
            required property bool edited
            required property date editedAt
            Layout.fillWidth: true
            implicitHeight: noteColumn.implicitHeight + Theme.spacingS * 2
            radius: Theme.radius
            color: Theme.surfaceAlt

            ColumnLayout {
                id: noteColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                spacing: Theme.spacingXs
                RowLayout {
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: Qt.formatDateTime(card.createdAt, "yyyy-MM-dd hh:mm")
                              + (card.edited ? qsTr(" · edited %1").arg(Qt.formatDateTime(card.editedAt, "yyyy-MM-dd hh:mm")) : "")
                    }
                    Button {
                        flat: true
                        text: root.editingId === card.noteId ? qsTr("Save") : qsTr("Edit")
                        onClicked: {
                            if (root.editingId === card.noteId) {
                                if (root.controller.editNote(card.noteId, editArea.text))
                                    root.editingId = 0
                            } else {
                                root.editingId = card.noteId
                            }
                        }
                    }
                }
                // The user's own words: Markdown is rendered here and nowhere else, after
                // FindingText::displayMarkdown has made HTML and images text (tst_plaintext).
                Text {
                    objectName: "noteText"
                    Layout.fillWidth: true
                    visible: root.editingId !== card.noteId
                    wrapMode: Text.Wrap
                    textFormat: Text.MarkdownText // SEC-7: display text, no HTML, no images
                    color: Theme.text
                    text: card.displayMarkdown
                }
                TextArea {
                    id: editArea
                    Layout.fillWidth: true
                    visible: root.editingId === card.noteId
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    text: card.markdown
                }
            }
        }
    }
    TextArea {
        id: newNote
        objectName: "newNoteArea"
        Layout.fillWidth: true
        Layout.minimumHeight: 60
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        placeholderText: qsTr("Add a note (Markdown)…")
    }
    Button {
        objectName: "addNoteButton"
        text: qsTr("Add note")
        enabled: newNote.text.trim().length > 0
        onClicked: {
            if (root.controller.addNote(newNote.text))
                newNote.clear()
        }
    }
}
