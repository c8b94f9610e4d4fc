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
    enum class Type { Slack, Webhook, Email, Teams, PagerDuty, Splunk };
    // The people of an image a channel can address; the people directory (PlanContext::people on
    // the desktop, embedded entries and the Access API in the worker) says who they are.
    enum class Person { BuildOwner, DeployedBy };

    QString id; // unique within the rule; names the channel in plans and logs
    Type type = Type::Slack;
    QString urlSecret; // slack, webhook, teams: the secret holding the URL (the URL is a credential)
    QString signingSecret; // webhook: the Standard Webhooks key, as printable ASCII
    // email: the mail API key; pagerduty: the integration's routing key; splunk: the HEC token.
    QString apiKeySecret;
    // The service's base URL; the API path is appended: email https://api.sendgrid.com (/v3/mail/send),
    // pagerduty https://events.pagerduty.com (/v2/enqueue), splunk https://HOST:8088
    // (/services/collector/event).
    QString baseUrl;
    QString fromEmail;
    QString fromName;
    QStringList to; // email: addresses, or templates such as "{{image.build_owner}}@example.com"
    QList<Person> toPeople; // email: each image's people, at the address the directory gives
    QString fallback; // email: the address used for a person the directory does not resolve
    QList<Person> mention; // slack: mentioned as <@U…> when the directory knows their member ID
    QString severity; // pagerduty: critical, error, warning or info
    QString sourcetype; // splunk: the event's sourcetype
    QString index; // splunk: optional; empty uses the token's default index

    static inline const QString defaultPagerDutyUrl = QStringLiteral("https://events.pagerduty.com");
    static inline const QString defaultSendGridUrl = QStringLiteral("https://api.sendgrid.com");
    static inline const QString defaultSourcetype = QStringLiteral("jfrog:runtime:alarm");
    static inline const QString defaultSeverity = QStringLiteral("critical");
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
