import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The platform URL, the CA file for an on-premises platform, and the access token.
Page {
    id: root

    required property ConnectionController connection

    background: Rectangle {
        color: Theme.window
    }

    // Scrolls: the tracker settings below the connection make the page taller than a window.
    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: content.implicitHeight + Theme.spacingXl * 2

        ColumnLayout {
            id: content
            x: Theme.spacingXl
            y: Theme.spacingXl
            width: Math.min(scroller.availableWidth - Theme.spacingXl * 2, 640)
            spacing: Theme.spacingM

            Label {
                text: qsTr("Connection")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: qsTr("Runtime Desk reads the Live Assessment inventory of one JFrog platform over HTTPS. The token is kept in the system keychain, never in a file.")
            }

            Label {
                text: qsTr("Platform URL")
                color: Theme.text
            }
            TextField {
                id: urlField
                objectName: "urlField"
                Layout.fillWidth: true
                placeholderText: "https://acme.jfrog.io"
                text: root.connection.url
                selectByMouse: true
            }
            Label {
                text: qsTr("CA certificates (PEM), for a platform with its own certificate authority")
                color: Theme.text
            }
            TextField {
                id: caField
                objectName: "caField"
                Layout.fillWidth: true
                placeholderText: qsTr("/path/to/ca.pem (optional)")
                text: root.connection.caFile
                selectByMouse: true
            }
            Label {
                text: qsTr("Access token")
                color: Theme.text
            }
            TextField {
                id: tokenField
                objectName: "tokenField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: root.connection.connected ? qsTr("(stored)") : qsTr("Paste an access token")
                selectByMouse: true
            }

            RowLayout {
                spacing: Theme.spacingS
                Button {
                    objectName: "connectButton"
                    text: qsTr("Connect")
                    highlighted: true
                    enabled: !root.connection.busy
                    onClicked: {
                        root.connection.connectTo(urlField.text, caField.text, tokenField.text)
                        tokenField.clear()
                    }
                }
                Button {
                    text: qsTr("Check token")
                    enabled: root.connection.connected && !root.connection.busy
                    onClicked: root.connection.verify()
                }
                Button {
                    text: qsTr("Forget")
                    enabled: root.connection.connected && !root.connection.demo
                    onClicked: root.connection.forget()
                }
                BusyIndicator {
                    running: root.connection.busy
                    visible: running
                    Layout.preferredHeight: 28
                    Layout.preferredWidth: 28
                }
            }

            Label {
                objectName: "connectionStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: root.connection.failed ? Theme.danger : Theme.textMuted
                text: root.connection.status
            }
            Label {
                Layout.fillWidth: true
                visible: !root.connection.secureStorage
                wrapMode: Text.Wrap
                color: Theme.warning
                text: qsTr("No system keychain is available: the token is kept for this session only and you will be asked again next time.")
            }

            // Where "File ticket" sends findings (TrackerSettings.qml).
            TrackerSettings {
                objectName: "trackerSettings"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXl
            }

            // Build Owner and Deployed By on a platform that names them only in its events.
            Label {
                Layout.topMargin: Theme.spacingXl
                text: qsTr("Owner trail")
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                objectName: "ownerTrailSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.textMuted
                text: qsTr("Repository %1. %2").arg(Services.ownerTrail.repository).arg(Services.ownerTrail.lastRead)
            }
            Button {
                objectName: "ownerTrailOpen"
                text: qsTr("Keep an owner trail…")
                enabled: root.connection.connected
                onClicked: trailDialog.open()
            }
            OwnerTrailDialog {
                id: trailDialog
                trail: Services.ownerTrail
            }
        }
    }
}
