import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Build Owner or Deployed By: who it is, a prefilled mail, copy, and everything by them.
Rectangle {
    id: root

    required property string title
    required property personInfo person // an empty name: the platform did not say
    required property TagDetailController detail
    readonly property bool provided: person.provided
    signal showAll(string role, string name)
    signal setUpTrail()
    signal addToDirectory(string name)

    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    radius: Theme.radiusLarge
    color: Theme.window
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        Label {
            text: root.title
            font.pixelSize: Theme.fontSmall
            font.bold: true
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 0.6
            color: Theme.textMuted
        }
        Label {
            id: personLabel
            objectName: root.objectName + "Name"
            Layout.fillWidth: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
            font.pixelSize: root.provided ? Theme.fontTitle : Theme.fontBody
            font.bold: root.provided
            font.italic: !root.provided
            color: root.provided ? Theme.text : Theme.textMuted
            text: root.provided ? root.person.name : qsTr("not provided by the platform")
            HoverHandler {
                id: hover
            }
            PlainToolTip {
                visible: hover.hovered && personLabel.truncated
                text: root.person.name
            }
        }
        Label {
            objectName: root.objectName + "Source"
            Layout.fillWidth: true
            visible: root.provided && root.person.source.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: root.person.source
        }
        Label {
            objectName: root.objectName + "Directory"
            Layout.fillWidth: true
            visible: root.provided
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: root.person.resolved ? Theme.textMuted : Theme.warning
            text: !root.person.resolved ? qsTr("Not in the people directory: Contact leaves the address to you")
                  : root.person.email.length > 0 ? qsTr("Mail goes to %1 (people directory)").arg(root.person.email)
                  : qsTr("In the people directory, without an e-mail address")
        }
        ActionButton {
            // Without the platform's detail, the owner trail is where these names come from.
            objectName: root.objectName + "SetUpTrail"
            visible: !root.provided
            text: qsTr("Keep an owner trail…")
            onClicked: root.setUpTrail()
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("A worker on the platform records who deployed and built each image; every sync reads it")
        }
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            spacing: Theme.spacingXs
            visible: root.provided
            ActionButton {
                objectName: root.objectName + "Contact"
                text: qsTr("Contact")
                primary: true
                onClicked: root.detail.contact(root.person.role)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Write a mail that names the image, tag, digest, risks and workloads")
            }
            ActionButton {
                objectName: root.objectName + "AddToDirectory"
                visible: !root.person.resolved
                text: qsTr("Add to directory…")
                onClicked: root.addToDirectory(root.person.name)
            }
            ActionButton {
                objectName: root.objectName + "Copy"
                text: qsTr("Copy")
                onClicked: root.detail.copy(root.person.name)
            }
            ActionButton {
                objectName: root.objectName + "ShowAll"
                text: root.person.role === "owner" ? qsTr("Everything by this owner") : qsTr("Everything by this deployer")
                onClicked: root.showAll(root.person.role, root.person.name)
            }
        }
    }
}
