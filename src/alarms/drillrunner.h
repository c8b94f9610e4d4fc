#pragma once

#include "drillstore.h"
#include "rule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ApiClient;
class Database;
class Dispatcher;
class PlatformTestRun;
class SecretStore;
struct DeliveryResult;

// A fire drill of one rule: a synthetic event marked as a drill (NotificationPlanner::drillKey) goes
// through every channel of the rule, whatever its criteria and cooldown.
// - A rule deployed as a worker is drilled on the platform: the deployed worker runs the event through
//   the test endpoint (PlatformTestRun, docs/jfrog-api.md 4.4) with the secrets the platform holds,
//   and its log lines (`<channel>: HTTP <status>` or `<channel>: <error>`) are the report.
// - Any other rule is drilled here: the planner's calls, with the secrets from the keychain, go out
//   through the Dispatcher (address policy, delivery log).
// Every run and its per-channel results are recorded in the DrillStore. One drill at a time.
class DrillRunner : public QObject
{
    Q_OBJECT

public:
    // The platform client, asked for only when a deployed rule is drilled (it may print why it has none).
    using PlatformProvider = std::function<ApiClient *()>;

    DrillRunner(Database &local, Dispatcher *dispatcher, SecretStore *secrets, PlatformProvider platform,
                QObject *parent = nullptr);
    ~DrillRunner() override;

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); } // unix ms

    // False when a drill is running or the rule does not exist or read (result() says why).
    bool start(const QString &ruleId);
    bool isRunning() const { return m_running; }
    QString ruleId() const { return m_run.ruleId; }
    QString step() const { return m_step; } // secrets, sending, lookup, test, history; empty when idle
    const DrillRunRecord &result() const { return m_run; }

    // The documented sample event (docs/jfrog-api.md 4.3) marked as a drill; `runTag` makes each
    // drill's event, and so its webhook-id, differ.
    static QJsonObject drillEvent(const QString &runTag);
    // The deployed worker's log read as a report, one result per channel of `rule`.
    static QList<DrillChannelResult> readLogs(const Rule &rule, const QString &logs);
    // Why the deployed code cannot be drilled (it predates drills), or empty.
    static QString codeProblem(const QString &code);

Q_SIGNALS:
    void stepChanged();
    void finished(bool ok);

private:
    void runDirect();
    void runOnPlatform(const QString &workerKey);
    void batchDone(const QString &batch, const QList<DeliveryResult> &results);
    void setStep(const QString &step);
    void end(const QString &message);

    Database &m_db;
    QPointer<Dispatcher> m_dispatcher;
    SecretStore *m_secrets = nullptr;
    PlatformProvider m_platform;
    std::function<qint64()> m_clock;
    PlatformTestRun *m_test = nullptr;
    Rule m_rule;
    QJsonObject m_event;
    DrillRunRecord m_run;
    QList<int> m_requestChannel; // dispatched request -> index in m_run.channels
    QString m_batch;
    QString m_step;
    bool m_running = false;
};
