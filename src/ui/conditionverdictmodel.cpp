#include "conditionverdictmodel.h"

ConditionVerdictModel::ConditionVerdictModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ConditionVerdictModel::setVerdicts(const QList<ConditionVerdict> &verdicts)
{
    beginResetModel();
    m_verdicts = verdicts;
    endResetModel();
    Q_EMIT countChanged();
}

int ConditionVerdictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_verdicts.size());
}

QVariant ConditionVerdictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_verdicts.size())
        return {};
    const ConditionVerdict &v = m_verdicts.at(index.row());
    switch (role) {
    case TextRole:
        return v.text;
    case PassedRole:
        return v.passed;
    case ValueRole:
        return v.value;
    case PathRole:
        return v.path;
    }
    return {};
}

QHash<int, QByteArray> ConditionVerdictModel::roleNames() const
{
    return {
        { TextRole, "description" }, { PassedRole, "passed" }, { ValueRole, "value" }, { PathRole, "path" }
    };
}
