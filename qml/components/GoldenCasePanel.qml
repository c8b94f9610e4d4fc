pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RuntimeDesk.Core

// Golden cases: saved simulations and what each rule must do with them. They run on every rule
// save and before every deploy; a failing case blocks the deploy.
ColumnLayout {
    id: root

    required property HarnessController harness

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "casesSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.bold: true
            color: root.harness.casesPass ? Theme.text : Theme.danger
            text: root.harness.casesSummary
        }
        Button {
            objectName: "rerunCasesButton"
            text: qsTr("Run again")
            onClicked: root.harness.refreshCases()
        }
    }
    Label {
        objectName: "caseMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: root.harness.caseFailed ? Theme.danger : Theme.success
        text: root.harness.caseMessage
    }

    ScrollView {
        id: scroll
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingS
            Repeater {
                model: root.harness.cases
                delegate: Rectangle {
                    id: card
                    required property var modelData
                    required property int index
                    objectName: "case-" + index
                    Layout.fillWidth: true
                    implicitHeight: caseColumn.implicitHeight + Theme.spacingM * 2
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: modelData.passed ? Theme.border : Theme.danger
                    ColumnLayout {
                        id: caseColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingXs
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                font.bold: true
                                color: card.modelData.passed ? Theme.success : Theme.danger
                                text: card.modelData.passed ? qsTr("✓ passes") : qsTr("✗ fails")
                            }
                            Label {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                textFormat: Text.PlainText
                                font.bold: true
                                color: Theme.text
                                text: card.modelData.name
                            }
                            Button {
                                objectName: "removeCaseButton"
                                flat: true
                                text: qsTr("Remove")
                                onClicked: root.harness.removeCase(card.modelData.id)
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            color: Theme.textMuted
                            text: qsTr("%1 %2").arg(card.modelData.ruleName).arg(card.modelData.expectation)
                                  + (card.modelData.texts.length > 0 ? qsTr("; its messages contain “%1”").arg(card.modelData.texts.join("”, “")) : "")
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: !card.modelData.passed
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            color: Theme.danger
                            text: card.modelData.reasons.join("\n")
                        }
                    }
                }
            }
        }
    }
}
