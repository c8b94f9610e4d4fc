pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The rules of this profile with their status, and the "new rule" menu (blank or a guide template).
ColumnLayout {
    id: root

    required property RulesController rules
    property string currentRuleId
    signal ruleRequested(string ruleId)

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: qsTr("Rules")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
        }
        Button {
            id: newButton
            objectName: "newRuleButton"
            text: qsTr("New rule")
            highlighted: true
            onClicked: newMenu.open()
            Menu {
                id: newMenu
                objectName: "newRuleMenu"
                y: newButton.height
                MenuItem {
                    objectName: "newBlank"
                    text: qsTr("Blank rule")
                    onTriggered: root.ruleRequested(root.rules.createBlank())
                }
                MenuSeparator {}
                Repeater {
                    model: root.rules.templates
                    delegate: MenuItem {
                        required property string name
                        required property string title
                        objectName: "template-" + name
                        text: qsTr("From the guide: %1").arg(title)
                        onTriggered: root.ruleRequested(root.rules.createFromTemplate(name))
                    }
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "rulesList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.rowHeight * 4
        clip: true
        spacing: Theme.spacingXs
        model: root.rules.rules
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        delegate: ItemDelegate {
            id: row
            required property string ruleId
            required property string name
            required property string status
            required property string statusLabel
            required property string summary
            required property string problem
            required property bool drillFailed
            width: ListView.view.width
            objectName: "rule-" + ruleId
            highlighted: root.currentRuleId === ruleId
            onClicked: root.ruleRequested(ruleId)
            background: Rectangle {
                radius: Theme.radius
                color: row.highlighted ? Theme.selection : (row.hovered ? Theme.surfaceAlt : Theme.surface)
                border.color: Theme.border
            }
            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                        font.bold: true
                        color: Theme.text
                        text: row.name
                    }
                    Label {
                        // The last fire drill failed on a channel: the alarm path is broken.
                        objectName: "drillFailedBadge"
                        visible: row.drillFailed
                        leftPadding: Theme.spacingS
                        rightPadding: Theme.spacingS
                        topPadding: 2
                        bottomPadding: 2
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.danger
                        text: qsTr("Drill failed")
                        background: Rectangle {
                            radius: height / 2
                            color: Theme.dangerSurface
                            border.color: Theme.danger
                        }
                    }
                    StatusChip {
                        status: row.status
                        label: row.statusLabel
                    }
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontSmall
                    color: row.problem.length > 0 ? Theme.danger : Theme.textMuted
                    text: row.problem.length > 0 ? row.problem : row.summary
                }
            }
        }

        Label {
            anchors.centerIn: parent
            width: parent.width - Theme.spacingL * 2
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.textMuted
            text: qsTr("No rule yet. Start from one of the guide's templates.")
        }
    }
}
