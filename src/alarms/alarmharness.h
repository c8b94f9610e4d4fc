#pragma once

#include "backtest.h"
#include "caserunner.h"
#include "deliverylogstore.h"
#include "eventfactory.h"
#include "eventshape.h"
#include "goldencase.h"
#include "simulation.h"

#include <QObject>

class Database;
class Dispatcher;
class SecretStore;

// The alarm test harness as one service, for the harness page's controller (and anything else that
// rehearses alarms): build or check an event, simulate every rule (dry run, nothing leaves the machine),
// send the planned calls for real, read the delivery log, save golden cases and check them, backtest a
// draft. Built once by the composition root over the local database, the cache connection of the main
// thread (Inventory::database()), the SecretStore and the Dispatcher; lives in the main thread.
//
// Typical use by a page controller:
//   auto built = harness.eventForTag(rowId, EventFactory::ChangeKind::IntegrityViolation, &error);
//   SimulationResult sim = harness.simulate(built->event);   // show sim.rules[i].conditions,
//   .calls[j].preview QString batch = harness.send(sim);                        // deliveryFinished per call,
//   then sendFinished harness.saveCase(sim, ruleId, name, {"payments"});        // golden case from what it
//   does now
class AlarmHarness : public QObject
{
    Q_OBJECT

public:
    AlarmHarness(Database &local, Database &cache, SecretStore &secrets, Dispatcher &dispatcher,
                 QObject *parent = nullptr);

    // The event: from a cached tag (its row id, as the lists and the detailed view have it), from a
    // reference (tag or "workload:CLUSTER/NS/NAME"), or from JSON a user edited (errors name the field).
    std::optional<BuiltEvent> eventForTag(qint64 tagRowId, EventFactory::ChangeKind kind, QString *error,
                                          const QString &workload = {},
                                          const EventFactory::Options &options = {});
    std::optional<BuiltEvent> eventFor(const QString &reference, EventFactory::ChangeKind kind,
                                       QString *error, const EventFactory::Options &options = {});
    static EventShape::Parsed checkEvent(const QByteArray &json) { return EventShape::parse(json); }
    static QByteArray eventJson(const QJsonObject &event) { return EventShape::write(event); }

    // Dry run of every stored rule (drafts and deployed ones), with their secrets from the keychain.
    // `edited` are rules from the editor that are not saved: each replaces the stored rule with its id
    // (state "unsaved"), or is added. `warnings` says what could not be read (a rule, the keychain).
    SimulationResult simulate(const QJsonObject &event, const QList<Rule> &edited = {},
                              QStringList *warnings = nullptr, qint64 unixTime = 0);

    // Sends the planned calls of `result` (of the rules in `ruleIds`, or all) for real; returns the batch
    // id, or an empty string when there is nothing to send. Results land in the delivery log.
    QString send(const SimulationResult &result, const QStringList &ruleIds = {});
    void cancel(const QString &batch);
    bool isSending() const;

    QList<DeliveryRecord> deliveries(int limit = 100, const QString &ruleId = {}, const QString &batch = {});

    // "Save as a golden case": the event and what the rule does with it now (fires or not, its
    // channels), plus texts that must appear. Returns the stored case, or nullopt with `error`.
    std::optional<GoldenCase> saveCase(const SimulationResult &result, const QString &ruleId,
                                       const QString &name, const QStringList &texts, QString *error);
    QList<GoldenCase> cases(const QString &ruleId);
    bool removeCase(const QString &caseId);
    // What the rule-save and deploy paths call (CaseRunner::check).
    CaseCheck checkCases(const QString &ruleId);
    CaseCheck checkCases(const Rule &edited);

    BacktestResult backtest(const Rule &rule);

Q_SIGNALS:
    void deliveryStarted(const QString &batch, int index);
    void deliveryFinished(const QString &batch, int index, const DeliveryResult &result);
    void sendFinished(const QString &batch, const QList<DeliveryResult> &results);

private:
    Database &m_local;
    Database &m_cache;
    SecretStore &m_secrets;
    Dispatcher &m_dispatcher;
    DeliveryLogStore m_log;
};
