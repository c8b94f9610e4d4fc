import QtQuick

// One plain-text cell of a list row (a Text: rows are many, and a Label costs more).
Text {
    height: Theme.rowHeight
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    verticalAlignment: Text.AlignVCenter
    elide: Text.ElideRight
    textFormat: Text.PlainText
    font.pixelSize: Theme.fontBody
    color: Theme.text
}
