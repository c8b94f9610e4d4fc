#include "ownertrailcontroller.h"

#include "apiclient.h"
#include "inventory.h"
#include "ownertrailjob.h"
#include "ownertrailworker.h"
#include "settingsstore.h"
#include "synccontroller.h"

#include <QLocale>

OwnerTrailController::OwnerTrailController(ApiClient *client, Database *local, Inventory *inventory,
                                           SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_local(local)
    , m_inventory(inventory)
    , m_sync(sync)
    , m_steps(new RecordListModel({ "id", "title", "state", "detail" }, this))
    , m_runs(new RecordListModel({ "start", "status", "duration", "trigger" }, this))
{
    m_repository = m_local
        ? SettingsStore(*m_local).value(SettingsStore::ownerTrailRepository, defaultRepository())
        : defaultRepository();
    if (m_sync)
        m_sync->setOwnerTrailRepository(m_repository);
    if (m_inventory)
        connect(m_inventory, &Inventory::changed, this, &OwnerTrailController::stateChanged);
}

OwnerTrailController::~OwnerTrailController() = default;

QString OwnerTrailController::defaultRepository() const
{
    return OwnerTrailWorker::defaultRepository;
}

QString OwnerTrailController::workerKey() const
{
    return OwnerTrailWorker::workerKey;
}

bool OwnerTrailController::running() const
{
    return m_job && m_job->isRunning();
}

QString OwnerTrailController::repositoryError(const QString &key) const
{
    return OwnerTrailWorker::repositoryError(key);
}

void OwnerTrailController::setRepository(const QString &repository)
{
    const QString key = repository.trimmed();
    if (key == m_repository || !OwnerTrailWorker::repositoryError(key).isEmpty())
        return;
    m_repository = key;
    if (m_local)
        SettingsStore(*m_local).setValue(SettingsStore::ownerTrailRepository, key);
    if (m_sync)
        m_sync->setOwnerTrailRepository(key);
    Q_EMIT repositoryChanged();
}

QString OwnerTrailController::lastRead() const
{
    const auto &read = m_inventory ? m_inventory->lastTrailRead() : std::optional<TrailState>();
    if (!read)
        return tr("Not read yet: every sync reads the trail.");
    const QLocale locale;
    QString text =
        tr("Last read %1 from %2: %L3 records, the newest recorded %4.")
            .arg(locale.toString(read->readAt.toLocalTime(), QLocale::ShortFormat), read->repository)
            .arg(read->records)
            .arg(read->newestRecord.isValid()
                     ? locale.toString(read->newestRecord.toLocalTime(), QLocale::ShortFormat)
                     : tr("never"));
    if (!read->error.isEmpty())
        text += u' ' + read->error;
    return text;
}

void OwnerTrailController::start(const std::function<void(OwnerTrailJob &)> &operation)
{
    if (running() || !m_client)
        return;
    if (!m_client->hasCredentials()) {
        m_failed = true;
        m_message = tr("Connect to a platform first");
        Q_EMIT stateChanged();
        return;
    }
    delete m_job;
    m_job = new OwnerTrailJob(m_client, this);
    connect(m_job, &OwnerTrailJob::stepsChanged, this, &OwnerTrailController::showSteps);
    connect(m_job, &OwnerTrailJob::finished, this, &OwnerTrailController::onFinished);
    m_failed = false;
    m_message.clear();
    operation(*m_job);
    Q_EMIT stateChanged();
}

void OwnerTrailController::setup()
{
    start([this](OwnerTrailJob &job) { job.setup(m_repository); });
}

void OwnerTrailController::refresh()
{
    start([this](OwnerTrailJob &job) { job.checkStatus(m_repository); });
}

void OwnerTrailController::remove()
{
    start([](OwnerTrailJob &job) { job.remove(); });
}

void OwnerTrailController::showSteps()
{
    QList<QVariantList> rows;
    for (const OwnerTrailJob::Step &s : m_job->steps())
        rows.append({ s.id, s.title, OwnerTrailJob::stateName(s.state), s.detail });
    m_steps->setRows(rows);
}

void OwnerTrailController::onFinished(bool ok)
{
    const OwnerTrailJob::Result &result = m_job->result();
    const OwnerTrailStatus &s = result.status;
    m_failed = !ok;
    m_message = result.message;
    if (s.repositoryExists)
        m_repositoryState = *s.repositoryExists ? tr("%1 exists").arg(s.repository)
                                                : tr("%1 does not exist").arg(s.repository);
    else if (!s.repositoryProblem.isEmpty())
        m_repositoryState = tr("%1: unknown (%2)").arg(s.repository, s.repositoryProblem);
    if (!s.workerProblem.isEmpty())
        m_collectorState = tr("unknown (%1)").arg(s.workerProblem);
    else if (s.worker)
        m_collectorState = !s.workerIsOurs
            ? tr("a worker %1 exists that Runtime Desk did not make").arg(s.worker->key)
            : s.worker->enabled ? tr("deployed and enabled")
                                : tr("deployed, disabled");
    else if (!s.repository.isEmpty() || result.ok)
        m_collectorState = tr("not deployed");
    QList<QVariantList> runs;
    const QLocale locale;
    for (const WorkerHistoryEntry &e : s.history)
        runs.append(
            { locale.toString(QDateTime::fromMSecsSinceEpoch(e.startTimeMillis).toLocalTime(),
                              QLocale::ShortFormat),
              e.executionStatus == QLatin1StringView("STATUS_SUCCESS") ? tr("succeeded") : tr("failed"),
              tr("%L1 ms").arg(e.endTimeMillis - e.startTimeMillis), e.triggeredBy });
    if (!s.history.isEmpty() || !s.historyProblem.isEmpty() || s.worker)
        m_runs->setRows(runs);
    Q_EMIT stateChanged();
}
