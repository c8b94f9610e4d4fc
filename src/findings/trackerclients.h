#pragma once

#include "trackerconfig.h"

#include <QObject>
#include <QPointer>

#include <map>
#include <optional>

class ApiClient;
class QNetworkAccessManager;

// One ApiClient per configured tracker (its own base URL, CA and Authorization), over the shared
// QNetworkAccessManager. Credentials are handed in by the caller (from the keychain or the
// environment) and held in the ApiClient's memory only.
class TrackerClients : public QObject
{
    Q_OBJECT

public:
    explicit TrackerClients(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~TrackerClients() override;

    // False with a reason when the settings are incomplete or the CA file does not read.
    bool configure(const TrackerConfig &config, const QString &secret, QString *error);
    void clear(TrackerConfig::Kind kind);
    ApiClient *client(const QString &tracker) const; // nullptr when not configured
    std::optional<TrackerConfig> config(const QString &tracker) const;
    // The Authorization header value, for creates sent outside ApiClient (OneShotPost).
    QByteArray authorization(const QString &tracker) const;
    bool isConfigured(const QString &tracker) const { return client(tracker) != nullptr; }

Q_SIGNALS:
    void changed();

private:
    struct Entry
    {
        TrackerConfig config;
        ApiClient *client = nullptr;
        QByteArray authorization; // memory only, like ApiClient's
    };
    QPointer<QNetworkAccessManager> m_nam;
    std::map<QString, Entry> m_entries;
};
