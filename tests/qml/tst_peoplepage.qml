import QtQuick
import QtTest
import RuntimeDesk
import RuntimeDesk.Core

// The People page on the real cache of 2,000 demo tags and a real local database: every Build
// Owner and Deployed By listed with counts, keyboard navigation, Enter edits (a refused entry says
// why and keeps the dialog open), a saved entry becomes "yours", and a count opens a filter.
TestCase {
    id: testCase
    name: "PeoplePage"
    width: 1400
    height: 900
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        PeoplePage {
            width: 1400
            height: 900
        }
    }

    Component {
        id: imagesComponent
        ImagesPage {
            width: 1400
            height: 900
        }
    }

    SignalSpy {
        id: showSpy
        signalName: "showTagsRequested"
    }

    function test_listEditAndShow() {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        const people = Services.people
        people.reload()
        const list = findChild(page, "peopleList")
        verify(list)
        tryVerify(() => list.count > 10)
        compare(list.count, people.model.count)

        // Keyboard: Down selects the first row, Down again the second; Enter edits it.
        list.forceActiveFocus()
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        const name = list.currentItem.name
        verify(name.length > 0)
        verify(list.currentItem.tags > 0) // a Build Owner or Deployed By of the inventory
        keyClick(Qt.Key_Return)
        const dialog = findChild(page, "personEditDialog")
        verify(dialog)
        tryVerify(() => dialog.opened)
        compare(dialog.name, name)

        // A Slack ID that is not a member ID is refused, and the dialog stays open saying why.
        const slack = findChild(dialog, "personSlackId")
        const email = findChild(dialog, "personEmail")
        slack.text = "C0NOTAMEMBER"
        email.text = "owner@people.example"
        dialog.save()
        const problem = findChild(dialog, "personProblem")
        verify(problem.text.indexOf("is not a Slack member ID") >= 0, problem.text)
        verify(dialog.opened)
        compare(people.emailOf(name), "")

        slack.text = "U0PEOPLE1"
        dialog.save()
        tryVerify(() => !dialog.opened)
        compare(people.emailOf(name), "owner@people.example")
        compare(people.slackIdOf(name), "U0PEOPLE1")
        const row = people.model.indexOf(name)
        verify(row >= 0)
        list.currentIndex = row
        compare(list.currentItem.source, "yours")
        compare(list.currentItem.email, "owner@people.example")

        // A count opens the Images list filtered to the person, in the role asked for.
        showSpy.target = page
        showSpy.clear()
        const menu = findChild(page, "peopleRoleMenu")
        verify(menu)
        menu.openFor(name, true, list.currentItem)
        tryVerify(() => menu.opened)
        menu.itemAt(1).triggered()
        compare(showSpy.count, 1)
        const filter = showSpy.signalArguments[0][0]
        verify(filter.startsWith("deployer:\""), filter)
        verify(filter.endsWith(" risk:malicious,integrity,untrusted,critical"), filter)
    }

    // The detailed view's Contact: an unresolved Deployed By offers "Add to directory…", the same
    // dialog prefilled with the name; once saved, the card names the address Contact writes to.
    function test_detailedViewAddsToTheDirectory() {
        const page = createTemporaryObject(imagesComponent, testCase)
        verify(page)
        page.controller.filter.clear()
        const images = findChild(page, "imageList")
        verify(images)
        tryVerify(() => images.count > 40)
        let found = false
        for (let i = 0; i < 40 && !found; ++i) {
            page.controller.model.expand(i)
            page.controller.open(i + 1)
            tryVerify(() => page.detail.loaded)
            found = page.detail.deployedBy.name.length > 0 && !page.detail.deployedBy.resolved
            page.controller.model.collapse(i)
        }
        verify(found)
        const name = page.detail.deployedBy.name
        const add = findChild(page, "deployedByAddToDirectory")
        verify(add)
        waitForRendering(page)
        tryVerify(() => add.visible && add.width > 0)
        mouseClick(add)
        const dialog = findChild(page, "personEditDialog")
        verify(dialog)
        tryVerify(() => dialog.opened)
        compare(dialog.name, name)
        findChild(dialog, "personEmail").text = "deployer@people.example"
        dialog.save()
        tryVerify(() => !dialog.opened)
        tryVerify(() => page.detail.deployedBy.resolved)
        compare(page.detail.deployedBy.email, "deployer@people.example")
        verify(!add.visible)
        verify(page.detail.contactUrl("deployer").startsWith("mailto:deployer@people.example?"))
        compare(findChild(page, "deployedByDirectory").text, "Mail goes to deployer@people.example (people directory)")
    }
}
