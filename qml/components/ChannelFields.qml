pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// A channel's own fields besides its id and secrets: e-mail's API, sender, recipients (addresses and
// people) and fallback; whom Slack mentions; PagerDuty's API and severity; Splunk's collector,
// sourcetype and index. People resolve through the People directory.
GridLayout {
    id: root

    required property ChannelListModel channels
    required property int row
    required property string type
    required property string baseUrl
    required property string fromEmail
    required property string fromName
    required property string to
    required property bool toBuildOwner
    required property bool toDeployedBy
    required property string fallback
    required property bool mentionBuildOwner
    required property bool mentionDeployedBy
    required property string severity
    required property string sourcetype
    required property string splunkIndex

    readonly property bool hasBaseUrl: type === "email" || type === "pagerduty" || type === "splunk"

    visible: hasBaseUrl || type === "slack"
    columns: 2
    columnSpacing: Theme.spacingS
    rowSpacing: Theme.spacingXs

    Label {
        visible: root.hasBaseUrl
        text: root.type === "email" ? qsTr("Mail API") : root.type === "pagerduty" ? qsTr("Events API") : qsTr("Collector")
        color: Theme.textMuted
    }
    TextField {
        objectName: "baseUrlField"
        visible: root.hasBaseUrl
        Layout.fillWidth: true
        text: root.baseUrl
        selectByMouse: true
        placeholderText: root.type === "email" ? "https://api.sendgrid.com"
                       : root.type === "pagerduty" ? "https://events.pagerduty.com" : "https://splunk.example.com:8088"
        onTextEdited: root.channels.set(root.row, "baseUrl", text)
    }

    Label { visible: root.type === "email"; text: qsTr("From"); color: Theme.textMuted }
    RowLayout {
        visible: root.type === "email"
        Layout.fillWidth: true
        TextField {
            objectName: "fromEmailField"
            Layout.fillWidth: true
            text: root.fromEmail
            selectByMouse: true
            placeholderText: qsTr("sender address")
            onTextEdited: root.channels.set(root.row, "fromEmail", text)
        }
        TextField {
            Layout.preferredWidth: 160
            text: root.fromName
            selectByMouse: true
            placeholderText: qsTr("sender name")
            onTextEdited: root.channels.set(root.row, "fromName", text)
        }
    }
    Label { visible: root.type === "email"; text: qsTr("To"); color: Theme.textMuted }
    TextField {
        objectName: "toField"
        visible: root.type === "email"
        Layout.fillWidth: true
        text: root.to
        selectByMouse: true
        placeholderText: qsTr("addresses or {{image.build_owner}}@example.com, separated by commas")
        onTextEdited: root.channels.set(root.row, "to", text)
    }
    Label { visible: root.type === "email" || root.type === "slack"; text: root.type === "slack" ? qsTr("Mention") : qsTr("And"); color: Theme.textMuted }
    RowLayout {
        visible: root.type === "email" || root.type === "slack"
        Layout.fillWidth: true
        CheckBox {
            objectName: "personBuildOwner"
            text: qsTr("Build Owner")
            checked: root.type === "slack" ? root.mentionBuildOwner : root.toBuildOwner
            onToggled: root.channels.setPerson(root.row, root.type === "slack" ? "mention" : "toPeople", "build_owner", checked)
        }
        CheckBox {
            objectName: "personDeployedBy"
            text: qsTr("Deployed By")
            checked: root.type === "slack" ? root.mentionDeployedBy : root.toDeployedBy
            onToggled: root.channels.setPerson(root.row, root.type === "slack" ? "mention" : "toPeople", "deployed_by", checked)
        }
        Label {
            Layout.fillWidth: true
            text: root.type === "slack" ? qsTr("as @name when the People directory knows their Slack member ID")
                                        : qsTr("at the address the People directory gives")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
    Label { visible: root.type === "email"; text: qsTr("Fallback"); color: Theme.textMuted }
    TextField {
        objectName: "fallbackField"
        visible: root.type === "email"
        Layout.fillWidth: true
        text: root.fallback
        selectByMouse: true
        placeholderText: qsTr("address for a person nobody resolved (empty: skip them)")
        onTextEdited: root.channels.set(root.row, "fallback", text)
    }

    Label { visible: root.type === "pagerduty"; text: qsTr("Severity"); color: Theme.textMuted }
    ComboBox {
        objectName: "severityBox"
        visible: root.type === "pagerduty"
        model: ["critical", "error", "warning", "info"]
        currentIndex: Math.max(0, indexOfValue(root.severity))
        onActivated: root.channels.set(root.row, "severity", currentValue)
    }

    Label { visible: root.type === "splunk"; text: qsTr("Sourcetype"); color: Theme.textMuted }
    RowLayout {
        visible: root.type === "splunk"
        Layout.fillWidth: true
        TextField {
            objectName: "sourcetypeField"
            Layout.fillWidth: true
            text: root.sourcetype
            selectByMouse: true
            placeholderText: "jfrog:runtime:alarm"
            onTextEdited: root.channels.set(root.row, "sourcetype", text)
        }
        TextField {
            objectName: "indexField"
            Layout.preferredWidth: 160
            text: root.splunkIndex
            selectByMouse: true
            placeholderText: qsTr("index (token default)")
            onTextEdited: root.channels.set(root.row, "index", text)
        }
    }
}
