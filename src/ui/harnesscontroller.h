#pragma once

#include "alarmharnessforeign.h"
#include "backtestmodel.h"
#include "caseprefill.h"
#include "deliverylogmodel.h"
#include "goldencasemodel.h"
#include "harnesssource.h"
#include "inventory.h"
#include "platformrunmodel.h"
#include "rulechoicemodel.h"
#include "rulescontroller.h"
#include "simulationmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>

class PlatformTestRun;

// The alarm test harness page. The page creates it and binds it to Services.alarms, .inventory and
// .rules; QML lays out what its parts publish and forwards clicks. The parts:
// - source: the event (a cached tag or workload with a change kind, or JSON as typed);
// - simulation: simulate() dry-runs every rule (drafts too) on it: which fire, why, each call's
//   masked request and its preview; send(ruleId) sends the calls for real and each call's status
//   follows live; `deliveries` is the delivery log, `sendMessage` the outcome in one line;
// - cases: golden cases saved from the simulation (saveCase), with pass or fail;
// - backtest: runBacktest(ruleId), "would have fired" over the stored generations;
// - platformRun: runOnPlatform(ruleId), the deployed worker run on the event by
//   POST /worker/api/v1/test/{key}, its logs and result, and the execution history.
// The unmasked requests stay in C++ (the Dispatcher needs them); no role or property carries one.
class HarnessController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AlarmHarness *alarms READ alarms WRITE setAlarms NOTIFY servicesChanged)
    Q_PROPERTY(Inventory *inventory READ inventory WRITE setInventory NOTIFY servicesChanged)
    Q_PROPERTY(RulesController *rules READ rules WRITE setRules NOTIFY servicesChanged)

    Q_PROPERTY(HarnessSource *source READ source CONSTANT)
    Q_PROPERTY(SimulationModel *simulation READ simulation CONSTANT)
    Q_PROPERTY(bool sending READ sending NOTIFY deliveryChanged)
    Q_PROPERTY(QString sendMessage READ sendMessage NOTIFY deliveryChanged)
    Q_PROPERTY(bool sendFailed READ sendFailed NOTIFY deliveryChanged)
    Q_PROPERTY(DeliveryLogModel *deliveries READ deliveries CONSTANT)
    Q_PROPERTY(GoldenCaseModel *cases READ cases CONSTANT)
    Q_PROPERTY(RuleChoiceModel *ruleChoices READ ruleChoices CONSTANT)
    Q_PROPERTY(RuleChoiceModel *deployedRules READ deployedRules CONSTANT)
    Q_PROPERTY(BacktestModel *backtest READ backtest CONSTANT)
    Q_PROPERTY(PlatformRunModel *platformRun READ platformRun CONSTANT)

public:
    explicit HarnessController(QObject *parent = nullptr);
    ~HarnessController() override;

    AlarmHarness *alarms() const { return m_alarms; }
    void setAlarms(AlarmHarness *alarms);
    Inventory *inventory() const { return m_inventory; }
    void setInventory(Inventory *inventory);
    RulesController *rules() const { return m_rules; }
    void setRules(RulesController *rules);

    HarnessSource *source() { return &m_source; }
    SimulationModel *simulation() { return &m_simulation; }
    bool sending() const { return !m_batch.isEmpty(); }
    QString sendMessage() const { return m_sendMessage; }
    bool sendFailed() const { return m_sendFailed; }
    DeliveryLogModel *deliveries() { return &m_deliveries; }
    GoldenCaseModel *cases() { return &m_cases; }
    RuleChoiceModel *ruleChoices() { return &m_ruleChoices; }
    RuleChoiceModel *deployedRules() { return &m_deployedRules; }
    BacktestModel *backtest() { return &m_backtest; }
    PlatformRunModel *platformRun() { return &m_platformRun; }

    // The last simulation, with its unmasked requests: for C++ only (tests compare what a sink got).
    const std::optional<SimulationResult> &lastSimulation() const { return m_simulation.result(); }
    QString lastBatch() const { return m_lastBatch; }

    // From the detailed view ("Simulate alarm on this tag") and --open with --page harness: the tag
    // (digest, name:tag or registry/repository_path/name:tag) with a change kind (EventFactory's
    // names: integrity-violation, …; "" keeps the chosen one), then a simulation. Before the cache
    // has data it waits for it.
    Q_INVOKABLE void openTag(const QString &reference, const QString &kind);

    Q_INVOKABLE bool simulate();
    // Sends the calls of `ruleId` ("" = of every rule that fired) for real.
    Q_INVOKABLE bool send(const QString &ruleId);
    Q_INVOKABLE void cancelSend();
    Q_INVOKABLE void refreshDeliveries();

    // What "Save as golden case" starts from.
    Q_INVOKABLE CasePrefill casePrefill(const QString &ruleId) const;
    // `texts`: one required text a line (blank lines ignored).
    Q_INVOKABLE bool saveCase(const QString &ruleId, const QString &name, const QString &texts);
    Q_INVOKABLE bool removeCase(const QString &caseId);
    Q_INVOKABLE void refreshCases();

    Q_INVOKABLE void runBacktest(const QString &ruleId);
    Q_INVOKABLE void runOnPlatform(const QString &ruleId);

Q_SIGNALS:
    void servicesChanged();
    void deliveryChanged();

private:
    void rulesChanged();
    void opened();
    void deliveryStarted(const QString &batch, int index);
    void deliveryFinished(const QString &batch, int index, const DeliveryResult &result);
    void sendFinished(const QString &batch, const QList<DeliveryResult> &results);

    QPointer<AlarmHarness> m_alarms;
    QPointer<Inventory> m_inventory;
    QPointer<RulesController> m_rules;

    HarnessSource m_source;
    SimulationModel m_simulation;

    QString m_batch; // the batch being sent; empty when idle
    QString m_lastBatch;
    QList<std::pair<int, int>> m_batchCalls; // dispatcher index -> (rule, call) of the simulation
    QString m_sendMessage;
    bool m_sendFailed = false;
    DeliveryLogModel m_deliveries;

    GoldenCaseModel m_cases;
    RuleChoiceModel m_ruleChoices { false };
    RuleChoiceModel m_deployedRules { true };
    BacktestModel m_backtest;
    PlatformTestRun *m_platform = nullptr;
    PlatformRunModel m_platformRun;
};
