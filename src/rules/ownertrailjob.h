#pragma once

#include "apierror.h"
#include "workertypes.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ApiClient;
class ApiRequest;

// What the platform says about the owner trail: its repository, its collector worker, the worker's
// recent runs. Each part may be unknown, with why.
struct OwnerTrailStatus
{
    QString repository;
    std::optional<bool> repositoryExists;
    bool repositoryIsGeneric = false;
    QString repositoryProblem;
    std::optional<WorkerDetails> worker; // the collector, when deployed
    bool workerIsOurs = false; // a worker with the key that Runtime Desk did not make is never touched
    QString workerProblem;
    QList<WorkerHistoryEntry> history; // the collector's runs, newest first
    QString historyProblem;
};

// Sets up, checks and removes the owner trail on a platform (docs/jfrog-api.md 3.10 and 4.4), one step at
// a time with a result per step:
//   setup:  GET the repository; PUT it (local, generic) when it is missing, which needs an admin token (a
//           403 says how an administrator creates it); GET v1/options; GET v1/workers/{key}; POST or PUT
//           v2/workers with the collector (OwnerTrailWorker) for that repository, enabled.
//   status: GET the repository, GET v1/workers/{key}, GET v1/execution_history for the key.
//   remove: GET v1/workers/{key}, DELETE it. The repository and its records stay (they are the history).
class OwnerTrailJob : public QObject
{
    Q_OBJECT

public:
    enum class StepState { Pending, Running, Done, Failed, Skipped };
    struct Step
    {
        QString id; // repository, create, options, lookup, write, worker, history, delete
        QString title;
        StepState state = StepState::Pending;
        QString detail;
    };
    struct Result
    {
        bool ok = false;
        QString message;
        int exitCode = 0; // 0, 2 network or platform, 3 data
        OwnerTrailStatus status;
    };

    explicit OwnerTrailJob(ApiClient *client, QObject *parent = nullptr);
    ~OwnerTrailJob() override;

    void setup(const QString &repository);
    void checkStatus(const QString &repository);
    void remove();

    bool isRunning() const { return m_running; }
    const QList<Step> &steps() const { return m_steps; }
    const Result &result() const { return m_result; }
    static QString stateName(StepState state);
    // The source of a worker the collector generator made (any repository, any version).
    static bool isCollector(const WorkerDetails &worker);

Q_SIGNALS:
    void stepsChanged();
    void finished(bool ok);

private:
    enum class Mode { Setup, Status, Remove };
    void begin(Mode mode, const QString &repository, const QList<QPair<QString, QString>> &steps);
    void setState(const QString &id, StepState state, const QString &detail = {});
    void partFailed(const QString &id, const ApiError &error, const std::function<void()> &next);
    void fail(const QString &id, const QString &detail, int exitCode);
    void failRequest(const QString &id, const ApiError &error);
    void finish(const QString &message);
    void send(const QString &id, ApiRequest *request, std::function<void()> next);

    void checkRepository(std::function<void()> next);
    void createRepository();
    void readOptions();
    void lookUp(std::function<void()> next);
    void writeWorker();
    void readHistory();

    QPointer<ApiClient> m_client;
    Mode m_mode = Mode::Setup;
    QString m_repository;
    WorkerOptions m_options;
    QList<Step> m_steps;
    Result m_result;
    bool m_running = false;
    QPointer<ApiRequest> m_request;
};
