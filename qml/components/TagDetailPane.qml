import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The detailed view of the open tag: who built and deployed it first, then build, registry,
// integrity and the tabs. Whatever the platform does not provide says so.
Rectangle {
    id: root

    required property TagDetailController detail
    signal showPerson(string role, string name)
    signal simulate(string reference, string kind) // the alarm harness on this tag
    signal openRow(real rowId) // another row of the same tag

    color: Theme.surface

    OwnerTrailDialog {
        id: trailDialog
        trail: Services.ownerTrail
    }
    PersonEditDialog {
        id: personDialog
        people: Services.people
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXl * 2, 380)
        visible: !root.detail.loaded
        title: qsTr("No image tag open")
        text: root.detail.sourceNote.length > 0 ? root.detail.sourceNote
              : qsTr("Click a tag, or move with ↑ ↓ → and press Enter, to see who built and deployed it. / filters, Esc clears.")
    }

    Loader { // created when a tag is first opened: the page starts faster without it
        anchors.fill: parent
        active: root.detail.loaded || item !== null
        visible: root.detail.loaded
        sourceComponent: details
    }

    Component {
        id: details

        ScrollView {
            id: scroll
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.spacingL

                TagDetailHeader {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingL
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    detail: root.detail // qmllint disable unqualified
                    onSimulate: kind => root.simulate(root.detail.identity.fullReference, kind)
                    onOpenRow: rowId => root.openRow(rowId)
                }

                GridLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    columns: width > 2 * Theme.detailMinWidth - Theme.spacingXl ? 2 : 1
                    columnSpacing: Theme.spacingM
                    rowSpacing: Theme.spacingM
                    PersonCard {
                        objectName: "buildOwner"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        title: qsTr("Build Owner")
                        person: root.detail.buildOwner // qmllint disable unqualified
                        detail: root.detail // qmllint disable unqualified
                        onShowAll: (role, name) => root.showPerson(role, name)
                        onSetUpTrail: trailDialog.open() // qmllint disable unqualified
                        onAddToDirectory: name => personDialog.openFor(name) // qmllint disable unqualified
                    }
                    PersonCard {
                        objectName: "deployedBy"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        title: qsTr("Deployed By")
                        person: root.detail.deployedBy // qmllint disable unqualified
                        detail: root.detail // qmllint disable unqualified
                        onShowAll: (role, name) => root.showPerson(role, name)
                        onSetUpTrail: trailDialog.open() // qmllint disable unqualified
                        onAddToDirectory: name => personDialog.openFor(name) // qmllint disable unqualified
                    }
                }

                // Documenting the finding: triage status, notes, ticket, evidence export.
                ColumnLayout {
                    objectName: "findingSlot"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    spacing: Theme.spacingM
                    FindingPanel {
                        objectName: "findingPanel"
                        Layout.fillWidth: true
                        reference: root.detail.identity.fullReference // qmllint disable unqualified
                    }
                }

                GridLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    columns: 2
                    columnSpacing: Theme.spacingL
                    rowSpacing: Theme.spacingM
                    DetailField {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Build name")
                        value: root.detail.build.name // qmllint disable unqualified
                    }
                    DetailField {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Build number")
                        value: root.detail.build.number // qmllint disable unqualified
                    }
                    DetailField {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Build repository")
                        value: root.detail.build.repository // qmllint disable unqualified
                    }
                    DetailField {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Registry")
                        value: root.detail.identity.registry // qmllint disable unqualified
                    }
                    DetailField {
                        objectName: "registryTrust"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Registry trust")
                        value: root.detail.identity.registryTrust === "trusted" ? qsTr("Trusted registry") // qmllint disable unqualified
                               : root.detail.identity.registryTrust === "untrusted" ? qsTr("Untrusted registry") : ""
                        valueColor: root.detail.identity.registryTrust === "untrusted" ? Theme.riskUntrusted : Theme.success // qmllint disable unqualified
                    }
                }

                IntegrityCard {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    integrity: root.detail.integrity // qmllint disable unqualified
                    onCopyDigests: root.detail.copyDigests() // qmllint disable unqualified
                }

                DetailTables {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    tables: root.detail.tables // qmllint disable unqualified
                    registryTrust: root.detail.identity.registryTrust // qmllint disable unqualified
                }

                Label {
                    objectName: "sourceNote"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    Layout.bottomMargin: Theme.spacingL
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    text: root.detail.loading ? qsTr("Asking the platform for this tag's detail…") : root.detail.sourceNote // qmllint disable unqualified
                }
            }
        }
    }
}
