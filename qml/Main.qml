pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

ApplicationWindow {
    id: root

    // The page names --page accepts; the order is the sidebar's.
    readonly property list<string> pageNames: ["images", "people", "rules", "harness", "settings"]
    property string page: Services.startPage

    // "Simulate alarm on this tag" (the detailed view): the harness page, simulating on the tag.
    function simulateTag(reference: string, kind: string) {
        harnessPage.openTag(reference, kind)
        root.page = "harness"
    }

    width: 1440
    height: 900
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: qsTr("Runtime Desk")
    color: Theme.window

    header: SyncBar {
        sync: Services.sync
        inventory: Services.inventory
        connection: Services.connection
        onDrillsRequested: root.page = "rules"
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            Layout.fillHeight: true
            currentPage: root.page
            onPageRequested: name => root.page = name
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            AsOfBanner {
                Layout.fillWidth: true
                sync: Services.sync
                inventory: Services.inventory
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: Math.max(0, root.pageNames.indexOf(root.page))

                ImagesPage {
                    id: imagesPage
                    objectName: "imagesPage"
                    onSimulateRequested: (reference, kind) => root.simulateTag(reference, kind)
                }
                PeoplePage {
                    objectName: "peoplePage"
                    onShowTagsRequested: filterText => {
                        imagesPage.controller.filter.showOnly(filterText)
                        root.page = "images"
                    }
                }
                RulesPage {
                    objectName: "rulesPage"
                }
                HarnessPage {
                    id: harnessPage
                    objectName: "harnessPage"
                }
                ConnectionPage {
                    objectName: "settingsPage"
                    connection: Services.connection
                }
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+R"
        onActivated: Services.sync.start()
    }
}
