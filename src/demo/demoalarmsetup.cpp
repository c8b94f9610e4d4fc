#include "demoalarmsetup.h"

#include "rulesecrets.h"
#include "rulestore.h"
#include "ruletemplates.h"
#include "secretstore.h"

#include <QCryptographicHash>
#include <QUrl>

namespace DemoAlarmSetup {

namespace {

QString slackSecretPart(const Rule &rule, const RuleChannel &channel)
{
    const QByteArray material = rule.id.toUtf8() + '\n' + channel.id.toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace

QHash<QString, QString> secretsFor(const Rule &rule, const DemoSinkEndpoints &endpoints)
{
    QHash<QString, QString> values;
    for (const RuleChannel &ch : rule.channels) {
        switch (ch.type) {
        case RuleChannel::Type::Slack:
            if (!ch.urlSecret.isEmpty())
                values.insert(ch.urlSecret,
                              endpoints.baseUrl + QStringLiteral("/services/TDEMO0001/B")
                                  + rule.id.left(8).toUpper() + u'/' + slackSecretPart(rule, ch));
            break;
        case RuleChannel::Type::Webhook:
            if (!ch.urlSecret.isEmpty())
                values.insert(ch.urlSecret,
                              endpoints.baseUrl + QStringLiteral("/hooks/") + rule.id.left(8) + u'-'
                                  + QString::fromLatin1(QUrl::toPercentEncoding(ch.id)));
            if (!ch.signingSecret.isEmpty())
                values.insert(ch.signingSecret, QString::fromLatin1(endpoints.webhookKey));
            break;
        case RuleChannel::Type::Email:
            if (!ch.apiKeySecret.isEmpty())
                values.insert(ch.apiKeySecret, endpoints.mailApiKey);
            break;
        case RuleChannel::Type::Teams:
            if (!ch.urlSecret.isEmpty())
                values.insert(
                    ch.urlSecret,
                    endpoints.baseUrl + QStringLiteral("/workflows/") + rule.id.left(8)
                        + QStringLiteral("/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2F"
                                         "triggers%2Fmanual%2Frun&sv=1.0&sig=")
                        + endpoints.teamsSignature);
            break;
        case RuleChannel::Type::PagerDuty:
            if (!ch.apiKeySecret.isEmpty())
                values.insert(ch.apiKeySecret, endpoints.pagerDutyKey);
            break;
        case RuleChannel::Type::Splunk:
            if (!ch.apiKeySecret.isEmpty())
                values.insert(ch.apiKeySecret, endpoints.splunkToken);
            break;
        }
    }
    return values;
}

Rule pointedAtDemo(Rule rule, const DemoSinkEndpoints &endpoints)
{
    for (RuleChannel &ch : rule.channels) {
        if (!ch.baseUrl.isEmpty()) // e-mail, PagerDuty and Splunk
            ch.baseUrl = endpoints.baseUrl;
    }
    return rule;
}

QString seedSecrets(SecretStore &store, const Rule &rule, const DemoSinkEndpoints &endpoints)
{
    const QHash<QString, QString> values = secretsFor(rule, endpoints);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString error = RuleSecrets::write(store, rule, it.key(), it.value());
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString prepare(RuleStore &rules, SecretStore &secrets, const DemoSinkEndpoints &endpoints,
                QStringList *created)
{
    if (rules.list().isEmpty()) {
        for (const RuleTemplates::Info &info : RuleTemplates::list()) {
            const auto rule = RuleTemplates::make(info.name);
            if (!rule || !rules.insert(*rule))
                return QStringLiteral("cannot add the demo rule %1: %2")
                    .arg(info.name, rules.lastError().message);
            if (created)
                created->append(rule->id);
        }
    }
    for (const StoredRule &stored : rules.list()) {
        if (!stored.rule)
            continue;
        const Rule pointed = pointedAtDemo(*stored.rule, endpoints);
        if (!(pointed == *stored.rule) && !rules.update(pointed))
            return QStringLiteral("cannot update the demo rule %1: %2")
                .arg(stored.id, rules.lastError().message);
        const QString error = seedSecrets(secrets, pointed, endpoints);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace DemoAlarmSetup
