#include "workerdeployjob.h"

#include "apiclient.h"
#include "jstext.h"
#include "logging.h"
#include "platformworker.h"
#include "rulejson.h"
#include "rulesecrets.h"
#include "secretstore.h"
#include "workergenerator.h"
#include "workersrequests.h"

namespace {

QString stepTitle(const QString &id)
{
    static const QHash<QString, const char *> titles {
        { QStringLiteral("generate"), QT_TRANSLATE_NOOP("WorkerDeployJob", "Generate worker.ts") },
        { QStringLiteral("cases"), QT_TRANSLATE_NOOP("WorkerDeployJob", "Run the golden cases") },
        { QStringLiteral("secrets"), QT_TRANSLATE_NOOP("WorkerDeployJob", "Read the secrets") },
        { QStringLiteral("actions"), QT_TRANSLATE_NOOP("WorkerDeployJob", "Check the runtime action") },
        { QStringLiteral("options"), QT_TRANSLATE_NOOP("WorkerDeployJob", "Read the platform's limits") },
        { QStringLiteral("lookup"), QT_TRANSLATE_NOOP("WorkerDeployJob", "Look up the worker") },
        { QStringLiteral("write"), QT_TRANSLATE_NOOP("WorkerDeployJob", "Create or update the worker") },
        { QStringLiteral("update"), QT_TRANSLATE_NOOP("WorkerDeployJob", "Update the worker") },
        { QStringLiteral("delete"), QT_TRANSLATE_NOOP("WorkerDeployJob", "Remove the worker") },
        { QStringLiteral("record"), QT_TRANSLATE_NOOP("WorkerDeployJob", "Record it in the rule") },
    };
    return QCoreApplication::translate("WorkerDeployJob", titles.value(id, ""));
}

} // namespace

WorkerDeployJob::WorkerDeployJob(ApiClient *client, RuleStore *store, SecretStore *secrets, DeployGate gate,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_gate(std::move(gate))
    , m_secrets(secrets)
{ }

WorkerDeployJob::~WorkerDeployJob() = default;

void WorkerDeployJob::setSecretValues(const QHash<QString, QString> &values)
{
    m_givenSecrets = values;
}

QString WorkerDeployJob::stateName(StepState state)
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

void WorkerDeployJob::begin(Operation operation, const StoredRule &rule, const QStringList &stepIds)
{
    m_operation = operation;
    m_rule = rule;
    m_key =
        rule.workerKey.isEmpty() && rule.rule ? WorkerGenerator::suggestedKey(*rule.rule) : rule.workerKey;
    m_values.clear();
    m_source.clear();
    m_options = {};
    m_result = {};
    m_result.workerKey = m_key;
    m_steps.clear();
    for (const QString &id : stepIds)
        m_steps.append({ id, stepTitle(id), StepState::Pending, {} });
    m_running = true;
    Q_EMIT stepsChanged();
}

int WorkerDeployJob::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].id == id)
            return int(i);
    }
    return -1;
}

void WorkerDeployJob::running(const QString &id)
{
    if (const int i = indexOf(id); i >= 0) {
        m_steps[i].state = StepState::Running;
        Q_EMIT stepsChanged();
    }
}

void WorkerDeployJob::done(const QString &id, const QString &detail)
{
    if (const int i = indexOf(id); i >= 0) {
        m_steps[i].state = StepState::Done;
        m_steps[i].detail = detail;
        qCInfo(lcRules).noquote() << "worker" << m_key << id << "done:" << detail;
        Q_EMIT stepsChanged();
    }
}

void WorkerDeployJob::skip(const QString &id, const QString &detail)
{
    if (const int i = indexOf(id); i >= 0) {
        m_steps[i].state = StepState::Skipped;
        m_steps[i].detail = detail;
        Q_EMIT stepsChanged();
    }
}

void WorkerDeployJob::fail(const QString &id, const QString &detail, int exitCode)
{
    if (!m_running)
        return;
    if (const int i = indexOf(id); i >= 0) {
        m_steps[i].state = StepState::Failed;
        m_steps[i].detail = detail;
    }
    for (Step &step : m_steps) {
        if (step.state == StepState::Pending)
            step.state = StepState::Skipped;
    }
    qCInfo(lcRules).noquote() << "worker" << m_key << id << "failed:" << detail; // the caller reports it
    m_running = false;
    m_result.ok = false;
    m_result.exitCode = exitCode;
    m_result.message = detail;
    Q_EMIT stepsChanged();
    Q_EMIT finished(false);
}

void WorkerDeployJob::failRequest(const QString &id, const ApiError &error)
{
    fail(id, error.message(), error.exitCode());
}

void WorkerDeployJob::finish(const QString &message)
{
    m_running = false;
    m_result.ok = true;
    m_result.exitCode = 0;
    m_result.message = message;
    Q_EMIT stepsChanged();
    Q_EMIT finished(true);
}

void WorkerDeployJob::cancel()
{
    if (m_request)
        m_request->abort();
}

void WorkerDeployJob::send(const QString &id, ApiRequest *request, std::function<void()> next)
{
    running(id);
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

void WorkerDeployJob::record()
{
    running(QStringLiteral("record"));
    bool ok = true;
    if (m_operation == Operation::Deploy)
        ok = m_store->markDeployed(m_rule.id, m_key, m_rule.revision)
            && m_store->setEnabled(m_rule.id, m_result.enabled);
    else if (m_operation == Operation::Remove)
        ok = m_store->markUndeployed(m_rule.id);
    else
        ok = m_store->setEnabled(m_rule.id, m_result.enabled);
    if (!ok) {
        fail(QStringLiteral("record"),
             tr("the platform changed, but the rule could not record it: %1")
                 .arg(m_store->lastError().message),
             3);
        return;
    }
    done(QStringLiteral("record"),
         RuleStore::stateName(m_store->find(m_rule.id).value_or(StoredRule {}).state()));
    switch (m_operation) {
    case Operation::Deploy:
        finish(m_result.created ? tr("Deployed %1 (created, %2)")
                                      .arg(m_key, m_result.enabled ? tr("enabled") : tr("disabled"))
                                : tr("Deployed %1 (updated, %2)")
                                      .arg(m_key, m_result.enabled ? tr("enabled") : tr("disabled")));
        break;
    case Operation::Enable:
        finish(tr("Enabled %1: it fires on every workload change").arg(m_key));
        break;
    case Operation::Disable:
        finish(tr("Disabled %1: it stays on the platform and does not fire").arg(m_key));
        break;
    case Operation::Remove:
        finish(indexOf(QStringLiteral("delete")) >= 0
                       && m_steps[indexOf(QStringLiteral("delete"))].state == StepState::Skipped
                   ? tr("%1 was not on the platform; the rule is a draft again").arg(m_key)
                   : tr("Removed %1 from the platform; the rule is a draft again").arg(m_key));
        break;
    }
}

// --- enable, disable, remove ----------------------------------------------------------------------

void WorkerDeployJob::setEnabled(const StoredRule &rule, bool enabled)
{
    begin(enabled ? Operation::Enable : Operation::Disable, rule,
          { QStringLiteral("options"), QStringLiteral("lookup"), QStringLiteral("update"),
            QStringLiteral("record") });
    m_result.enabled = enabled;
    if (!rule.deployedRevision) {
        fail(QStringLiteral("options"), tr("the rule is not deployed: deploy it first"), 3);
        return;
    }
    readOptions([this] {
        lookUp([this](const std::optional<WorkerDetails> &existing) {
            if (!existing) {
                fail(QStringLiteral("lookup"),
                     tr("%1 is not on the platform: deploy the rule first").arg(m_key), 2);
                return;
            }
            flip(*existing);
        });
    });
}

void WorkerDeployJob::flip(const WorkerDetails &existing)
{
    WorkerDeployment d;
    d.key = existing.key;
    d.description = existing.description;
    d.enabled = m_result.enabled;
    d.debug = existing.debug;
    d.sourceCode = existing.sourceCode; // the code that is deployed, not the rule as it is now
    d.application = existing.application.isEmpty() ? Rule::application : existing.application;
    d.action = existing.action;
    d.projectKey = existing.projectKey;
    // No secrets in the body: the platform keeps the ones it has.
    auto *request = new UpdateWorkerRequest(m_client, d, m_options.encodeSourceCodeInBase64, this);
    send(QStringLiteral("update"), request, [this] {
        done(QStringLiteral("update"), m_result.enabled ? tr("enabled: true") : tr("enabled: false"));
        record();
    });
}

void WorkerDeployJob::remove(const StoredRule &rule)
{
    begin(Operation::Remove, rule,
          { QStringLiteral("lookup"), QStringLiteral("delete"), QStringLiteral("record") });
    lookUp([this](const std::optional<WorkerDetails> &existing) {
        if (!existing) {
            skip(QStringLiteral("delete"), tr("nothing to remove"));
            record();
            return;
        }
        auto *request = new DeleteWorkerRequest(m_client, m_key, this);
        send(QStringLiteral("delete"), request, [this, request] {
            if (request->existed())
                done(QStringLiteral("delete"), tr("%1 removed (DELETE)").arg(m_key));
            else
                skip(QStringLiteral("delete"), tr("%1 was already gone").arg(m_key));
            record();
        });
    });
}
