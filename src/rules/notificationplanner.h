#pragma once

#include "person.h"
#include "rule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class EventView;

// What a plan depends on besides the rule, the event and the secrets, injected so that a plan is
// reproducible: the worker's clock and its state (context.state) for the cooldown.
struct PlanContext
{
    qint64 unixTime = 0; // seconds; webhook-timestamp and {{time}}
    QHash<QString, QString> state; // the worker's state before this event
    // Who Build Owners and Deployed Bys are, as the worker would know: the entries it embeds and the
    // platform's answers (Access API). A name missing here is unresolved.
    QHash<QString, Person> people;
};

struct PlannedCall
{
    QString channel; // the rule's channel id
    QByteArray method;
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers; // in the order they are sent
    QByteArray body; // the exact bytes (UTF-8)
};

// Rule + event -> the exact HTTP calls, the same bytes the generated worker sends (a differential
// test holds the two together). Channels go out in rule order; a channel whose secrets are
// missing (or whose signing key is too short) is skipped, as the worker skips it.
class NotificationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(NotificationPlanner)

public:
    static inline const QString maskText = QStringLiteral("•••");
    static inline const QString webhookType = QStringLiteral("runtime_desk.rule.fired");
    static constexpr qsizetype slackHeaderMax = 150; // Slack header block text
    static constexpr qsizetype slackSectionMax = 3000; // Slack section block text
    static constexpr qsizetype maxRecipients = 1000; // SendGrid, per personalization
    static constexpr qsizetype pagerDutySummaryMax = 1024; // Events API v2 payload.summary
    static constexpr qsizetype pagerDutyDedupMax = 255; // Events API v2 dedup_key
    // A fire drill: an event with this top-level key set to true (our own extension, docs/jfrog-api.md
    // 4.3) goes through every channel whatever the criteria and the cooldown, and every title says so.
    static inline const QString drillKey = QStringLiteral("runtime_desk_drill");
    static inline const QString drillPrefix = QStringLiteral("[DRILL] ");

    static QList<PlannedCall> plan(const Rule &rule, const QJsonObject &event,
                                   const QHash<QString, QString> &secrets, const PlanContext &context);
    // For display: every secret value replaced by "•••" in the URL, the headers and the body.
    static QList<PlannedCall> masked(const QList<PlannedCall> &calls, const QHash<QString, QString> &secrets);
    // Why channels would be skipped with these secrets, one line each (empty when none would be).
    static QStringList problems(const Rule &rule, const QHash<QString, QString> &secrets);

    // "msg_" + 32 hex of SHA-256(rule id "\n" canonical event): the same event gives the same id.
    static QString webhookId(const Rule &rule, const QJsonObject &event);
    // The rule's dedupe key rendered for this event: the cooldown's and PagerDuty's dedup_key material.
    static QString dedupeValue(const Rule &rule, const EventView &event, qint64 unixTime);
    // The context.state key of the rule's cooldown for this event's dedupe key.
    static QString cooldownKey(const Rule &rule, const EventView &event, qint64 unixTime);
    static bool suppressed(const Rule &rule, const EventView &event, const PlanContext &context);
    // The event is a fire drill: drillKey is the boolean true (not "true", not 1).
    static bool isDrill(const QJsonObject &event);
    // The recipients of an email channel for this event, in order, without repeats: the addresses
    // and templates of `to`, then each image's people (toPeople) at the address the directory gives,
    // or the fallback when it gives none.
    static QStringList recipients(const RuleChannel &channel, const Rule &rule, const EventView &event,
                                  const PlanContext &context);
    // A person's address: the directory's, or the name itself when it is an address; else empty.
    static QString addressOf(const QString &name, const QHash<QString, Person> &people);
    // Whom the rule's channels address or mention (PagerDuty's custom_details name both), in order.
    static QList<RuleChannel::Person> peopleRoles(const Rule &rule);
    // The Build Owners and Deployed Bys the rule's channels address or mention for this event, in
    // order: the names the worker looks up when it does not embed them.
    static QStringList peopleToResolve(const Rule &rule, const EventView &event);

    // [{channel, method, url, headers: {name: value}, body: "<text>"}], as `rules plan` prints it.
    static QByteArray toJson(const QList<PlannedCall> &calls, int indent = 2);
};
