import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Your own people directory entry for one Build Owner or Deployed By: e-mail, Slack member ID, team.
// The name is as the inventory spells it and cannot be edited; a refused entry says why and stays open.
Dialog {
    id: root

    required property PeopleController people
    property string name

    function openFor(person: string) {
        root.name = person
        emailField.text = root.people.emailOf(person)
        slackField.text = root.people.slackIdOf(person)
        teamField.text = root.people.teamOf(person)
        problemLabel.text = ""
        open()
        emailField.forceActiveFocus()
    }
    function save() {
        const problem = root.people.save(root.name, emailField.text, slackField.text, teamField.text)
        problemLabel.text = problem
        if (problem.length === 0)
            close()
    }

    objectName: "personEditDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Theme.inspectorWidth * 1.5
    modal: true
    title: qsTr("Directory entry")
    footer: RowLayout {
        spacing: Theme.spacingS
        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            Layout.bottomMargin: Theme.spacingM
            text: qsTr("Cancel")
            onClicked: root.close()
        }
        ActionButton {
            objectName: "personSave"
            Layout.rightMargin: Theme.spacingM
            Layout.bottomMargin: Theme.spacingM
            primary: true
            text: qsTr("Save")
            onClicked: root.save()
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: Theme.spacingM
        rowSpacing: Theme.spacingS

        Label {
            text: qsTr("Name")
            color: Theme.textMuted
        }
        Label {
            objectName: "personName"
            Layout.fillWidth: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
            font.bold: true
            color: Theme.text
            text: root.name
        }
        Label {
            text: qsTr("E-mail")
            color: Theme.textMuted
        }
        TextField {
            id: emailField
            objectName: "personEmail"
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("name@example.com")
            onAccepted: root.save()
        }
        Label {
            text: qsTr("Slack member ID")
            color: Theme.textMuted
        }
        TextField {
            id: slackField
            objectName: "personSlackId"
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("U… or W…")
            onAccepted: root.save()
        }
        Label {
            text: qsTr("Team")
            color: Theme.textMuted
        }
        TextField {
            id: teamField
            objectName: "personTeam"
            Layout.fillWidth: true
            selectByMouse: true
            onAccepted: root.save()
        }
        Label {
            id: problemLabel
            objectName: "personProblem"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.danger
        }
    }
}
