import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// "Waiting to send, 2 items" for one finding, with the last reason and a retry.
Rectangle {
    id: root

    required property FindingController controller

    implicitHeight: row.implicitHeight + Theme.spacingS * 2
    radius: Theme.radius
    color: Theme.bannerOffline

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingS
        Label {
            objectName: "outboxLabel"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.text
            text: qsTr("Waiting to send, %n item(s)", "", root.controller.outbox.count)
                  + (root.controller.outbox.lastError.length > 0 ? " — " + root.controller.outbox.lastError : "")
        }
        Button {
            objectName: "retryButton"
            text: qsTr("Retry")
            onClicked: root.controller.retryOutbox()
        }
    }
}
