#pragma once

#include "risk.h"

#include <QList>
#include <QString>
#include <QStringList>

// An alarm rule on the runtime event AFTER_WORKLOAD_STATE_CHANGE: a criteria tree, a message
// template, channels, and noise control. Value types only; RuleJson reads and writes the
// versioned document, RuleEngine evaluates it, NotificationPlanner turns it into HTTP calls and
// WorkerGenerator into the TypeScript worker that makes the same calls on the platform.

// Structural limits (docs/TESTING.md FUZZ-5: the cel-go defaults scaled to a rule). A value at the limit
// is accepted; one past it is a validation error naming the limit.
namespace RuleLimits {
inline constexpr int maxDepth = 32; // nested all/any groups, the root group is 1
inline constexpr int maxConditions = 1000; // conditions in one rule
inline constexpr qsizetype maxTemplateCodePoints = 100000; // each template text
inline constexpr qsizetype maxListEntries = 1000; // each list (patterns, channels, recipients)
inline constexpr qsizetype maxTextCodePoints = 1000; // names, patterns, addresses, secret names
inline constexpr qint64 maxCooldownSeconds = 7 * 24 * 3600;
inline constexpr qint64 maxCount = 1000000000;
inline constexpr int maxErrors = 100; // validation errors reported (cel-go errorReportingLimit)
} // namespace RuleLimits

struct RuleCondition
{
    enum class Kind { Match, Risk, SeverityAtLeast, VulnerabilitiesAtLeast };
    // What a Match condition looks at. Workload fields have one value; image fields one value per
    // image in the event, and the condition holds when at least one image satisfies it.
    enum class Field { ChangeType, Cluster, Namespace, Workload, Image, Registry, BuildOwner, DeployedBy };
    enum class Op { Matches, In, NotIn }; // glob with * and ?, case-sensitive

    Kind kind = Kind::Match;
    Field field = Field::ChangeType;
    Op op = Op::Matches;
    QStringList patterns; // Matches: exactly one
    Risk risk = Risk::UntrustedRegistry;
    Severity severity = Severity::High;
    qint64 count = 0;

    static bool isImageField(Field field) { return field >= Field::Image; }
    bool operator==(const RuleCondition &) const = default;
};

struct CriteriaNode
{
    enum class Type { All, Any, Condition };
    Type type = Type::All;
    QList<CriteriaNode> children; // groups only
    RuleCondition condition; // Condition only

    static CriteriaNode all(QList<CriteriaNode> children) { return { Type::All, std::move(children), {} }; }
    static CriteriaNode any(QList<CriteriaNode> children) { return { Type::Any, std::move(children), {} }; }
    static CriteriaNode leaf(RuleCondition condition)
    {
        return { Type::Condition, {}, std::move(condition) };
    }
    bool operator==(const CriteriaNode &) const = default;
};

struct RuleChannel
{
    enum class Type { Slack, Webhook, Email };
    QString id; // unique within the rule; names the channel in plans and logs
    Type type = Type::Slack;
    QString urlSecret; // slack, webhook: the secret holding the URL (the URL is a credential)
    QString signingSecret; // webhook: the Standard Webhooks key, as printable ASCII
    QString apiKeySecret; // email: the mail API key
    QString baseUrl; // email: e.g. https://api.sendgrid.com; /v3/mail/send is appended
    QString fromEmail;
    QString fromName;
    QStringList to; // email: addresses, or templates such as "{{image.build_owner}}@example.com"
    bool operator==(const RuleChannel &) const = default;
};

struct MessageTemplate
{
    QString title; // Slack header, mail subject, webhook "title"
    QString text; // Slack section, mail body, webhook "text"
    bool operator==(const MessageTemplate &) const = default;
};

struct Rule
{
    static constexpr int schemaVersion = 1;
    static inline const QString application = QStringLiteral("runtime");
    static inline const QString action = QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE");

    QString id; // 32 lower-case hex digits; stable across edits, exports and workers
    QString name;
    QString description;
    CriteriaNode criteria;
    MessageTemplate message;
    QList<RuleChannel> channels;
    qint64 cooldownSeconds = 0; // 0: every event that matches notifies
    QString dedupeKey; // template; events with the same key share one cooldown

    // The names the worker reads with context.secrets.get, in channel order, without repeats.
    QStringList secretNames() const;
    static QString newId();
    bool operator==(const Rule &) const = default;
};
