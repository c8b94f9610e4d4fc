pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The issue trackers, for the connection page: Jira (URL, project key, account e-mail, API
// token) and GitHub (API URL, owner/repo, token). Tokens go to the keychain only.
ColumnLayout {
    id: root

    spacing: Theme.spacingS

    // One tracker's form; `kind` is "jira" or "github".
    component TrackerForm: GridLayout {
        id: section
        required property TrackerSettingsController controller
        required property string kind
        required property string name
        required property string urlHint
        required property string projectHint
        required property trackerSetup current
        columns: 2
        columnSpacing: Theme.spacingS
        rowSpacing: Theme.spacingXs

        Label {
            Layout.columnSpan: 2
            font.bold: true
            color: Theme.text
            text: section.name + (section.current.ready ? qsTr(" — ready") : "")
        }
        Label { text: qsTr("URL"); color: Theme.textMuted; Layout.preferredWidth: Theme.sidebarWidth * 0.6 }
        TextField {
            id: urlField
            objectName: section.kind + "UrlField"
            Layout.fillWidth: true
            placeholderText: section.urlHint
            text: section.current.url
            selectByMouse: true
        }
        Label { text: qsTr("Project"); color: Theme.textMuted }
        TextField {
            id: projectField
            objectName: section.kind + "ProjectField"
            Layout.fillWidth: true
            placeholderText: section.projectHint
            text: section.current.project
            selectByMouse: true
        }
        Label { text: qsTr("Account e-mail"); color: Theme.textMuted; visible: section.kind === "jira" }
        TextField {
            id: userField
            Layout.fillWidth: true
            visible: section.kind === "jira"
            placeholderText: qsTr("for an API token; empty for a personal access token")
            text: section.current.user
            selectByMouse: true
        }
        Label { text: qsTr("CA file"); color: Theme.textMuted }
        TextField {
            id: caField
            Layout.fillWidth: true
            placeholderText: qsTr("/path/to/ca.pem (optional)")
            text: section.current.caFile
            selectByMouse: true
        }
        Label { text: qsTr("Token"); color: Theme.textMuted }
        TextField {
            id: tokenField
            objectName: section.kind + "TokenField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: section.current.ready ? qsTr("(stored)") : qsTr("Paste a token")
            selectByMouse: true
        }
        RowLayout {
            Layout.columnSpan: 2
            Button {
                objectName: section.kind + "SaveButton"
                text: qsTr("Save")
                enabled: !section.controller.busy
                onClicked: {
                    section.controller.save(section.kind, urlField.text, projectField.text, userField.text, caField.text, tokenField.text)
                    tokenField.clear()
                }
            }
            Button {
                text: qsTr("Forget token")
                enabled: section.current.ready
                onClicked: section.controller.forget(section.kind)
            }
        }
    }

    TrackerSettingsController {
        id: trackers
        service: Services.findings
    }

    Label {
        text: qsTr("Issue trackers")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textMuted
        text: qsTr("Where \"File ticket\" sends findings. Tokens are kept in the system keychain, never in a file.")
    }

    TrackerForm {
        Layout.fillWidth: true
        controller: trackers
        kind: "jira"
        name: qsTr("Jira")
        urlHint: "https://acme.atlassian.net"
        projectHint: qsTr("Project key, e.g. SEC")
        current: trackers.jira
    }
    TrackerForm {
        Layout.fillWidth: true
        controller: trackers
        kind: "github"
        name: qsTr("GitHub")
        urlHint: "https://api.github.com"
        projectHint: qsTr("owner/repository")
        current: trackers.github
    }
    Label {
        objectName: "trackerStatus"
        Layout.fillWidth: true
        visible: trackers.status.length > 0
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: trackers.failed ? Theme.danger : Theme.textMuted
        text: trackers.status
    }
}
