import QtQuick
import QtQuick.Controls

ApplicationWindow {
    id: root
    width: 1280
    height: 800
    visible: true
    title: qsTr("Runtime Desk")
    color: Theme.window
}
