pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The other rows the platform sent for this tag: its other architectures ("Also built for") and other
// digests of the same architecture (a re-pushed tag whose old digest still runs). One click opens one.
ColumnLayout {
    id: root

    required property RecordListModel siblings
    signal openRow(real rowId)

    visible: siblings.count > 0
    spacing: Theme.spacingXs

    Label {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textMuted
        text: qsTr("Other architectures and digests of this tag (%n)", "", root.siblings.count)
    }
    Flow {
        objectName: "tagSiblings"
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        Repeater {
            model: root.siblings
            delegate: ActionButton {
                id: sibling
                required property real rowId
                required property string architecture
                required property string digest
                required property string riskSummary
                required property bool sameArchitecture
                readonly property string shortDigest: digest.length > 0 ? digest.replace("sha256:", "").substring(0, 12)
                                                                        : qsTr("no digest")
                objectName: "sibling_" + architecture
                text: sameArchitecture ? qsTr("%1 · other digest %2").arg(architecture || qsTr("no architecture")).arg(shortDigest)
                                       : qsTr("%1 · %2").arg(architecture || qsTr("no architecture")).arg(shortDigest)
                Accessible.name: qsTr("Open the %1 row, digest %2").arg(architecture).arg(digest)
                onClicked: root.openRow(sibling.rowId)
                PlainToolTip { // the digest is the platform's string: plain text
                    visible: sibling.hovered
                    text: (sibling.digest.length > 0 ? sibling.digest : qsTr("The platform sent no digest for this row."))
                          + (sibling.riskSummary.length > 0 ? "\n" + qsTr("Risks: %1").arg(sibling.riskSummary) : "")
                }
            }
        }
    }
}
