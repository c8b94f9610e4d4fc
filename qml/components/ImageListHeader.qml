pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import RuntimeDesk.Core

// The column titles: click to sort (again to reverse), drag a right edge to resize.
Rectangle {
    id: root

    required property ImageColumns columns
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
            model: root.columns
            delegate: Item {
                id: cell
                required property string key
                required property int columnWidth
                required property bool shown
                required property bool sorted
                required property bool numeric
                visible: cell.shown
                width: cell.key === "name" ? root.nameWidth : cell.columnWidth
                height: root.height

                Label {
                    anchors.fill: parent
                    anchors.leftMargin: cell.key === "name" ? Theme.expanderWidth + Theme.spacingS : Theme.spacingS
                    anchors.rightMargin: Theme.spacingS
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: cell.numeric ? Text.AlignRight : Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall + 1
                    font.bold: true
                    color: cell.sorted ? Theme.text : Theme.textMuted
                    text: ColumnTitles.title(cell.key) + (cell.sorted ? (root.columns.sortDescending ? " ▼" : " ▲") : "")
                }
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.PointingHandCursor
                    onClicked: root.columns.sortBy(cell.key)
                }
                MouseArea {
                    property real startX
                    property int startWidth
                    visible: cell.key !== "name"
                    anchors.right: parent.right
                    width: Theme.spacingS
                    height: parent.height
                    cursorShape: Qt.SplitHCursor
                    onPressed: mouse => {
                        startX = mapToItem(root, mouse.x, 0).x
                        startWidth = cell.width
                    }
                    onPositionChanged: mouse => root.columns.setWidth(cell.key, startWidth + mapToItem(root, mouse.x, 0).x - startX)
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
