pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import RuntimeDesk.Core

// The images and their tags: the column header, the rows, the tree keys and the empty states.
FocusScope {
    id: root

    required property ImagesController controller
    property real openedRowId: 0
    readonly property ImageListModel model: controller.model
    // Column widths: the defaults, then what the user dragged; a hidden column is 0 wide.
    readonly property imageColumnWidths widths: controller.columns.widths
    readonly property int fixedWidth: Theme.markerWidth + widths.others
    readonly property int nameWidth: Math.max(Theme.nameMinWidth, Math.max(widths.name, list.width - fixedWidth))
    readonly property int rowWidth: nameWidth + fixedWidth
    signal filterRequested()

    function focusList() {
        list.forceActiveFocus()
        if (list.currentIndex < 0 && list.count > 0)
            list.currentIndex = 0
    }

    Item { // the column titles, scrolled sideways with the rows
        id: headerClip
        anchors.left: parent.left
        anchors.right: parent.right
        height: Theme.headerHeight
        clip: true
        z: 2
        ImageListHeader {
            x: -list.contentX
            width: Math.max(list.width, root.rowWidth)
            height: parent.height
            columns: root.controller.columns
            nameWidth: root.nameWidth
        }
    }

    ListView {
        id: list
        objectName: "imageList"
        anchors.top: headerClip.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        focus: true
        model: root.model
        reuseItems: true
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.AutoFlickIfNeeded
        contentWidth: root.rowWidth
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        highlightRangeMode: ListView.NoHighlightRange
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}

        delegate: ImageListRow {
            width: Math.max(list.width, root.rowWidth)
            widths: root.widths
            nameWidth: root.nameWidth
            current: ListView.isCurrentItem && list.activeFocus
            opened: kind === "tag" && rowId === root.openedRowId
            onActivated: row => {
                list.currentIndex = row
                root.controller.open(row)
                list.forceActiveFocus()
            }
        }

        Keys.onPressed: event => {
            const row = list.currentIndex
            if (event.key === Qt.Key_Right) {
                list.currentIndex = root.model.stepRight(row)
            } else if (event.key === Qt.Key_Left) {
                list.currentIndex = root.model.stepLeft(row)
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                root.controller.open(row)
            } else if (event.key === Qt.Key_Space) {
                if (root.model.isImage(row))
                    root.model.toggle(row)
            } else if (event.key === Qt.Key_Escape) {
                root.controller.filter.clear()
            } else if (event.text === "/") {
                root.filterRequested()
            } else {
                return
            }
            event.accepted = true
        }
    }

    Connections {
        target: root.controller
        function onRowRequested(row: int) {
            list.currentIndex = row
            list.positionViewAtIndex(row, ListView.Center)
        }
    }
    Connections {
        target: root.model
        function onContentReplaced() {
            list.currentIndex = list.count > 0 ? 0 : -1
            list.positionViewAtBeginning()
        }
    }

    EmptyState {
        anchors.centerIn: list
        width: Math.min(parent.width - Theme.spacingXl * 2, 460)
        visible: list.count === 0
        title: !Services.inventory.hasData ? qsTr("Nothing synced yet")
               : qsTr("No image matches")
        text: !Services.inventory.hasData ? qsTr("Connect to a platform and press Sync (Ctrl+R). The inventory is kept on this machine, so it opens instantly next time.")
              : qsTr("No image tag matches this filter and these chips.")
        actionText: Services.inventory.hasData ? qsTr("Clear the filter") : ""
        onActionClicked: root.controller.filter.clear()
    }
}
