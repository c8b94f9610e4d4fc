import QtQuick
import QtQuick.Controls

// A rule's deployment status: draft, deployed, enabled or out_of_date.
Rectangle {
    id: root

    required property string status
    property string label

    readonly property color tint: status === "enabled" ? Theme.success
                                 : status === "deployed" ? Theme.info
                                 : status === "out_of_date" ? Theme.warning
                                 : Theme.textMuted

    implicitWidth: text.implicitWidth + Theme.spacingS * 2
    implicitHeight: text.implicitHeight + 4
    radius: height / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.14)
    border.color: tint

    Label {
        id: text
        anchors.centerIn: parent
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: root.tint
        text: root.label.length > 0 ? root.label
              : root.status === "enabled" ? qsTr("Enabled")
              : root.status === "deployed" ? qsTr("Deployed")
              : root.status === "out_of_date" ? qsTr("Out of date")
              : qsTr("Draft")
    }
}
