pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Live Assessment > Images: images grouped as JFrog shows them, each expanding to its tags, and
// the detailed view of the open tag beside the list. Logic lives in ImagesController and
// TagDetailController; this file lays them out.
Page {
    id: root

    // The open tag (registry/repository_path/name:tag), for panels that act on it.
    readonly property string selectedReference: controller.openedReference
    // --screenshot waits for this: an --open tag found, and its detail loaded.
    readonly property bool ready: !controller.opening
                                  && (controller.openedRowId === 0 || (detail.loaded && !detail.loading)) // qmllint disable type
    readonly property alias controller: controller
    readonly property alias detail: detail
    // "Simulate alarm" in the detailed view: Main opens the alarm harness on the tag.
    signal simulateRequested(string reference, string kind)

    background: Rectangle {
        color: Theme.window
    }

    ImagesController {
        id: controller
        inventory: Services.inventory
        preferences: Services.views
        sync: Services.sync
        Component.onCompleted: {
            if (Services.openReference.length > 0)
                openReference(Services.openReference)
        }
    }

    TagDetailController {
        id: detail
        inventory: Services.inventory
        connection: Services.connection
        people: Services.people
        rowId: controller.openedRowId // qmllint disable type
    }

    header: ColumnLayout {
        spacing: 0

        ImagesToolbar {
            Layout.fillWidth: true
            controller: controller
            inventory: Services.inventory
        }
        FilterBar {
            id: filterBar
            Layout.fillWidth: true
            controller: controller
            onLeaveRequested: imageList.focusList()
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        handle: Rectangle {
            implicitWidth: 1
            color: SplitHandle.hovered || SplitHandle.pressed ? Theme.accent : Theme.border
        }

        ImageList {
            id: imageList
            SplitView.fillWidth: true
            SplitView.minimumWidth: Theme.listMinWidth
            controller: controller
            openedRowId: controller.openedRowId // qmllint disable type
            onFilterRequested: filterBar.focusFilter()
        }

        TagDetailPane { // beside the list once a tag is open; the list has the width until then
            objectName: "tagDetail"
            visible: detail.rowId > 0 // qmllint disable type
            SplitView.preferredWidth: Theme.detailWidth
            SplitView.minimumWidth: Theme.detailMinWidth
            detail: detail
            onShowPerson: (role, name) => controller.showPerson(role, name)
            onSimulate: (reference, kind) => root.simulateRequested(reference, kind)
            onOpenRow: rowId => controller.openRowId(rowId)
        }
    }

    Shortcut {
        sequence: "/"
        enabled: root.visible && !filterBar.editing
        onActivated: filterBar.focusFilter()
    }
}
