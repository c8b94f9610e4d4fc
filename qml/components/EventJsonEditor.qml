pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The event as JSON, editable; checked against the documented AFTER_WORKLOAD_STATE_CHANGE shape as
// it is typed, each error naming its field.
ColumnLayout {
    id: root

    required property HarnessSource source

    spacing: Theme.spacingXs

    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        background: Rectangle {
            radius: Theme.radius
            color: Theme.window
            border.color: root.source.eventErrors.length > 0 ? Theme.danger : Theme.border
        }
        TextArea {
            id: editor
            objectName: "eventEditor"
            font.family: Theme.monospace
            font.pixelSize: Theme.fontCode
            color: Theme.text
            textFormat: TextEdit.PlainText
            selectByMouse: true
            wrapMode: TextEdit.NoWrap
            text: root.source.eventText
            placeholderText: qsTr("Paste or type an AFTER_WORKLOAD_STATE_CHANGE event")
            // Only the user's typing goes back: a rebuilt event arrives through the binding.
            onTextChanged: if (activeFocus && text !== root.source.eventText) root.source.eventText = text
        }
    }
    Label {
        objectName: "eventErrors"
        Layout.fillWidth: true
        visible: root.source.eventErrors.length > 0
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.family: Theme.monospace
        font.pixelSize: Theme.fontSmall
        color: Theme.danger
        text: root.source.eventErrors.join("\n") // qmllint disable type
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: root.source.eventErrors.length > 0 ? Theme.danger : Theme.success
            text: root.source.eventErrors.length > 0 ? qsTr("%n problem(s): the event cannot be simulated", "", root.source.eventErrors.length)
                                                      : root.source.eventReady ? qsTr("✓ The documented event shape") : ""
        }
        ActionButton { // the title is the platform's name and tag: plain text
            objectName: "resetEventButton"
            visible: root.source.selectedReference.length > 0
            text: qsTr("Rebuild from %1").arg(root.source.selectedTitle)
            onClicked: root.source.resetEvent()
        }
    }
}
