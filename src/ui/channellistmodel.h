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

// The notification channels of the edited rule, in the order they go out: Slack, a signed webhook,
// e-mail, Microsoft Teams, PagerDuty or Splunk, each with its fields, the people it addresses, its problem
// and its secrets (with whether the keychain holds them). Adding, removing or moving a channel resets the
// model; a typed value only changes the rule and the `error` roles, so a field being typed in is not rebuilt
// under the cursor. Secret values go to the keychain only; QML never reads them back.
class ChannelListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChannelListModel belongs to a RuleEditorController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // slack, webhook, email, teams, pagerduty, splunk
        ChannelIdRole,
        JsonPathRole, // "channels[1]"
        BaseUrlRole,
        FromEmailRole,
        FromNameRole,
        ToRole, // the addresses, separated by commas
        ToBuildOwnerRole, // e-mail: each image's build owner is a recipient
        ToDeployedByRole,
        FallbackRole, // e-mail: the address for a person nobody resolved
        MentionBuildOwnerRole, // Slack: mention the build owner when their member ID is known
        MentionDeployedByRole,
        SeverityRole, // PagerDuty
        SourcetypeRole, // Splunk
        IndexRole,
        ErrorRole, // the channel's first problem, with the rest of its path ("from.email: …")
        SecretsRole, // ChannelSecretModel
    };
    Q_ENUM(Role)

    ChannelListModel(RuleDraft &draft, const RuleProblems &problems, QObject *parent = nullptr);

    void setSecretStore(SecretStore *store);
    // After the draft was replaced (load, revert, delete): the channels and their secrets' status.
    void reload();

    // type: slack, webhook, email, teams, pagerduty or splunk
    Q_INVOKABLE void add(const QString &type);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void move(int row, int delta);
    // key: id, urlSecret, signingSecret, apiKeySecret, baseUrl, fromEmail, fromName, to (comma
    // separated), fallback, severity, sourcetype, index
    Q_INVOKABLE void set(int row, const QString &key, const QString &value);
    // list: toPeople or mention; person: build_owner or deployed_by
    Q_INVOKABLE void setPerson(int row, const QString &list, const QString &person, bool on);
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
