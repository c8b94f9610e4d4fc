#include "findingoutboxmodel.h"

FindingOutboxModel::FindingOutboxModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void FindingOutboxModel::setItems(const QList<OutboxItem> &items)
{
    const qsizetype before = m_items.size();
    const QString error = lastError();
    beginResetModel();
    m_items.clear();
    for (const OutboxItem &item : items) {
        if (item.state != OutboxItem::State::Sent)
            m_items.append(item);
    }
    endResetModel();
    if (m_items.size() != before)
        Q_EMIT countChanged();
    if (lastError() != error)
        Q_EMIT lastErrorChanged();
}

QString FindingOutboxModel::lastError() const
{
    return m_items.isEmpty() ? QString() : m_items.constFirst().lastError;
}

int FindingOutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant FindingOutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const OutboxItem &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case TrackerRole:
        return item.tracker;
    case KindRole:
        return OutboxItem::kindName(item.kind);
    case StateRole:
        return OutboxItem::stateName(item.state);
    case AttemptsRole:
        return item.attempts;
    case LastErrorRole:
        return item.lastError;
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingOutboxModel::roleNames() const
{
    return { { ItemIdRole, "itemId" }, { TrackerRole, "tracker" },   { KindRole, "kind" },
             { StateRole, "state" },   { AttemptsRole, "attempts" }, { LastErrorRole, "lastError" } };
}
