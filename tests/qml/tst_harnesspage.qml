import QtQuick
import QtTest
import RuntimeDesk
import RuntimeDesk.Core

// The alarm harness by clicking: pick a tag in the page's list, choose
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

    function test_clickPath() {
        const page = createTemporaryObject(pageComponent, testCase)
        const harness = findChild(page, "harness")
        verify(harness)
        harnessProbe.clearSinks()

        // 1. Find the tag by its digest in the page's list and select it.
        const source = harness.source
        click(findChild(page, "sourceSearch"))
        type(harnessTestTag.search)
        tryVerify(() => source.matches.indexOf(harnessTestTag.reference) >= 0)
        const row = source.matches.indexOf(harnessTestTag.reference)
        const list = findChild(page, "sourceMatches")
        tryVerify(() => findChild(list, "match-" + row) !== null)
        click(findChild(list, "match-" + row))
        tryCompare(source, "selectedReference", harnessTestTag.reference)

        // 2. An integrity violation on it.
        click(findChild(page, "kind-integrity-violation"))
        compare(source.changeKind, "integrity-violation")
        tryCompare(source, "eventReady", true)
        verify(findChild(page, "eventSummary").text.indexOf("Integrity violation") === 0, findChild(page, "eventSummary").text)

        // 3. Simulate: the integrity rule fires, and says why; nothing was sent.
        click(findChild(page, "simulateButton"))
        tryCompare(harness.simulation, "simulated", true)
        compare(harnessProbe.sinkCount(), 0)
        verify(findChild(page, "resultSummary").text.indexOf("nothing was sent") > 0)
        const r = harness.simulation.indexOf(harnessIntegrityRule)
        verify(r >= 0, "the integrity rule was simulated")
        const card = findChild(page, "ruleResult-" + r)
        verify(card)
        verify(card.fired)
        compare(card.calls.count, 3)
        compare(findChild(card, "firedBadge").text, "Fires")
        verify(findChild(card, "condition-0").passed)
        // The recipient's views: the Slack header, the e-mail's subject, the signed webhook.
        verify(findChild(card, "slackBlock-header").text.length > 0)
        compare(findChild(card, "emailSubject").text, findChild(card, "slackBlock-header").text)
        verify(findChild(card, "webhookJson").text.indexOf("runtime_desk.rule.fired") > 0)
        // The requests shown are masked.
        for (let i = 0; i < card.calls.count; ++i) {
            const head = findChild(findChild(card, "call-" + i), "requestText").text
            verify(head.indexOf("POST https://") === 0, head)
            verify(head.indexOf("•••") > 0, head)
        }

        // 4. Send for real; every delivery is confirmed on its card and in the log. The card is
        // scrolled into view first, as the user would.
        const results = findChild(page, "resultsScroll").contentItem
        tryVerify(() => results.height > 100 && results.contentHeight > results.height && (r === 0 || card.y > 0))
        results.contentY = Math.max(0, Math.min(card.y, results.contentHeight - results.height))
        click(findChild(card, "sendButton"))
        for (let i = 0; i < card.calls.count; ++i) {
            const call = findChild(card, "call-" + i)
            tryVerify(() => call.status.state === "delivered",
                      20000, "call " + i + " delivered: " + call.status.state + " " + call.status.message + " " + harness.sendMessage)
            const status = findChild(call, "callStatus")
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
        compare(harness.source.mode, "json")
        const editor = findChild(page, "eventEditor")
        click(editor)
        editor.selectAll()
        type("{\"workload_changed_object\": {\"name\": 5}}")
        tryVerify(() => harness.source.eventErrors.length > 0)
        const errors = findChild(page, "eventErrors")
        verify(errors.visible)
        verify(errors.text.indexOf("workload_changed_object.name") >= 0, errors.text)
        verify(!findChild(page, "simulateButton").enabled)
    }
}
