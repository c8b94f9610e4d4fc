#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The secrets of one notification channel (a webhook URL, a signing key, a mail API key): which
// field of the channel names it, that name, what it is for, and whether the keychain holds a value.
class ChannelSecretModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChannelSecretModel belongs to a ChannelListModel")

public:
    struct Secret
    {
        QString key; // the channel's field: urlSecret, signingSecret, apiKeySecret
        QString name; // the secret's name on the platform
        QString label;
        bool stored = false;
    };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        LabelRole,
        StoredRole,
    };
    Q_ENUM(Role)

    explicit ChannelSecretModel(QObject *parent = nullptr);

    void setSecrets(const QList<Secret> &secrets);
    void setStored(const QString &name, bool stored);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Secret> m_secrets;
};
