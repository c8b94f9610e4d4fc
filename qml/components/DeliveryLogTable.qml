pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The delivery log: every message sent for real, newest first, with its verdict.
ColumnLayout {
    id: root

    required property HarnessController harness

    spacing: 0

    component Cell: Label {
        elide: Text.ElideRight
        textFormat: Text.PlainText
        color: Theme.text
        verticalAlignment: Text.AlignVCenter
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.rowHeight
        radius: Theme.radius
        color: Theme.surfaceAlt
        RowLayout {
            spacing: Theme.spacingS
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingS
            anchors.rightMargin: Theme.spacingS
            Cell { Layout.preferredWidth: Theme.columnMedium; font.bold: true; text: qsTr("Time") }
            Cell { Layout.preferredWidth: Theme.columnWide; font.bold: true; text: qsTr("Rule") }
            Cell { Layout.preferredWidth: Theme.columnMedium; font.bold: true; text: qsTr("Channel") }
            Cell { Layout.preferredWidth: Theme.columnWide; font.bold: true; text: qsTr("Origin") }
            Cell { Layout.fillWidth: true; font.bold: true; text: qsTr("Outcome") }
            Cell { Layout.preferredWidth: Theme.columnNarrow; font.bold: true; text: qsTr("HTTP") }
            Cell { Layout.preferredWidth: Theme.columnNarrow; font.bold: true; text: qsTr("ms") }
            Cell { Layout.preferredWidth: Theme.columnNarrow; font.bold: true; text: qsTr("Tries") }
        }
    }

    ListView {
        id: list
        objectName: "deliveryLog"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.harness.deliveries
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        delegate: Rectangle {
            id: row
            required property int index
            required property string time
            required property string rule
            required property string channel
            required property string channelType
            required property string origin
            required property string outcome
            required property bool delivered
            required property int httpStatus
            required property double latencyMs
            required property int attempts
            required property string message

            width: ListView.view.width
            height: Theme.rowHeight
            color: index % 2 ? Theme.surface : Theme.window

            RowLayout {
                spacing: Theme.spacingS
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingS
                anchors.rightMargin: Theme.spacingS
                Cell { Layout.preferredWidth: Theme.columnMedium; text: row.time }
                Cell { Layout.preferredWidth: Theme.columnWide; text: row.rule }
                Cell { Layout.preferredWidth: Theme.columnMedium; text: row.channel + " (" + row.channelType + ")" }
                Cell { Layout.preferredWidth: Theme.columnWide; text: row.origin; font.family: Theme.monospace; font.pixelSize: Theme.fontSmall }
                Cell {
                    objectName: "outcome-" + row.index
                    Layout.fillWidth: true
                    font.bold: true
                    color: row.delivered ? Theme.success : Theme.danger
                    text: (row.delivered ? "✓ " : "✗ ") + row.message
                    ToolTip.visible: outcomeArea.containsMouse
                    ToolTip.text: row.outcome + ": " + row.message
                    MouseArea {
                        id: outcomeArea
                        anchors.fill: parent
                        hoverEnabled: true
                    }
                }
                Cell { Layout.preferredWidth: Theme.columnNarrow; text: row.httpStatus > 0 ? row.httpStatus : "–" }
                Cell { Layout.preferredWidth: Theme.columnNarrow; text: row.latencyMs }
                Cell { Layout.preferredWidth: Theme.columnNarrow; text: row.attempts }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            color: Theme.textMuted
            text: qsTr("Nothing was sent for real yet.")
        }
    }
}
