#include "clicontext.h"

#include "apiclient.h"
#include "keychainsecretstore.h"
#include "profileloader.h"
#include "settingsstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

CliContext::CliContext()
    : out(stdout)
    , err(stderr)
{ }

CliContext::~CliContext()
{
    delete m_client;
    delete m_secrets;
    delete m_nam;
}

int CliContext::fail(int code, const QString &message)
{
    err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

Database *CliContext::local()
{
    if (!m_local) {
        Database::OpenResult result = workspace.openLocal();
        if (!result.database) {
            fail(Data, result.error.message);
            return nullptr;
        }
        if (!result.quarantinedPath.isEmpty())
            err << "warning: the local data file was damaged and was moved aside to "
                << result.quarantinedPath << Qt::endl;
        m_local = std::move(result.database);
    }
    return m_local.get();
}

std::unique_ptr<Database> CliContext::openCache()
{
    Database::OpenResult result = workspace.openCache();
    if (!result.database) {
        fail(Data, result.error.message);
        return nullptr;
    }
    if (result.rebuilt)
        err << "warning: the cache was damaged; it was moved aside and will be rebuilt by the next sync"
            << Qt::endl;
    return std::move(result.database);
}

SecretStore *CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = new KeychainSecretStore();
    return m_secrets;
}

ApiClient *CliContext::platform()
{
    if (m_client)
        return m_client;
    QString url = urlOption.isEmpty() ? qEnvironmentVariable("JFROG_URL") : urlOption;
    QString ca = caOption;
    if (url.isEmpty() || ca.isEmpty()) {
        if (Database *db = local()) {
            SettingsStore settings(*db);
            if (url.isEmpty())
                url = settings.value(SettingsStore::platformUrl);
            if (ca.isEmpty() && url == settings.value(SettingsStore::platformUrl))
                ca = settings.value(SettingsStore::platformCaFile);
        }
    }
    QString error;
    const auto profile = ProfileLoader::make(url, ca, &error);
    if (!profile) {
        fail(Usage, error);
        return nullptr;
    }
    QString token = qEnvironmentVariable("JFROG_ACCESS_TOKEN");
    if (token.isEmpty()) {
        const SecretStore::ReadResult stored =
            secrets()->readNow(SecretStore::platformTokenKey(profile->origin()));
        if (!stored.value) {
            fail(Usage,
                 stored.error.isEmpty()
                     ? QStringLiteral("no token for %1: set JFROG_ACCESS_TOKEN or run `login`")
                           .arg(profile->origin())
                     : QStringLiteral("no token: set JFROG_ACCESS_TOKEN (the keychain is unavailable: %1)")
                           .arg(stored.error));
            return nullptr;
        }
        token = *stored.value;
    }
    m_nam = ApiClient::createNetworkAccessManager(nullptr);
    m_client = new ApiClient(m_nam);
    m_client->setProfile(*profile);
    m_client->setToken(token);
    return m_client;
}
