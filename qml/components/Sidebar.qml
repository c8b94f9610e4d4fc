pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The navigation rail: one entry per page.
Rectangle {
    id: root

    property string currentPage
    signal pageRequested(string name)

    implicitWidth: Theme.sidebarWidth
    color: Theme.surface

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingS
            leftPadding: Theme.spacingS
            text: qsTr("Live Assessment")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.textMuted
        }

        Repeater {
            model: [
                { name: "images", label: qsTr("Images") },
                { name: "rules", label: qsTr("Rules") },
                { name: "harness", label: qsTr("Alarm harness") },
                { name: "settings", label: qsTr("Connection") }
            ]
            delegate: ItemDelegate {
                id: entry
                required property var modelData
                Layout.fillWidth: true
                objectName: "nav-" + modelData.name
                text: modelData.label
                highlighted: root.currentPage === modelData.name
                onClicked: root.pageRequested(modelData.name)
                background: Rectangle {
                    radius: Theme.radius
                    color: entry.highlighted ? Theme.selection : (entry.hovered ? Theme.surfaceAlt : "transparent")
                }
            }
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
