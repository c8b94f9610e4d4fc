#pragma once

#include "inventory.h"
#include "secretstore.h"
#include "trackerconfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class Database;
class OutboxSender;
class QNetworkAccessManager;
class SyncController;
class TrackerClients;

// What every finding panel shares: the local database, the inventory, the trackers
// (one ApiClient each, credentials from the keychain) and the outbox sender. The outbox goes out
// at start, after every successful sync, and every minute while something waits.
class FindingService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FindingService is created by the application")
    Q_PROPERTY(int waiting READ waiting NOTIFY outboxChanged)
    Q_PROPERTY(int refused READ refused NOTIFY outboxChanged)
    Q_PROPERTY(bool sending READ sending NOTIFY outboxChanged)
    Q_PROPERTY(QString outboxError READ outboxError NOTIFY outboxChanged)
    Q_PROPERTY(bool jiraReady READ jiraReady NOTIFY trackersChanged)
    Q_PROPERTY(bool githubReady READ githubReady NOTIFY trackersChanged)
    Q_PROPERTY(bool secureStorage READ secureStorage NOTIFY trackersChanged)

public:
    FindingService(Database *local, Inventory *inventory, SecretStore *secrets, QNetworkAccessManager *nam,
                   QObject *parent = nullptr);
    ~FindingService() override;

    Database *local() const { return m_local; }
    Inventory *inventory() const { return m_inventory; }
    SecretStore *secrets() const { return m_secrets; }
    TrackerClients *trackers() const { return m_trackers; }

    int waiting() const { return m_waiting; }
    int refused() const { return m_refused; }
    bool sending() const;
    QString outboxError() const { return m_outboxError; }
    bool jiraReady() const;
    bool githubReady() const;
    bool secureStorage() const;
    bool isDemo() const { return m_demo; }

    // Saved tracker settings and their keychain credentials; then one outbox pass.
    void restore();
    // --demo: the demo platform's trackers, credentials in memory only, nothing saved.
    void useDemo(const QList<TrackerConfig> &configs, const QStringList &secrets);
    // Every successful sync is a reconnect: the outbox goes out.
    void attach(SyncController *sync);

    Q_INVOKABLE void sendNow();
    Q_INVOKABLE void retryRefused();
    // A finding changed (a panel's action or a sent ticket): panels showing it reload.
    void notifyChanged(const QString &subject);

Q_SIGNALS:
    void outboxChanged();
    void trackersChanged();
    void findingChanged(const QString &subject);

private:
    void refreshCounts();

    Database *m_local;
    QPointer<Inventory> m_inventory;
    QPointer<SecretStore> m_secrets;
    TrackerClients *m_trackers;
    OutboxSender *m_sender;
    QTimer m_retry;
    int m_waiting = 0;
    int m_refused = 0;
    QString m_outboxError;
    bool m_demo = false;
};
