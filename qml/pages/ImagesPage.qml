pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Live Assessment > Images: the synced image tags, read from the cache in windows.
Page {
    id: root

    background: Rectangle {
        color: Theme.window
    }

    TagListModel {
        id: tags
        inventory: Services.inventory
        search: searchField.text
    }

    header: ToolBar {
        background: Rectangle {
            color: Theme.window
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingL
            spacing: Theme.spacingM
            Label {
                text: qsTr("Images")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
            }
            Label {
                objectName: "tagCount"
                text: qsTr("%L1 tags").arg(tags.count)
                color: Theme.textMuted
            }
            Item {
                Layout.fillWidth: true
            }
            TextField {
                id: searchField
                objectName: "searchField"
                Layout.preferredWidth: 320
                placeholderText: qsTr("Search names, digests, people, CVEs…")
                selectByMouse: true
                Keys.onEscapePressed: clear()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.rowHeight
            color: Theme.surfaceAlt
            radius: Theme.radius
            TagRowLayout {
                anchors.fill: parent
                header: true
            }
        }

        ListView {
            id: list
            objectName: "tagList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: tags
            reuseItems: true
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            focus: true
            currentIndex: 0
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: rowItem
                required property int index
                required property string reference
                required property string registry
                required property string repositoryPath
                required property var risks
                required property int vulnerabilities
                required property string runtimeStatus
                required property int workloads
                required property int clusters
                required property bool changed

                width: ListView.view.width
                height: Theme.rowHeight
                color: ListView.isCurrentItem ? Theme.selection : (index % 2 ? Theme.surface : Theme.window)

                TagRowLayout {
                    anchors.fill: parent
                    reference: rowItem.reference
                    registry: rowItem.registry
                    repositoryPath: rowItem.repositoryPath
                    risks: rowItem.risks
                    vulnerabilities: rowItem.vulnerabilities
                    runtimeStatus: rowItem.runtimeStatus
                    workloads: rowItem.workloads
                    clusters: rowItem.clusters
                    changed: rowItem.changed
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: {
                        list.currentIndex = rowItem.index
                        list.forceActiveFocus()
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
                text: Services.inventory.hasData ? qsTr("No image tag matches the search.")
                                                 : qsTr("Nothing synced yet. Connect to a platform and press Sync.")
            }
        }
    }
}
