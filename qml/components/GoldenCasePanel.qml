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
    readonly property GoldenCaseModel cases: harness.cases

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "casesSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.bold: true
            color: root.cases.allPass ? Theme.text : Theme.danger
            text: root.cases.summary
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
        color: root.cases.messageFailed ? Theme.danger : Theme.success
        text: root.cases.message
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
                model: root.cases
                delegate: Rectangle {
                    id: card
                    required property int index
                    required property string caseId
                    required property string name
                    required property string ruleName
                    required property bool passed
                    required property list<string> reasons
                    required property string expectation
                    required property list<string> texts
                    objectName: "case-" + index
                    Layout.fillWidth: true
                    implicitHeight: caseColumn.implicitHeight + Theme.spacingM * 2
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: passed ? Theme.border : Theme.danger
                    ColumnLayout {
                        id: caseColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingXs
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                font.bold: true
                                color: card.passed ? Theme.success : Theme.danger
                                text: card.passed ? qsTr("✓ passes") : qsTr("✗ fails")
                            }
                            Label {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                textFormat: Text.PlainText
                                font.bold: true
                                color: Theme.text
                                text: card.name
                            }
                            Button {
                                objectName: "removeCaseButton"
                                flat: true
                                text: qsTr("Remove")
                                onClicked: root.harness.removeCase(card.caseId)
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            color: Theme.textMuted
                            text: qsTr("%1 %2").arg(card.ruleName).arg(card.expectation)
                                  + (card.texts.length > 0 ? qsTr("; its messages contain “%1”").arg(card.texts.join("”, “")) : "") // qmllint disable type
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: !card.passed
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            color: Theme.danger
                            text: card.reasons.join("\n") // qmllint disable type
                        }
                    }
                }
            }
        }
    }
}
