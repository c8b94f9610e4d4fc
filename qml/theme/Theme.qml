pragma Singleton
import QtQuick

// Semantic design tokens. Pages and components use these, never literal colours or sizes.
QtObject {
    id: root

    property bool dark: false

    readonly property color window: dark ? "#16181d" : "#f6f7f9"
    readonly property color surface: dark ? "#1f2229" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#262a33" : "#eef0f4"
    readonly property color border: dark ? "#343946" : "#d9dde5"
    readonly property color text: dark ? "#e8eaef" : "#1b1e24"
    readonly property color textMuted: dark ? "#9aa1b1" : "#5d6574"
    readonly property color accent: dark ? "#5ea2ff" : "#1f6feb"
    readonly property color accentText: "#ffffff"
    readonly property color selection: dark ? "#2b3d5c" : "#dce8fd"
    readonly property color danger: dark ? "#ff6b6b" : "#c62828"
    readonly property color warning: dark ? "#ffb74d" : "#b26a00"
    readonly property color success: dark ? "#66bb6a" : "#2e7d32"
    readonly property color info: dark ? "#4fc3f7" : "#0277bd"
    readonly property color bannerOffline: dark ? "#3d3320" : "#fff4d6"

    readonly property color riskMalicious: dark ? "#ff5c8a" : "#ad1457"
    readonly property color riskIntegrity: dark ? "#ff7043" : "#d84315"
    readonly property color riskUntrusted: dark ? "#ffca28" : "#8d6e00"
    readonly property color riskCritical: dark ? "#ef5350" : "#c62828"
    readonly property color changedMarker: dark ? "#5ea2ff" : "#1f6feb"
    readonly property color statusRunning: dark ? "#66bb6a" : "#2e7d32"
    readonly property color statusStopped: dark ? "#7d8594" : "#8a93a3"
    readonly property color statusUnknown: dark ? "#ffb74d" : "#b26a00"
    readonly property color focusRing: dark ? "#5ea2ff" : "#1f6feb"
    readonly property color hover: dark ? "#232730" : "#f0f3f8"
    readonly property color dangerSurface: dark ? "#3a2023" : "#fdecea"
    readonly property color successSurface: dark ? "#1e3322" : "#e8f5e9"

    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int radius: 6
    readonly property int rowHeight: 30
    readonly property int sidebarWidth: 184
    readonly property int listPaneWidth: 300
    readonly property int fieldWidth: 220
    readonly property int inspectorWidth: 360
    // Tables and code blocks (the harness's delivery log, requests and previews).
    readonly property int columnNarrow: 56
    readonly property int columnMedium: 96
    readonly property int columnWide: 168
    readonly property int codeMaxHeight: 220
    readonly property int sourceListHeight: 280
    readonly property int radiusLarge: 10
    readonly property int chipHeight: 20
    readonly property int controlHeight: 30
    readonly property int headerHeight: 30
    readonly property int tagIndent: 24
    readonly property int expanderWidth: 18
    readonly property int markerWidth: 3
    readonly property int detailWidth: 480
    readonly property int detailMinWidth: 400
    readonly property int listMinWidth: 560
    readonly property int filterWidth: 560
    readonly property int popupWidth: 300
    readonly property int popupMaxHeight: 360
    readonly property int tableMaxHeight: 320
    readonly property int nameMinWidth: 200

    readonly property int fontSmall: 11
    readonly property int fontBody: 13
    readonly property int fontTitle: 16
    readonly property int fontHeadline: 20
    readonly property int fontCode: 12
    readonly property int fontMono: 12
    readonly property string monospace: "DejaVu Sans Mono"

    // The tint of one risk, by its normalised name.
    function riskColor(risk: string): color {
        switch (risk) {
        case "malicious": return root.riskMalicious
        case "integrity_violation": return root.riskIntegrity
        case "untrusted_registry": return root.riskUntrusted
        }
        return root.riskCritical
    }
}
