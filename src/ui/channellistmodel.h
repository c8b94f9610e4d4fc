#pragma once

#include "channelsecretmodel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

struct RuleChannel;
struct RuleDraft;
class RuleProblems;
class SecretStore;

// The notification channels of the edited rule, in the order they go out: Slack, a signed webhook or
// e-mail, each with its fields, its problem and its secrets (with whether the keychain holds them).
// Adding, removing or moving a channel resets the model; a typed value only changes the rule and
// the `error` roles, so a field being typed in is not rebuilt under the cursor. Secret values go to
// the keychain only; QML never reads them back.
class ChannelListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChannelListModel belongs to a RuleEditorController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // slack, webhook, email
        ChannelIdRole,
        JsonPathRole, // "channels[1]"
        BaseUrlRole,
        FromEmailRole,
        FromNameRole,
        ToRole, // the addresses, separated by commas
        ErrorRole, // the channel's first problem, with the rest of its path ("from.email: …")
        SecretsRole, // ChannelSecretModel
    };
    Q_ENUM(Role)

    ChannelListModel(RuleDraft &draft, const RuleProblems &problems, QObject *parent = nullptr);

    void setSecretStore(SecretStore *store);
    // After the draft was replaced (load, revert, delete): the channels and their secrets' status.
    void reload();

    // type: slack, webhook or email
    Q_INVOKABLE void add(const QString &type);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void move(int row, int delta);
    // key: id, urlSecret, signingSecret, apiKeySecret, baseUrl, fromEmail, fromName, to (comma separated)
    Q_INVOKABLE void set(int row, const QString &key, const QString &value);
    Q_INVOKABLE void setSecret(const QString &name, const QString &value);
    Q_INVOKABLE void forgetSecret(const QString &name);
    Q_INVOKABLE bool isSecretStored(const QString &name) const { return m_stored.value(name); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void edited();
    void secretsChanged();
    // A keychain write's outcome, for the editor's status line.
    void outcome(const QString &text, bool failed);

private:
    void restructured();
    void rebuildSecrets();
    QList<ChannelSecretModel::Secret> secretsOf(const RuleChannel &channel) const;
    void refreshSecrets();
    void setStored(const QString &name, bool stored);
    QString uniqueChannelId(const QString &base) const;
    QString uniqueSecretName(const QString &base) const;

    RuleDraft &m_draft;
    const RuleProblems &m_problems;
    QPointer<SecretStore> m_store;
    QList<ChannelSecretModel *> m_secretModels; // one per channel
    QHash<QString, bool> m_stored; // secret name -> the keychain holds a value
};
