#include "findingservice.h"

#include "database.h"
#include "inventory.h"
#include "logging.h"
#include "outboxsender.h"
#include "outboxstore.h"
#include "secretstore.h"
#include "settingsstore.h"
#include "synccontroller.h"
#include "trackerclients.h"

FindingService::FindingService(Database *local, Inventory *inventory, SecretStore *secrets,
                               QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_local(local)
    , m_inventory(inventory)
    , m_secrets(secrets)
    , m_trackers(new TrackerClients(nam, this))
    , m_sender(new OutboxSender(*local, m_trackers, this))
{
    m_retry.setInterval(60000);
    connect(&m_retry, &QTimer::timeout, this, &FindingService::sendNow);
    connect(m_trackers, &TrackerClients::changed, this, &FindingService::trackersChanged);
    connect(m_sender, &OutboxSender::itemChanged, this, [this](const QString &subject) {
        refreshCounts();
        Q_EMIT findingChanged(subject);
    });
    connect(m_sender, &OutboxSender::finished, this, [this] {
        m_outboxError = m_sender->lastSummary().lastError;
        refreshCounts();
    });
    refreshCounts();
}

FindingService::~FindingService() = default;

bool FindingService::sending() const
{
    return m_sender->isRunning();
}

bool FindingService::jiraReady() const
{
    return m_trackers->isConfigured(QStringLiteral("jira"));
}

bool FindingService::githubReady() const
{
    return m_trackers->isConfigured(QStringLiteral("github"));
}

bool FindingService::secureStorage() const
{
    return m_demo || (m_secrets && m_secrets->isPersistent());
}

void FindingService::refreshCounts()
{
    OutboxStore outbox(*m_local);
    int refused = 0;
    const QList<OutboxItem> items = outbox.list();
    for (const OutboxItem &item : items)
        refused += item.state == OutboxItem::State::Failed ? 1 : 0;
    m_waiting = int(items.size());
    m_refused = refused;
    if (m_waiting - m_refused > 0)
        m_retry.start(); // a tracker that comes back is reached within a minute
    else
        m_retry.stop();
    Q_EMIT outboxChanged();
}

void FindingService::restore()
{
    SettingsStore settings(*m_local);
    for (TrackerConfig::Kind kind : { TrackerConfig::Kind::Jira, TrackerConfig::Kind::GitHub }) {
        const TrackerConfig config = TrackerConfig::load(settings, kind);
        if (!config.isComplete(nullptr) || !m_secrets)
            continue;
        QPointer<FindingService> self(this);
        m_secrets->read(config.secretKey(), [self, config](const SecretStore::ReadResult &result) {
            if (!self || !result.value)
                return;
            QString error;
            if (!self->m_trackers->configure(config, *result.value, &error))
                qCWarning(lcUi).noquote() << config.title() << "is not usable:" << error;
            self->sendNow();
        });
    }
    sendNow();
}

void FindingService::useDemo(const QList<TrackerConfig> &configs, const QStringList &secrets)
{
    m_demo = true;
    for (qsizetype i = 0; i < configs.size() && i < secrets.size(); ++i) {
        QString error;
        if (!m_trackers->configure(configs.at(i), secrets.at(i), &error))
            qCWarning(lcUi).noquote() << "demo tracker" << configs.at(i).title() << ":" << error;
    }
    Q_EMIT trackersChanged();
    sendNow();
}

void FindingService::attach(SyncController *sync)
{
    connect(sync, &SyncController::finished, this, [this](bool ok) {
        if (ok)
            sendNow();
    });
}

void FindingService::sendNow()
{
    m_sender->sendPending();
    Q_EMIT outboxChanged();
}

void FindingService::retryRefused()
{
    OutboxStore outbox(*m_local);
    outbox.retry(0);
    refreshCounts();
    sendNow();
}

void FindingService::notifyChanged(const QString &subject)
{
    refreshCounts();
    Q_EMIT findingChanged(subject);
}
