import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// "As of 10:42": shown when the list is not live (offline, a failed sync, or a held sync).
Rectangle {
    id: root

    required property SyncController sync
    required property Inventory inventory

    readonly property bool show: root.inventory.hasData && (root.sync.offline || root.sync.failed || root.sync.held)

    implicitHeight: show ? row.implicitHeight + Theme.spacingS * 2 : 0
    visible: show
    color: Theme.bannerOffline

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingM

        Label {
            objectName: "asOfText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.text
            text: root.sync.held
                  ? qsTr("The last sync returned far fewer tags than the cache holds, so the cache was kept. Showing the inventory as of %1.")
                      .arg(root.inventory.asOfText)
                  : (root.sync.offline ? qsTr("Offline. Showing the inventory as of %1.") : qsTr("The last sync failed. Showing the inventory as of %1."))
                      .arg(root.inventory.asOfText)
        }
        Button {
            visible: root.sync.held
            text: qsTr("Use the new inventory")
            onClicked: root.sync.acceptHeld()
        }
        Button {
            visible: root.sync.held
            text: qsTr("Keep the cache")
            onClicked: root.sync.discardHeld()
        }
        Button {
            visible: !root.sync.held
            text: qsTr("Retry")
            onClicked: root.sync.start()
        }
    }
}
