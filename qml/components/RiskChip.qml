import QtQuick
import QtQuick.Controls

// One risk, as a small coloured label. `risk` is a normalised risk name.
Rectangle {
    id: root

    required property string risk

    readonly property color tint: risk === "malicious" ? Theme.riskMalicious
                                 : risk === "integrity_violation" ? Theme.riskIntegrity
                                 : risk === "untrusted_registry" ? Theme.riskUntrusted
                                 : Theme.riskCritical

    implicitWidth: label.implicitWidth + Theme.spacingS * 2
    implicitHeight: label.implicitHeight + 2
    radius: height / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.14)
    border.color: tint

    Label {
        id: label
        anchors.centerIn: parent
        font.pixelSize: Theme.fontSmall
        color: root.tint
        text: root.risk === "malicious" ? qsTr("Malicious")
              : root.risk === "integrity_violation" ? qsTr("Integrity")
              : root.risk === "untrusted_registry" ? qsTr("Untrusted")
              : qsTr("Critical CVE")
    }
}
