#include "platformworkermodel.h"

PlatformWorkerModel::PlatformWorkerModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void PlatformWorkerModel::setWorkers(const QList<PlatformWorker> &workers)
{
    beginResetModel();
    m_workers = workers;
    endResetModel();
    Q_EMIT countChanged();
}

const PlatformWorker *PlatformWorkerModel::find(const QString &key) const
{
    for (const PlatformWorker &worker : m_workers) {
        if (worker.details.key == key)
            return &worker;
    }
    return nullptr;
}

int PlatformWorkerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workers.size());
}

QVariant PlatformWorkerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workers.size())
        return {};
    const PlatformWorker &w = m_workers[index.row()];
    switch (role) {
    case KeyRole:
        return w.details.key;
    case DescriptionRole:
        return w.details.description;
    case ActionRole:
        return w.details.action;
    case EnabledRole:
        return w.details.enabled;
    case ReadOnlyRole:
        return w.readOnly();
    case RuleIdRole:
        return w.rule ? w.rule->id : QString();
    case RuleNameRole:
        return w.rule ? w.rule->name : QString();
    case EditedRole:
        return w.edited;
    case SourceCodeRole:
        return w.details.sourceCode;
    case ProblemRole:
        return w.problem;
    case SecretKeysRole:
        return w.details.secretKeys;
    default:
        return {};
    }
}

QHash<int, QByteArray> PlatformWorkerModel::roleNames() const
{
    return { { KeyRole, "key" },
             { DescriptionRole, "description" },
             { ActionRole, "workerAction" },
             { EnabledRole, "workerEnabled" },
             { ReadOnlyRole, "readOnly" },
             { RuleIdRole, "ruleId" },
             { RuleNameRole, "ruleName" },
             { EditedRole, "edited" },
             { SourceCodeRole, "sourceCode" },
             { ProblemRole, "problem" },
             { SecretKeysRole, "secretKeys" } };
}
