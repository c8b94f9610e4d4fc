pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The Images title row: counts, the time period, expand/collapse, saved views and columns.
Rectangle {
    id: root

    required property ImagesController controller
    required property Inventory inventory
    readonly property ImageListModel model: controller.model

    implicitHeight: row.implicitHeight + Theme.spacingM * 2
    color: Theme.window

    RowLayout {
        id: row
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
            objectName: "imageCount"
            Layout.alignment: Qt.AlignBaseline
            visible: root.inventory.hasData
            color: Theme.textMuted
            text: root.controller.filter.filtered
                  ? qsTr("%L1 images · %L2 of %L3 tags").arg(root.model.imageCount).arg(root.model.tagCount).arg(root.inventory.tagCount)
                  : qsTr("%L1 images · %L2 tags").arg(root.model.imageCount).arg(root.model.tagCount)
        }
        Item {
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Time period")
            color: Theme.textMuted
        }
        FlatComboBox {
            id: period
            objectName: "timePeriod"
            Layout.preferredWidth: 170
            model: root.controller.timePeriods
            currentIndex: Math.max(0, root.controller.timePeriods.indexOf(root.controller.timePeriod)) // qmllint disable type
            displayText: root.controller.timePeriodLabel(root.controller.timePeriod)
            delegate: ItemDelegate {
                required property string modelData
                required property int index
                width: period.width
                text: root.controller.timePeriodLabel(modelData)
                highlighted: period.highlightedIndex === index
            }
            onActivated: index => root.controller.requestTimePeriod(root.controller.timePeriods[index])
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("The platform reports no time per tag: the period is what the sync asks the platform for. Choosing one syncs again.")
        }
        ActionButton {
            objectName: "expandAll"
            text: root.model.allExpanded ? qsTr("Collapse all") : qsTr("Expand all")
            onClicked: root.model.allExpanded ? root.model.collapseAll() : root.model.expandAll()
        }
        SavedViewsButton {
            controller: root.controller
        }
        ChecklistButton {
            id: columnsButton
            objectName: "columnsButton"
            text: qsTr("Columns ▾")
            options: root.controller.columns.keys.filter(c => c !== "name") // qmllint disable type
            checkedValues: root.controller.columns.keys.filter(c => root.controller.columns.hidden.indexOf(c) < 0) // qmllint disable type
            labels: columnsButton.options.map(column => ColumnTitles.title(column)) // qmllint disable type
            onToggled: value => root.controller.columns.toggle(value)
        }
    }
}
