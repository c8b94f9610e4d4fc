#include "workersrequests.h"

#include "apiclient.h"
#include "workerjson.h"

#include <QJsonDocument>

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template<typename T> bool take(std::optional<T> parsed, T *into)
{
    if (!parsed)
        return false;
    *into = std::move(*parsed);
    return true;
}

} // namespace

ActionsRequest::ActionsRequest(ApiClient *client, QObject *parent)
    : ApiRequest(client, parent)
{ }

ApiCall ActionsRequest::call() const
{
    return ApiCall::get(QStringLiteral("/worker/api/v2/actions"));
}

bool ActionsRequest::parse(const ApiReply &reply, QString *error)
{
    return take(WorkerJson::parseActions(reply.body(), error), &m_result);
}

std::optional<ActionMetadata> ActionsRequest::find(const QString &application, const QString &name) const
{
    for (const ActionMetadata &action : m_result) {
        // An entry without an application (an older answer) matches on the name alone.
        if (action.name == name && (action.application.isEmpty() || action.application == application))
            return action;
    }
    return std::nullopt;
}

OptionsRequest::OptionsRequest(ApiClient *client, QObject *parent)
    : ApiRequest(client, parent)
{ }

ApiCall OptionsRequest::call() const
{
    return ApiCall::get(QStringLiteral("/worker/api/v1/options"));
}

bool OptionsRequest::parse(const ApiReply &reply, QString *error)
{
    return take(WorkerJson::parseOptions(reply.body(), error), &m_result);
}

WorkerRequest::WorkerRequest(ApiClient *client, QString key, QObject *parent)
    : ApiRequest(client, parent)
    , m_key(std::move(key))
{ }

ApiCall WorkerRequest::call() const
{
    ApiCall call = ApiCall::get(QStringLiteral("/worker/api/v1/workers/") + ApiCall::segment(m_key));
    call.expectedStatuses = { 200, 404 };
    return call;
}

bool WorkerRequest::parse(const ApiReply &reply, QString *error)
{
    m_result.reset();
    if (reply.status() == 404)
        return true;
    auto details = WorkerJson::parseDetails(reply.body(), error);
    if (!details)
        return false;
    m_result = std::move(*details);
    return true;
}

WorkersListRequest::WorkersListRequest(ApiClient *client, QString action, QObject *parent)
    : ApiRequest(client, parent)
    , m_action(std::move(action))
{ }

ApiCall WorkersListRequest::call() const
{
    ApiCall call = ApiCall::get(QStringLiteral("/worker/api/v1/workers"));
    if (!m_action.isEmpty())
        call.query.addQueryItem(QStringLiteral("action"), m_action);
    return call;
}

bool WorkersListRequest::parse(const ApiReply &reply, QString *error)
{
    return take(WorkerJson::parseWorkers(reply.body(), error), &m_result);
}

CreateWorkerRequest::CreateWorkerRequest(ApiClient *client, WorkerDeployment deployment, bool base64,
                                         QObject *parent)
    : ApiRequest(client, parent)
    , m_deployment(std::move(deployment))
    , m_base64(base64)
{ }

ApiCall CreateWorkerRequest::call() const
{
    ApiCall call = ApiCall::postJson(QStringLiteral("/worker/api/v2/workers"),
                                     compact(WorkerJson::deploymentToJson(m_deployment, m_base64)));
    call.expectedStatuses = { 201, 200, 204 }; // 201 documented; "no-data" answers tolerated
    return call;
}

bool CreateWorkerRequest::parse(const ApiReply &, QString *)
{
    return true;
}

UpdateWorkerRequest::UpdateWorkerRequest(ApiClient *client, WorkerDeployment deployment, bool base64,
                                         QObject *parent)
    : ApiRequest(client, parent)
    , m_deployment(std::move(deployment))
    , m_base64(base64)
{ }

ApiCall UpdateWorkerRequest::call() const
{
    ApiCall call = ApiCall::postJson(QStringLiteral("/worker/api/v2/workers"),
                                     compact(WorkerJson::deploymentToJson(m_deployment, m_base64)));
    call.method = "PUT";
    call.expectedStatuses = { 204, 200 };
    call.idempotent = true; // the same full body twice leaves the same worker
    return call;
}

bool UpdateWorkerRequest::parse(const ApiReply &, QString *)
{
    return true;
}

DeleteWorkerRequest::DeleteWorkerRequest(ApiClient *client, QString key, QObject *parent)
    : ApiRequest(client, parent)
    , m_key(std::move(key))
{ }

ApiCall DeleteWorkerRequest::call() const
{
    ApiCall call;
    call.method = "DELETE";
    call.path = QStringLiteral("/worker/api/v1/workers/") + ApiCall::segment(m_key);
    call.expectedStatuses = { 204, 200, 404 };
    call.idempotent = true;
    return call;
}

bool DeleteWorkerRequest::parse(const ApiReply &reply, QString *)
{
    m_existed = reply.status() != 404;
    return true;
}

WorkerTestRequest::WorkerTestRequest(ApiClient *client, Input input, QObject *parent)
    : ApiRequest(client, parent)
    , m_input(std::move(input))
{ }

ApiCall WorkerTestRequest::call() const
{
    ApiCall call = ApiCall::postJson(
        QStringLiteral("/worker/api/v1/test/") + ApiCall::segment(m_input.key),
        compact(WorkerJson::testToJson(m_input.code, m_input.action, m_input.data, m_input.stagedSecrets)));
    call.query.addQueryItem(QStringLiteral("debug"),
                            m_input.debug ? QStringLiteral("true") : QStringLiteral("false"));
    return call;
}

bool WorkerTestRequest::parse(const ApiReply &reply, QString *error)
{
    return take(WorkerJson::parseTestResult(reply.body(), error), &m_result);
}

ExecutionHistoryRequest::ExecutionHistoryRequest(ApiClient *client, QString workerKey, bool showTestRuns,
                                                 QObject *parent)
    : ApiRequest(client, parent)
    , m_workerKey(std::move(workerKey))
    , m_showTestRuns(showTestRuns)
{ }

ApiCall ExecutionHistoryRequest::call() const
{
    ApiCall call = ApiCall::get(QStringLiteral("/worker/api/v1/execution_history"));
    if (!m_workerKey.isEmpty())
        call.query.addQueryItem(QStringLiteral("workerKey"), m_workerKey);
    call.query.addQueryItem(QStringLiteral("showTestRun"),
                            m_showTestRuns ? QStringLiteral("true") : QStringLiteral("false"));
    return call;
}

bool ExecutionHistoryRequest::parse(const ApiReply &reply, QString *error)
{
    return take(WorkerJson::parseHistory(reply.body(), error), &m_result);
}
