pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import RuntimeDesk.Core

// A small table over a RecordListModel, one RecordColumn per column; the last column takes the rest. An empty cell says "not provided"; an empty table says `emptyText`.
Item {
    id: root

    required property RecordListModel model
    property list<RecordColumn> columns
    property string emptyText

    implicitHeight: Math.min(Theme.tableMaxHeight, Theme.headerHeight + Math.max(1, model.count) * Theme.rowHeight + 2)

    function widthOf(i: int): real {
        if (i < columns.length - 1)
            return columns[i].width
        let used = 0
        for (let j = 0; j < columns.length - 1; ++j)
            used += columns[j].width
        return Math.max(80, width - used)
    }

    function colorOf(column: RecordColumn, value: string): color {
        if (column.severityColors && value === "Critical")
            return Theme.riskCritical
        if (column.severityColors && value === "High")
            return Theme.warning
        return Theme.text
    }

    Rectangle {
        id: header
        width: parent.width
        height: Theme.headerHeight
        color: Theme.surfaceAlt
        radius: Theme.radius
        Row {
            anchors.fill: parent
            Repeater {
                model: root.columns
                delegate: CellLabel {
                    required property RecordColumn modelData
                    required property int index
                    width: root.widthOf(index)
                    height: Theme.headerHeight
                    font.pixelSize: Theme.fontSmall + 1
                    font.bold: true
                    color: Theme.textMuted
                    horizontalAlignment: modelData.alignRight ? Text.AlignRight : Text.AlignLeft
                    text: modelData.title
                }
            }
        }
    }
    ListView {
        id: list
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        model: root.model
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        delegate: Rectangle {
            id: row
            // The row's roles by name: the columns choose which, so no typed role property fits.
            required property var model // untyped: a delegate's model object, read by role name
            required property int index
            width: ListView.view.width
            height: Theme.rowHeight
            color: index % 2 ? Theme.window : Theme.surface
            Row {
                anchors.fill: parent
                Repeater {
                    model: root.columns
                    delegate: CellLabel {
                        id: cell
                        required property RecordColumn modelData
                        required property int index
                        readonly property string value: String(row.model[modelData.role] ?? "")
                        width: root.widthOf(index)
                        horizontalAlignment: modelData.alignRight ? Text.AlignRight : Text.AlignLeft
                        font.family: modelData.mono && value.length > 0 ? Theme.monospace : Qt.application.font.family // qmllint disable type
                        font.pixelSize: modelData.mono && value.length > 0 ? Theme.fontMono : Theme.fontBody
                        font.italic: value.length === 0
                        color: value.length === 0 ? Theme.textMuted : root.colorOf(modelData, value)
                        text: value.length > 0 ? value : qsTr("not provided")
                        HoverHandler {
                            id: cellHover
                        }
                        Loader { // only while hovered: a table has many cells
                            anchors.fill: parent
                            active: cellHover.hovered && (cell.truncated || cell.value.length === 0)
                            sourceComponent: Item {
                                PlainToolTip {
                                    visible: true
                                    text: cell.value.length > 0 ? cell.value : qsTr("not provided by the platform")
                                }
                            }
                        }
                    }
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            width: parent.width - Theme.spacingL * 2
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.textMuted
            text: root.emptyText
        }
    }
}
