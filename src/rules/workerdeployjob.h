#pragma once

#include "apierror.h"
#include "rulestore.h"
#include "workertypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;
class ApiRequest;
class SecretStore;

// What a deploy must pass before anything reaches the platform: the rule's golden cases. This layer
// knows no cases; the alarms layer, which runs them, supplies the check (CaseRunner::deployGate).
struct DeployGateResult
{
    bool ok = false; // nothing failed (true when there is nothing to check)
    int cases = 0;
    int passed = 0;
    QStringList lines; // why: one line per failure, or the error
    QString error; // the checks could not run
};
using DeployGate = std::function<DeployGateResult(const Rule &)>;

// Puts a rule's worker on the platform the way `jf worker deploy` does (docs/jfrog-api.md 4.6), and
// enables, disables or removes it, one step at a time with a result per step:
//   deploy:  generate worker.ts, pass the deploy gate (the rule's golden cases: one that fails
//            refuses the deploy; without a gate nothing is deployed), read the secrets (keychain), GET
//            v2/actions (the runtime action exists), GET v1/options (size limit, base64), GET
//            v1/workers/{key}, then POST v2/workers (201) or PUT v2/workers (204), and record key, revision
//            and enabled in the RuleStore.
//   enable / disable: GET v1/options, GET v1/workers/{key}, PUT v2/workers with the worker as the
//            platform has it and `enabled` flipped; recorded in the RuleStore.
//   remove:  GET v1/workers/{key}, DELETE v1/workers/{key} (204); the rule is a draft again.
// Secret values go from the keychain into the request body and nowhere else: not the database,
// not a file, not a log line (steps name secrets, never show values). A worker with the rule's
// key that Runtime Desk did not make from this rule is never overwritten, changed or removed.
class WorkerDeployJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Deploy, Enable, Disable, Remove };
    enum class StepState { Pending, Running, Done, Failed, Skipped };

    struct Step
    {
        QString id; // generate, cases, secrets, actions, options, lookup, write (POST or PUT), update,
                    // delete, record
        QString title;
        StepState state = StepState::Pending;
        QString detail; // one line: what happened
    };

    struct Result
    {
        bool ok = false;
        QString message; // one line for the user
        int exitCode = 0; // exit codes (README.md "CLI"): 0, 2 network or platform, 3 data
        QString workerKey;
        bool created = false; // deploy: POST (else PUT)
        bool enabled = false; // the worker's state on the platform afterwards
    };

    WorkerDeployJob(ApiClient *client, RuleStore *store, SecretStore *secrets, DeployGate gate,
                    QObject *parent = nullptr);
    ~WorkerDeployJob() override;

    // Secret values to send instead of reading the SecretStore (the CLI's --secrets FILE).
    void setSecretValues(const QHash<QString, QString> &values);

    // `enable`: the worker is enabled after the deploy; otherwise a new worker starts disabled and
    // an existing one keeps its enabled state.
    void deploy(const StoredRule &rule, bool enable);
    void setEnabled(const StoredRule &rule, bool enabled);
    void remove(const StoredRule &rule);
    void cancel();

    Operation operation() const { return m_operation; }
    bool isRunning() const { return m_running; }
    const QList<Step> &steps() const { return m_steps; }
    const Result &result() const { return m_result; }
    static QString stateName(StepState state); // pending, running, done, failed, skipped

Q_SIGNALS:
    void stepsChanged();
    void finished(bool ok);

private:
    void begin(Operation operation, const StoredRule &rule, const QStringList &stepIds);
    int indexOf(const QString &id) const;
    void running(const QString &id);
    void done(const QString &id, const QString &detail);
    void skip(const QString &id, const QString &detail);
    void fail(const QString &id, const QString &detail, int exitCode);
    void failRequest(const QString &id, const ApiError &error);
    void finish(const QString &message);
    // Starts `request` for step `id`; on success calls `next`, on failure fails the step.
    void send(const QString &id, ApiRequest *request, std::function<void()> next);

    bool checkCases(const Rule &rule);
    void readSecrets(qsizetype index, std::function<void()> next);
    void checkAction();
    void readOptions(std::function<void()> next);
    void lookUp(std::function<void(const std::optional<WorkerDetails> &)> next);
    bool owned(const WorkerDetails &details);
    void write(const std::optional<WorkerDetails> &existing);
    void flip(const WorkerDetails &existing);
    void record();

    QPointer<ApiClient> m_client;
    RuleStore *m_store;
    DeployGate m_gate;
    QPointer<SecretStore> m_secrets;
    std::optional<QHash<QString, QString>> m_givenSecrets;

    Operation m_operation = Operation::Deploy;
    StoredRule m_rule;
    QString m_key;
    bool m_enable = false;
    QString m_source;
    QHash<QString, QString> m_values;
    WorkerOptions m_options;
    QList<Step> m_steps;
    Result m_result;
    bool m_running = false;
    QPointer<ApiRequest> m_request;
};
