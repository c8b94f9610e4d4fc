pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import RuntimeDesk.Core

// People: every Build Owner and Deployed By of the inventory, who they are (your entries, the
// platform's Access API, or unresolved and why), and how many tags and risky tags they built or
// deployed. Edit a row, import a file, resolve on the platform. Logic lives in PeopleController.
Page {
    id: root

    property PeopleController people: Services.people
    // A count was clicked: Main opens the Images list with this filter.
    signal showTagsRequested(string filterText)

    function editCurrent() {
        if (list.currentIndex >= 0 && list.currentItem)
            editDialog.openFor((list.currentItem as PeopleRow).name)
    }

    background: Rectangle {
        color: Theme.window
    }

    header: Rectangle {
        implicitHeight: bar.implicitHeight + Theme.spacingM * 2
        color: Theme.surface

        RowLayout {
            id: bar
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingS

            Label {
                text: qsTr("People")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                objectName: "peopleCounts"
                text: qsTr("%1 people, %2 unresolved").arg(list.count).arg(root.people.unresolvedCount)
                color: Theme.textMuted
            }
            Label {
                id: summaryLabel
                objectName: "peopleSummary"
                Layout.fillWidth: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
                text: root.people.summary
                color: root.people.failed ? Theme.warning : Theme.textMuted
                HoverHandler {
                    id: summaryHover
                }
                PlainToolTip {
                    visible: summaryHover.hovered && summaryLabel.truncated
                    text: root.people.summary
                }
            }
            ProgressBar {
                objectName: "resolveProgress"
                visible: root.people.running
                from: 0
                to: Math.max(1, root.people.total)
                value: root.people.done
            }
            ActionButton {
                objectName: "peopleEdit"
                text: qsTr("Edit…")
                enabled: list.currentIndex >= 0
                onClicked: root.editCurrent()
            }
            ActionButton {
                objectName: "peopleImport"
                text: qsTr("Import…")
                onClicked: importDialog.open()
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("CSV with the header name,email,slack_id,team, or a JSON array of such objects")
            }
            ActionButton {
                objectName: "peopleResolve"
                primary: !root.people.running
                text: root.people.running ? qsTr("Cancel") : qsTr("Resolve")
                enabled: root.people.running || root.people.unresolvedCount > 0
                onClicked: root.people.running ? root.people.cancel() : root.people.resolve()
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Ask the platform's Access API who each unresolved name is (needs an admin-scoped token)")
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.headerHeight
            color: Theme.surfaceAlt

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingM
                spacing: Theme.spacingS
                Title { Layout.preferredWidth: Theme.columnWide * 1.4; text: qsTr("Name") }
                Title { Layout.preferredWidth: Theme.columnWide * 1.4; text: qsTr("E-mail") }
                Title { Layout.preferredWidth: Theme.columnWide * 0.8; text: qsTr("Slack member ID") }
                Title { Layout.preferredWidth: Theme.columnWide; text: qsTr("Team") }
                Title { Layout.preferredWidth: Theme.columnMedium; text: qsTr("Source") }
                Title { Layout.preferredWidth: Theme.columnNarrow; text: qsTr("Tags"); horizontalAlignment: Text.AlignRight }
                Title { Layout.preferredWidth: Theme.columnNarrow; text: qsTr("Risky"); horizontalAlignment: Text.AlignRight }
                Item { Layout.fillWidth: true }
            }
        }

        ListView {
            id: list
            objectName: "peopleList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            model: root.people.model
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: root.editCurrent()
            Keys.onEnterPressed: root.editCurrent()
            delegate: PeopleRow {
                width: ListView.view.width
                current: ListView.isCurrentItem
                onSelected: index => {
                    list.currentIndex = index
                    list.forceActiveFocus()
                }
                onEditRequested: name => editDialog.openFor(name)
                onShowRequested: (name, riskyOnly, from) => roleMenu.openFor(name, riskyOnly, from)
            }

            EmptyState {
                anchors.centerIn: parent
                visible: list.count === 0
                title: qsTr("No people yet")
                text: qsTr("Build Owners and Deployed By appear here after a sync; import your own directory meanwhile.")
            }
        }
    }

    // A count covers what they built and what they deployed; the Images filter asks for one role.
    Menu {
        id: roleMenu
        objectName: "peopleRoleMenu"
        property string name
        property bool riskyOnly

        function openFor(person: string, risky: bool, from: Item) {
            roleMenu.name = person
            roleMenu.riskyOnly = risky
            roleMenu.popup(from)
        }

        MenuItem {
            text: qsTr("Tags they built (Build Owner)")
            onTriggered: root.showTagsRequested(root.people.filterFor("owner", roleMenu.name, roleMenu.riskyOnly))
        }
        MenuItem {
            text: qsTr("Tags they deployed (Deployed By)")
            onTriggered: root.showTagsRequested(root.people.filterFor("deployer", roleMenu.name, roleMenu.riskyOnly))
        }
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import people")
        nameFilters: [qsTr("People (*.csv *.json)"), qsTr("All files (*)")]
        onAccepted: root.people.importFile(importDialog.selectedFile)
    }

    PersonEditDialog {
        id: editDialog
        people: root.people
        onClosed: list.forceActiveFocus()
    }

    component Title: Label {
        leftPadding: Theme.spacingS
        rightPadding: Theme.spacingS
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textMuted
        elide: Text.ElideRight
    }
}
