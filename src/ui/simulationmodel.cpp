#include "simulationmodel.h"

#include "conditionverdictmodel.h"
#include "plannedcallmodel.h"

SimulationModel::SimulationModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SimulationModel::setResult(const SimulationResult &result, const QString &summary,
                                const QString &eventSummary, const QStringList &warnings)
{
    beginResetModel();
    // Delegates may still hold the old rows' models until the reset reaches them.
    for (QObject *old : std::as_const(m_conditions))
        old->deleteLater();
    for (QObject *old : std::as_const(m_calls))
        old->deleteLater();
    m_conditions.clear();
    m_calls.clear();
    m_result = result;
    m_summary = summary;
    m_eventSummary = eventSummary;
    m_warnings = warnings;
    for (const RuleSimulation &rule : result.rules) {
        auto *conditions = new ConditionVerdictModel(this);
        conditions->setVerdicts(rule.conditions);
        m_conditions.append(conditions);
        auto *calls = new PlannedCallModel(this);
        calls->setCalls(rule.calls);
        m_calls.append(calls);
    }
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT resultChanged();
}

void SimulationModel::setCallStatus(int rule, int call, const CallStatus &status)
{
    if (PlannedCallModel *calls = m_calls.value(rule))
        calls->setStatus(call, status);
}

void SimulationModel::setCallResult(int rule, int call, const DeliveryResult &result)
{
    if (m_result && rule >= 0 && rule < m_result->rules.size() && call >= 0
        && call < m_result->rules[rule].calls.size())
        m_result->rules[rule].calls[call].result = result;
    setCallStatus(rule, call, CallStatus::fromResult(result));
}

CallStatus SimulationModel::callStatus(int rule, int call) const
{
    const PlannedCallModel *calls = m_calls.value(rule);
    return calls ? calls->status(call) : CallStatus();
}

int SimulationModel::indexOf(const QString &ruleId) const
{
    if (!m_result)
        return -1;
    for (qsizetype i = 0; i < m_result->rules.size(); ++i) {
        if (m_result->rules[i].ruleId == ruleId)
            return int(i);
    }
    return -1;
}

int SimulationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->rules.size());
}

QVariant SimulationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_result || index.row() >= m_result->rules.size())
        return {};
    const RuleSimulation &rule = m_result->rules.at(index.row());
    switch (role) {
    case RuleIdRole:
        return rule.ruleId;
    case NameRole:
        return rule.ruleName;
    case StateRole:
        return rule.state;
    case FiredRole:
        return rule.fired;
    case ConditionsRole:
        return QVariant::fromValue(m_conditions.at(index.row()));
    case ProblemsRole:
        return rule.problems;
    case CallsRole:
        return QVariant::fromValue(m_calls.at(index.row()));
    }
    return {};
}

QHash<int, QByteArray> SimulationModel::roleNames() const
{
    return { { RuleIdRole, "ruleId" },
             { NameRole, "name" },
             { StateRole, "ruleState" },
             { FiredRole, "fired" },
             { ConditionsRole, "conditions" },
             { ProblemsRole, "problems" },
             { CallsRole, "calls" } };
}
