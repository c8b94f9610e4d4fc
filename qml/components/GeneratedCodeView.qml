pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import RuntimeDesk.Core

// The generated worker.ts, read-only, and the export of the whole `jf worker` project.
ColumnLayout {
    id: root

    required property GeneratedCode code
    required property string workerKey
    required property bool valid

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM
        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            color: Theme.textMuted
            text: root.valid
                  ? qsTr("worker.ts for %1 · %L2 characters · generated, read-only").arg(root.workerKey).arg(codeArea.text.length)
                  : qsTr("Fix the rule's problems to generate its worker")
        }
        Button {
            objectName: "exportButton"
            text: qsTr("Export as jf worker project…")
            enabled: root.valid
            onClicked: folderDialog.open()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("worker.ts, manifest.json, types.ts, worker.spec.ts, package.json, tsconfig.json and README.md, in a folder named after the worker")
        }
    }

    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        TextArea {
            id: codeArea
            objectName: "generatedCode"
            readOnly: true
            selectByMouse: true
            text: root.code.text
            textFormat: TextEdit.PlainText
            font.family: Theme.monospace
            font.pixelSize: Theme.fontCode
            color: Theme.text
            background: Rectangle {
                color: Theme.surfaceAlt
                radius: Theme.radius
                border.color: Theme.border
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Export the worker project into…")
        onAccepted: root.code.exportProject(selectedFolder)
    }
}
