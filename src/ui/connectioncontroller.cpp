#include "connectioncontroller.h"

#include "accessrequests.h"
#include "apiclient.h"
#include "database.h"
#include "profileloader.h"
#include "secretstore.h"
#include "settingsstore.h"

ConnectionController::ConnectionController(ApiClient *client, SecretStore *secrets, Database *local,
                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_local(local)
{ }

bool ConnectionController::connected() const
{
    return m_client && m_client->hasCredentials();
}

bool ConnectionController::secureStorage() const
{
    return m_secrets && m_secrets->isPersistent();
}

void ConnectionController::setStatus(const QString &status, bool failed)
{
    m_status = status;
    m_failed = failed;
    Q_EMIT changed();
}

void ConnectionController::apply(const ConnectionProfile &profile, const QString &token)
{
    m_client->setProfile(profile);
    m_client->setToken(token);
}

void ConnectionController::restore()
{
    SettingsStore settings(*m_local);
    const QString envUrl = qEnvironmentVariable("JFROG_URL");
    m_url = envUrl.isEmpty() ? settings.value(SettingsStore::platformUrl) : envUrl;
    m_caFile = settings.value(SettingsStore::platformCaFile);
    if (m_url.isEmpty()) {
        setStatus(tr("Not connected"), false);
        return;
    }
    QString error;
    const auto profile = ProfileLoader::make(m_url, m_caFile, &error);
    if (!profile) {
        setStatus(error, true);
        return;
    }
    const QString envToken = qEnvironmentVariable("JFROG_ACCESS_TOKEN");
    if (!envToken.isEmpty()) {
        apply(*profile, envToken);
        setStatus(tr("Connected to %1 (token from JFROG_ACCESS_TOKEN)").arg(profile->origin()), false);
        Q_EMIT ready();
        return;
    }
    m_busy = true;
    Q_EMIT changed();
    QPointer<ConnectionController> self(this);
    const ConnectionProfile p = *profile;
    m_secrets->read(SecretStore::platformTokenKey(p.origin()),
                    [self, p](const SecretStore::ReadResult &result) {
                        if (!self)
                            return;
                        self->m_busy = false;
                        if (!result.value) {
                            self->setStatus(tr("Enter the access token for %1").arg(p.origin()), false);
                            return;
                        }
                        self->apply(p, *result.value);
                        self->setStatus(tr("Connected to %1").arg(p.origin()), false);
                        Q_EMIT self->ready();
                    });
}

void ConnectionController::useDemo(const ConnectionProfile &profile, const QString &token)
{
    m_demo = true;
    m_url = profile.baseUrl.toString();
    m_caFile.clear();
    apply(profile, token);
    setStatus(tr("Connected to the built-in demo platform at %1").arg(profile.origin()), false);
    Q_EMIT ready();
}

void ConnectionController::connectTo(const QString &url, const QString &caFile, const QString &token)
{
    QString error;
    const auto profile = ProfileLoader::make(url, caFile, &error);
    if (!profile) {
        setStatus(error, true);
        return;
    }
    if (token.trimmed().isEmpty()) {
        setStatus(tr("Enter an access token"), true);
        return;
    }
    apply(*profile, token.trimmed());
    m_busy = true;
    setStatus(tr("Checking the token with %1…").arg(profile->origin()), false);
    auto *request = new TokenInfoRequest(m_client, this);
    const ConnectionProfile p = *profile;
    const QString t = token.trimmed();
    connect(request, &ApiRequest::finished, this, [this, request, p, url, caFile, t] {
        request->deleteLater();
        m_busy = false;
        if (request->error()) {
            m_client->setToken({});
            setStatus(request->error().message(), true);
            return;
        }
        m_subject = request->result().subject;
        m_url = url;
        m_caFile = caFile;
        m_demo = false;
        SettingsStore settings(*m_local);
        settings.setValue(SettingsStore::platformUrl, p.baseUrl.toString());
        settings.setValue(SettingsStore::platformCaFile, caFile);
        QPointer<ConnectionController> self(this);
        m_secrets->write(SecretStore::platformTokenKey(p.origin()), t, [self, p](bool, const QString &) {
            if (!self)
                return;
            self->setStatus(
                self->secureStorage()
                    ? tr("Connected to %1; the token is in the keychain").arg(p.origin())
                    : tr("Connected to %1; no keychain, so the token is kept for this session only")
                          .arg(p.origin()),
                false);
            Q_EMIT self->ready();
        });
    });
    request->start();
}

void ConnectionController::verify()
{
    if (!connected())
        return;
    m_busy = true;
    setStatus(tr("Checking the token…"), false);
    auto *request = new TokenInfoRequest(m_client, this);
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        m_busy = false;
        if (request->error()) {
            setStatus(request->error().message(), true);
            return;
        }
        m_subject = request->result().subject;
        setStatus(tr("The token is valid for %1").arg(m_subject), false);
    });
    request->start();
}

void ConnectionController::forget()
{
    if (m_client) {
        m_secrets->remove(SecretStore::platformTokenKey(m_client->profile().origin()),
                          [](bool, const QString &) {});
        m_client->setToken({});
    }
    SettingsStore settings(*m_local);
    settings.remove(SettingsStore::platformUrl);
    settings.remove(SettingsStore::platformCaFile);
    m_url.clear();
    m_caFile.clear();
    m_subject.clear();
    setStatus(tr("Not connected"), false);
}

ApiClient *ConnectionController::client() const
{
    return m_client;
}
