#include "platformtestrun.h"

#include "apiclient.h"
#include "logging.h"
#include "rule.h"
#include "workersrequests.h"

PlatformTestRun::PlatformTestRun(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

PlatformTestRun::~PlatformTestRun()
{
    if (m_request) {
        m_request->disconnect(this); // no result is delivered to an object being destroyed
        m_request->abort();
    }
}

void PlatformTestRun::start(const QString &workerKey, const QJsonObject &event)
{
    if (m_running)
        return;
    m_result = {};
    m_result.workerKey = workerKey;
    m_event = event;
    m_running = true;
    if (!m_client || !m_client->hasCredentials()) {
        fail(tr("Not connected: connect to the platform to run its worker"), 2);
        return;
    }
    auto *lookup = new WorkerRequest(m_client, workerKey, this);
    send(QStringLiteral("lookup"), lookup, [this, lookup] {
        const std::optional<WorkerDetails> &details = lookup->result();
        if (!details) {
            fail(tr("%1 is not on the platform: deploy the rule first").arg(m_result.workerKey), 3);
            return;
        }
        if (const QString refused = m_codeCheck ? m_codeCheck(details->sourceCode) : QString();
            !refused.isEmpty()) {
            fail(refused, 3);
            return;
        }
        WorkerTestRequest::Input input;
        input.key = m_result.workerKey;
        input.code = details->sourceCode;
        input.action = details->action.isEmpty() ? Rule::action : details->action;
        input.data = m_event;
        auto *test = new WorkerTestRequest(m_client, input, this);
        send(QStringLiteral("test"), test, [this, test] {
            m_result.test = test->result();
            m_result.ok = true;
            const QString status = m_result.test.executionStatus.isEmpty()
                ? QString()
                : QStringLiteral(" (%1)").arg(m_result.test.executionStatus);
            m_result.message = m_result.test.message.isEmpty()
                ? tr("%1 ran on the platform%2").arg(m_result.workerKey, status)
                : tr("%1 ran on the platform%2: %3").arg(m_result.workerKey, status, m_result.test.message);
            readHistory();
        });
    });
}

void PlatformTestRun::readHistory()
{
    auto *history = new ExecutionHistoryRequest(m_client, m_result.workerKey, true, this);
    m_step = QStringLiteral("history");
    Q_EMIT stepChanged();
    m_request = history;
    connect(history, &ApiRequest::finished, this, [this, history] {
        history->deleteLater();
        if (history->error())
            m_result.historyError = history->error().message();
        else
            m_result.history = history->result();
        end();
    });
    history->start();
}

void PlatformTestRun::send(const QString &step, ApiRequest *request, std::function<void()> next)
{
    m_step = step;
    m_request = request;
    Q_EMIT stepChanged();
    connect(request, &ApiRequest::finished, this, [this, request, next = std::move(next)] {
        request->deleteLater();
        if (request->error()) {
            fail(request->error().message(), request->error().exitCode());
            return;
        }
        next();
    });
    request->start();
}

void PlatformTestRun::fail(const QString &message, int exitCode)
{
    m_result.ok = false;
    m_result.message = message;
    m_result.exitCode = exitCode;
    qCInfo(lcAlarms).noquote() << "test run of" << m_result.workerKey << "failed:" << message;
    end();
}

void PlatformTestRun::end()
{
    m_running = false;
    m_step.clear();
    m_request = nullptr;
    Q_EMIT stepChanged();
    Q_EMIT finished(m_result.ok);
}

void PlatformTestRun::cancel()
{
    if (m_request)
        m_request->abort();
}
