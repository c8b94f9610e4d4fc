#pragma once

#include "rule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The three rules of JFrog's "fast exposure-window closing" guide, as starting points: each fires
// on one criterion and notifies Slack, a signed webhook and e-mail with the workload details, the
// image details and the risks.
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

    static QList<Info> list();
    // A new rule (with a new id) from the template; nullopt for an unknown name.
    static std::optional<Rule> make(const QString &name);
    // A new rule that fires on every event (an empty "all"), with the default message and no channel.
    static Rule blank();

    static MessageTemplate defaultMessage();
    static QList<RuleChannel> defaultChannels();
    static inline const QString defaultDedupeKey =
        QStringLiteral("{{workload.cluster}}/{{workload.namespace}}/{{workload.name}}");
};
