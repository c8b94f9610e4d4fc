#pragma once

#include "syncjob.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ApiClient;
class Inventory;

// The sync button, its progress bar and the "as of" banner.
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SyncController is created by the application")
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    Q_PROPERTY(QString phase READ phase NOTIFY progressChanged)
    Q_PROPERTY(int pages READ pages NOTIFY progressChanged)
    Q_PROPERTY(int tags READ tags NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(double fraction READ fraction NOTIFY progressChanged)
    Q_PROPERTY(int tagsPerSecond READ tagsPerSecond NOTIFY progressChanged)
    Q_PROPERTY(int ownerRecords READ ownerRecords NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY stateChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY stateChanged)
    Q_PROPERTY(bool held READ held NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastAttempt READ lastAttempt NOTIFY stateChanged)
    // The Live Assessment time period the next sync asks for ("" = the platform's default).
    Q_PROPERTY(QString timePeriod READ timePeriod WRITE setTimePeriod NOTIFY timePeriodChanged)

public:
    SyncController(ApiClient *client, QString cachePath, Inventory *inventory, QObject *parent = nullptr);

    bool running() const { return m_job && m_job->isRunning(); }
    QString phase() const { return m_progress.phase; }
    int pages() const { return m_progress.pages; }
    int tags() const { return int(m_progress.tags); }
    int total() const { return int(m_progress.serverTotal.value_or(0)); }
    double fraction() const { return m_progress.fraction(); }
    int tagsPerSecond() const { return int(m_progress.tagsPerSecond()); }
    int ownerRecords() const { return int(m_progress.ownerRecords); }
    // The generic repository the owner trail is read from ("" = not read).
    void setOwnerTrailRepository(const QString &repository) { m_ownerTrailRepository = repository; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    bool offline() const { return m_offline; }
    bool held() const;
    QDateTime lastAttempt() const { return m_lastAttempt; }
    const SyncResult &lastResult() const { return m_lastResult; }
    QString timePeriod() const { return m_timePeriod; }
    void setTimePeriod(const QString &period);
    // What SyncOptions::timePeriod accepts (docs/jfrog-api.md 3.2); "" is the platform's default.
    static const QStringList &timePeriods();

    Q_INVOKABLE void start();
    Q_INVOKABLE void cancel();
    // A held generation (far fewer tags than before): make it current, or drop it.
    Q_INVOKABLE void acceptHeld();
    Q_INVOKABLE void discardHeld();

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void finished(bool ok);
    void timePeriodChanged();

private:
    void onFinished(const SyncResult &result);

    QPointer<ApiClient> m_client;
    QString m_cachePath;
    QPointer<Inventory> m_inventory;
    SyncJob *m_job = nullptr;
    SyncProgress m_progress;
    SyncResult m_lastResult;
    QString m_message;
    QDateTime m_lastAttempt;
    QString m_timePeriod;
    QString m_ownerTrailRepository = SyncOptions().ownerTrailRepository;
    bool m_failed = false;
    bool m_offline = false;
};
