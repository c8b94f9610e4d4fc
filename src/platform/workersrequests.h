#pragma once

#include "apirequest.h"
#include "workertypes.h"

#include <QJsonObject>

#include <optional>

// The Workers REST endpoints (docs/jfrog-api.md 4.4), one class each, on the platform's ApiClient (the
// same Bearer token as Runtime). Bodies that carry secret values exist only in memory, in the call.

// GET /worker/api/v2/actions: the events a worker can be bound to.
class ActionsRequest : public ApiRequest
{
    Q_OBJECT
public:
    ActionsRequest(ApiClient *client, QObject *parent);
    const QList<ActionMetadata> &result() const { return m_result; }
    // The entry for application/name, if the platform offers it.
    std::optional<ActionMetadata> find(const QString &application, const QString &name) const;

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QList<ActionMetadata> m_result;
};

// GET /worker/api/v1/options: code size limit and whether sourceCode goes as base64.
class OptionsRequest : public ApiRequest
{
    Q_OBJECT
public:
    OptionsRequest(ApiClient *client, QObject *parent);
    const WorkerOptions &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    WorkerOptions m_result;
};

// GET /worker/api/v1/workers/{key}: one worker; a 404 is an answer (the worker is absent).
class WorkerRequest : public ApiRequest
{
    Q_OBJECT
public:
    WorkerRequest(ApiClient *client, QString key, QObject *parent);
    const std::optional<WorkerDetails> &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_key;
    std::optional<WorkerDetails> m_result;
};

// GET /worker/api/v1/workers[?action=]: every worker the token may see.
class WorkersListRequest : public ApiRequest
{
    Q_OBJECT
public:
    WorkersListRequest(ApiClient *client, QString action, QObject *parent);
    const QList<WorkerDetails> &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_action;
    QList<WorkerDetails> m_result;
};

// POST /worker/api/v2/workers (201): a new worker. Never retried: a create is not idempotent.
class CreateWorkerRequest : public ApiRequest
{
    Q_OBJECT
public:
    CreateWorkerRequest(ApiClient *client, WorkerDeployment deployment, bool base64, QObject *parent);

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    WorkerDeployment m_deployment;
    bool m_base64;
};

// PUT /worker/api/v2/workers (204): replaces the worker named by the body's key.
class UpdateWorkerRequest : public ApiRequest
{
    Q_OBJECT
public:
    UpdateWorkerRequest(ApiClient *client, WorkerDeployment deployment, bool base64, QObject *parent);

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    WorkerDeployment m_deployment;
    bool m_base64;
};

// DELETE /worker/api/v1/workers/{key} (204). A 404 is an answer: existed() is false.
class DeleteWorkerRequest : public ApiRequest
{
    Q_OBJECT
public:
    DeleteWorkerRequest(ApiClient *client, QString key, QObject *parent);
    bool existed() const { return m_existed; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_key;
    bool m_existed = true;
};

// POST /worker/api/v1/test/{key}?debug=: runs code on an event without deploying it.
class WorkerTestRequest : public ApiRequest
{
    Q_OBJECT
public:
    struct Input
    {
        QString key;
        QString code;
        QString action;
        QJsonObject data;
        QList<WorkerSecret> stagedSecrets;
        bool debug = false;
    };
    WorkerTestRequest(ApiClient *client, Input input, QObject *parent);
    const WorkerTestResult &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    Input m_input;
    WorkerTestResult m_result;
};

// GET /worker/api/v1/execution_history?workerKey=&showTestRun=.
class ExecutionHistoryRequest : public ApiRequest
{
    Q_OBJECT
public:
    ExecutionHistoryRequest(ApiClient *client, QString workerKey, bool showTestRuns, QObject *parent);
    const QList<WorkerHistoryEntry> &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_workerKey;
    bool m_showTestRuns;
    QList<WorkerHistoryEntry> m_result;
};
