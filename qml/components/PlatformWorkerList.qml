pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Every worker on the platform. Runtime Desk's open their rule (or import it); any other worker is
// read-only: its code can be viewed, never changed from here.
ColumnLayout {
    id: root

    required property RulesController rules
    signal ruleRequested(string ruleId)

    spacing: Theme.spacingXs

    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: qsTr("On the platform")
            font.bold: true
            color: Theme.text
        }
        ToolButton {
            objectName: "refreshWorkers"
            text: "⟳"
            enabled: !root.rules.workersLoading
            onClicked: root.rules.refreshWorkers()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("List the platform's workers again")
        }
    }
    Label {
        visible: root.rules.workersMessage.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        text: root.rules.workersMessage
    }
    Repeater {
        model: root.rules.workers
        delegate: ItemDelegate {
            id: worker
            required property string key
            required property string workerAction
            required property bool workerEnabled
            required property bool readOnly
            required property string ruleId
            required property string sourceCode
            required property string problem
            Layout.fillWidth: true
            objectName: "worker-" + key
            onClicked: {
                if (readOnly) {
                    codeDialog.title = key
                    codeDialog.code = sourceCode
                    codeDialog.note = problem
                    codeDialog.open()
                } else {
                    root.ruleRequested(root.rules.rules.indexOf(ruleId) >= 0 ? ruleId : root.rules.importWorker(key))
                }
            }
            ToolTip.visible: hovered
            ToolTip.text: readOnly ? qsTr("Not made by Runtime Desk: click to view its code (read-only)")
                                   : qsTr("Made by Runtime Desk: click to open its rule")
            contentItem: RowLayout {
                spacing: Theme.spacingS
                Rectangle {
                    implicitWidth: Theme.spacingS
                    implicitHeight: Theme.spacingS
                    radius: width / 2
                    color: worker.workerEnabled ? Theme.success : Theme.textMuted
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideMiddle
                        textFormat: Text.PlainText
                        color: Theme.text
                        text: worker.key
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        text: worker.workerAction + (worker.readOnly ? qsTr(" · read-only") : qsTr(" · Runtime Desk"))
                    }
                }
            }
        }
    }

    Dialog {
        id: codeDialog
        objectName: "workerCodeDialog"
        property string code
        property string note
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXl * 2, 900)
        height: Math.min(parent.height - Theme.spacingXl * 2, 640)
        modal: true
        standardButtons: Dialog.Close
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.textMuted
                text: qsTr("Read-only: %1").arg(codeDialog.note)
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                TextArea {
                    readOnly: true
                    selectByMouse: true
                    textFormat: TextEdit.PlainText
                    font.family: Theme.monospace
                    font.pixelSize: Theme.fontCode
                    text: codeDialog.code
                }
            }
        }
    }
}
