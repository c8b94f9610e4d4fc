#include "findingjournalmodel.h"

#include "displaytext.h"

#include <QDateTime>

FindingJournalModel::FindingJournalModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void FindingJournalModel::setEntries(const QList<JournalEntry> &entries)
{
    const bool countChanges = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = QList<JournalEntry>(entries.crbegin(), entries.crend());
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int FindingJournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant FindingJournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const JournalEntry &e = m_entries.at(index.row());
    switch (role) {
    case AtRole:
        return QDateTime::fromMSecsSinceEpoch(e.at);
    case ActionRole:
        return e.action;
    case DetailRole:
        return DisplayText::visible(e.detail);
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingJournalModel::roleNames() const
{
    return { { AtRole, "at" }, { ActionRole, "action" }, { DetailRole, "detail" } };
}
