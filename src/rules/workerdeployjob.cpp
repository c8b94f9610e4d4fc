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

WorkerDeployJob::WorkerDeployJob(ApiClient *client, RuleStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_secrets(secrets)
{
}

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
    m_key = rule.workerKey.isEmpty() && rule.rule ? WorkerGenerator::suggestedKey(*rule.rule) : rule.workerKey;
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

// --- deploy -------------------------------------------------------------------------------------

void WorkerDeployJob::deploy(const StoredRule &rule, bool enable)
{
    begin(Operation::Deploy, rule,
          { QStringLiteral("generate"), QStringLiteral("secrets"), QStringLiteral("actions"),
            QStringLiteral("options"), QStringLiteral("lookup"), QStringLiteral("write"),
            QStringLiteral("record") });
    m_enable = enable;
    running(QStringLiteral("generate"));
    if (!rule.rule) {
        fail(QStringLiteral("generate"), tr("the stored rule does not read: %1").arg(rule.errors.value(0)),
             3);
        return;
    }
    if (const QStringList errors = RuleJson::validate(*rule.rule); !errors.isEmpty()) {
        fail(QStringLiteral("generate"), errors.constFirst(), 3);
        return;
    }
    m_source = QString::fromUtf8(WorkerGenerator::workerSource(*rule.rule));
    done(QStringLiteral("generate"), tr("%L1 characters, rule revision %2").arg(m_source.size()).arg(rule.revision));
    running(QStringLiteral("secrets"));
    if (m_givenSecrets) {
        for (const QString &name : rule.rule->secretNames()) {
            if (!m_givenSecrets->value(name).isEmpty())
                m_values.insert(name, m_givenSecrets->value(name));
        }
        done(QStringLiteral("secrets"), tr("%1 of %2 given").arg(m_values.size()).arg(rule.rule->secretNames().size()));
        checkAction();
        return;
    }
    readSecrets(0, [this] { checkAction(); });
}

void WorkerDeployJob::readSecrets(qsizetype index, std::function<void()> next)
{
    const QStringList names = m_rule.rule->secretNames();
    if (index >= names.size()) {
        done(QStringLiteral("secrets"), tr("%1 of %2 in the keychain").arg(m_values.size()).arg(names.size()));
        next();
        return;
    }
    if (!m_secrets) {
        fail(QStringLiteral("secrets"), tr("no secret store"), 3);
        return;
    }
    const QString name = names[index];
    QPointer<WorkerDeployJob> self(this);
    m_secrets->read(RuleSecrets::keychainKey(m_rule.id, name),
                    [self, index, name, next](const SecretStore::ReadResult &read) {
                        if (!self || !self->m_running)
                            return;
                        if (!read.error.isEmpty()) {
                            self->fail(QStringLiteral("secrets"),
                                       tr("the keychain did not answer: %1").arg(read.error), 3);
                            return;
                        }
                        if (read.value && !read.value->isEmpty())
                            self->m_values.insert(name, *read.value);
                        self->readSecrets(index + 1, next);
                    });
}

void WorkerDeployJob::checkAction()
{
    auto *request = new ActionsRequest(m_client, this);
    send(QStringLiteral("actions"), request, [this, request] {
        if (!request->find(Rule::application, Rule::action)) {
            fail(QStringLiteral("actions"),
                 tr("the platform offers no %1 action of %2 (are Workers and Runtime enabled?)")
                     .arg(Rule::action, Rule::application),
                 2);
            return;
        }
        done(QStringLiteral("actions"), tr("%1 (%2) exists").arg(Rule::action, Rule::application));
        readOptions([this] {
            if (m_source.size() > m_options.maxCodeChars) {
                fail(QStringLiteral("options"),
                     tr("worker.ts has %L1 characters, more than the platform accepts (%L2); shorten the "
                        "message template or the lists")
                         .arg(m_source.size())
                         .arg(m_options.maxCodeChars),
                     3);
                return;
            }
            lookUp([this](const std::optional<WorkerDetails> &existing) { write(existing); });
        });
    });
}

void WorkerDeployJob::readOptions(std::function<void()> next)
{
    auto *request = new OptionsRequest(m_client, this);
    send(QStringLiteral("options"), request, [this, request, next] {
        m_options = request->result();
        done(QStringLiteral("options"),
             tr("up to %L1 characters of code%2")
                 .arg(m_options.maxCodeChars)
                 .arg(m_options.encodeSourceCodeInBase64 ? tr(", sent as base64") : QString()));
        next();
    });
}

void WorkerDeployJob::lookUp(std::function<void(const std::optional<WorkerDetails> &)> next)
{
    auto *request = new WorkerRequest(m_client, m_key, this);
    send(QStringLiteral("lookup"), request, [this, request, next] {
        const std::optional<WorkerDetails> existing = request->result();
        if (existing && !owned(*existing))
            return;
        done(QStringLiteral("lookup"),
             existing ? tr("%1 is on the platform (%2)")
                            .arg(m_key, existing->enabled ? tr("enabled") : tr("disabled"))
                      : tr("%1 is not on the platform").arg(m_key));
        next(existing);
    });
}

bool WorkerDeployJob::owned(const WorkerDetails &details)
{
    const PlatformWorker worker = PlatformWorker::fromDetails(details);
    if (worker.isMadeFrom(m_rule.id))
        return true;
    fail(QStringLiteral("lookup"),
         worker.rule ? tr("the worker %1 on the platform was made from another rule (%2); it is left alone")
                           .arg(m_key, worker.rule->id)
                     : tr("the worker %1 on the platform was not made by Runtime Desk; it is left alone")
                           .arg(m_key),
         2);
    return false;
}

void WorkerDeployJob::write(const std::optional<WorkerDetails> &existing)
{
    const Rule &rule = *m_rule.rule;
    const QStringList names = rule.secretNames();
    QStringList missing;
    for (const QString &name : names) {
        if (!m_values.contains(name) && !(existing && existing->secretKeys.contains(name)))
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        fail(QStringLiteral("write"),
             tr("no value for the secret(s) %1: set them in the editor or with `rules secret set`")
                 .arg(missing.join(QStringLiteral(", "))),
             3);
        return;
    }
    WorkerDeployment d;
    d.key = m_key;
    d.description = JsText::clip(JsText::singleLine(QStringLiteral("Runtime Desk rule: ") + rule.name), 256);
    d.enabled = m_enable || (existing && existing->enabled);
    d.sourceCode = m_source;
    d.application = Rule::application;
    d.action = Rule::action;
    d.versionNumber = QString::number(m_rule.revision).left(int(m_options.maxVersionNumberChars));
    d.versionDescription = JsText::clip(QStringLiteral("Runtime Desk rule %1, revision %2").arg(rule.id).arg(m_rule.revision),
                                        m_options.maxVersionDescriptionChars);
    // As `jf worker deploy`: a secret the platform has is marked for removal, then sent anew; one the
    // rule no longer names is removed; one without a local value is kept as the platform has it.
    if (existing) {
        for (const QString &key : existing->secretKeys) {
            if (!names.contains(key) || m_values.contains(key))
                d.secrets.append({ key, {}, true });
        }
    }
    for (const QString &name : names) {
        if (m_values.contains(name))
            d.secrets.append({ name, m_values.value(name), false });
    }
    m_result.created = !existing;
    m_result.enabled = d.enabled;
    const int kept = int(names.size() - m_values.size());
    ApiRequest *request = existing ? static_cast<ApiRequest *>(new UpdateWorkerRequest(m_client, d, m_options.encodeSourceCodeInBase64, this))
                                   : new CreateWorkerRequest(m_client, d, m_options.encodeSourceCodeInBase64, this);
    send(QStringLiteral("write"), request, [this, existing, kept, d] {
        QString detail = existing ? tr("updated %1 (PUT, %2)").arg(m_key, d.enabled ? tr("enabled") : tr("disabled"))
                                  : tr("created %1 (POST, %2)").arg(m_key, d.enabled ? tr("enabled") : tr("disabled"));
        if (kept > 0)
            detail += tr("; %1 secret(s) kept as the platform has them").arg(kept);
        done(QStringLiteral("write"), detail);
        record();
    });
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
             tr("the platform changed, but the rule could not record it: %1").arg(m_store->lastError().message),
             3);
        return;
    }
    done(QStringLiteral("record"), RuleStore::stateName(m_store->find(m_rule.id).value_or(StoredRule {}).state()));
    switch (m_operation) {
    case Operation::Deploy:
        finish(m_result.created ? tr("Deployed %1 (created, %2)").arg(m_key, m_result.enabled ? tr("enabled") : tr("disabled"))
                                : tr("Deployed %1 (updated, %2)").arg(m_key, m_result.enabled ? tr("enabled") : tr("disabled")));
        break;
    case Operation::Enable:
        finish(tr("Enabled %1: it fires on every workload change").arg(m_key));
        break;
    case Operation::Disable:
        finish(tr("Disabled %1: it stays on the platform and does not fire").arg(m_key));
        break;
    case Operation::Remove:
        finish(indexOf(QStringLiteral("delete")) >= 0 && m_steps[indexOf(QStringLiteral("delete"))].state == StepState::Skipped
                   ? tr("%1 was not on the platform; the rule is a draft again").arg(m_key)
                   : tr("Removed %1 from the platform; the rule is a draft again").arg(m_key));
        break;
    }
}

// --- enable, disable, remove ----------------------------------------------------------------------

void WorkerDeployJob::setEnabled(const StoredRule &rule, bool enabled)
{
    begin(enabled ? Operation::Enable : Operation::Disable, rule,
          { QStringLiteral("options"), QStringLiteral("lookup"), QStringLiteral("update"), QStringLiteral("record") });
    m_result.enabled = enabled;
    if (!rule.deployedRevision) {
        fail(QStringLiteral("options"), tr("the rule is not deployed: deploy it first"), 3);
        return;
    }
    readOptions([this] {
        lookUp([this](const std::optional<WorkerDetails> &existing) {
            if (!existing) {
                fail(QStringLiteral("lookup"), tr("%1 is not on the platform: deploy the rule first").arg(m_key), 2);
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
    begin(Operation::Remove, rule, { QStringLiteral("lookup"), QStringLiteral("delete"), QStringLiteral("record") });
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
