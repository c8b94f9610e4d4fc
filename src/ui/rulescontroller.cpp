#include "rulescontroller.h"

#include "apiclient.h"
#include "caserunner.h"
#include "database.h"
#include "displaytext.h"
#include "logging.h"
#include "rulejson.h"
#include "rulesecrets.h"
#include "ruletemplates.h"
#include "secretstore.h"
#include "settingsstore.h"
#include "workerdeployjob.h"
#include "workersrequests.h"

RulesController::RulesController(ApiClient *client, SecretStore *secrets, Database *local, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_store(std::make_unique<RuleStore>(*local))
    , m_local(local)
{
    m_job = new WorkerDeployJob(client, m_store.get(), secrets, CaseRunner::deployGate(*local), this);
    connect(&m_operation, &DeployOperation::changed, this, &RulesController::operationChanged);
    connect(m_job, &WorkerDeployJob::stepsChanged, this, [this] { m_operation.update(*m_job); });
    connect(m_job, &WorkerDeployJob::finished, this, [this](bool ok) {
        m_operation.update(*m_job);
        reload();
        refreshWorkers();
        Q_EMIT operationFinished(ok);
    });
    reload();
}

RulesController::~RulesController() = default;

SecretStore *RulesController::secretStore() const
{
    return m_secrets;
}

ApiClient *RulesController::client() const
{
    return m_client;
}

bool RulesController::busy() const
{
    return m_job->isRunning();
}

bool RulesController::secureStorage() const
{
    return m_secrets && m_secrets->isPersistent();
}

QString RulesController::teamAddress() const
{
    return SettingsStore(*m_local).value(SettingsStore::alarmTeamAddress, RuleTemplates::defaultTeamAddress);
}

void RulesController::setTeamAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed == teamAddress())
        return;
    if (!RuleJson::isPlausibleEmail(trimmed)) {
        setMessage(tr("The team address is not an e-mail address: %1").arg(DisplayText::visible(trimmed)));
        return;
    }
    if (!SettingsStore(*m_local).setValue(SettingsStore::alarmTeamAddress, trimmed)) {
        setMessage(tr("The team address was not saved"));
        return;
    }
    setMessage(tr("New rules from a template mail %1 and the build owner").arg(trimmed));
    Q_EMIT teamAddressChanged();
}

void RulesController::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

void RulesController::reload()
{
    m_rules.setRules(m_store->list());
    Q_EMIT rulesChanged();
}

QString RulesController::ruleJson(const QString &ruleId)
{
    const auto stored = m_store->find(ruleId);
    return stored && stored->rule ? QString::fromUtf8(RuleJson::write(*stored->rule)) : QString();
}

QString RulesController::createFromTemplate(const QString &templateName)
{
    RuleTemplates::Options options;
    options.teamAddress = SettingsStore(*m_local).value(SettingsStore::alarmTeamAddress);
    auto rule = RuleTemplates::make(templateName, options);
    if (!rule) {
        setMessage(tr("There is no template %1").arg(templateName));
        return {};
    }
    if (!m_store->insert(*rule)) {
        setMessage(tr("The rule could not be saved: %1").arg(m_store->lastError().message));
        return {};
    }
    reload();
    setMessage(tr("Created \"%1\" as a draft").arg(rule->name));
    return rule->id;
}

QString RulesController::createBlank()
{
    const Rule rule = RuleTemplates::blank();
    if (!m_store->insert(rule)) {
        setMessage(tr("The rule could not be saved: %1").arg(m_store->lastError().message));
        return {};
    }
    reload();
    setMessage(tr("Created a new draft"));
    return rule.id;
}

bool RulesController::deleteRule(const QString &ruleId)
{
    const auto stored = m_store->find(ruleId);
    if (!stored)
        return false;
    if (stored->deployedRevision) {
        setMessage(tr("\"%1\" has a worker on the platform: remove it first").arg(stored->name));
        return false;
    }
    if (!m_store->remove(ruleId)) {
        setMessage(tr("The rule could not be deleted: %1").arg(m_store->lastError().message));
        return false;
    }
    if (stored->rule && m_secrets) {
        for (const QString &name : stored->rule->secretNames())
            m_secrets->remove(RuleSecrets::keychainKey(ruleId, name), [](bool, const QString &) {});
    }
    reload();
    setMessage(tr("Deleted \"%1\"").arg(stored->name));
    return true;
}

bool RulesController::startOperation(const QString &ruleId, const QString &title)
{
    if (m_job->isRunning()) {
        setMessage(tr("Another operation is running"));
        return false;
    }
    m_operation.start(ruleId, title);
    return true;
}

void RulesController::deploy(const QString &ruleId, bool enable)
{
    const auto stored = m_store->find(ruleId);
    if (!stored || !startOperation(ruleId, enable ? tr("Deploy and enable") : tr("Deploy")))
        return;
    m_job->deploy(*stored, enable);
}

void RulesController::setEnabled(const QString &ruleId, bool enabled)
{
    const auto stored = m_store->find(ruleId);
    if (!stored || !startOperation(ruleId, enabled ? tr("Enable") : tr("Disable")))
        return;
    m_job->setEnabled(*stored, enabled);
}

void RulesController::removeWorker(const QString &ruleId)
{
    const auto stored = m_store->find(ruleId);
    if (!stored || !startOperation(ruleId, tr("Remove from the platform")))
        return;
    m_job->remove(*stored);
}

void RulesController::refreshWorkers()
{
    if (!m_client || !m_client->hasCredentials()) {
        m_workersMessage = tr("Not connected: connect to a platform to see its workers");
        Q_EMIT workersChanged();
        return;
    }
    if (m_workersLoading)
        return;
    m_workersLoading = true;
    Q_EMIT workersChanged();
    auto *request = new WorkersListRequest(m_client, QString(), this);
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        m_workersLoading = false;
        if (request->error()) {
            m_workersMessage = request->error().message();
        } else {
            QList<PlatformWorker> workers;
            for (const WorkerDetails &details : request->result())
                workers.append(PlatformWorker::fromDetails(details));
            m_workers.setWorkers(workers);
            m_workersMessage = workers.isEmpty() ? tr("No workers on the platform") : QString();
        }
        Q_EMIT workersChanged();
    });
    request->start();
}

QString RulesController::importWorker(const QString &key)
{
    const PlatformWorker *worker = m_workers.find(key);
    if (!worker || !worker->rule) {
        setMessage(tr("%1 was not made by Runtime Desk: it can only be viewed").arg(key));
        return {};
    }
    const Rule &rule = *worker->rule;
    const bool exists = m_store->find(rule.id).has_value();
    if (!(exists ? m_store->update(rule) : m_store->insert(rule))) {
        setMessage(tr("The rule could not be saved: %1").arg(m_store->lastError().message));
        return {};
    }
    const qint64 revision = m_store->find(rule.id)->revision;
    if (!worker->edited && m_store->markDeployed(rule.id, key, revision))
        m_store->setEnabled(rule.id, worker->details.enabled);
    reload();
    setMessage(worker->edited
                   ? tr("Imported \"%1\"; its code was changed by hand, so it is not marked as deployed")
                         .arg(rule.name)
                   : tr("Imported \"%1\" from %2").arg(rule.name, key));
    return rule.id;
}
