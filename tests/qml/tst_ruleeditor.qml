import QtQuick
import QtTest
import RuntimeDesk
import RuntimeDesk.Core

// The rules page, by clicking: a rule built from nothing (conditions added, grouped, reordered, a
// channel with its secret), saved, the page reloaded, and the same rule back; the guide's three
// templates made from the "New rule" menu and edited; inline validation as the user types.
TestCase {
    id: testCase
    name: "RuleEditor"
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

    // Lets the layouts settle after a change rebuilt part of the page, so clicks land where items are.
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

    function replaceText(field, text) {
        click(field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        type(text)
    }

    function choose(combo, index) {
        settle(combo)
        mouseClick(combo)
        tryCompare(combo.popup, "opened", true)
        const item = combo.popup.contentItem.itemAtIndex(index)
        verify(item, "combo box entry " + index)
        mouseClick(item)
        tryCompare(combo.popup, "visible", false)
    }

    function node(page, jsonPath) {
        const found = findChild(page, "node-" + jsonPath)
        verify(found, "no editor for " + jsonPath)
        return found
    }

    // A node of the editor's criteria tree: the root group, or the child at these rows below it.
    function criteriaIndex(editor, rows) {
        let index = editor.criteria.index(0, 0)
        for (const row of rows)
            index = editor.criteria.index(row, 0, index)
        return index
    }

    function childCount(editor, ...rows) {
        return editor.criteria.rowCount(criteriaIndex(editor, rows))
    }

    function criteriaRole(editor, role, ...rows) {
        return editor.criteria.data(criteriaIndex(editor, rows), role)
    }

    function newRule(page, entryName) {
        const menu = findChild(page, "newRuleMenu")
        click(findChild(page, "newRuleButton"))
        tryCompare(menu, "opened", true)
        let entry = null
        for (let i = 0; i < menu.count; ++i)
            if (menu.itemAt(i) && menu.itemAt(i).objectName === entryName)
                entry = menu.itemAt(i)
        verify(entry, "menu entry " + entryName)
        mouseClick(entry)
        tryCompare(menu, "visible", false)
    }

    function test_buildSaveReload() {
        let page = createTemporaryObject(pageComponent, testCase)
        const before = Services.rules.rules.count
        newRule(page, "newBlank")
        tryCompare(Services.rules.rules, "count", before + 1)
        let editor = findChild(page, "ruleEditor")
        tryVerify(() => editor.loaded && editor.name === "New rule")
        const id = editor.ruleId

        replaceText(findChild(page, "ruleNameField"), "Prod integrity")
        compare(editor.name, "Prod integrity")

        // Three conditions in the root "all of".
        const root = findChild(page, "criteriaRoot")
        for (let i = 0; i < 3; ++i)
            click(findChild(root, "addCondition"))
        tryVerify(() => childCount(editor) === 3)
        // 0: has risk "integrity violation"
        choose(findChild(node(page, "criteria.all[0]"), "kindBox"), 1)
        tryVerify(() => criteriaRole(editor, CriteriaTreeModel.KindRole, 0) === "risk")
        // 1: namespace matches prod-*
        replaceText(findChild(node(page, "criteria.all[1]"), "patternField"), "prod-*")
        // 2: cluster is one of eu-1, eu-2
        const third = node(page, "criteria.all[2]")
        choose(findChild(third, "fieldBox"), 1)
        choose(findChild(node(page, "criteria.all[2]"), "opBox"), 1)
        replaceText(findChild(node(page, "criteria.all[2]"), "patternField"), "eu-1, eu-2")

        // Group 1 and 2 ("namespace or cluster"), then move the group above the risk.
        click(findChild(node(page, "criteria.all[1]"), "group"))
        tryVerify(() => childCount(editor) === 2 && criteriaRole(editor, CriteriaTreeModel.TypeRole, 1) === "any")
        click(findChild(node(page, "criteria.all[1]"), "moveUp"))
        tryVerify(() => criteriaRole(editor, CriteriaTreeModel.TypeRole, 0) === "any")
        // Reorder inside the group: cluster first.
        click(findChild(node(page, "criteria.all[0].any[1]"), "moveUp"))
        tryVerify(() => criteriaRole(editor, CriteriaTreeModel.FieldRole, 0, 0) === "cluster")

        // A Slack channel, its webhook URL stored in the keychain (the card shows "stored", not the value).
        click(findChild(findChild(page, "editorTabs"), "tab-channels"))
        click(findChild(page, "addChannel-slack"))
        tryVerify(() => editor.channels.count === 1)
        const secret = findChild(page, "secret-SLACK_WEBHOOK_URL")
        verify(secret)
        click(secret)
        type("https://hooks.slack.com/services/T9/B9/qmltest")
        click(findChild(page, "store-SLACK_WEBHOOK_URL"))
        tryVerify(() => editor.channels.isSecretStored("SLACK_WEBHOOK_URL") === true)
        compare(secret.text, "")

        verify(editor.problems.valid, editor.problems.list.join("; "))
        click(findChild(page, "saveButton"))
        tryCompare(editor, "dirty", false)
        const saved = Services.rules.ruleJson(id)
        const rule = JSON.parse(saved)
        compare(rule.name, "Prod integrity")
        compare(rule.criteria.all.length, 2)
        compare(JSON.stringify(rule.criteria.all[0]), JSON.stringify({ any: [
            { kind: "match", field: "cluster", op: "in", values: ["eu-1", "eu-2"] },
            { kind: "match", field: "namespace", op: "matches", pattern: "prod-*" } ] }))
        compare(JSON.stringify(rule.criteria.all[1]), JSON.stringify({ kind: "risk", risk: "integrity_violation" }))
        compare(rule.channels.length, 1)
        compare(rule.channels[0].url_secret, "SLACK_WEBHOOK_URL")
        verify(saved.indexOf("qmltest") < 0, "a secret value reached the rule document")

        // Reload the page and open the rule again: the same rule.
        page.destroy()
        wait(0)
        page = createTemporaryObject(pageComponent, testCase)
        // The list lays out after the page does; the new rule's row appears then.
        tryVerify(() => findChild(page, "rule-" + id) !== null)
        const row = findChild(page, "rule-" + id)
        click(row)
        editor = findChild(page, "ruleEditor")
        tryCompare(editor, "ruleId", id)
        compare(editor.documentJson(), saved)
        compare(editor.dirty, false)
        tryVerify(() => editor.channels.isSecretStored("SLACK_WEBHOOK_URL") === true)
        compare(findChild(page, "ruleNameField").text, "Prod integrity")
        verify(findChild(page, "node-criteria.all[0].any[1]"))
    }

    function test_guideTemplates() {
        const page = createTemporaryObject(pageComponent, testCase)
        const editor = findChild(page, "ruleEditor")
        const templates = [["template-deployment-status-change", "Deployment status change", "change type is one of"],
                           ["template-integrity-violation", "Integrity violation", "Integrity violation"],
                           ["template-untrusted-registry", "Untrusted registry", "Untrusted registry"]]
        for (const [entry, title, words] of templates) {
            const before = Services.rules.rules.count
            newRule(page, entry)
            tryCompare(Services.rules.rules, "count", before + 1)
            tryCompare(editor, "name", title)
            verify(editor.criteria.text.indexOf(words) >= 0, editor.criteria.text)
            compare(editor.channels.count, 3)
            compare(editor.deployment.state, "draft")
            // Edit it: a sharper name and a namespace condition, then save.
            replaceText(findChild(page, "ruleNameField"), title + " in prod")
            click(findChild(findChild(page, "criteriaRoot"), "addCondition"))
            replaceText(findChild(node(page, "criteria.all[1]"), "patternField"), "prod*")
            click(findChild(page, "saveButton"))
            tryCompare(editor, "dirty", false)
            const rule = JSON.parse(Services.rules.ruleJson(editor.ruleId))
            compare(rule.name, title + " in prod")
            compare(rule.criteria.all[1].pattern, "prod*")
            compare(rule.channels.map(c => c.type).join(","), "slack,webhook,email")
        }
    }

    // Teams, PagerDuty and Splunk channels by clicking, e-mail routed to the Build Owner with a fallback,
    // Slack mentioning the Deployed By: what the document says after saving.
    function test_moreToolsAndPeople() {
        const page = createTemporaryObject(pageComponent, testCase)
        newRule(page, "newBlank")
        const editor = findChild(page, "ruleEditor")
        tryVerify(() => editor.loaded && editor.channels.count === 0)
        click(findChild(findChild(page, "editorTabs"), "tab-channels"))
        for (const type of ["slack", "email", "teams", "pagerduty", "splunk"])
            click(findChild(page, "addChannel-" + type))
        tryVerify(() => editor.channels.count === 5)
        // The e-mail template already goes to the build owner with a fallback; add the deployer.
        const mail = findChild(page, "channel-1")
        verify(findChild(mail, "personBuildOwner").checked)
        click(findChild(mail, "personDeployedBy"))
        replaceText(findChild(mail, "fallbackField"), "oncall@example.com")
        // Slack mentions the build owner; switch to the deployer.
        const slack = findChild(page, "channel-0")
        click(findChild(slack, "personBuildOwner"))
        click(findChild(slack, "personDeployedBy"))
        // By keyboard: the PagerDuty card may lie below the fold.
        const severity = findChild(findChild(page, "channel-3"), "severityBox")
        severity.forceActiveFocus()
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        tryCompare(severity, "currentText", "warning")
        // By keyboard too: the Splunk card lies below the fold.
        const index = findChild(findChild(page, "channel-4"), "indexField")
        index.forceActiveFocus()
        type("not allowed here")
        tryVerify(() => !editor.problems.valid)
        compare(findChild(page, "channel-4").error, "index: 1 to 128 of letters, digits and _ : . -")
        index.selectAll()
        keyClick(Qt.Key_Delete)
        type("security")
        tryVerify(() => editor.problems.valid, 5000, editor.problems.list.join("; "))
        verify(findChild(findChild(page, "channel-2"), "secret-TEAMS_WORKFLOW_URL"))
        verify(findChild(findChild(page, "channel-3"), "secret-PAGERDUTY_ROUTING_KEY"))
        verify(findChild(findChild(page, "channel-4"), "secret-SPLUNK_HEC_TOKEN"))
        click(findChild(page, "saveButton"))
        tryCompare(editor, "dirty", false)
        const rule = JSON.parse(Services.rules.ruleJson(editor.ruleId))
        compare(JSON.stringify(rule.channels[0].mention), JSON.stringify(["deployed_by"]))
        compare(JSON.stringify(rule.channels[1].to_people), JSON.stringify(["build_owner", "deployed_by"]))
        compare(rule.channels[1].fallback, "oncall@example.com")
        compare(rule.channels[2].type, "teams")
        compare(rule.channels[3].severity, "warning")
        compare(rule.channels[3].routing_key_secret, "PAGERDUTY_ROUTING_KEY")
        compare(rule.channels[4].index, "security")
        compare(rule.channels[4].token_secret, "SPLUNK_HEC_TOKEN")
    }

    function test_inlineValidation() {
        const page = createTemporaryObject(pageComponent, testCase)
        newRule(page, "newBlank")
        const editor = findChild(page, "ruleEditor")
        tryVerify(() => editor.loaded && editor.channels.count === 0)
        click(findChild(findChild(page, "editorTabs"), "tab-channels"))
        click(findChild(page, "addChannel-email"))
        tryVerify(() => editor.channels.count === 1)
        const card = findChild(page, "channel-0")
        replaceText(findChild(card, "fromEmailField"), "not an address")
        tryVerify(() => !editor.problems.valid)
        compare(findChild(page, "channel-0").error, "from.email: not an e-mail address")
        verify(!findChild(page, "saveButton").enabled)
        replaceText(findChild(card, "fromEmailField"), "alerts@example.com")
        tryVerify(() => editor.problems.valid)
        verify(findChild(page, "saveButton").enabled)
        // Renaming a secret: checked, and the card follows the new name.
        replaceText(findChild(card, "secretName-apiKeySecret"), "9lives")
        keyClick(Qt.Key_Return)
        tryVerify(() => !editor.problems.valid)
        const channelError = findChild(page, "channel-0").error
        verify(channelError.startsWith("api_key_secret: a secret name is"), channelError)
        replaceText(findChild(findChild(page, "channel-0"), "secretName-apiKeySecret"), "SENDGRID_KEY")
        keyClick(Qt.Key_Return)
        tryVerify(() => editor.problems.valid)
        verify(findChild(page, "secret-SENDGRID_KEY"))
        compare(editor.channels.isSecretStored("SENDGRID_KEY"), false)

        // An empty "any of" group never holds: flagged on the group.
        click(findChild(findChild(page, "editorTabs"), "tab-criteria"))
        click(findChild(findChild(page, "criteriaRoot"), "addGroup"))
        tryVerify(() => childCount(editor) === 1)
        click(findChild(node(page, "criteria.all[0].any[0]"), "remove"))
        tryVerify(() => !editor.problems.valid)
        // The group's own problem (criteria.all[0].any), not one of a condition inside it.
        verify(node(page, "criteria.all[0]").error.length > 0)
        click(findChild(page, "revertButton"))
        tryVerify(() => editor.problems.valid && !editor.dirty)

        // Delete the draft: the editor empties and the rule is gone from the list.
        const count = Services.rules.rules.count
        const id = editor.ruleId
        click(findChild(page, "deleteRuleButton"))
        const dialog = findChild(page, "deleteRuleDialog")
        tryCompare(dialog, "opened", true)
        dialog.accept()
        tryCompare(Services.rules.rules, "count", count - 1)
        tryCompare(editor, "loaded", false)
        compare(Services.rules.ruleJson(id), "")

        // With nothing open, the gallery makes a rule in one click.
        click(findChild(page, "gallery-untrusted-registry"))
        tryVerify(() => editor.loaded && editor.name === "Untrusted registry")
        compare(Services.rules.rules.count, count)
    }
}
