#pragma once

#include "deliveryresult.h"
#include "messagepreview.h"
#include "notificationplanner.h"
#include "ruleengine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class RuleStore;
class SecretStore;

// One planned call of a simulated rule.
struct SimulatedCall
{
    RuleChannel::Type type = RuleChannel::Type::Slack;
    PlannedCall shown; // secrets masked ("•••"): what the page and the CLI show
    MessagePreview preview; // as the recipient sees it
    std::optional<DeliveryResult> result; // after "send for real"
};

// What one rule does with the event.
struct RuleSimulation
{
    QString ruleId;
    QString ruleName;
    QString state; // draft, deployed, enabled, out_of_date (RuleStore::stateName), or "unsaved"
    bool fired = false;
    QList<ConditionVerdict> conditions; // every condition, green or red, with the value it saw
    QList<SimulatedCall> calls;
    QStringList problems; // channels that would be skipped, and why (a secret is not set)
    // The exact requests, secrets included, for the Dispatcher. Never shown, never written anywhere.
    QList<DispatchRequest> requests;
};

// A dry run: every rule evaluated against one event, with the exact calls each would make. Nothing
// leaves the machine. The cooldown is not applied (a simulation is about this one event).
struct SimulationResult
{
    QJsonObject event;
    qint64 unixTime = 0; // the clock the messages were rendered with
    QList<RuleSimulation> rules;

    QList<DispatchRequest> dispatchRequests() const; // every rule's, in order
    // Results of send(dispatchRequests()) in that order, put next to their calls.
    void applyResults(const QList<DeliveryResult> &results);
    int firedCount() const;
    int callCount() const;
    // The CLI's stable JSON: {event, rules: [{id, name, fired, conditions: [{text, passed, value}],
    // calls: [{channel, method, url, headers, body, result?}]}]}; url, headers and body masked.
    QByteArray toJson(int indent = 2) const;
};

class Simulation
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)

public:
    struct RuleInput
    {
        Rule rule;
        QString state;
        QHash<QString, QString> secrets;
    };

    // people: the people directory (who a Build Owner or Deployed By is), for routing and mentions.
    static SimulationResult run(const QJsonObject &event, const QList<RuleInput> &rules, qint64 unixTime,
                                const QHash<QString, Person> &people = {});
    static RuleSimulation simulate(const RuleInput &input, const QJsonObject &event, qint64 unixTime,
                                   const QHash<QString, Person> &people = {});

    // The stored rules (all of them when `ruleIds` is empty) with their secrets from `secrets`
    // (the keychain); a rule that no longer reads is skipped and said in `warnings`, and so is a
    // keychain that does not answer (its rules then plan without secrets: their channels are skipped).
    static QList<RuleInput> inputs(RuleStore &rules, SecretStore *secrets, const QStringList &ruleIds,
                                   QStringList *warnings);
};
