#include "ownertrailjob.h"

#include "apiclient.h"
#include "artifactoryrequests.h"
#include "ownertrailworker.h"
#include "rule.h"
#include "workersrequests.h"

namespace {
constexpr int historyShown = 20;
}

OwnerTrailJob::OwnerTrailJob(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

OwnerTrailJob::~OwnerTrailJob()
{
    if (m_request)
        m_request->abort();
}

QString OwnerTrailJob::stateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Running:
        return QStringLiteral("running");
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

bool OwnerTrailJob::isCollector(const WorkerDetails &worker)
{
    return worker.sourceCode.contains(QLatin1StringView("// Runtime Desk owner trail: the collector worker"));
}

void OwnerTrailJob::begin(Mode mode, const QString &repository, const QList<QPair<QString, QString>> &steps)
{
    m_mode = mode;
    m_running = true;
    m_repository = repository;
    m_result = {};
    m_result.status.repository = repository;
    m_steps.clear();
    for (const auto &[id, title] : steps)
        m_steps.append(Step { id, title });
    Q_EMIT stepsChanged();
}

void OwnerTrailJob::setup(const QString &repository)
{
    if (m_running || !m_client)
        return;
    begin(Mode::Setup, repository,
          { { QStringLiteral("repository"), tr("Find the repository %1").arg(repository) },
            { QStringLiteral("create"), tr("Create it (local, generic)") },
            { QStringLiteral("options"), tr("Read the Workers options") },
            { QStringLiteral("lookup"), tr("Look for the collector %1").arg(OwnerTrailWorker::workerKey) },
            { QStringLiteral("write"), tr("Deploy and enable the collector") } });
    const QString invalid = OwnerTrailWorker::repositoryError(repository);
    if (!invalid.isEmpty()) {
        fail(QStringLiteral("repository"), invalid, 1);
        return;
    }
    checkRepository([this] {
        if (m_result.status.repositoryExists.value_or(false)) {
            setState(QStringLiteral("create"), StepState::Skipped, tr("it exists"));
            readOptions();
        } else {
            createRepository();
        }
    });
}

void OwnerTrailJob::checkStatus(const QString &repository)
{
    if (m_running || !m_client)
        return;
    begin(Mode::Status, repository,
          { { QStringLiteral("repository"), tr("Find the repository %1").arg(repository) },
            { QStringLiteral("lookup"), tr("Look for the collector %1").arg(OwnerTrailWorker::workerKey) },
            { QStringLiteral("history"), tr("Read the collector's recent runs") } });
    // Each part is reported on its own: a token that may not read one still sees the others.
    checkRepository([this] { lookUp([this] { readHistory(); }); });
}

void OwnerTrailJob::remove()
{
    if (m_running || !m_client)
        return;
    begin(Mode::Remove, {},
          { { QStringLiteral("lookup"), tr("Look for the collector %1").arg(OwnerTrailWorker::workerKey) },
            { QStringLiteral("delete"), tr("Remove it") } });
    lookUp([this] {
        const auto &worker = m_result.status.worker;
        if (!worker) {
            setState(QStringLiteral("delete"), StepState::Skipped,
                     tr("there is no collector on the platform"));
            finish(tr("There is no collector to remove; the trail's repository and records are unchanged"));
            return;
        }
        if (!m_result.status.workerIsOurs) {
            fail(QStringLiteral("delete"),
                 tr("the worker %1 was not made by Runtime Desk; it is left as it is").arg(worker->key), 3);
            return;
        }
        send(QStringLiteral("delete"), new DeleteWorkerRequest(m_client, worker->key, this), [this] {
            setState(QStringLiteral("delete"), StepState::Done,
                     tr("removed %1").arg(OwnerTrailWorker::workerKey));
            finish(tr("The collector is removed; the trail's repository and its records stay as history"));
        });
    });
}

void OwnerTrailJob::checkRepository(std::function<void()> next)
{
    auto *request = new RepositoryRequest(m_client, m_repository, this);
    setState(QStringLiteral("repository"), StepState::Running);
    m_request = request;
    connect(request, &ApiRequest::finished, this, [this, request, next = std::move(next)] {
        request->deleteLater();
        OwnerTrailStatus &s = m_result.status;
        if (request->error()) {
            s.repositoryProblem = request->error().message();
            partFailed(QStringLiteral("repository"), request->error(), next);
            return;
        }
        s.repositoryExists = request->exists();
        s.repositoryIsGeneric =
            request->packageType().compare(QLatin1StringView("generic"), Qt::CaseInsensitive) == 0;
        if (request->exists() && !s.repositoryIsGeneric) {
            fail(QStringLiteral("repository"),
                 tr("%1 is a %2 repository; the trail needs a generic one")
                     .arg(m_repository, request->packageType()),
                 3);
            return;
        }
        setState(QStringLiteral("repository"), StepState::Done,
                 request->exists()
                     ? tr("%1 exists (%2, %3)")
                           .arg(m_repository, request->repositoryClass(), request->packageType())
                     : tr("%1 does not exist").arg(m_repository));
        next();
    });
    request->start();
}

void OwnerTrailJob::createRepository()
{
    setState(QStringLiteral("create"), StepState::Running);
    auto *request = new CreateGenericRepositoryRequest(
        m_client, m_repository, tr("Runtime Desk owner trail: who deployed and built each running image"),
        this);
    m_request = request;
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        const ApiError &e = request->error();
        if (e.kind == ApiError::Kind::Forbidden || e.kind == ApiError::Kind::Unauthorized) {
            fail(QStringLiteral("create"),
                 tr("the token may not create repositories (%1: an admin permission). An administrator can "
                    "create "
                    "it: Administration > Repositories > Create a Repository > Local > Generic, key %2; or "
                    "PUT /artifactory/api/repositories/%2 with {\"key\":\"%2\",\"rclass\":\"local\","
                    "\"packageType\":\"generic\"}. Then run the setup again.")
                     .arg(e.httpStatus)
                     .arg(m_repository),
                 2);
            return;
        }
        if (e) {
            failRequest(QStringLiteral("create"), e);
            return;
        }
        m_result.status.repositoryExists = true;
        m_result.status.repositoryIsGeneric = true;
        setState(QStringLiteral("create"), StepState::Done,
                 tr("created %1 (local, generic)").arg(m_repository));
        readOptions();
    });
    request->start();
}

void OwnerTrailJob::readOptions()
{
    auto *request = new OptionsRequest(m_client, this);
    send(QStringLiteral("options"), request, [this, request] {
        m_options = request->result();
        setState(QStringLiteral("options"), StepState::Done,
                 m_options.encodeSourceCodeInBase64 ? tr("source code sent in base64")
                                                    : tr("source code sent as text"));
        lookUp([this] { writeWorker(); });
    });
}

void OwnerTrailJob::lookUp(std::function<void()> next)
{
    auto *request = new WorkerRequest(m_client, OwnerTrailWorker::workerKey, this);
    setState(QStringLiteral("lookup"), StepState::Running);
    m_request = request;
    connect(request, &ApiRequest::finished, this, [this, request, next = std::move(next)] {
        request->deleteLater();
        OwnerTrailStatus &s = m_result.status;
        if (request->error()) {
            s.workerProblem = request->error().message();
            partFailed(QStringLiteral("lookup"), request->error(), next);
            return;
        }
        s.worker = request->result();
        s.workerIsOurs = s.worker && isCollector(*s.worker);
        setState(QStringLiteral("lookup"), StepState::Done,
                 !s.worker ? tr("not deployed")
                           : tr("%1 is deployed, %2%3")
                                 .arg(s.worker->key, s.worker->enabled ? tr("enabled") : tr("disabled"),
                                      s.workerIsOurs ? QString() : tr(", but Runtime Desk did not make it")));
        next();
    });
    request->start();
}

void OwnerTrailJob::writeWorker()
{
    const auto &existing = m_result.status.worker;
    if (existing && !m_result.status.workerIsOurs) {
        fail(QStringLiteral("write"),
             tr("a worker %1 exists that Runtime Desk did not make; it is never overwritten")
                 .arg(existing->key),
             3);
        return;
    }
    WorkerDeployment d;
    d.key = OwnerTrailWorker::workerKey;
    d.description =
        tr("Runtime Desk owner trail: records who deployed and built each image into %1").arg(m_repository);
    d.enabled = true;
    d.sourceCode = QString::fromUtf8(OwnerTrailWorker::workerSource(m_repository));
    d.application = Rule::application;
    d.action = Rule::action;
    d.versionNumber = QString::number(OwnerTrailWorker::generatorVersion);
    d.versionDescription = tr("Runtime Desk collector %1 for %2")
                               .arg(OwnerTrailWorker::generatorVersion)
                               .arg(m_repository)
                               .left(int(m_options.maxVersionDescriptionChars));
    if (d.sourceCode.size() > m_options.maxCodeChars) {
        fail(QStringLiteral("write"),
             tr("the collector is larger than the platform's limit of %1 characters")
                 .arg(m_options.maxCodeChars),
             3);
        return;
    }
    const bool update = existing.has_value();
    ApiRequest *request = update
        ? static_cast<ApiRequest *>(
            new UpdateWorkerRequest(m_client, d, m_options.encodeSourceCodeInBase64, this))
        : new CreateWorkerRequest(m_client, d, m_options.encodeSourceCodeInBase64, this);
    send(QStringLiteral("write"), request, [this, update] {
        setState(QStringLiteral("write"), StepState::Done,
                 update ? tr("updated %1 (PUT), enabled").arg(OwnerTrailWorker::workerKey)
                        : tr("created %1 (POST), enabled").arg(OwnerTrailWorker::workerKey));
        finish(tr("The owner trail is set up: the collector %1 writes into %2; every sync reads it")
                   .arg(OwnerTrailWorker::workerKey, m_repository));
    });
}

void OwnerTrailJob::readHistory()
{
    if (!m_result.status.worker) {
        setState(QStringLiteral("history"), StepState::Skipped, tr("no collector"));
        finish(tr("The collector is not deployed"));
        return;
    }
    auto *request = new ExecutionHistoryRequest(m_client, OwnerTrailWorker::workerKey, false, this);
    setState(QStringLiteral("history"), StepState::Running);
    m_request = request;
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        OwnerTrailStatus &s = m_result.status;
        if (request->error()) {
            s.historyProblem = request->error().message();
            setState(QStringLiteral("history"), StepState::Failed, s.historyProblem);
        } else {
            s.history = request->result();
            std::sort(s.history.begin(), s.history.end(),
                      [](const WorkerHistoryEntry &a, const WorkerHistoryEntry &b) {
                          return a.startTimeMillis > b.startTimeMillis;
                      });
            if (s.history.size() > historyShown)
                s.history.resize(historyShown);
            setState(QStringLiteral("history"), StepState::Done,
                     tr("%n run(s)", nullptr, int(s.history.size())));
        }
        finish(s.worker->enabled ? tr("The collector is deployed and enabled")
                                 : tr("The collector is deployed but disabled"));
    });
    request->start();
}

void OwnerTrailJob::send(const QString &id, ApiRequest *request, std::function<void()> next)
{
    setState(id, StepState::Running);
    m_request = request;
    connect(request, &ApiRequest::finished, this, [this, id, request, next = std::move(next)] {
        request->deleteLater();
        if (request->error()) {
            failRequest(id, request->error());
            return;
        }
        next();
    });
    request->start();
}

void OwnerTrailJob::setState(const QString &id, StepState state, const QString &detail)
{
    for (Step &s : m_steps) {
        if (s.id == id) {
            s.state = state;
            if (state != StepState::Running)
                s.detail = detail;
        }
    }
    Q_EMIT stepsChanged();
}

void OwnerTrailJob::partFailed(const QString &id, const ApiError &error, const std::function<void()> &next)
{
    // The status says what it could not find out and goes on: a token that may not read one part still
    // sees the others. Setup and remove stop.
    if (m_mode != Mode::Status) {
        failRequest(id, error);
        return;
    }
    setState(id, StepState::Failed, error.message());
    next();
}

void OwnerTrailJob::fail(const QString &id, const QString &detail, int exitCode)
{
    for (Step &s : m_steps) {
        if (s.id == id) {
            s.state = StepState::Failed;
            s.detail = detail;
        } else if (s.state == StepState::Pending) {
            s.state = StepState::Skipped;
        }
    }
    m_result.exitCode = exitCode;
    m_running = false;
    m_result.ok = false;
    m_result.message = detail;
    Q_EMIT stepsChanged();
    Q_EMIT finished(false);
}

void OwnerTrailJob::failRequest(const QString &id, const ApiError &error)
{
    fail(id, error.message(), error.exitCode());
}

void OwnerTrailJob::finish(const QString &message)
{
    m_running = false;
    m_result.ok = true;
    m_result.message = message;
    Q_EMIT stepsChanged();
    Q_EMIT finished(true);
}
