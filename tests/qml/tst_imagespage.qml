import QtQuick
import QtTest
import RuntimeDesk
import RuntimeDesk.Core

// The Images page on a real cache of 2,000 demo tags: the list, the filter grammar and the
// detailed view, driven as a user drives them (mouse and keys).
TestCase {
    id: testCase
    name: "ImagesPage"
    width: 1400
    height: 900
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        ImagesPage {
            width: 1400
            height: 900
        }
    }

    Component {
        id: harnessComponent
        HarnessPage {
            width: 1400
            height: 900
        }
    }

    SignalSpy {
        id: simulateSpy
        signalName: "simulateRequested"
    }

    Component {
        id: tipComponent
        PlainToolTip {}
    }

    function createPage() {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        page.controller.filter.clear() // the state persists across pages, as across restarts
        const list = findChild(page, "imageList")
        verify(list)
        tryVerify(() => list.count > 0 && list.contentItem.children.length > 5)
        return page
    }

    function rowOfKind(list, kind) {
        for (let i = 0; i < list.contentItem.children.length; ++i) {
            const item = list.contentItem.children[i]
            if (item.objectName === kind + "Row" && item.visible && item.y >= list.contentY)
                return item
        }
        return null
    }

    function test_listShowsImagesOfTheCache() {
        const page = createPage()
        const list = findChild(page, "imageList")
        compare(page.controller.model.tagCount, 2000)
        compare(list.count, page.controller.model.imageCount)
        verify(list.count > 100 && list.count < 2000)
        compare(findChild(page, "imageCount").text,
                "%1 images · 2,000 tags".arg(Number(list.count).toLocaleString(Qt.locale(), "f", 0)))
    }

    function test_clickATagShowsBuildOwnerAndDeployedBy() {
        const page = createPage()
        const list = findChild(page, "imageList")
        const image = rowOfKind(list, "image")
        verify(image)
        mouseClick(image) // an image row expands
        tryVerify(() => rowOfKind(list, "tag") !== null)
        const tag = rowOfKind(list, "tag")
        mouseClick(tag) // a tag row opens
        tryVerify(() => page.detail.loaded)
        compare(page.selectedReference, page.controller.openedReference)
        verify(page.selectedReference.endsWith(":" + tag.tag))
        const owner = findChild(page, "buildOwner")
        const deployer = findChild(page, "deployedBy")
        verify(owner && deployer)
        tryVerify(() => owner.visible && deployer.visible)
        compare(owner.title, "Build Owner")
        compare(deployer.title, "Deployed By")
        const ownerName = findChild(owner, "buildOwnerName")
        const deployerName = findChild(deployer, "deployedByName")
        compare(ownerName.text, page.detail.buildOwner.name.length > 0 ? page.detail.buildOwner.name : "not provided by the platform")
        verify(deployerName.text.length > 0)
        compare(deployerName.text, page.detail.deployedBy.name)
        verify(findChild(page, "findingSlot"))
        verify(page.ready)
    }

    function test_typingAFilterChangesTheCount() {
        const page = createPage()
        const list = findChild(page, "imageList")
        const field = findChild(page, "filterField")
        const before = page.controller.model.tagCount
        mouseClick(field)
        for (const key of "risk:integrity")
            keyClick(key)
        compare(field.text, "risk:integrity")
        tryVerify(() => page.controller.model.tagCount > 0 && page.controller.model.tagCount < before)
        const integrity = page.controller.model.tagCount
        verify(findChild(page, "imageCount").text.indexOf(" of 2,000 tags") > 0)
        for (const key of " ns:prod")
            keyClick(key)
        tryVerify(() => page.controller.model.tagCount < integrity)
        keyClick(Qt.Key_Escape)
        tryCompare(page.controller.model, "tagCount", before)
        compare(field.text, "")
    }

    function test_errorsShowInlineAndKeepTheList() {
        const page = createPage()
        const field = findChild(page, "filterField")
        const error = findChild(page, "filterError")
        mouseClick(field)
        for (const key of "risk:mal")
            keyClick(key)
        tryVerify(() => !page.controller.filter.pending)
        const malicious = page.controller.model.tagCount
        for (const key of " regsitry:x")
            keyClick(key)
        tryVerify(() => error.visible)
        verify(error.text.indexOf("Unknown key \"regsitry:\". Did you mean \"registry:\"?") >= 0)
        wait(300)
        compare(page.controller.model.tagCount, malicious)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !error.visible)
    }

    function test_keyboardMovesOpensAndFocusesTheFilter() {
        const page = createPage()
        const list = findChild(page, "imageList")
        const field = findChild(page, "filterField")
        list.forceActiveFocus()
        list.currentIndex = 0
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        keyClick(Qt.Key_Right) // expands
        verify(page.controller.model.isExpanded(1))
        keyClick(Qt.Key_Right) // into its first tag
        compare(list.currentIndex, 2)
        keyClick(Qt.Key_Return) // opens it
        tryVerify(() => page.detail.loaded)
        compare(page.controller.openedRowId, page.controller.model.rowIdAt(2))
        keyClick(Qt.Key_Left) // back to the image
        compare(list.currentIndex, 1)
        keyClick(Qt.Key_Slash)
        verify(field.activeFocus)
    }

    function test_sortByClickingAColumn() {
        const page = createPage()
        compare(page.controller.columns.sortColumn, "risk")
        page.controller.columns.sortBy("name")
        const list = findChild(page, "imageList")
        tryVerify(() => list.count > 2)
        const first = page.controller.model.referenceAt(0)
        verify(first.length > 0)
        page.controller.columns.sortBy("name")
        verify(page.controller.columns.sortDescending)
        verify(page.controller.model.referenceAt(0) !== first)
        page.controller.columns.sortBy("risk")
    }

    function test_showEverythingByThisOwner() {
        const page = createPage()
        page.controller.model.expand(0)
        page.controller.open(1)
        tryVerify(() => page.detail.loaded && page.detail.deployedBy.name.length > 0)
        const deployer = page.detail.deployedBy.name
        const button = findChild(page, "deployedByShowAll")
        verify(button)
        waitForRendering(page) // the pane appears with the first open tag: let it lay out
        tryVerify(() => button.visible && button.width > 0)
        mouseClick(button)
        tryVerify(() => page.controller.filter.text.indexOf("deployer:\"") === 0)
        verify(page.controller.model.tagCount > 0)
        verify(page.controller.model.tagCount < 2000)
        page.controller.filter.clear()
    }

    function test_serverStringsInTooltipsArePlainText() {
        // The demo estate has an image called "<img src=http://127.0.0.1:9/x>": shown, never loaded.
        const name = "<img src=http://127.0.0.1:9/x>:latest <b>bold</b>"
        const tip = createTemporaryObject(tipComponent, testCase, { text: name })
        verify(tip)
        compare(tip.contentItem.textFormat, Text.PlainText)
        compare(tip.contentItem.text, name)
    }

    // "Simulate alarm" in the detailed view: the page asks Main for the harness with the tag's full
    // reference, and the harness opened that way simulates an integrity violation on that very tag.
    function test_simulateAlarmFromTheDetailedView() {
        const page = createPage()
        verify(page.controller.openReference(harnessTestTag.reference))
        tryVerify(() => page.detail.loaded && !page.detail.loading)
        tryVerify(() => page.detail.tables.workloads.count > 0)
        simulateSpy.target = page
        simulateSpy.clear()
        const button = findChild(page, "simulateIntegrityViolation")
        verify(button)
        tryVerify(() => button.visible && button.enabled && findChild(page, "tagDetail").width > 0)
        waitForItemPolished(button)
        mouseClick(button)
        compare(simulateSpy.count, 1)
        compare(simulateSpy.signalArguments[0][0], page.detail.identity.fullReference)
        compare(simulateSpy.signalArguments[0][1], "integrity-violation")

        const harnessPage = createTemporaryObject(harnessComponent, testCase)
        harnessPage.openTag(simulateSpy.signalArguments[0][0], simulateSpy.signalArguments[0][1])
        const harness = harnessPage.controller
        tryCompare(harness.source, "selectedReference", harnessTestTag.reference)
        compare(harness.source.changeKind, "integrity-violation")
        tryCompare(harness.simulation, "simulated", true)
        const r = harness.simulation.indexOf(harnessIntegrityRule)
        verify(r >= 0 && findChild(harnessPage, "ruleResult-" + r).fired)
    }
}
