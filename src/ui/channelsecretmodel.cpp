#include "channelsecretmodel.h"

ChannelSecretModel::ChannelSecretModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ChannelSecretModel::setSecrets(const QList<Secret> &secrets)
{
    beginResetModel();
    m_secrets = secrets;
    endResetModel();
}

void ChannelSecretModel::setStored(const QString &name, bool stored)
{
    for (qsizetype i = 0; i < m_secrets.size(); ++i) {
        if (m_secrets[i].name != name || m_secrets[i].stored == stored)
            continue;
        m_secrets[i].stored = stored;
        Q_EMIT dataChanged(index(int(i)), index(int(i)), { StoredRole });
    }
}

int ChannelSecretModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_secrets.size());
}

QVariant ChannelSecretModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_secrets.size())
        return {};
    const Secret &secret = m_secrets[index.row()];
    switch (role) {
    case KeyRole:
        return secret.key;
    case NameRole:
        return secret.name;
    case LabelRole:
        return secret.label;
    case StoredRole:
        return secret.stored;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChannelSecretModel::roleNames() const
{
    return { { KeyRole, "key" }, { NameRole, "name" }, { LabelRole, "label" }, { StoredRole, "stored" } };
}
