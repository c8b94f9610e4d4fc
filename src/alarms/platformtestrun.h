#pragma once

#include "workertypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ApiClient;
class ApiRequest;

// "Run on the platform": a deployed rule's worker run on one event by the platform's
// test endpoint, then the worker's execution history with the test runs. Three calls, in order:
//   GET  /worker/api/v1/workers/{key}        the code as deployed (what runs is the worker on the
//                                            platform, not the rule as it was edited since);
//   POST /worker/api/v1/test/{key}           that code, its action and the event; no staged secrets:
//                                            the worker uses the ones the platform holds;
//   GET  /worker/api/v1/execution_history?workerKey=&showTestRun=true
// A history that cannot be read does not undo the run: the result stays, with historyError set.
// A test run is a dry run on the platform's side, so a POST that Qt re-sends after a dropped
// kept-alive connection only adds a history entry.
class PlatformTestRun : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false; // the worker ran and answered
        QString message; // one line for the user
        int exitCode = 0; // exit codes (README.md "CLI"): 2 network or platform, 3 data
        QString workerKey;
        WorkerTestResult test; // logs, the result JSON, its message and execution status
        QList<WorkerHistoryEntry> history; // newest first, as the platform lists them
        QString historyError;
    };

    explicit PlatformTestRun(ApiClient *client, QObject *parent = nullptr);
    ~PlatformTestRun() override;

    // Asked before the test run with the code as deployed: a non-empty answer refuses to run it
    // (exit code 3, the answer as the message). A drill refuses a worker that predates drills.
    void setCodeCheck(std::function<QString(const QString &code)> check) { m_codeCheck = std::move(check); }
    void start(const QString &workerKey, const QJsonObject &event);
    void cancel();
    bool isRunning() const { return m_running; }
    QString step() const { return m_step; } // lookup, test, history; empty when idle
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void stepChanged();
    void finished(bool ok);

private:
    void send(const QString &step, ApiRequest *request, std::function<void()> next);
    void fail(const QString &message, int exitCode);
    void readHistory();
    void end();

    QPointer<ApiClient> m_client;
    QPointer<ApiRequest> m_request;
    QJsonObject m_event;
    std::function<QString(const QString &)> m_codeCheck;
    Result m_result;
    QString m_step;
    bool m_running = false;
};
