#include "trackersettingscontroller.h"

#include "database.h"
#include "secretstore.h"
#include "settingsstore.h"
#include "trackerclients.h"

TrackerSettingsController::TrackerSettingsController(QObject *parent)
    : QObject(parent)
{ }

void TrackerSettingsController::setService(FindingService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (m_service)
        connect(m_service, &FindingService::trackersChanged, this, &TrackerSettingsController::changed);
    Q_EMIT serviceChanged();
    Q_EMIT changed();
}

TrackerSetup TrackerSettingsController::describe(const QString &tracker) const
{
    if (!m_service)
        return {};
    const auto kind = TrackerConfig::kindFromName(tracker);
    // In use (the demo's, or saved and unlocked), else what is saved.
    std::optional<TrackerConfig> config = m_service->trackers()->config(tracker);
    if (!config) {
        SettingsStore settings(*m_service->local());
        config = TrackerConfig::load(settings, *kind);
    }
    return TrackerSetup::of(*config, m_service->trackers()->isConfigured(tracker));
}

bool TrackerSettingsController::setStatus(const QString &status, bool failed)
{
    m_status = status;
    m_failed = failed;
    Q_EMIT changed();
    return !failed;
}

bool TrackerSettingsController::save(const QString &tracker, const QString &url, const QString &project,
                                     const QString &user, const QString &caFile, const QString &token)
{
    if (!m_service)
        return false;
    const auto kind = TrackerConfig::kindFromName(tracker);
    if (!kind)
        return setStatus(tr("Choose Jira or GitHub."), true);
    TrackerConfig config;
    config.kind = *kind;
    config.url = url.trimmed();
    config.project = project.trimmed();
    config.user = *kind == TrackerConfig::Kind::Jira ? user.trimmed() : QString();
    config.caFile = caFile.trimmed();
    QString error;
    if (!config.profile(&error))
        return setStatus(error, true);

    // The credential in use stays unless a new one is given.
    const bool haveToken = !token.isEmpty();
    auto apply = [this, config](const QString &secret) {
        QString why;
        if (!m_service->trackers()->configure(config, secret, &why))
            return setStatus(why, true);
        setStatus(tr("%1 is set up; waiting tickets go out now.").arg(config.title()), false);
        m_service->retryRefused();
        return true;
    };
    if (!m_service->isDemo()) {
        SettingsStore settings(*m_service->local());
        if (!config.save(settings))
            return setStatus(m_service->local()->lastError().message, true);
    }
    if (!haveToken) {
        m_busy = true;
        QPointer<TrackerSettingsController> self(this);
        m_service->secrets()->read(
            config.secretKey(), [self, apply, config](const SecretStore::ReadResult &result) {
                if (!self)
                    return;
                self->m_busy = false;
                if (!result.value)
                    self->setStatus(tr("Saved. Give the %1 token to send tickets.").arg(config.title()),
                                    true);
                else
                    apply(*result.value);
            });
        return setStatus(tr("Saved."), false);
    }
    if (m_service->isDemo())
        return apply(token);
    m_busy = true;
    QPointer<TrackerSettingsController> self(this);
    m_service->secrets()->write(config.secretKey(), token, [self, apply, token](bool ok, const QString &why) {
        if (!self)
            return;
        self->m_busy = false;
        if (!ok)
            self->setStatus(tr("The keychain refused the token: %1").arg(why), true);
        else
            apply(token);
    });
    return setStatus(tr("Saving…"), false);
}

void TrackerSettingsController::forget(const QString &tracker)
{
    const auto kind = TrackerConfig::kindFromName(tracker);
    if (!m_service || !kind)
        return;
    std::optional<TrackerConfig> config = m_service->trackers()->config(tracker);
    if (!config) {
        SettingsStore settings(*m_service->local());
        config = TrackerConfig::load(settings, *kind);
    }
    m_service->trackers()->clear(*kind);
    if (!m_service->isDemo())
        m_service->secrets()->remove(config->secretKey(), [](bool, const QString &) {});
    setStatus(tr("%1 token forgotten.").arg(config->title()), false);
}
