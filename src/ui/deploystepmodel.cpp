#include "deploystepmodel.h"

DeployStepModel::DeployStepModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void DeployStepModel::setSteps(const QList<WorkerDeployJob::Step> &steps)
{
    if (steps.size() == m_steps.size()) {
        // The same steps, further on: update the rows in place.
        m_steps = steps;
        if (!m_steps.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_steps.size()) - 1));
        return;
    }
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int DeployStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant DeployStepModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const WorkerDeployJob::Step &step = m_steps[index.row()];
    switch (role) {
    case StepIdRole:
        return step.id;
    case TitleRole:
        return step.title;
    case StepStateRole:
        return WorkerDeployJob::stateName(step.state);
    case DetailRole:
        return step.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeployStepModel::roleNames() const
{
    return { { StepIdRole, "stepId" },
             { TitleRole, "title" },
             { StepStateRole, "stepState" },
             { DetailRole, "detail" } };
}
