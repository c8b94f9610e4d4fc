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
            model: ListModel {
                ListElement { pageName: "images"; pageTitle: qsTr("Images") }
                ListElement { pageName: "people"; pageTitle: qsTr("People") }
                ListElement { pageName: "rules"; pageTitle: qsTr("Rules") }
                ListElement { pageName: "harness"; pageTitle: qsTr("Alarm harness") }
                ListElement { pageName: "settings"; pageTitle: qsTr("Connection") }
            }
            delegate: ItemDelegate {
                id: entry
                required property string pageName
                required property string pageTitle
                Layout.fillWidth: true
                objectName: "nav-" + entry.pageName
                text: entry.pageTitle
                highlighted: root.currentPage === entry.pageName
                onClicked: root.pageRequested(entry.pageName)
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
