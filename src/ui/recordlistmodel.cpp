#include "recordlistmodel.h"

RecordListModel::RecordListModel(QByteArrayList roles, QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(std::move(roles))
{ }

void RecordListModel::setRows(QList<QVariantList> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    const int column = role - Qt::UserRole - 1;
    if (!index.isValid() || index.row() >= m_rows.size() || column < 0
        || column >= m_rows.at(index.row()).size())
        return {};
    return m_rows.at(index.row()).at(column);
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles.at(i));
    return names;
}

QVariantMap RecordListModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_rows.size())
        return map;
    for (int i = 0; i < m_roles.size() && i < m_rows.at(row).size(); ++i)
        map.insert(QString::fromLatin1(m_roles.at(i)), m_rows.at(row).at(i));
    return map;
}
