#include "ruledeployment.h"

#include "ruledraft.h"
#include "rulelistmodel.h"
#include "rulescontroller.h"
#include "workergenerator.h"

RuleDeployment::RuleDeployment(const RuleDraft &draft, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
{ }

void RuleDeployment::setRules(RulesController *rules)
{
    if (m_rules)
        disconnect(m_rules, nullptr, this, nullptr);
    m_rules = rules;
    if (m_rules)
        connect(m_rules, &RulesController::rulesChanged, this, &RuleDeployment::changed);
    Q_EMIT changed();
}

QString RuleDeployment::workerKey() const
{
    if (!m_draft.loaded || !m_rules)
        return {};
    const auto stored = m_rules->store().find(m_draft.rule.id);
    return stored && !stored->workerKey.isEmpty() ? stored->workerKey
                                                  : WorkerGenerator::suggestedKey(m_draft.saved);
}

QString RuleDeployment::state() const
{
    const auto stored = m_draft.loaded && m_rules ? m_rules->store().find(m_draft.rule.id) : std::nullopt;
    return stored ? RuleStore::stateName(stored->state()) : QString();
}

QString RuleDeployment::stateLabel() const
{
    const auto stored = m_draft.loaded && m_rules ? m_rules->store().find(m_draft.rule.id) : std::nullopt;
    return stored ? RuleListModel::stateLabel(stored->state()) : QString();
}

bool RuleDeployment::deployed() const
{
    const auto stored = m_draft.loaded && m_rules ? m_rules->store().find(m_draft.rule.id) : std::nullopt;
    return stored && stored->deployedRevision.has_value();
}

bool RuleDeployment::workerEnabled() const
{
    const auto stored = m_draft.loaded && m_rules ? m_rules->store().find(m_draft.rule.id) : std::nullopt;
    return stored && stored->deployedRevision.has_value() && stored->enabled;
}
