pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import RuntimeDesk.Core

// The column titles: click to sort (again to reverse), drag a right edge to resize.
Rectangle {
    id: root

    required property ImagesController controller
    required property var widths
    required property var shown
    required property int nameWidth

    implicitHeight: Theme.headerHeight
    color: Theme.surfaceAlt

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    Row {
        anchors.fill: parent
        anchors.leftMargin: Theme.markerWidth

        Repeater {
            model: root.controller.columns
            delegate: Item {
                id: cell
                required property string modelData
                readonly property bool sorted: root.controller.sortColumn === modelData
                readonly property bool numeric: ["vulnerabilities", "workloads", "clusters"].indexOf(modelData) >= 0
                visible: root.shown[modelData]
                width: modelData === "name" ? root.nameWidth : root.widths[modelData]
                height: root.height

                Label {
                    anchors.fill: parent
                    anchors.leftMargin: cell.modelData === "name" ? Theme.expanderWidth + Theme.spacingS : Theme.spacingS
                    anchors.rightMargin: Theme.spacingS
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: cell.numeric ? Text.AlignRight : Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall + 1
                    font.bold: true
                    color: cell.sorted ? Theme.text : Theme.textMuted
                    text: ColumnTitles.title(cell.modelData) + (cell.sorted ? (root.controller.sortDescending ? " ▼" : " ▲") : "")
                }
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.PointingHandCursor
                    onClicked: root.controller.sortBy(cell.modelData)
                }
                MouseArea {
                    property real startX
                    property int startWidth
                    visible: cell.modelData !== "name"
                    anchors.right: parent.right
                    width: Theme.spacingS
                    height: parent.height
                    cursorShape: Qt.SplitHCursor
                    onPressed: mouse => {
                        startX = mapToItem(root, mouse.x, 0).x
                        startWidth = cell.width
                    }
                    onPositionChanged: mouse => root.controller.setColumnWidth(cell.modelData, startWidth + mapToItem(root, mouse.x, 0).x - startX)
                    Rectangle {
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        width: 1
                        height: parent.height / 2
                        color: Theme.border
                    }
                }
            }
        }
    }
}
