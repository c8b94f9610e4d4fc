pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The columns of one tag row, or the header when `header` is set. Every server string is plain text.
RowLayout {
    id: root

    property bool header: false
    property string reference
    property string registry
    property string repositoryPath
    property var risks: []
    property int vulnerabilities
    property string runtimeStatus
    property int workloads
    property int clusters
    property bool changed

    spacing: Theme.spacingM

    Rectangle {
        Layout.preferredWidth: 4
        Layout.fillHeight: true
        color: root.changed ? Theme.accent : "transparent"
    }
    Label {
        Layout.preferredWidth: 320
        Layout.fillWidth: true
        elide: Text.ElideRight
        textFormat: Text.PlainText
        font.bold: root.header
        color: root.header ? Theme.textMuted : Theme.text
        text: root.header ? qsTr("Image : tag") : root.reference
    }
    Item {
        Layout.preferredWidth: 260
        Layout.fillHeight: true
        Label {
            anchors.verticalCenter: parent.verticalCenter
            visible: root.header
            font.bold: true
            color: Theme.textMuted
            text: qsTr("Risk")
        }
        Row {
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingXs
            visible: !root.header
            Repeater {
                model: root.risks
                delegate: RiskChip {
                    required property string modelData
                    risk: modelData
                }
            }
        }
    }
    Label {
        Layout.preferredWidth: 80
        horizontalAlignment: Text.AlignRight
        font.bold: root.header
        color: root.header ? Theme.textMuted : Theme.text
        text: root.header ? qsTr("Vulns") : Number(root.vulnerabilities).toLocaleString(Qt.locale(), "f", 0)
    }
    Label {
        Layout.preferredWidth: 90
        textFormat: Text.PlainText
        font.bold: root.header
        color: root.header ? Theme.textMuted : (root.runtimeStatus === "running" ? Theme.success : Theme.textMuted)
        text: root.header ? qsTr("Status") : root.runtimeStatus
    }
    Label {
        Layout.preferredWidth: 80
        horizontalAlignment: Text.AlignRight
        font.bold: root.header
        color: root.header ? Theme.textMuted : Theme.text
        text: root.header ? qsTr("Workloads") : root.workloads
    }
    Label {
        Layout.preferredWidth: 70
        horizontalAlignment: Text.AlignRight
        font.bold: root.header
        color: root.header ? Theme.textMuted : Theme.text
        text: root.header ? qsTr("Clusters") : root.clusters
    }
    Label {
        Layout.preferredWidth: 280
        Layout.fillWidth: true
        elide: Text.ElideMiddle
        textFormat: Text.PlainText
        font.bold: root.header
        color: Theme.textMuted
        text: root.header ? qsTr("Registry / repository") : root.registry + " / " + root.repositoryPath
    }
}
