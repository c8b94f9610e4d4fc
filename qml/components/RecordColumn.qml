import QtQuick

// One column of a RecordTable: the model role it shows, its title and width.
QtObject {
    required property string role
    required property string title
    property real width: 100 // ignored for the last column, which takes the rest
    property bool mono: false
    property bool alignRight: false
    property bool severityColors: false // Critical and High values in their risk colours
}
