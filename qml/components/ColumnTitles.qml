pragma Singleton
import QtQuick

// The titles of the Images list columns, by ImageColumns key.
QtObject {
    function title(column: string): string {
        switch (column) {
        case "name": return qsTr("Image / tag")
        case "risk": return qsTr("Risk")
        case "vulnerabilities": return qsTr("Vulns")
        case "status": return qsTr("Status")
        case "architecture": return qsTr("Arch")
        case "workloads": return qsTr("Workloads")
        case "clusters": return qsTr("Clusters")
        case "repository": return qsTr("Repository path")
        case "registry": return qsTr("Registry")
        }
        return column
    }
}
