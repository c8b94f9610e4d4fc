import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The editor's first row: the rule's name and status, and what can be done with it (save, revert,
// deploy, enable, disable, remove from the platform, delete).
RowLayout {
    id: root

    required property RuleEditorController editor
    required property RulesController rules

    spacing: Theme.spacingS

    TextField {
        id: nameField
        objectName: "ruleNameField"
        Layout.fillWidth: true
        font.pixelSize: Theme.fontTitle
        font.bold: true
        text: root.editor.name
        selectByMouse: true
        placeholderText: qsTr("Rule name")
        onTextEdited: root.editor.name = text
        readonly property string error: root.editor.problems.nameError
        ToolTip.visible: error.length > 0 && hovered
        ToolTip.text: error
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: nameField.error.length > 0 ? Theme.danger : (nameField.activeFocus ? Theme.accent : Theme.border)
        }
    }
    StatusChip {
        objectName: "editorStatus"
        status: root.editor.deployment.state
        label: root.editor.deployment.stateLabel
    }
    Button {
        objectName: "revertButton"
        text: qsTr("Revert")
        enabled: root.editor.dirty
        onClicked: root.editor.revert()
    }
    Button {
        objectName: "saveButton"
        text: qsTr("Save")
        highlighted: root.editor.dirty
        enabled: root.editor.dirty && root.editor.problems.valid
        onClicked: root.editor.save()
    }
    ToolSeparator {}
    Button {
        objectName: "deployButton"
        text: root.editor.deployment.deployed ? qsTr("Redeploy") : qsTr("Deploy")
        enabled: root.editor.problems.valid && !root.rules.busy
        onClicked: root.editor.deploy(false)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Create or update the worker %1 on the platform (saves first)").arg(root.editor.deployment.workerKey)
    }
    Button {
        objectName: "enableButton"
        visible: !root.editor.deployment.workerEnabled
        text: root.editor.deployment.deployed ? qsTr("Enable") : qsTr("Deploy and enable")
        enabled: root.editor.problems.valid && !root.rules.busy
        onClicked: root.editor.deployment.deployed ? root.editor.setEnabled(true) : root.editor.deploy(true)
    }
    Button {
        objectName: "disableButton"
        visible: root.editor.deployment.workerEnabled
        text: qsTr("Disable")
        enabled: !root.rules.busy
        onClicked: root.editor.setEnabled(false)
    }
    Button {
        objectName: "removeWorkerButton"
        visible: root.editor.deployment.deployed
        text: qsTr("Remove")
        enabled: !root.rules.busy
        onClicked: root.editor.removeWorker()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Delete the worker from the platform; the rule stays here as a draft")
    }
    Button {
        objectName: "deleteRuleButton"
        visible: !root.editor.deployment.deployed
        text: qsTr("Delete")
        flat: true
        onClicked: deleteDialog.open()
    }

    Dialog {
        id: deleteDialog
        objectName: "deleteRuleDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Theme.inspectorWidth + Theme.spacingXl * 2
        modal: true
        title: qsTr("Delete this rule?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: {
            // Deleting unloads the editor (and this header): after the dialog's handler has returned.
            const editor = root.editor
            Qt.callLater(() => editor.deleteRule())
        }
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("“%1” and its secrets in the keychain will be deleted.").arg(root.editor.name)
        }
    }
}
