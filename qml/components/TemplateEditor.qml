pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// The message template (title and text, with {{placeholders}}) beside a live preview on a chosen
// sample event: the rendered message and whether, and why, the rule fires on that event.
Item {
    id: root

    required property RuleMessageEditor message
    required property RulePreview preview
    property bool titleLast: false // a placeholder goes into the field focused last: title or text

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingXs

            Label { text: qsTr("Title (Slack header, mail subject)"); color: Theme.textMuted }
            TextField {
                id: titleField
                objectName: "titleField"
                Layout.fillWidth: true
                text: root.message.title
                selectByMouse: true
                onTextChanged: if (text !== root.message.title) root.message.title = text
                onActiveFocusChanged: if (activeFocus) root.titleLast = true
            }
            Label {
                visible: root.message.titleError.length > 0
                text: root.message.titleError
                textFormat: Text.PlainText
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
            }
            Label { text: qsTr("Text"); color: Theme.textMuted; Layout.topMargin: Theme.spacingS }
            ScrollView {
                id: textScroll
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                TextArea {
                    id: textArea
                    objectName: "textArea"
                    text: root.message.text
                    font.family: Theme.monospace
                    font.pixelSize: Theme.fontCode
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    onTextChanged: if (text !== root.message.text) root.message.text = text
                    onActiveFocusChanged: if (activeFocus) root.titleLast = false
                    background: Rectangle {
                        color: Theme.surface
                        radius: Theme.radius
                        border.color: root.message.textError.length > 0 ? Theme.danger : Theme.border
                    }
                }
            }
            Label {
                visible: root.message.textError.length > 0
                text: root.message.textError
                textFormat: Text.PlainText
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
            }
            Label {
                text: qsTr("Insert a placeholder ({{#images}} … {{/images}} repeats for every image):")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Repeater {
                    model: root.message.placeholders
                    delegate: AbstractButton {
                        id: chip
                        required property string modelData
                        objectName: "placeholder-" + modelData
                        implicitWidth: contentItem.implicitWidth + Theme.spacingS * 2
                        implicitHeight: contentItem.implicitHeight + Theme.spacingXs * 2
                        hoverEnabled: true
                        onClicked: {
                            const placeholder = "{{" + modelData + "}}"
                            if (root.titleLast) {
                                titleField.insert(titleField.cursorPosition, placeholder)
                                titleField.forceActiveFocus()
                            } else {
                                textArea.insert(textArea.cursorPosition, placeholder)
                                textArea.forceActiveFocus()
                            }
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: chip.hovered ? Theme.selection : Theme.surface
                            border.color: Theme.border
                        }
                        contentItem: Label {
                            text: chip.modelData
                            font.family: Theme.monospace
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.preferredWidth: Theme.inspectorWidth + Theme.spacingXl * 2
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surfaceAlt
            border.color: Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingS

                Label { text: qsTr("Preview on"); color: Theme.textMuted }
                ComboBox {
                    objectName: "sampleBox"
                    Layout.fillWidth: true
                    model: root.preview.sampleTitles
                    currentIndex: root.preview.sampleIndex
                    onActivated: index => root.preview.sampleIndex = index
                }
                Label {
                    objectName: "firesLabel"
                    Layout.fillWidth: true
                    font.bold: true
                    color: root.preview.fires ? Theme.success : Theme.textMuted
                    text: root.preview.fires ? qsTr("✓ The rule fires on this event")
                                                   : qsTr("✗ The rule does not fire on this event")
                }
                Repeater {
                    model: root.preview.verdicts
                    delegate: Label {
                        required property string description
                        required property bool passed
                        required property string value
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSmall
                        color: passed ? Theme.success : Theme.danger
                        text: (passed ? "✓ " : "✗ ") + description + qsTr(" (saw %1)").arg(value)
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ScrollView {
                        id: previewScroll
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        clip: true
                        contentWidth: availableWidth
                        ColumnLayout {
                            width: previewScroll.availableWidth
                            spacing: Theme.spacingS
                            Label {
                                objectName: "previewTitle"
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                                font.bold: true
                                color: Theme.text
                                text: root.preview.title
                            }
                            Label {
                                objectName: "previewText"
                                Layout.fillWidth: true
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                                textFormat: Text.PlainText
                                color: Theme.text
                                text: root.preview.text
                            }
                        }
                    }
                }
            }
        }
    }
}
