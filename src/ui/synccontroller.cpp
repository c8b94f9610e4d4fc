#include "synccontroller.h"

#include "apiclient.h"
#include "inventory.h"

SyncController::SyncController(ApiClient *client, QString cachePath, Inventory *inventory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cachePath(std::move(cachePath))
    , m_inventory(inventory)
{ }

bool SyncController::held() const
{
    return m_inventory && m_inventory->generations().held().has_value();
}

void SyncController::start()
{
    if (running() || !m_client)
        return;
    if (!m_client->hasCredentials()) {
        m_message = tr("Connect to a platform first");
        m_failed = true;
        Q_EMIT stateChanged();
        return;
    }
    delete m_job;
    SyncOptions options;
    options.timePeriod = m_timePeriod;
    options.ownerTrailRepository = m_ownerTrailRepository;
    m_job = new SyncJob(m_client, m_cachePath, options, this);
    connect(m_job, &SyncJob::progressChanged, this, [this](const SyncProgress &p) {
        m_progress = p;
        Q_EMIT progressChanged();
    });
    connect(m_job, &SyncJob::finished, this, &SyncController::onFinished);
    m_progress = {};
    m_failed = false;
    m_message = tr("Syncing…");
    m_lastAttempt = QDateTime::currentDateTime();
    m_job->start();
    Q_EMIT stateChanged();
    Q_EMIT progressChanged();
}

const QStringList &SyncController::timePeriods()
{
    static const QStringList periods { QString(),
                                       QStringLiteral("now"),
                                       QStringLiteral("1 hour"),
                                       QStringLiteral("24 hours"),
                                       QStringLiteral("3 days"),
                                       QStringLiteral("7 days"),
                                       QStringLiteral("10 days") };
    return periods;
}

void SyncController::setTimePeriod(const QString &period)
{
    if (period == m_timePeriod || !timePeriods().contains(period))
        return;
    m_timePeriod = period;
    Q_EMIT timePeriodChanged();
}

void SyncController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SyncController::onFinished(const SyncResult &result)
{
    m_lastResult = result;
    m_progress = result.progress;
    m_failed = result.outcome == SyncResult::Outcome::Failed;
    m_offline = m_failed
        && (result.apiError.kind == ApiError::Kind::Network
            || result.apiError.kind == ApiError::Kind::Timeout);
    m_message = result.message;
    if (result.outcome == SyncResult::Outcome::Completed && m_inventory)
        m_inventory->reload();
    Q_EMIT progressChanged();
    Q_EMIT stateChanged();
    Q_EMIT finished(result.outcome == SyncResult::Outcome::Completed);
}

void SyncController::acceptHeld()
{
    if (!m_inventory)
        return;
    if (const auto held = m_inventory->generations().held()) {
        m_inventory->generations().promoteHeld(held->id, GenerationStore::CommitPolicy {});
        m_message = tr("Kept the new inventory of %Ln tag(s)", nullptr, int(held->tagCount));
        m_inventory->reload();
        Q_EMIT stateChanged();
    }
}

void SyncController::discardHeld()
{
    if (!m_inventory)
        return;
    if (const auto held = m_inventory->generations().held()) {
        m_inventory->generations().discardHeld(held->id);
        m_message = tr("Kept the previous inventory");
        Q_EMIT stateChanged();
    }
}
