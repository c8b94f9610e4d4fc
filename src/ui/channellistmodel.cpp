#include "channellistmodel.h"

#include "ruledraft.h"
#include "rulejson.h"
#include "ruleproblems.h"
#include "rulesecrets.h"
#include "ruletemplates.h"
#include "secretstore.h"

#include <QCoreApplication>

// The secrets' labels and the keychain outcomes keep the rule editor's translation context.

namespace {

// Values of a list as typed: separated by commas, trimmed, empty ones dropped.
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u','))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

} // namespace

ChannelListModel::ChannelListModel(RuleDraft &draft, const RuleProblems &problems, QObject *parent)
    : QAbstractListModel(parent)
    , m_draft(draft)
    , m_problems(problems)
{
    connect(&m_problems, &RuleProblems::changed, this, [this] {
        if (!m_draft.rule.channels.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_draft.rule.channels.size()) - 1), { ErrorRole });
    });
}

void ChannelListModel::setSecretStore(SecretStore *store)
{
    m_store = store;
    refreshSecrets();
}

void ChannelListModel::reload()
{
    beginResetModel();
    rebuildSecrets();
    endResetModel();
    Q_EMIT countChanged();
    refreshSecrets();
}

void ChannelListModel::restructured()
{
    reload();
    Q_EMIT edited();
}

QList<ChannelSecretModel::Secret> ChannelListModel::secretsOf(const RuleChannel &ch) const
{
    QList<ChannelSecretModel::Secret> secrets;
    auto secret = [&](const QString &key, const QString &name, const QString &label) {
        secrets.append({ key, name, label, m_stored.value(name) });
    };
    switch (ch.type) {
    case RuleChannel::Type::Slack:
        secret(QStringLiteral("urlSecret"), ch.urlSecret,
               QCoreApplication::translate("RuleEditorController", "Incoming webhook URL"));
        break;
    case RuleChannel::Type::Webhook:
        secret(QStringLiteral("urlSecret"), ch.urlSecret,
               QCoreApplication::translate("RuleEditorController", "Endpoint URL"));
        secret(QStringLiteral("signingSecret"), ch.signingSecret,
               QCoreApplication::translate("RuleEditorController", "Signing key"));
        break;
    case RuleChannel::Type::Email:
        secret(QStringLiteral("apiKeySecret"), ch.apiKeySecret,
               QCoreApplication::translate("RuleEditorController", "Mail API key"));
        break;
    case RuleChannel::Type::Teams:
        secret(QStringLiteral("urlSecret"), ch.urlSecret,
               QCoreApplication::translate("RuleEditorController", "Workflow webhook URL"));
        break;
    case RuleChannel::Type::PagerDuty:
        secret(QStringLiteral("apiKeySecret"), ch.apiKeySecret,
               QCoreApplication::translate("RuleEditorController", "Integration routing key"));
        break;
    case RuleChannel::Type::Splunk:
        secret(QStringLiteral("apiKeySecret"), ch.apiKeySecret,
               QCoreApplication::translate("RuleEditorController", "HEC token"));
        break;
    }
    return secrets;
}

void ChannelListModel::rebuildSecrets()
{
    for (ChannelSecretModel *model : std::as_const(m_secretModels))
        model->deleteLater(); // the old rows' delegates may still hold it until they are gone
    m_secretModels.clear();
    for (const RuleChannel &channel : std::as_const(m_draft.rule.channels)) {
        auto *model = new ChannelSecretModel(this);
        model->setSecrets(secretsOf(channel));
        m_secretModels.append(model);
    }
}

void ChannelListModel::refreshSecrets()
{
    m_stored.clear();
    const QStringList names = m_draft.rule.secretNames();
    for (const QString &name : names)
        setStored(name, false);
    Q_EMIT secretsChanged();
    if (!m_store)
        return;
    QPointer<ChannelListModel> self(this);
    const QString ruleId = m_draft.rule.id;
    for (const QString &name : names) {
        m_store->read(RuleSecrets::keychainKey(ruleId, name),
                      [self, ruleId, name](const SecretStore::ReadResult &r) {
                          if (!self || self->m_draft.rule.id != ruleId)
                              return;
                          self->setStored(name, r.value.has_value() && !r.value->isEmpty());
                          Q_EMIT self->secretsChanged();
                      });
    }
}

void ChannelListModel::setStored(const QString &name, bool stored)
{
    m_stored.insert(name, stored);
    for (ChannelSecretModel *model : std::as_const(m_secretModels))
        model->setStored(name, stored);
}

void ChannelListModel::setSecret(const QString &name, const QString &value)
{
    if (!m_store || !m_draft.rule.secretNames().contains(name) || value.isEmpty())
        return;
    QPointer<ChannelListModel> self(this);
    SecretStore *store = m_store;
    store->write(
        RuleSecrets::keychainKey(m_draft.rule.id, name), value,
        [self, name, store](bool ok, const QString &error) {
            if (!self)
                return;
            self->setStored(name, ok);
            Q_EMIT self->secretsChanged();
            Q_EMIT self->outcome(
                !ok ? QCoreApplication::translate("RuleEditorController", "%1 was not stored: %2")
                          .arg(name, error)
                    : store->isPersistent()
                    ? QCoreApplication::translate("RuleEditorController", "%1 is stored in the keychain")
                          .arg(name)
                    : QCoreApplication::translate("RuleEditorController",
                                                  "%1 is kept for this session only (no keychain)")
                          .arg(name),
                !ok);
        });
}

void ChannelListModel::forgetSecret(const QString &name)
{
    if (!m_store)
        return;
    QPointer<ChannelListModel> self(this);
    m_store->remove(RuleSecrets::keychainKey(m_draft.rule.id, name), [self, name](bool, const QString &) {
        if (!self)
            return;
        self->setStored(name, false);
        Q_EMIT self->secretsChanged();
    });
}

QString ChannelListModel::uniqueChannelId(const QString &base) const
{
    for (int n = 1;; ++n) {
        const QString id = n == 1 ? base : base + u'-' + QString::number(n);
        if (std::none_of(m_draft.rule.channels.cbegin(), m_draft.rule.channels.cend(),
                         [&id](const RuleChannel &c) { return c.id == id; }))
            return id;
    }
}

QString ChannelListModel::uniqueSecretName(const QString &base) const
{
    const QStringList used = m_draft.rule.secretNames();
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? base : base + u'_' + QString::number(n);
        if (!used.contains(name))
            return name;
    }
}

void ChannelListModel::add(const QString &type)
{
    const auto kind = RuleJson::channelTypeFromName(type);
    if (kind) {
        RuleChannel channel = RuleTemplates::channel(*kind);
        channel.id = uniqueChannelId(channel.id);
        if (!channel.urlSecret.isEmpty())
            channel.urlSecret = uniqueSecretName(channel.urlSecret);
        if (!channel.signingSecret.isEmpty())
            channel.signingSecret = uniqueSecretName(channel.signingSecret);
        if (!channel.apiKeySecret.isEmpty())
            channel.apiKeySecret = uniqueSecretName(channel.apiKeySecret);
        m_draft.rule.channels.append(channel);
        restructured();
    }
}

void ChannelListModel::remove(int row)
{
    if (row < 0 || row >= m_draft.rule.channels.size())
        return;
    m_draft.rule.channels.removeAt(row);
    restructured();
}

void ChannelListModel::move(int row, int delta)
{
    const int target = row + delta;
    const int size = int(m_draft.rule.channels.size());
    if (row < 0 || row >= size || target < 0 || target >= size || delta == 0)
        return;
    m_draft.rule.channels.move(row, target);
    restructured();
}

void ChannelListModel::set(int row, const QString &key, const QString &value)
{
    if (row < 0 || row >= m_draft.rule.channels.size())
        return;
    RuleChannel &ch = m_draft.rule.channels[row];
    const RuleChannel before = ch;
    if (key == u"id")
        ch.id = value;
    else if (key == u"urlSecret")
        ch.urlSecret = value;
    else if (key == u"signingSecret")
        ch.signingSecret = value;
    else if (key == u"apiKeySecret")
        ch.apiKeySecret = value;
    else if (key == u"baseUrl")
        ch.baseUrl = value;
    else if (key == u"fromEmail")
        ch.fromEmail = value;
    else if (key == u"fromName")
        ch.fromName = value;
    else if (key == u"to")
        ch.to = splitList(value);
    else if (key == u"fallback")
        ch.fallback = value.trimmed();
    else if (key == u"severity")
        ch.severity = value;
    else if (key == u"sourcetype")
        ch.sourcetype = value.trimmed();
    else if (key == u"index")
        ch.index = value.trimmed();
    if (ch == before)
        return;
    if (key.endsWith(u"Secret")) {
        // Another keychain entry: the card shows the new name and its status.
        m_secretModels[row]->setSecrets(secretsOf(ch));
        refreshSecrets();
    }
    Q_EMIT edited();
}

void ChannelListModel::setPerson(int row, const QString &list, const QString &person, bool on)
{
    const auto who = RuleJson::personFromName(person);
    if (row < 0 || row >= m_draft.rule.channels.size() || !who)
        return;
    RuleChannel &ch = m_draft.rule.channels[row];
    QList<RuleChannel::Person> &people = list == u"mention" ? ch.mention : ch.toPeople;
    if (people.contains(*who) == on)
        return;
    if (on)
        people.append(*who);
    else
        people.removeAll(*who);
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at,
                       { ToBuildOwnerRole, ToDeployedByRole, MentionBuildOwnerRole, MentionDeployedByRole });
    Q_EMIT edited();
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_draft.rule.channels.size());
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_draft.rule.channels.size())
        return {};
    const RuleChannel &ch = m_draft.rule.channels[index.row()];
    switch (role) {
    case TypeRole:
        return RuleJson::channelTypeName(ch.type);
    case ChannelIdRole:
        return ch.id;
    case JsonPathRole:
        return QStringLiteral("channels[%1]").arg(index.row());
    case BaseUrlRole:
        return ch.baseUrl;
    case FromEmailRole:
        return ch.fromEmail;
    case FromNameRole:
        return ch.fromName;
    case ToRole:
        return ch.to.join(QStringLiteral(", "));
    case ToBuildOwnerRole:
        return ch.toPeople.contains(RuleChannel::Person::BuildOwner);
    case ToDeployedByRole:
        return ch.toPeople.contains(RuleChannel::Person::DeployedBy);
    case FallbackRole:
        return ch.fallback;
    case MentionBuildOwnerRole:
        return ch.mention.contains(RuleChannel::Person::BuildOwner);
    case MentionDeployedByRole:
        return ch.mention.contains(RuleChannel::Person::DeployedBy);
    case SeverityRole:
        return ch.severity;
    case SourcetypeRole:
        return ch.sourcetype;
    case IndexRole:
        return ch.index;
    case ErrorRole:
        return m_problems.at(QStringLiteral("channels[%1]").arg(index.row()));
    case SecretsRole:
        return QVariant::fromValue(m_secretModels.value(index.row()));
    default:
        return {};
    }
}

QHash<int, QByteArray> ChannelListModel::roleNames() const
{
    return { { TypeRole, "type" },
             { ChannelIdRole, "channelId" },
             { JsonPathRole, "jsonPath" },
             { BaseUrlRole, "baseUrl" },
             { FromEmailRole, "fromEmail" },
             { FromNameRole, "fromName" },
             { ToRole, "to" },
             { ErrorRole, "error" },
             { SecretsRole, "secrets" },
             { ToBuildOwnerRole, "toBuildOwner" },
             { ToDeployedByRole, "toDeployedBy" },
             { FallbackRole, "fallback" },
             { MentionBuildOwnerRole, "mentionBuildOwner" },
             { MentionDeployedByRole, "mentionDeployedBy" },
             { SeverityRole, "severity" },
             { SourcetypeRole, "sourcetype" },
             { IndexRole, "splunkIndex" } };
}
