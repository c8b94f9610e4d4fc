pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import RuntimeDesk.Core

// One row of the Images list: an image (expander, tag count) or one of its tags (indented).
// The cells follow ImageColumns.keys; every server string is plain text.
Rectangle {
    id: root

    required property int index
    required property string kind
    required property bool expanded
    required property string name
    required property string tag
    required property string reference
    required property string registry
    required property string repositoryPath
    required property string digest
    required property list<string> risks
    required property int vulnerabilities
    required property string runtimeStatus
    required property string architecture
    required property int workloads
    required property int clusters
    required property int tagCount
    required property int matchingTags
    required property bool changed
    required property bool riskiest
    required property real rowId

    property imageColumnWidths widths // a hidden column is 0 wide
    property int nameWidth
    property bool current: false
    property bool opened: false
    readonly property bool isImage: kind === "image"
    signal activated(int row)

    objectName: isImage ? "imageRow" : "tagRow"
    implicitHeight: Theme.rowHeight
    color: opened ? Theme.selection : (hover.hovered ? Theme.hover : (isImage ? Theme.surface : Theme.window))

    Rectangle { // changed since the last sync
        width: Theme.markerWidth
        height: parent.height
        color: root.changed ? Theme.changedMarker : "transparent"
    }
    Rectangle { // keyboard position
        anchors.fill: parent
        color: "transparent"
        border.width: root.current ? 1 : 0
        border.color: Theme.focusRing
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
        opacity: root.isImage ? 0.8 : 0.35
    }

    Row {
        anchors.fill: parent
        anchors.leftMargin: Theme.markerWidth

        Item { // name: image name with its tag count, or the tag
            width: root.nameWidth
            height: parent.height
            Text {
                id: expander
                x: root.isImage ? Theme.spacingXs : Theme.tagIndent
                width: Theme.expanderWidth
                anchors.verticalCenter: parent.verticalCenter
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                text: root.isImage ? (root.expanded ? "▾" : "▸") : ""
            }
            Text {
                id: title
                anchors.left: expander.right
                anchors.leftMargin: root.isImage ? Theme.spacingXs : 0
                anchors.right: count.left
                anchors.rightMargin: Theme.spacingS
                anchors.verticalCenter: parent.verticalCenter
                elide: Text.ElideRight
                textFormat: Text.PlainText
                font.bold: root.isImage
                font.family: root.isImage ? Qt.application.font.family : Theme.monospace // qmllint disable type
                font.pixelSize: root.isImage ? Theme.fontBody : Theme.fontMono
                color: Theme.text
                text: root.isImage ? root.name : root.tag
            }
            Text {
                id: count
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingS
                anchors.verticalCenter: parent.verticalCenter
                font.pixelSize: Theme.fontSmall
                color: root.isImage ? Theme.textMuted : Theme.riskIntegrity
                text: root.isImage
                      ? (root.matchingTags < root.tagCount ? qsTr("%L1 of %L2 tags").arg(root.matchingTags).arg(root.tagCount)
                                                           : (root.tagCount === 1 ? qsTr("1 tag") : qsTr("%L1 tags").arg(root.tagCount)))
                      : (root.riskiest ? qsTr("riskiest") : "")
            }
        }
        Item { // risk: the four chips in riskiest-first order, those that apply
            visible: root.widths.risk > 0
            width: root.widths.risk
            height: parent.height
            clip: true
            Row {
                x: Theme.spacingS
                anchors.verticalCenter: parent.verticalCenter
                spacing: 3
                RiskChip {
                    risk: "malicious"
                    compact: true
                    visible: root.risks.indexOf(risk) >= 0
                }
                RiskChip {
                    risk: "integrity_violation"
                    compact: true
                    visible: root.risks.indexOf(risk) >= 0
                }
                RiskChip {
                    risk: "untrusted_registry"
                    compact: true
                    visible: root.risks.indexOf(risk) >= 0
                }
                RiskChip {
                    risk: "critical_applicable_cves"
                    compact: true
                    visible: root.risks.indexOf(risk) >= 0
                }
            }
        }
        CellLabel {
            visible: root.widths.vulnerabilities > 0
            width: root.widths.vulnerabilities
            horizontalAlignment: Text.AlignRight
            color: root.vulnerabilities > 0 ? Theme.text : Theme.textMuted
            text: Number(root.vulnerabilities).toLocaleString(Qt.locale(), "f", 0)
        }
        Item { // runtime status
            visible: root.widths.status > 0
            width: root.widths.status
            height: parent.height
            Rectangle {
                id: dot
                x: Theme.spacingS
                anchors.verticalCenter: parent.verticalCenter
                width: 8
                height: 8
                radius: 4
                color: root.runtimeStatus === "running" ? Theme.statusRunning
                       : (root.runtimeStatus === "unknown" ? Theme.statusUnknown : Theme.statusStopped)
            }
            Text {
                anchors.left: dot.right
                anchors.leftMargin: Theme.spacingXs
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                elide: Text.ElideRight
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                color: root.runtimeStatus === "running" ? Theme.text : Theme.textMuted
                text: root.runtimeStatus.length > 0 ? root.runtimeStatus : qsTr("not provided")
            }
        }
        CellLabel {
            visible: root.widths.workloads > 0
            width: root.widths.workloads
            horizontalAlignment: Text.AlignRight
            text: root.workloads
        }
        CellLabel {
            visible: root.widths.clusters > 0
            width: root.widths.clusters
            horizontalAlignment: Text.AlignRight
            text: root.clusters
        }
        CellLabel {
            visible: root.widths.architecture > 0
            width: root.widths.architecture
            color: Theme.textMuted
            text: root.architecture
        }
        CellLabel {
            visible: root.widths.repository > 0
            width: root.widths.repository
            elide: Text.ElideMiddle
            color: root.isImage ? Theme.text : Theme.textMuted
            text: root.isImage ? root.repositoryPath : ""
        }
        CellLabel {
            visible: root.widths.registry > 0
            width: root.widths.registry
            elide: Text.ElideMiddle
            color: root.isImage ? Theme.text : Theme.textMuted
            text: root.isImage ? root.registry : ""
        }
    }

    HoverHandler {
        id: hover
    }
    TapHandler {
        onTapped: root.activated(root.index)
    }
    Loader { // the whole reference, made only while the pointer is on this row
        anchors.fill: parent
        active: hover.hovered && (title.truncated || root.changed || root.risks.length > 2)
        sourceComponent: Item {
            PlainToolTip {
                visible: true
                text: root.reference + (root.digest.length > 0 ? "\nsha256:" + root.digest.replace(/^sha256:/, "") : "")
                      + (root.risks.length > 0 ? "\n" + qsTr("Risks: %1").arg(root.risks.join(", ")) : "")
                      + (root.changed ? "\n" + qsTr("Changed since the last sync") : "")
            }
        }
    }
}
