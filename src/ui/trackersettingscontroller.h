#pragma once

#include "findingservice.h"
#include "trackersetup.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// The tracker section of the connection page (TrackerSettings.qml): Jira and GitHub URLs,
// project, account, CA file, and the credential, which goes to the keychain only.
class TrackerSettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(FindingService *service READ service WRITE setService NOTIFY serviceChanged)
    Q_PROPERTY(TrackerSetup jira READ jira NOTIFY changed)
    Q_PROPERTY(TrackerSetup github READ github NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    explicit TrackerSettingsController(QObject *parent = nullptr);

    FindingService *service() const { return m_service; }
    void setService(FindingService *service);
    TrackerSetup jira() const { return describe(QStringLiteral("jira")); }
    TrackerSetup github() const { return describe(QStringLiteral("github")); }
    QString status() const { return m_status; }
    bool failed() const { return m_failed; }
    bool busy() const { return m_busy; }

    // Saves the settings and, when `token` is not empty, the credential (keychain); then the
    // tracker is used at once and refused outbox items get another chance.
    Q_INVOKABLE bool save(const QString &tracker, const QString &url, const QString &project,
                          const QString &user, const QString &caFile, const QString &token);
    Q_INVOKABLE void forget(const QString &tracker);

Q_SIGNALS:
    void serviceChanged();
    void changed();

private:
    TrackerSetup describe(const QString &tracker) const;
    bool setStatus(const QString &status, bool failed);

    QPointer<FindingService> m_service;
    QString m_status;
    bool m_failed = false;
    bool m_busy = false;
};
