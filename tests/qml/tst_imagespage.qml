import QtQuick
import QtTest
import RuntimeDesk
import RuntimeDesk.Core

// The first image list: rows come from the cache, the search narrows them, a click selects.
TestCase {
    id: testCase
    name: "ImagesPage"
    width: 1200
    height: 800
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        ImagesPage {
            width: 1200
            height: 800
        }
    }

    function findByName(item, objectName) {
        if (!item)
            return null
        if (item.objectName === objectName)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], objectName)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const inContent = findByName(item.contentItem, objectName)
            if (inContent)
                return inContent
        }
        return null
    }

    function test_listShowsTheCache() {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        const list = findChild(page, "tagList")
        verify(list)
        compare(list.count, 2000)
        tryVerify(() => list.contentItem.children.length > 5)
        compare(findChild(page, "tagCount").text, "2,000 tags")
    }

    function test_searchNarrowsTheList() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "tagList")
        const search = findChild(page, "searchField")
        verify(list && search)
        search.forceActiveFocus()
        search.text = "jenkins"
        tryVerify(() => list.count > 0 && list.count < 2000)
        const narrowed = list.count
        search.text = "no-such-image-anywhere"
        tryCompare(list, "count", 0)
        keyClick(Qt.Key_Escape)
        tryCompare(list, "count", 2000)
        verify(narrowed > 0)
    }

    function test_clickSelectsARow() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "tagList")
        tryVerify(() => list.contentItem.children.length > 5)
        compare(list.currentIndex, 0)
        const target = list.itemAtIndex(3)
        verify(target)
        mouseClick(target)
        compare(list.currentIndex, 3)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 4)
    }
}
