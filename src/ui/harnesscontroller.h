#pragma once

#include "alarmharnessforeign.h"
#include "deliverylogmodel.h"
#include "eventfactory.h"
#include "inventory.h"
#include "rulescontroller.h"
#include "simulation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

class PlatformTestRun;

// The alarm test harness page (issue 5). The page creates it and binds it to Services.alarms,
// .inventory and .rules; QML lays out what it publishes and forwards clicks.
// - Source: a cached tag (picked from `matches` by `search`, or by reference with openTag) or a
//   workload, with a change kind; or an event typed as JSON, checked against the documented shape
//   as it is typed (`eventErrors` name the field). The built event is also `eventText`, so "Edit
//   event JSON" starts from it.
// - simulate(): every rule (drafts too) dry-run: `results` (fired, each condition and the value it
//   saw, each call's masked request and its preview as the recipient sees it). Nothing is sent.
// - send(ruleId): that rule's calls (or every fired rule's) for real; `callStatus` follows each call
//   live, `deliveries` is the delivery log, `sendMessage` the outcome in one line.
// - Golden cases: saveCase() from the simulation, `cases` with pass or fail, removeCase().
// - runBacktest(ruleId): "would have fired" over the stored generations (`backtest`).
// - runOnPlatform(ruleId): the deployed worker run on the event by POST /worker/api/v1/test/{key},
//   its logs and result, and the execution history with test runs (`platformRun`).
// The unmasked requests stay in this object (the Dispatcher needs them); no variant carries one.
class HarnessController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AlarmHarness *alarms READ alarms WRITE setAlarms NOTIFY servicesChanged)
    Q_PROPERTY(Inventory *inventory READ inventory WRITE setInventory NOTIFY servicesChanged)
    Q_PROPERTY(RulesController *rules READ rules WRITE setRules NOTIFY servicesChanged)

    // Source: "tag", "workload" or "json".
    Q_PROPERTY(QString sourceMode READ sourceMode WRITE setSourceMode NOTIFY sourceChanged)
    Q_PROPERTY(QVariantList changeKinds READ changeKinds CONSTANT) // [{name, title}]
    Q_PROPERTY(QString changeKind READ changeKind WRITE setChangeKind NOTIFY sourceChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY matchesChanged)
    // Tags: [{rowId, reference, title, subtitle, risks, workloads}]; workloads: [{reference, title, subtitle, risks}]
    Q_PROPERTY(QVariantList matches READ matches NOTIFY matchesChanged)
    Q_PROPERTY(QString selectedReference READ selectedReference NOTIFY sourceChanged)
    Q_PROPERTY(QString selectedTitle READ selectedTitle NOTIFY sourceChanged)
    Q_PROPERTY(QStringList tagWorkloads READ tagWorkloads NOTIFY sourceChanged) // where the tag runs
    Q_PROPERTY(QString workload READ workload WRITE setWorkload NOTIFY sourceChanged) // "" = the first
    Q_PROPERTY(QString eventText READ eventText WRITE setEventText NOTIFY eventChanged)
    Q_PROPERTY(QStringList eventErrors READ eventErrors NOTIFY eventChanged)
    Q_PROPERTY(bool eventReady READ eventReady NOTIFY eventChanged)
    Q_PROPERTY(QString eventSummary READ eventSummary NOTIFY eventChanged)
    Q_PROPERTY(QStringList eventNotes READ eventNotes NOTIFY eventChanged)
    Q_PROPERTY(QString sourceError READ sourceError NOTIFY eventChanged)

    // Simulation
    Q_PROPERTY(bool simulated READ simulated NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    Q_PROPERTY(QString resultSummary READ resultSummary NOTIFY resultsChanged)
    Q_PROPERTY(int plannedCalls READ plannedCalls NOTIFY resultsChanged) // of every rule that fires
    Q_PROPERTY(QString simulatedEvent READ simulatedEvent NOTIFY resultsChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY resultsChanged)

    // Sending
    Q_PROPERTY(bool sending READ sending NOTIFY deliveryChanged)
    Q_PROPERTY(QVariantMap callStatus READ callStatus NOTIFY deliveryChanged) // callKey -> status
    Q_PROPERTY(QString sendMessage READ sendMessage NOTIFY deliveryChanged)
    Q_PROPERTY(bool sendFailed READ sendFailed NOTIFY deliveryChanged)
    Q_PROPERTY(DeliveryLogModel *deliveries READ deliveries CONSTANT)

    // Golden cases, backtest, the platform
    Q_PROPERTY(QVariantList cases READ cases NOTIFY casesChanged)
    Q_PROPERTY(QString casesSummary READ casesSummary NOTIFY casesChanged)
    Q_PROPERTY(bool casesPass READ casesPass NOTIFY casesChanged)
    Q_PROPERTY(QString caseMessage READ caseMessage NOTIFY casesChanged)
    Q_PROPERTY(bool caseFailed READ caseFailed NOTIFY casesChanged)
    Q_PROPERTY(QVariantList ruleChoices READ ruleChoices NOTIFY ruleChoicesChanged) // [{ruleId, name, state, workerKey}]
    Q_PROPERTY(QVariantList deployedRules READ deployedRules NOTIFY ruleChoicesChanged)
    Q_PROPERTY(QVariantMap backtest READ backtest NOTIFY backtestChanged)
    // {running, step, ruleId, workerKey, ok, message, logs, result, status, history: [...], historyError}
    Q_PROPERTY(QVariantMap platformRun READ platformRun NOTIFY platformRunChanged)

public:
    explicit HarnessController(QObject *parent = nullptr);
    ~HarnessController() override;

    AlarmHarness *alarms() const { return m_alarms; }
    void setAlarms(AlarmHarness *alarms);
    Inventory *inventory() const { return m_inventory; }
    void setInventory(Inventory *inventory);
    RulesController *rules() const { return m_rules; }
    void setRules(RulesController *rules);

    QString sourceMode() const { return m_sourceMode; }
    void setSourceMode(const QString &mode);
    QVariantList changeKinds() const;
    QString changeKind() const { return EventFactory::kindName(m_kind); }
    void setChangeKind(const QString &name);
    QString search() const { return m_search; }
    void setSearch(const QString &text);
    QVariantList matches() const { return m_matches; }
    QString selectedReference() const { return m_selectedReference; }
    QString selectedTitle() const { return m_selectedTitle; }
    QStringList tagWorkloads() const { return m_tagWorkloads; }
    QString workload() const { return m_workload; }
    void setWorkload(const QString &workload);
    QString eventText() const { return m_eventText; }
    void setEventText(const QString &text);
    QStringList eventErrors() const { return m_eventErrors; }
    bool eventReady() const { return m_event.has_value(); }
    QString eventSummary() const { return m_eventSummary; }
    QStringList eventNotes() const { return m_eventNotes; }
    QString sourceError() const { return m_sourceError; }

    bool simulated() const { return m_simulation.has_value(); }
    QVariantList results() const { return m_results; }
    QString resultSummary() const { return m_resultSummary; }
    int plannedCalls() const { return m_simulation ? m_simulation->callCount() : 0; }
    QString simulatedEvent() const { return m_simulatedEvent; }
    QStringList warnings() const { return m_warnings; }

    bool sending() const { return !m_batch.isEmpty(); }
    QVariantMap callStatus() const { return m_callStatus; }
    QString sendMessage() const { return m_sendMessage; }
    bool sendFailed() const { return m_sendFailed; }
    DeliveryLogModel *deliveries() { return &m_deliveries; }

    QVariantList cases() const { return m_cases; }
    QString casesSummary() const { return m_casesSummary; }
    bool casesPass() const { return m_casesPass; }
    QString caseMessage() const { return m_caseMessage; }
    bool caseFailed() const { return m_caseFailed; }
    QVariantList ruleChoices() const { return m_ruleChoices; }
    QVariantList deployedRules() const;
    QVariantMap backtest() const { return m_backtest; }
    QVariantMap platformRun() const { return m_platformRun; }

    // The last simulation, with its unmasked requests: for C++ only (tests compare what a sink got).
    const std::optional<SimulationResult> &lastSimulation() const { return m_simulation; }
    QString lastBatch() const { return m_lastBatch; }

    // Source. selectTag takes a row id of `matches`; selectWorkload "cluster/namespace/name".
    Q_INVOKABLE void selectTag(qint64 rowId);
    Q_INVOKABLE void selectWorkload(const QString &reference);
    // From the detailed view ("Simulate alarm on this tag") and --open with --page harness: the tag
    // (digest, name:tag or registry/repository_path/name:tag) with a change kind (EventFactory's
    // names: integrity-violation, …; "" keeps the chosen one), then a simulation. Before the cache
    // has data it waits for it.
    Q_INVOKABLE void openTag(const QString &reference, const QString &kind);
    // Rebuilds eventText from the chosen tag or workload (drops edits to the JSON).
    Q_INVOKABLE void resetEvent();

    Q_INVOKABLE bool simulate();
    // Sends the calls of `ruleId` ("" = of every rule that fired) for real.
    Q_INVOKABLE bool send(const QString &ruleId);
    Q_INVOKABLE void cancelSend();
    Q_INVOKABLE void refreshDeliveries();

    // What "Save as golden case" starts from: {ruleId, ruleName, name, expectation, texts}.
    Q_INVOKABLE QVariantMap casePrefill(const QString &ruleId) const;
    // `texts`: one required text a line (blank lines ignored).
    Q_INVOKABLE bool saveCase(const QString &ruleId, const QString &name, const QString &texts);
    Q_INVOKABLE bool removeCase(const QString &caseId);
    Q_INVOKABLE void refreshCases();

    Q_INVOKABLE void runBacktest(const QString &ruleId);
    Q_INVOKABLE void runOnPlatform(const QString &ruleId);

Q_SIGNALS:
    void servicesChanged();
    void sourceChanged();
    void matchesChanged();
    void eventChanged();
    void resultsChanged();
    void deliveryChanged();
    void casesChanged();
    void ruleChoicesChanged();
    void backtestChanged();
    void platformRunChanged();

private:
    // harnesscontroller.cpp: services and the source
    void inventoryChanged();
    void rulesChanged();
    void updateMatches();
    void rebuildEvent();
    void clearSelection(const QString &why);
    bool selectReference(const QString &reference);
    void setBuilt(const std::optional<BuiltEvent> &built, const QString &error);
    // harnesscontroller_send.cpp: simulation and delivery
    void deliveryStarted(const QString &batch, int index);
    void deliveryFinished(const QString &batch, int index, const DeliveryResult &result);
    void sendFinished(const QString &batch, const QList<DeliveryResult> &results);
    void setCallStatus(const QString &key, const QVariantMap &status);
    // harnesscontroller_cases.cpp: cases, backtest, the platform
    void setCaseMessage(const QString &message, bool failed);
    void platformRunFinished();

    QPointer<AlarmHarness> m_alarms;
    QPointer<Inventory> m_inventory;
    QPointer<RulesController> m_rules;

    QString m_sourceMode = QStringLiteral("tag");
    EventFactory::ChangeKind m_kind = EventFactory::ChangeKind::DeploymentStatusChange;
    QString m_search;
    QVariantList m_matches;
    qint64 m_selectedRowId = 0;
    QString m_selectedReference;
    QString m_selectedTitle;
    QStringList m_tagWorkloads;
    QString m_workload;
    std::optional<QJsonObject> m_event;
    QString m_eventText;
    QStringList m_eventErrors;
    QString m_eventSummary;
    QStringList m_eventNotes;
    QString m_sourceError;
    QString m_pendingOpen; // a reference openTag got before the cache had data
    bool m_simulateWhenOpened = false;

    std::optional<SimulationResult> m_simulation;
    QVariantList m_results;
    QString m_resultSummary;
    QString m_simulatedEvent;
    QStringList m_warnings;

    QString m_batch; // the batch being sent; empty when idle
    QString m_lastBatch;
    QList<std::pair<int, int>> m_batchCalls; // dispatcher index -> (rule, call) of the simulation
    QVariantMap m_callStatus;
    QString m_sendMessage;
    bool m_sendFailed = false;
    DeliveryLogModel m_deliveries;

    QVariantList m_cases;
    QString m_casesSummary;
    bool m_casesPass = true;
    QString m_caseMessage;
    bool m_caseFailed = false;
    QVariantList m_ruleChoices;
    QVariantMap m_backtest;
    PlatformTestRun *m_platform = nullptr;
    QVariantMap m_platformRun;
};
