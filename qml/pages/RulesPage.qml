import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Rules: alarm rules on AFTER_WORKLOAD_STATE_CHANGE, their status on the platform, and the visual
// editor that builds, tests, exports and deploys their workers.
Page {
    id: root

    property RulesController rules: Services.rules

    function open(ruleId: string) {
        if (ruleId.length > 0)
            ruleEditor.load(ruleId)
    }

    background: Rectangle {
        color: Theme.window
    }

    RuleEditorController {
        id: ruleEditor
        objectName: "ruleEditor"
        rules: root.rules
        preview.inventory: Services.inventory
    }

    Component.onCompleted: {
        // Open the first rule, so the page shows an editor rather than an empty pane.
        if (root.rules.rules.count > 0)
            ruleEditor.load(root.rules.rules.idAt(0))
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.preferredWidth: Theme.listPaneWidth
            Layout.fillHeight: true
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingM

                RuleListPane {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    rules: root.rules
                    currentRuleId: ruleEditor.ruleId
                    onRuleRequested: ruleId => root.open(ruleId)
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Theme.border
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(implicitContentHeight, parent.height / 3)
                    clip: true
                    contentWidth: availableWidth
                    PlatformWorkerList {
                        width: parent.width
                        rules: root.rules
                        onRuleRequested: ruleId => root.open(ruleId)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.rules.message.length > 0
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    text: root.rules.message
                }
            }
            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.border
            }
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacingL
            active: ruleEditor.loaded
            visible: ruleEditor.loaded
            Component.onCompleted: setSource("RuleEditorPane.qml", { editor: ruleEditor, rules: root.rules })
        }
        RuleTemplateGallery {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !ruleEditor.loaded
            rules: root.rules
            onRuleRequested: ruleId => root.open(ruleId)
        }
    }
}
