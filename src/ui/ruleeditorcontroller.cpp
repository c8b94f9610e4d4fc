#include "ruleeditorcontroller.h"

#include "peoplestore.h"
#include "rulejson.h"
#include "rulescontroller.h"

RuleEditorController::RuleEditorController(QObject *parent)
    : QObject(parent)
    , m_problems(this)
    , m_criteria(m_draft, m_problems, this)
    , m_channels(m_draft, m_problems, this)
    , m_message(m_draft, m_problems, this)
    , m_preview(m_draft, this)
    , m_deployment(m_draft, this)
    , m_code(m_draft, m_problems, m_deployment, this)
    , m_cases(this)
{
    connect(&m_criteria, &CriteriaTreeModel::edited, this, &RuleEditorController::changed);
    connect(&m_channels, &ChannelListModel::edited, this, &RuleEditorController::changed);
    connect(&m_message, &RuleMessageEditor::edited, this, &RuleEditorController::changed);
    connect(&m_channels, &ChannelListModel::outcome, this, &RuleEditorController::setStatus);
    connect(&m_code, &GeneratedCode::outcome, this, &RuleEditorController::setStatus);
}

RuleEditorController::~RuleEditorController() = default;

void RuleEditorController::setRules(RulesController *rules)
{
    if (m_rules == rules)
        return;
    m_rules = rules;
    m_deployment.setRules(rules);
    m_channels.setSecretStore(rules ? rules->secretStore() : nullptr);
    Q_EMIT rulesChanged();
}

void RuleEditorController::setName(const QString &name)
{
    if (name == m_draft.rule.name)
        return;
    m_draft.rule.name = name;
    changed();
}

void RuleEditorController::setDescription(const QString &description)
{
    if (description == m_draft.rule.description)
        return;
    m_draft.rule.description = description;
    changed();
}

void RuleEditorController::setStatus(const QString &text, bool failed)
{
    m_status = { text, failed };
    Q_EMIT statusChanged();
}

bool RuleEditorController::load(const QString &ruleId)
{
    if (!m_rules)
        return false;
    const auto stored = m_rules->store().find(ruleId);
    if (!stored || !stored->rule) {
        setStatus(stored ? tr("This rule does not read: %1").arg(stored->errors.value(0))
                         : tr("No such rule"),
                  true);
        return false;
    }
    m_draft.rule = *stored->rule;
    m_draft.saved = m_draft.rule;
    m_code.setPeople(PeopleStore(m_rules->store().database()).yours().values());
    m_draft.loaded = true;
    m_status = {};
    m_preview.restart();
    Q_EMIT loadedChanged();
    Q_EMIT statusChanged();
    reloadParts();
    checkCases();
    return true;
}

void RuleEditorController::checkCases()
{
    m_cases.check(m_rules->store().database(), m_draft.rule.id);
}

bool RuleEditorController::save()
{
    if (!m_draft.loaded || !m_rules)
        return false;
    if (!m_problems.valid()) {
        setStatus(tr("Not saved: %n problem(s) to fix first", nullptr, m_problems.count()), true);
        return false;
    }
    if (!dirty())
        return true;
    RuleStore &store = m_rules->store();
    const bool exists = store.find(m_draft.rule.id).has_value();
    if (!(exists ? store.update(m_draft.rule) : store.insert(m_draft.rule))) {
        setStatus(tr("Not saved: %1").arg(store.lastError().message), true);
        return false;
    }
    m_draft.saved = m_draft.rule;
    m_rules->reload();
    checkCases(); // every save runs the rule's golden cases; a failure is shown, the save stands
    setStatus(m_cases.passing() ? tr("Saved") : tr("Saved; a golden case fails"), !m_cases.passing());
    Q_EMIT edited();
    Q_EMIT saved();
    return true;
}

void RuleEditorController::revert()
{
    if (!m_draft.loaded)
        return;
    m_draft.rule = m_draft.saved;
    reloadParts();
}

QString RuleEditorController::documentJson() const
{
    return m_draft.loaded ? QString::fromUtf8(RuleJson::write(m_draft.rule)) : QString();
}

void RuleEditorController::changed()
{
    m_problems.setList(m_draft.loaded ? RuleJson::validate(m_draft.rule) : QStringList());
    m_preview.update();
    m_code.invalidate();
    Q_EMIT edited();
}

void RuleEditorController::reloadParts()
{
    // The problems first: the parts' new rows read their messages from them.
    m_problems.setList(m_draft.loaded ? RuleJson::validate(m_draft.rule) : QStringList());
    m_criteria.reload();
    m_channels.reload();
    m_message.reload();
    m_deployment.refresh();
    changed();
}

bool RuleEditorController::deploy(bool enable)
{
    if (!m_rules || !save())
        return false;
    m_rules->deploy(m_draft.rule.id, enable);
    return true;
}

bool RuleEditorController::setEnabled(bool enabled)
{
    if (!m_rules || !m_draft.loaded)
        return false;
    m_rules->setEnabled(m_draft.rule.id, enabled);
    return true;
}

bool RuleEditorController::removeWorker()
{
    if (!m_rules || !m_draft.loaded)
        return false;
    m_rules->removeWorker(m_draft.rule.id);
    return true;
}

bool RuleEditorController::deleteRule()
{
    if (!m_rules || !m_draft.loaded || !m_rules->deleteRule(m_draft.rule.id))
        return false;
    m_draft = RuleDraft {};
    Q_EMIT loadedChanged();
    reloadParts();
    Q_EMIT statusChanged();
    return true;
}
