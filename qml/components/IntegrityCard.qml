import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Integrity: the status, and on a violation its type, severity and the running digest against
// the one Artifactory expects, with copy.
Rectangle {
    id: root

    required property integrityEvidence integrity
    readonly property bool violation: integrity.violation
    readonly property bool provided: integrity.provided
    readonly property bool digestsMatch: integrity.digestsMatch
    signal copyDigests()

    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    radius: Theme.radiusLarge
    color: violation ? Theme.dangerSurface : Theme.window
    border.color: violation ? Theme.riskIntegrity : Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("INTEGRITY")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                font.letterSpacing: 0.6
                color: Theme.textMuted
            }
            Label {
                objectName: "integrityStatus"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.bold: root.provided
                font.italic: !root.provided
                color: root.violation ? Theme.riskIntegrity : (root.provided ? Theme.success : Theme.textMuted)
                text: !root.provided ? qsTr("not provided by the platform")
                      : root.violation ? qsTr("Violation")
                      : root.integrity.status === "ok" ? qsTr("Verified: the running image is the one built") : root.integrity.status
            }
            ActionButton {
                visible: root.integrity.runtimeDigest.length > 0 || root.integrity.expectedDigest.length > 0
                text: qsTr("Copy digests")
                onClicked: root.copyDigests()
            }
        }
        GridLayout {
            visible: root.violation
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingL
            DetailField {
                Layout.fillWidth: true
                label: qsTr("Violation type")
                value: root.integrity.violationType
            }
            DetailField {
                Layout.fillWidth: true
                label: qsTr("Severity")
                value: root.integrity.severity
                valueColor: Theme.riskIntegrity
            }
        }
        DetailField {
            Layout.fillWidth: true
            visible: root.provided
            label: qsTr("Runtime digest (running now)")
            value: root.integrity.runtimeDigest
            monospace: true
            valueColor: root.violation && !root.digestsMatch ? Theme.riskIntegrity : Theme.text
        }
        DetailField {
            Layout.fillWidth: true
            visible: root.provided
            label: qsTr("Expected digest (Artifactory)")
            value: root.integrity.expectedDigest
            monospace: true
        }
        Label {
            visible: root.provided && root.integrity.runtimeDigest.length > 0 && root.integrity.expectedDigest.length > 0
            font.pixelSize: Theme.fontSmall
            color: root.digestsMatch ? Theme.success : Theme.riskIntegrity
            text: root.digestsMatch ? qsTr("= the digests are equal") : qsTr("≠ the digests differ")
        }
    }
}
