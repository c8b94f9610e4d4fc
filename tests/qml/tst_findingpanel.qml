import QtQuick
import QtQuick.Controls
import QtTest
import RuntimeDesk
import RuntimeDesk.Core

// The finding panel on a tag of the test cache: set a triage status, add a note, see the journal,
// queue a ticket (no tracker: it waits in the outbox), export the evidence.
TestCase {
    id: testCase
    name: "FindingPanel"
    width: 900
    height: 1000
    visible: true
    when: windowShown

    Component {
        id: panelComponent
        FindingPanel {
            width: 860
            reference: findingTestReference
        }
    }

    // One role of every row of a model, in order.
    function column(model, role) {
        const values = []
        for (let i = 0; i < model.count; ++i)
            values.push(model.data(model.index(i, 0), role))
        return values
    }

    function journalActions(panel) {
        return column(panel.controller.journal, FindingJournalModel.ActionRole)
    }

    function test_1_statusNoteAndJournal() {
        const panel = createTemporaryObject(panelComponent, testCase)
        verify(panel)
        tryVerify(() => panel.controller.found)
        compare(panel.controller.triage.status, "new")
        compare(panel.controller.journal.count, 0)

        const statusBox = findChild(panel, "statusBox")
        const setButton = findChild(panel, "setStatusButton")
        verify(statusBox && setButton)
        statusBox.currentIndex = statusBox.find("investigating")
        verify(setButton.enabled)
        mouseClick(setButton)
        compare(panel.controller.triage.status, "investigating")
        compare(panel.controller.error, "")
        compare(journalActions(panel), ["status"])

        // Accepted without a date is refused and changes nothing.
        statusBox.currentIndex = statusBox.find("accepted")
        const until = findChild(panel, "untilField")
        verify(until.visible)
        until.text = ""
        mouseClick(setButton)
        verify(panel.controller.error.length > 0)
        compare(panel.controller.triage.status, "investigating")
        until.text = "2099-12-31"
        mouseClick(setButton)
        compare(panel.controller.triage.status, "accepted")
        compare(panel.controller.triage.acceptedUntil, "2099-12-31")

        const area = findChild(panel, "newNoteArea")
        const add = findChild(panel, "addNoteButton")
        area.text = "Owner **paged**, rollback planned."
        mouseClick(add)
        compare(panel.controller.notes.count, 1)
        compare(area.text, "")
        const noteText = findChild(panel, "noteText")
        verify(noteText)
        compare(noteText.textFormat, Text.MarkdownText) // the user's own words are rendered
        compare(journalActions(panel), ["note", "status", "status"]) // newest first
        const repeater = findChild(panel, "journalRepeater")
        compare(repeater.count, 3)
        compare(repeater.itemAt(0).textFormat, Text.PlainText)
    }

    function test_2_stateSurvivesANewPanel() {
        const panel = createTemporaryObject(panelComponent, testCase)
        tryVerify(() => panel.controller.found)
        compare(panel.controller.triage.status, "accepted")
        compare(panel.controller.notes.count, 1)
        const noteId = column(panel.controller.notes, FindingNoteModel.NoteIdRole)[0]
        verify(panel.controller.editNote(noteId, "Owner paged; rollback **done**."))
        verify(column(panel.controller.notes, FindingNoteModel.EditedRole)[0])
        compare(journalActions(panel)[0], "note-edit")
    }

    function test_3_ticketWaitsInTheOutbox() {
        const panel = createTemporaryObject(panelComponent, testCase)
        tryVerify(() => panel.controller.found)
        const draft = panel.controller.draftTicket()
        verify(draft.title.length > 0)
        verify(draft.body.indexOf("Build Owner") >= 0)
        verify(draft.body.indexOf(panel.controller.digest) >= 0)
        verify(!panel.controller.trackerReady("jira"))
        verify(panel.controller.fileTicket("jira", draft.title + " (edited)", draft.body))
        tryCompare(panel.controller.outbox, "count", 1)
        const label = findChild(panel, "outboxLabel")
        verify(label.visible)
        verify(label.text.indexOf("Waiting to send") === 0)
        compare(Services.findings.waiting, 1)
        verify(journalActions(panel).indexOf("issue-queued") >= 0)
        // A note now follows the waiting ticket as a comment.
        verify(panel.controller.addNote("Escalated to the owner."))
        tryCompare(panel.controller.outbox, "count", 2)
    }

    function test_4_exportEvidence() {
        const panel = createTemporaryObject(panelComponent, testCase)
        tryVerify(() => panel.controller.found)
        verify(panel.controller.exportEvidence(findingTestFolder))
        verify(panel.controller.lastExport.length > 0)
        compare(journalActions(panel)[0], "export")
    }

    function test_5_unknownReference() {
        const panel = createTemporaryObject(panelComponent, testCase, { reference: "no-such-image:0" })
        verify(!panel.controller.found)
        verify(findChild(panel, "findingError").visible)
        verify(!panel.controller.setStatus("investigating"))
    }

    function test_6_ticketDialogPrefilledAndEditable() {
        const panel = createTemporaryObject(panelComponent, testCase)
        tryVerify(() => panel.controller.found)
        const before = panel.controller.outbox.count
        mouseClick(findChild(panel, "fileTicketButton"))
        const title = findChild(panel, "ticketTitle")
        const body = findChild(panel, "ticketBody")
        verify(title && body)
        tryVerify(() => title.visible)
        verify(title.text.length > 0)
        verify(body.text.indexOf("Deployed By") >= 0)
        title.text = "Edited before sending"
        mouseClick(findChild(panel, "githubChoice"))
        mouseClick(findChild(panel, "sendTicketButton"))
        tryVerify(() => !title.visible)
        tryCompare(panel.controller.outbox, "count", before + 1)
        const trackers = column(panel.controller.outbox, FindingOutboxModel.TrackerRole)
        const queued = column(panel.controller.outbox, FindingOutboxModel.KindRole)
            .filter((kind, i) => kind === "issue" && trackers[i] === "github")
        compare(queued.length, 1)
    }

    Component {
        id: trackersComponent
        TrackerSettings {
            width: 640
        }
    }

    function test_7_trackerSettings() {
        const settings = createTemporaryObject(trackersComponent, testCase)
        verify(settings)
        verify(!Services.findings.jiraReady)
        findChild(settings, "jiraUrlField").text = "https://127.0.0.1:9/jira"
        findChild(settings, "jiraProjectField").text = "not a key"
        findChild(settings, "jiraTokenField").text = "secret-token"
        mouseClick(findChild(settings, "jiraSaveButton"))
        const status = findChild(settings, "trackerStatus")
        tryVerify(() => status.visible && status.text.indexOf("project key") >= 0)
        verify(!Services.findings.jiraReady)
        findChild(settings, "jiraProjectField").text = "SEC"
        findChild(settings, "jiraTokenField").text = "secret-token"
        mouseClick(findChild(settings, "jiraSaveButton"))
        tryVerify(() => Services.findings.jiraReady)
        compare(findChild(settings, "jiraTokenField").text, "") // never left in the field
    }
}
