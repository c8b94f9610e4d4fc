pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Shown when no rule is open: the guide's three templates and a blank rule, one click each.
Item {
    id: root

    required property RulesController rules
    signal ruleRequested(string ruleId)

    component Card: AbstractButton {
        id: card
        property string title
        property string description
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1 // equal columns
        implicitWidth: implicitContentWidth + leftPadding + rightPadding
        implicitHeight: implicitContentHeight + topPadding + bottomPadding
        padding: Theme.spacingL
        hoverEnabled: true
        background: Rectangle {
            radius: Theme.radius
            color: card.hovered ? Theme.selection : Theme.surface
            border.color: card.hovered ? Theme.accent : Theme.border
        }
        contentItem: ColumnLayout {
            spacing: Theme.spacingXs
            Label {
                text: card.title
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                text: card.description
            }
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXl * 2, 760)
        spacing: Theme.spacingM

        Label {
            text: qsTr("Start a rule")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            text: qsTr("A rule becomes a JFrog worker on AFTER_WORKLOAD_STATE_CHANGE. The guide's templates notify Slack (mentioning the build owner), a signed webhook and e-mail (to the build owner and your team) with the workload, the image, its integrity and its risks; add Teams, PagerDuty or Splunk and change anything before you deploy.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                text: qsTr("Team address")
                color: Theme.textMuted
            }
            TextField {
                objectName: "teamAddressField"
                Layout.fillWidth: true
                text: root.rules.teamAddress
                selectByMouse: true
                placeholderText: "security@example.com"
                onEditingFinished: root.rules.teamAddress = text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Kept for this profile: the templates mail it and each image's build owner, and it alone when nobody resolved the owner")
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingM

            Repeater {
                model: root.rules.templates
                delegate: Card {
                    required property string name
                    required title
                    required description
                    objectName: "gallery-" + name
                    onClicked: root.ruleRequested(root.rules.createFromTemplate(name))
                }
            }
            Card {
                objectName: "gallery-blank"
                title: qsTr("Blank rule")
                description: qsTr("Fires on every workload change until you add conditions; no channel yet.")
                onClicked: root.ruleRequested(root.rules.createBlank())
            }
        }
    }
}
