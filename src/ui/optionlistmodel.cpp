#include "optionlistmodel.h"

OptionListModel::OptionListModel(const QList<Option> &options, QObject *parent)
    : QAbstractListModel(parent)
    , m_options(options)
{ }

int OptionListModel::indexOf(const QString &value) const
{
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        if (m_options[i].value == value)
            return int(i);
    }
    return -1;
}

int OptionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

QVariant OptionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_options.size())
        return {};
    const Option &option = m_options[index.row()];
    switch (role) {
    case ValueRole:
        return option.value;
    case LabelRole:
        return option.label;
    default:
        return {};
    }
}

QHash<int, QByteArray> OptionListModel::roleNames() const
{
    return { { ValueRole, "value" }, { LabelRole, "label" } };
}
