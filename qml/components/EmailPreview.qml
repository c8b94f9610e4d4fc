import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// An e-mail as the recipient's mail client shows it: from, to, subject, and the plain-text body.
Rectangle {
    id: root

    required property callPreview preview

    objectName: "emailPreview"
    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            visible: root.preview.error.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.danger
            text: root.preview.error
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingS
            rowSpacing: 0
            Label {
                color: Theme.textMuted
                text: qsTr("From")
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
                color: Theme.text
                text: root.preview.from
            }
            Label {
                color: Theme.textMuted
                text: qsTr("To")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.text
                text: root.preview.to.join(", ") // qmllint disable type
            }
        }
        Label {
            objectName: "emailSubject"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.bold: true
            color: Theme.text
            text: root.preview.subject
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.text
            text: root.preview.body
        }
    }
}
