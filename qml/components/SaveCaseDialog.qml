import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// "Save as golden case": the simulated event and what the rule does with it now, plus texts its
// messages must contain.
Dialog {
    id: root

    required property HarnessController harness
    property casePrefill prefill
    signal saved()

    function openFor(ruleId: string) {
        prefill = harness.casePrefill(ruleId)
        nameField.text = prefill.name
        textsArea.text = prefill.texts
        open()
    }

    objectName: "saveCaseDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Theme.inspectorWidth * 2
    modal: true
    title: qsTr("Save as golden case")
    standardButtons: Dialog.Save | Dialog.Cancel
    onAccepted: {
        if (harness.saveCase(prefill.ruleId, nameField.text, textsArea.text))
            saved()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.text
            text: qsTr("Rule “%1” %2 on this event. The case expects the same on every save and before each deploy.")
                  .arg(root.prefill.ruleName).arg(root.prefill.expectation)
        }
        Label {
            text: qsTr("Name")
            color: Theme.textMuted
        }
        TextField {
            id: nameField
            objectName: "caseNameField"
            Layout.fillWidth: true
            selectByMouse: true
        }
        Label {
            text: qsTr("Texts every message must contain (one a line)")
            color: Theme.textMuted
        }
        TextArea {
            id: textsArea
            objectName: "caseTextsField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.rowHeight * 3
            selectByMouse: true
            textFormat: TextEdit.PlainText
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
            }
        }
    }
}
