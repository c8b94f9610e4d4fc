import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The window's top bar: product name, platform, the sync button and its progress.
ToolBar {
    id: root

    required property SyncController sync
    required property Inventory inventory
    required property ConnectionController connection
    signal drillsRequested()

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingM

        Label {
            text: qsTr("Runtime Desk")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
            text: root.connection.connected ? root.connection.url : qsTr("Not connected")
            color: Theme.textMuted
        }
        Label {
            objectName: "syncStatus"
            visible: root.sync.running || root.sync.message.length > 0
            textFormat: Text.PlainText
            color: root.sync.failed ? Theme.danger : Theme.textMuted
            text: root.sync.running
                  ? (root.sync.phase === "owners"
                     ? qsTr("owner trail: %L1 records").arg(root.sync.ownerRecords)
                     : root.sync.total > 0
                     ? qsTr("%1: %L2 of %L3 tags · %L4/s").arg(root.sync.phase).arg(root.sync.tags).arg(root.sync.total).arg(root.sync.tagsPerSecond)
                     : qsTr("%1: %L2 tags · %L3/s").arg(root.sync.phase).arg(root.sync.tags).arg(root.sync.tagsPerSecond))
                  : root.sync.message
        }
        Label {
            // The platform's count and the rows kept disagree: said where the sync's result is, never hidden.
            objectName: "syncCountsWarning"
            visible: !root.sync.running && text.length > 0
            Layout.maximumWidth: 620
            elide: Text.ElideRight
            textFormat: Text.PlainText
            color: Theme.warning
            // ...and an owner trail that could not be read (owners stay as the last read left them).
            text: [root.inventory.countsWarning, root.inventory.ownerTrailWarning]
                  .filter(w => w.length > 0).map(w => qsTr("Warning: %1").arg(w)).join(" · ") // qmllint disable type
            ToolTip.visible: countsHover.hovered && truncated
            ToolTip.text: text
            HoverHandler { id: countsHover }
        }
        Label {
            // A rule's last fire drill failed: said in the window's status; a click opens the rules.
            objectName: "drillStatus"
            visible: Services.drills !== null && Services.drills.failedRuleCount > 0
            textFormat: Text.PlainText
            font.bold: true
            color: Theme.danger
            text: Services.drills ? "✗ " + Services.drills.statusText : ""
            TapHandler { onTapped: root.drillsRequested() }
            HoverHandler { cursorShape: Qt.PointingHandCursor }
        }
        ProgressBar {
            objectName: "syncProgress"
            Layout.preferredWidth: 160
            visible: root.sync.running
            from: 0
            to: 1
            indeterminate: root.sync.fraction < 0
            value: Math.max(0, root.sync.fraction)
        }
        Button {
            objectName: "syncButton"
            text: root.sync.running ? qsTr("Cancel") : qsTr("Sync")
            enabled: root.connection.connected || root.sync.running
            highlighted: !root.sync.running
            onClicked: root.sync.running ? root.sync.cancel() : root.sync.start()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Sync the inventory from the platform (Ctrl+R)")
        }
    }
}
