#include "rulechoicemodel.h"

namespace {

bool isDeployed(const StoredRule &rule)
{
    return rule.deployedRevision && !rule.workerKey.isEmpty();
}

} // namespace

RuleChoiceModel::RuleChoiceModel(bool deployedOnly, QObject *parent)
    : QAbstractListModel(parent)
    , m_deployedOnly(deployedOnly)
{ }

void RuleChoiceModel::setRules(const QList<StoredRule> &rules)
{
    beginResetModel();
    m_rules.clear();
    for (const StoredRule &rule : rules) {
        if (!m_deployedOnly || isDeployed(rule))
            m_rules.append(rule);
    }
    endResetModel();
    Q_EMIT countChanged();
}

int RuleChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant RuleChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const StoredRule &rule = m_rules.at(index.row());
    switch (role) {
    case RuleIdRole:
        return rule.id;
    case NameRole:
        return rule.name;
    case StateRole:
        return RuleStore::stateName(rule.state());
    case WorkerKeyRole:
        return isDeployed(rule) ? rule.workerKey : QString();
    }
    return {};
}

QHash<int, QByteArray> RuleChoiceModel::roleNames() const
{
    return {
        { RuleIdRole, "ruleId" }, { NameRole, "name" }, { StateRole, "state" }, { WorkerKeyRole, "workerKey" }
    };
}
