import QtQuick
import QtTest
import RuntimeDesk
import RuntimeDesk.Core

// The rule editor's Drill tab, by clicking: the schedule chips store the schedule, "Run drill now"
// drills the integrity rule through the demo sinks (progress, then the per-channel report), and a
// drill whose Slack sink fails puts the badge on the rule and the failure in the window's status.
TestCase {
    id: testCase
    name: "DrillPanel"
    width: 1400
    height: 900
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        RulesPage {
            width: 1400
            height: 900
        }
    }

    function click(item) {
        verify(item)
        waitForItemPolished(item)
        wait(20)
        mouseClick(item)
    }

    function openDrillTab() {
        const page = createTemporaryObject(pageComponent, testCase)
        const editor = findChild(page, "ruleEditor")
        editor.load(harnessIntegrityRule)
        tryVerify(() => editor.loaded && editor.ruleId === harnessIntegrityRule)
        click(findChild(page, "tab-drill"))
        tryVerify(() => findChild(page, "runDrillButton") !== null)
        tryCompare(Services.drills, "ruleId", harnessIntegrityRule)
        return page
    }

    function drill(page) {
        click(findChild(page, "runDrillButton"))
        tryCompare(Services.drills, "running", false, 30000)
    }

    function test_scheduleAndRun() {
        const page = openDrillTab()
        click(findChild(page, "drillSchedule-weekly"))
        compare(Services.drills.schedule, "weekly")
        verify(findChild(page, "drillScheduleHint").visible)
        click(findChild(page, "drillSchedule-off"))
        compare(Services.drills.schedule, "off")

        drill(page)
        verify(Services.drills.hasReport)
        compare(Services.drills.lastFailed, false, Services.drills.lastRunText)
        compare(Services.drills.report.count, 3)
        verify(findChild(page, "drillReport").visible)
        verify(findChild(page, "drillChannel-slack"))
        compare(harnessProbe.checkDrill(Services.drills, 200), "")
        compare(Services.drills.failedRuleCount, 0)
    }

    function test_failedDrillIsShown() {
        const page = openDrillTab()
        harnessProbe.failSlack(404)
        drill(page)
        compare(Services.drills.lastFailed, true)
        compare(harnessProbe.checkDrill(Services.drills, 404), "")
        compare(Services.drills.failedRuleCount, 1)
        verify(Services.drills.statusText.length > 0)
        const row = findChild(page, "rule-" + harnessIntegrityRule)
        tryVerify(() => findChild(row, "drillFailedBadge").visible)

        // The next drill delivers: the badge and the status go.
        drill(page)
        compare(Services.drills.lastFailed, false)
        compare(Services.drills.failedRuleCount, 0)
        tryVerify(() => !findChild(row, "drillFailedBadge").visible)
    }
}
