import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The triage status selector of FindingPanel: status, the accepted-until date, and Set.
RowLayout {
    id: root

    required property FindingController controller

    spacing: Theme.spacingS

    Label {
        text: qsTr("Status")
        color: Theme.textMuted
    }
    ComboBox {
        id: statusBox
        objectName: "statusBox"
        Layout.preferredWidth: 160
        model: root.controller.statuses
        currentIndex: Math.max(0, root.controller.statuses.indexOf(root.controller.triage.status)) // qmllint disable type
    }
    TextField {
        id: untilField
        objectName: "untilField"
        Layout.preferredWidth: 130
        visible: statusBox.currentText === "accepted"
        placeholderText: qsTr("until YYYY-MM-DD")
        text: root.controller.triage.acceptedUntil
        inputMethodHints: Qt.ImhDate
        selectByMouse: true
    }
    Button {
        objectName: "setStatusButton"
        text: qsTr("Set")
        enabled: statusBox.currentText !== root.controller.triage.status || untilField.text !== root.controller.triage.acceptedUntil
        onClicked: root.controller.setStatus(statusBox.currentText, untilField.text)
    }
    Item {
        Layout.fillWidth: true
    }
}
