import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The editor of one rule: name and status, the actions (save, deploy, enable, disable, remove)
// with their result, and the tabs: criteria, message, channels, generated code.
ColumnLayout {
    id: root

    required property RuleEditorController editor
    required property RulesController rules
    readonly property DrillController drills: Services.drills

    spacing: Theme.spacingM

    component EditorTab: TabButton {
        id: tab
        contentItem: Label {
            text: tab.text
            horizontalAlignment: Text.AlignHCenter
            font.bold: tab.checked
            color: tab.checked ? Theme.accent : Theme.textMuted
        }
        background: Rectangle {
            color: tab.checked ? Theme.surface : (tab.hovered ? Theme.surfaceAlt : Theme.window)
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: tab.checked ? 2 : 1
                color: tab.checked ? Theme.accent : Theme.border
            }
        }
    }

    RuleEditorHeader {
        Layout.fillWidth: true
        editor: root.editor
        rules: root.rules
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM
        Label {
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            textFormat: Text.PlainText
            text: qsTr("Worker %1 · AFTER_WORKLOAD_STATE_CHANGE").arg(root.editor.deployment.workerKey)
        }
        Label {
            objectName: "editorStatusMessage"
            Layout.fillWidth: true
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignRight
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: root.editor.status.failed ? Theme.danger : Theme.textMuted
            text: root.editor.status.text
        }
        Label {
            objectName: "problemCount"
            visible: !root.editor.problems.valid
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
            text: qsTr("%n problem(s)", "", root.editor.problems.count)
            ToolTip.visible: problemArea.containsMouse
            ToolTip.text: root.editor.problems.text
            MouseArea {
                id: problemArea
                anchors.fill: parent
                hoverEnabled: true
            }
        }
    }

    // The rule's golden cases (run on load and on every save); a failing one blocks the deploy.
    Label {
        objectName: "caseResult"
        Layout.fillWidth: true
        visible: root.editor.cases.count > 0 || !root.editor.cases.passing
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        color: root.editor.cases.passing ? Theme.success : Theme.danger
        text: root.editor.cases.passing ? "✓ " + root.editor.cases.summary
                                        : "✗ " + root.editor.cases.summary + "\n" + root.editor.cases.lines.join("\n") // qmllint disable type
    }

    // The rule's last fire drill, where the rule's other results are; a click opens its report.
    Label {
        objectName: "drillResult"
        Layout.fillWidth: true
        visible: root.drills !== null && root.drills.ruleId === root.editor.ruleId && root.drills.hasReport
        elide: Text.ElideRight
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        color: root.drills && root.drills.lastFailed ? Theme.danger : Theme.success
        text: root.drills ? (root.drills.lastFailed ? "✗ " : "✓ ") + root.drills.lastRunText : ""
        TapHandler { onTapped: tabs.currentIndex = 4 }
    }

    DeployPanel {
        Layout.fillWidth: true
        operation: root.rules.operation
        ruleId: root.editor.ruleId
    }

    TabBar {
        id: tabs
        objectName: "editorTabs"
        Layout.fillWidth: true
        background: Rectangle { color: Theme.window }
        EditorTab { text: qsTr("Criteria"); objectName: "tab-criteria" }
        EditorTab { text: qsTr("Message"); objectName: "tab-message" }
        EditorTab { text: qsTr("Channels (%1)").arg(root.editor.channels.count); objectName: "tab-channels" }
        EditorTab { text: qsTr("Generated code"); objectName: "tab-code" }
        EditorTab {
            objectName: "tab-drill"
            // A failed last drill is said on the tab, where the rule's other results are.
            text: root.drills && root.drills.ruleId === root.editor.ruleId && root.drills.lastFailed
                  ? qsTr("Drill ✗") : qsTr("Drill")
        }
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: tabs.currentIndex

        ScrollView {
            id: criteriaScroll
            clip: true
            contentWidth: availableWidth
            ColumnLayout {
                width: criteriaScroll.availableWidth
                spacing: Theme.spacingS
                TextField {
                    objectName: "descriptionField"
                    Layout.fillWidth: true
                    text: root.editor.description
                    selectByMouse: true
                    placeholderText: qsTr("What the rule is for (optional)")
                    onTextEdited: root.editor.description = text
                }
                ColumnLayout {
                    objectName: "criteriaRoot"
                    Layout.fillWidth: true
                    Repeater {
                        model: root.editor.criteria // its one top-level row: the root group
                        delegate: CriteriaNodeEditor {
                            Layout.fillWidth: true
                            editor: root.editor // qmllint disable unqualified
                        }
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingM
                    implicitHeight: words.implicitHeight + Theme.spacingM * 2
                    radius: Theme.radius
                    color: Theme.surfaceAlt
                    border.color: Theme.border
                    ColumnLayout {
                        id: words
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingXs
                        Label {
                            objectName: "criteriaText"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            color: Theme.text
                            text: root.editor.criteria.text
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: root.editor.preview.fires ? Theme.success : Theme.textMuted
                            text: (root.editor.preview.fires ? qsTr("✓ Fires on the sample “%1”") : qsTr("✗ Does not fire on the sample “%1”"))
                                  .arg(root.editor.preview.sampleTitle)
                        }
                    }
                }
            }
        }
        TemplateEditor {
            message: root.editor.message
            preview: root.editor.preview
        }
        ChannelList {
            editor: root.editor
        }
        Loader {
            // The code is generated and laid out only while its tab is shown.
            active: StackLayout.isCurrentItem
            Component.onCompleted: setSource("GeneratedCodeView.qml", {
                code: root.editor.code,
                workerKey: Qt.binding(() => root.editor.deployment.workerKey),
                valid: Qt.binding(() => root.editor.problems.valid)
            })
        }
        Loader {
            active: root.drills !== null
            sourceComponent: DrillPanel {
                drills: root.drills // qmllint disable unqualified
                ruleId: root.editor.ruleId // qmllint disable unqualified
            }
        }
    }
}
