#pragma once

#include "rule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The three rules of JFrog's "fast exposure-window closing" guide, as starting points: each fires
// on one criterion and notifies Slack (mentioning the build owner), a signed webhook and e-mail (to
// the build owner and the team) with the workload details, the image details, their integrity and
// the risks; Teams, PagerDuty and Splunk on request.
class RuleTemplates
{
    Q_DECLARE_TR_FUNCTIONS(RuleTemplates)

public:
    struct Info
    {
        QString name; // what `rules new --template` takes
        QString title;
        QString description;
    };

    struct Options
    {
        QList<RuleChannel::Type> channels; // empty: defaultChannelTypes()
        QString teamAddress; // the profile's team address; empty: defaultTeamAddress
    };
    static QList<Info> list();
    // A new rule (with a new id) from the template; nullopt for an unknown name.
    static std::optional<Rule> make(const QString &name, const Options &options = {});
    // A new rule that fires on every event (an empty "all"), with the default message and no channel.
    static Rule blank();

    static MessageTemplate defaultMessage();
    static QList<RuleChannel> defaultChannels(const QString &teamAddress = {});
    // A channel of the type as the templates set it up (secret names, the team address).
    static RuleChannel channel(RuleChannel::Type type, const QString &teamAddress = {});
    static QList<RuleChannel::Type> defaultChannelTypes()
    {
        return { RuleChannel::Type::Slack, RuleChannel::Type::Webhook, RuleChannel::Type::Email };
    }
    static inline const QString defaultTeamAddress = QStringLiteral("security@example.com");
    static inline const QString defaultDedupeKey =
        QStringLiteral("{{workload.cluster}}/{{workload.namespace}}/{{workload.name}}");
};
