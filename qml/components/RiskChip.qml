import QtQuick

// One risk, as a small coloured label. `risk` is a normalised risk name.
Rectangle {
    id: root

    required property string risk
    property bool compact: false // in list rows: smaller, shorter words

    readonly property color tint: Theme.riskColor(risk)

    implicitWidth: label.implicitWidth + (compact ? Theme.spacingXs * 2 + 2 : Theme.spacingS * 2)
    implicitHeight: label.implicitHeight + 2
    radius: height / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.14)
    border.color: tint

    Text {
        id: label
        anchors.centerIn: parent
        font.pixelSize: root.compact ? Theme.fontSmall - 1 : Theme.fontSmall
        color: root.tint
        text: root.risk === "malicious" ? qsTr("Malicious")
              : root.risk === "integrity_violation" ? qsTr("Integrity")
              : root.risk === "untrusted_registry" ? qsTr("Untrusted")
              : (root.compact ? qsTr("Crit. CVE") : qsTr("Critical CVE"))
    }
}
