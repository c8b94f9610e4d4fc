import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// "File ticket…": choose Jira or GitHub, edit the prefilled title and description, send. What
// cannot go now waits in the outbox.
Dialog {
    id: root

    required property FindingController controller

    // Opens with the controller's draft.
    function openFor(title: string, body: string) {
        titleField.text = title
        bodyArea.text = body
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(720, parent ? parent.width - Theme.spacingXl * 2 : 720)
    modal: true
    title: qsTr("File a ticket")
    standardButtons: Dialog.Cancel

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            spacing: Theme.spacingS
            Label {
                text: qsTr("Tracker")
                color: Theme.textMuted
            }
            RadioButton {
                id: jiraChoice
                objectName: "jiraChoice"
                text: qsTr("Jira")
                checked: true
            }
            RadioButton {
                id: githubChoice
                objectName: "githubChoice"
                text: qsTr("GitHub")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: !root.controller.trackerReady(jiraChoice.checked ? "jira" : "github")
            wrapMode: Text.Wrap
            color: Theme.warning
            text: qsTr("This tracker is not set up yet: the ticket waits in the outbox until it is (Connection page).")
        }
        Label {
            text: qsTr("Title")
            color: Theme.textMuted
        }
        TextField {
            id: titleField
            objectName: "ticketTitle"
            Layout.fillWidth: true
            selectByMouse: true
        }
        Label {
            text: qsTr("Description (Markdown)")
            color: Theme.textMuted
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 320
            TextArea {
                id: bodyArea
                objectName: "ticketBody"
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                selectByMouse: true
                font.family: Theme.monospace
                font.pixelSize: Theme.fontSmall
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.controller.error.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.danger
            text: root.controller.error
        }
        Button {
            objectName: "sendTicketButton"
            Layout.alignment: Qt.AlignRight
            highlighted: true
            text: qsTr("Send")
            enabled: titleField.text.trim().length > 0
            onClicked: {
                if (root.controller.fileTicket(jiraChoice.checked ? "jira" : "github", titleField.text, bodyArea.text))
                    root.close()
            }
        }
    }
}
