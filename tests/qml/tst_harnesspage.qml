import QtQuick
import QtTest
import RuntimeDesk
import RuntimeDesk.Core

// The alarm harness by clicking (issue 5's click path): pick a tag in the page's list, choose
// "integrity violation", simulate, see the integrity rule fire and why, send its messages for real
// to the demo platform's sinks over TLS, watch each delivery confirmed, and check (harnessProbe)
// that each sink received exactly the planned request and the webhook's signature verifies.
TestCase {
    id: testCase
    name: "HarnessPage"
    width: 1400
    height: 900
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        HarnessPage {
            width: 1400
            height: 900
        }
    }

    function settle(item) {
        waitForItemPolished(item)
        wait(20)
    }

    function click(item) {
        verify(item)
        settle(item)
        mouseClick(item)
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function indexOf(list, predicate) {
        for (let i = 0; i < list.length; ++i)
            if (predicate(list[i]))
                return i
        return -1
    }

    function test_clickPath() {
        const page = createTemporaryObject(pageComponent, testCase)
        const harness = findChild(page, "harness")
        verify(harness)
        harnessProbe.clearSinks()

        // 1. Find the tag by its digest in the page's list and select it.
        click(findChild(page, "sourceSearch"))
        type(harnessTestTag.search)
        tryVerify(() => indexOf(harness.matches, m => m.reference === harnessTestTag.reference) >= 0)
        const row = indexOf(harness.matches, m => m.reference === harnessTestTag.reference)
        const list = findChild(page, "sourceMatches")
        tryVerify(() => findChild(list, "match-" + row) !== null)
        click(findChild(list, "match-" + row))
        tryCompare(harness, "selectedReference", harnessTestTag.reference)

        // 2. An integrity violation on it.
        click(findChild(page, "kind-integrity-violation"))
        compare(harness.changeKind, "integrity-violation")
        tryCompare(harness, "eventReady", true)
        verify(findChild(page, "eventSummary").text.indexOf("Integrity violation") === 0, findChild(page, "eventSummary").text)

        // 3. Simulate: the integrity rule fires, and says why; nothing was sent.
        click(findChild(page, "simulateButton"))
        tryCompare(harness, "simulated", true)
        compare(harnessProbe.sinkCount(), 0)
        verify(findChild(page, "resultSummary").text.indexOf("nothing was sent") > 0)
        const r = indexOf(harness.results, x => x.ruleId === harnessIntegrityRule)
        verify(r >= 0, "the integrity rule was simulated")
        const rule = harness.results[r]
        verify(rule.fired)
        compare(rule.calls.length, 3)
        const card = findChild(page, "ruleResult-" + r)
        verify(card)
        compare(findChild(card, "firedBadge").text, "Fires")
        verify(findChild(card, "condition-0").passed)
        // The recipient's views: the Slack header, the e-mail's subject, the signed webhook.
        verify(findChild(card, "slackBlock-header").text.length > 0)
        compare(findChild(card, "emailSubject").text, findChild(card, "slackBlock-header").text)
        verify(findChild(card, "webhookJson").text.indexOf("runtime_desk.rule.fired") > 0)
        // The requests shown are masked.
        for (let i = 0; i < rule.calls.length; ++i) {
            const head = findChild(findChild(card, "call-" + rule.calls[i].key), "requestText").text
            verify(head.indexOf("POST https://") === 0, head)
            verify(head.indexOf("•••") > 0, head)
        }

        // 4. Send for real; every delivery is confirmed on its card and in the log. The card is
        // scrolled into view first, as the user would.
        const results = findChild(page, "resultsScroll").contentItem
        tryVerify(() => results.height > 100 && results.contentHeight > results.height && (r === 0 || card.y > 0))
        results.contentY = Math.max(0, Math.min(card.y, results.contentHeight - results.height))
        click(findChild(card, "sendButton"))
        for (let i = 0; i < rule.calls.length; ++i) {
            const key = rule.calls[i].key
            tryVerify(() => harness.callStatus[key] !== undefined && harness.callStatus[key].state === "delivered",
                      20000, "call " + key + " delivered: " + JSON.stringify(harness.callStatus[key]) + " " + harness.sendMessage)
            const status = findChild(findChild(card, "call-" + key), "callStatus")
            compare(status.state, "delivered")
            verify(status.text.indexOf("HTTP 20") > 0, status.text)
        }
        tryCompare(harness, "sending", false)
        compare(harness.sendFailed, false)
        verify(findChild(page, "sendMessage").text.indexOf("delivered") >= 0)
        verify(harness.deliveries.count >= 3)

        // 5. The sinks received exactly the planned requests, and the webhook's signature verifies.
        compare(harnessProbe.sinkCount(), 3)
        compare(harnessProbe.checkDelivered(harness, harnessIntegrityRule), "")

        // 6. The delivery log tab lists them.
        click(findChild(page, "tab-deliveries"))
        const log = findChild(page, "deliveryLog")
        tryVerify(() => log.count >= 3)
        tryVerify(() => findChild(log, "outcome-0") !== null && findChild(log, "outcome-0").text.indexOf("✓") === 0)
    }

    function test_editedEventNamesTheField() {
        const page = createTemporaryObject(pageComponent, testCase)
        const harness = findChild(page, "harness")
        click(findChild(page, "mode-json"))
        compare(harness.sourceMode, "json")
        const editor = findChild(page, "eventEditor")
        click(editor)
        editor.selectAll()
        type("{\"workload_changed_object\": {\"name\": 5}}")
        tryVerify(() => harness.eventErrors.length > 0)
        const errors = findChild(page, "eventErrors")
        verify(errors.visible)
        verify(errors.text.indexOf("workload_changed_object.name") >= 0, errors.text)
        verify(!findChild(page, "simulateButton").enabled)
    }
}
