import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One row of the People table: the person, what the directory knows, and the counts as links to the
// Images list filtered to them.
Rectangle {
    id: root

    required property int index
    required property string name
    required property string label
    required property string email
    required property string slackId
    required property string team
    required property string source
    required property string sourceLabel
    required property string detail
    required property int tags
    required property int riskyTags
    property bool current: false
    signal editRequested(string name)
    signal showRequested(string name, bool riskyOnly, Item from)
    signal selected(int index)

    implicitHeight: Theme.rowHeight
    color: current ? Theme.selection : (hover.hovered ? Theme.hover : "transparent")

    HoverHandler {
        id: hover
    }
    TapHandler {
        onTapped: root.selected(root.index)
        onDoubleTapped: root.editRequested(root.name)
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingS

        CellLabel {
            Layout.preferredWidth: Theme.columnWide * 1.4
            text: root.label
            font.bold: true
        }
        CellLabel {
            Layout.preferredWidth: Theme.columnWide * 1.4
            text: root.email.length > 0 ? root.email : "—"
            color: root.email.length > 0 ? Theme.text : Theme.textMuted
        }
        CellLabel {
            Layout.preferredWidth: Theme.columnWide * 0.8
            text: root.slackId.length > 0 ? root.slackId : "—"
            color: root.slackId.length > 0 ? Theme.text : Theme.textMuted
        }
        CellLabel {
            Layout.preferredWidth: Theme.columnWide
            text: root.team.length > 0 ? root.team : "—"
            color: root.team.length > 0 ? Theme.text : Theme.textMuted
        }
        Label {
            id: sourceLabel
            objectName: "personSource"
            Layout.preferredWidth: Theme.columnMedium
            textFormat: Text.PlainText
            text: root.sourceLabel
            color: root.source === "unresolved" ? Theme.warning : (root.source === "yours" ? Theme.accent : Theme.success)
            HoverHandler {
                id: sourceHover
            }
            PlainToolTip {
                visible: sourceHover.hovered
                text: root.detail
            }
        }
        LinkCount {
            id: tagsLink
            objectName: "personTags"
            Layout.preferredWidth: Theme.columnNarrow
            count: root.tags
            onActivated: root.showRequested(root.name, false, tagsLink)
        }
        LinkCount {
            id: riskyLink
            objectName: "personRiskyTags"
            Layout.preferredWidth: Theme.columnNarrow
            count: root.riskyTags
            danger: true
            onActivated: root.showRequested(root.name, true, riskyLink)
        }
        Item {
            Layout.fillWidth: true
        }
    }

    component LinkCount: Label {
        id: link
        property int count
        property bool danger: false
        signal activated()
        horizontalAlignment: Text.AlignRight
        textFormat: Text.PlainText
        text: count
        font.underline: count > 0 && linkHover.hovered
        color: count === 0 ? Theme.textMuted : (danger ? Theme.danger : Theme.accent)
        HoverHandler {
            id: linkHover
            cursorShape: link.count > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
        }
        TapHandler {
            enabled: link.count > 0
            onTapped: link.activated()
        }
    }
}
