#include "rulelistmodel.h"

#include "rulejson.h"
#include "workergenerator.h"

#include <QDateTime>

namespace {

int conditionCount(const CriteriaNode &node)
{
    if (node.type == CriteriaNode::Type::Condition)
        return 1;
    int count = 0;
    for (const CriteriaNode &child : node.children)
        count += conditionCount(child);
    return count;
}

QString summary(const Rule &rule)
{
    QStringList channels;
    for (const RuleChannel &channel : rule.channels) {
        QString name;
        switch (channel.type) {
        case RuleChannel::Type::Slack:
            name = RuleListModel::tr("Slack");
            break;
        case RuleChannel::Type::Webhook:
            name = RuleListModel::tr("webhook");
            break;
        case RuleChannel::Type::Email:
            name = RuleListModel::tr("email");
            break;
        case RuleChannel::Type::Teams:
            name = RuleListModel::tr("Teams");
            break;
        case RuleChannel::Type::PagerDuty:
            name = RuleListModel::tr("PagerDuty");
            break;
        case RuleChannel::Type::Splunk:
            name = RuleListModel::tr("Splunk");
            break;
        }
        if (!channels.contains(name))
            channels.append(name);
    }
    return RuleListModel::tr("%n condition(s)", nullptr, conditionCount(rule.criteria))
        + QStringLiteral(" · ")
        + (channels.isEmpty() ? RuleListModel::tr("no channel") : channels.join(QStringLiteral(", ")));
}

} // namespace

RuleListModel::RuleListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void RuleListModel::setRules(const QList<StoredRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
    Q_EMIT countChanged();
}

void RuleListModel::setDrillFailures(const QSet<QString> &ruleIds)
{
    if (ruleIds == m_drillFailures)
        return;
    m_drillFailures = ruleIds;
    if (!m_rules.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rules.size()) - 1), { DrillFailedRole });
}

int RuleListModel::indexOf(const QString &ruleId) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].id == ruleId)
            return int(i);
    }
    return -1;
}

QString RuleListModel::stateLabel(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Draft:
        return tr("Draft");
    case DeploymentState::Deployed:
        return tr("Deployed");
    case DeploymentState::Enabled:
        return tr("Enabled");
    case DeploymentState::OutOfDate:
        return tr("Out of date");
    }
    return {};
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const StoredRule &s = m_rules[index.row()];
    switch (role) {
    case RuleIdRole:
        return s.id;
    case NameRole:
        return s.name;
    case StateRole:
        return RuleStore::stateName(s.state());
    case StateLabelRole:
        return stateLabel(s.state());
    case WorkerKeyRole:
        return s.workerKey.isEmpty() && s.rule ? WorkerGenerator::suggestedKey(*s.rule) : s.workerKey;
    case RevisionRole:
        return s.revision;
    case UpdatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(s.updatedAt);
    case ProblemRole:
        return s.errors.value(0);
    case SummaryRole:
        return s.rule ? summary(*s.rule) : QString();
    case DrillFailedRole:
        return m_drillFailures.contains(s.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> RuleListModel::roleNames() const
{
    return { { RuleIdRole, "ruleId" },          { NameRole, "name" },           { StateRole, "status" },
             { StateLabelRole, "statusLabel" }, { WorkerKeyRole, "workerKey" }, { RevisionRole, "revision" },
             { UpdatedAtRole, "updatedAt" },    { ProblemRole, "problem" },     { SummaryRole, "summary" },
             { DrillFailedRole, "drillFailed" } };
}
