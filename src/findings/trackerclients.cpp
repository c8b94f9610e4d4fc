#include "trackerclients.h"

#include "apiclient.h"

#include <QNetworkAccessManager>

TrackerClients::TrackerClients(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{ }

TrackerClients::~TrackerClients() = default; // the clients are children

bool TrackerClients::configure(const TrackerConfig &config, const QString &secret, QString *error)
{
    const std::optional<ConnectionProfile> profile = config.profile(error);
    if (!profile)
        return false;
    if (secret.isEmpty()) {
        if (error)
            *error = QStringLiteral("no %1 credential").arg(config.title());
        return false;
    }
    clear(config.kind);
    auto *client = new ApiClient(m_nam, this);
    client->setProfile(*profile);
    client->setAuthorization(config.authorization(secret));
    m_entries[config.name()] = { config, client, config.authorization(secret) };
    Q_EMIT changed();
    return true;
}

void TrackerClients::clear(TrackerConfig::Kind kind)
{
    const auto it = m_entries.find(TrackerConfig::kindName(kind));
    if (it == m_entries.end())
        return;
    it->second.client->deleteLater();
    m_entries.erase(it);
    Q_EMIT changed();
}

ApiClient *TrackerClients::client(const QString &tracker) const
{
    const auto it = m_entries.find(tracker);
    return it == m_entries.end() ? nullptr : it->second.client;
}

std::optional<TrackerConfig> TrackerClients::config(const QString &tracker) const
{
    const auto it = m_entries.find(tracker);
    if (it == m_entries.end())
        return std::nullopt;
    return it->second.config;
}

QByteArray TrackerClients::authorization(const QString &tracker) const
{
    const auto it = m_entries.find(tracker);
    return it == m_entries.end() ? QByteArray() : it->second.authorization;
}
