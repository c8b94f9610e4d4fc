#pragma once

#include "connectionprofile.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ApiClient;
class Database;
class SecretStore;

// The connection page: which platform, which CA, which token. URL and CA file are kept with the
// profile's local data; the token only in the keychain (or this session's memory).
class ConnectionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConnectionController is created by the application")
    Q_PROPERTY(QString url READ url NOTIFY changed)
    Q_PROPERTY(QString caFile READ caFile NOTIFY changed)
    Q_PROPERTY(bool connected READ connected NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    Q_PROPERTY(QString subject READ subject NOTIFY changed)
    Q_PROPERTY(bool secureStorage READ secureStorage NOTIFY changed)
    Q_PROPERTY(bool demo READ demo NOTIFY changed)

public:
    ConnectionController(ApiClient *client, SecretStore *secrets, Database *local, QObject *parent = nullptr);

    QString url() const { return m_url; }
    QString caFile() const { return m_caFile; }
    bool connected() const;
    bool busy() const { return m_busy; }
    QString status() const { return m_status; }
    bool failed() const { return m_failed; }
    QString subject() const { return m_subject; }
    bool secureStorage() const;
    bool demo() const { return m_demo; }
    // The platform client, for controllers that call the platform themselves (not for QML).
    ApiClient *client() const;

    // Startup: JFROG_URL / JFROG_ACCESS_TOKEN if set, else the saved profile and the keychain.
    void restore();
    // --demo: the built-in platform, its CA and token, held in memory only.
    void useDemo(const ConnectionProfile &profile, const QString &token);

    // Checks the token against the platform, then keeps URL, CA file and token.
    Q_INVOKABLE void connectTo(const QString &url, const QString &caFile, const QString &token);
    Q_INVOKABLE void verify();
    Q_INVOKABLE void forget();

Q_SIGNALS:
    void changed();
    void ready(); // credentials are in place (after restore(), useDemo() or connectTo())

private:
    void apply(const ConnectionProfile &profile, const QString &token);
    void setStatus(const QString &status, bool failed);

    QPointer<ApiClient> m_client;
    QPointer<SecretStore> m_secrets;
    Database *m_local;
    QString m_url;
    QString m_caFile;
    QString m_status;
    QString m_subject;
    bool m_busy = false;
    bool m_failed = false;
    bool m_demo = false;
};
