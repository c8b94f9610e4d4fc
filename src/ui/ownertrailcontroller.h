#pragma once

#include "recordlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ApiClient;
class Database;
class Inventory;
class OwnerTrailJob;
class SyncController;

// "Keep an owner trail on the platform": the repository the trail lives in (recorded for every sync),
// setting it up (repository, collector), its status on the platform, the collector's recent runs and the
// last read of the trail. One job at a time; steps and runs as models.
class OwnerTrailController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OwnerTrailController is created by the application")
    Q_PROPERTY(QString repository READ repository WRITE setRepository NOTIFY repositoryChanged)
    Q_PROPERTY(QString defaultRepository READ defaultRepository CONSTANT)
    Q_PROPERTY(QString workerKey READ workerKey CONSTANT)
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QString repositoryState READ repositoryState NOTIFY stateChanged)
    Q_PROPERTY(QString collectorState READ collectorState NOTIFY stateChanged)
    Q_PROPERTY(QString lastRead READ lastRead NOTIFY stateChanged)
    // Roles: id, title, state (pending, running, done, failed, skipped), detail.
    Q_PROPERTY(RecordListModel *steps READ steps CONSTANT)
    // The collector's recent runs, newest first. Roles: start, status, duration, trigger.
    Q_PROPERTY(RecordListModel *runs READ runs CONSTANT)

public:
    OwnerTrailController(ApiClient *client, Database *local, Inventory *inventory, SyncController *sync,
                         QObject *parent = nullptr);
    ~OwnerTrailController() override;

    QString repository() const { return m_repository; }
    void setRepository(const QString &repository);
    QString defaultRepository() const;
    QString workerKey() const;
    bool running() const;
    bool failed() const { return m_failed; }
    QString message() const { return m_message; }
    QString repositoryState() const { return m_repositoryState; }
    QString collectorState() const { return m_collectorState; }
    QString lastRead() const;
    RecordListModel *steps() const { return m_steps; }
    RecordListModel *runs() const { return m_runs; }

    // Empty when `key` may name the trail's repository; else why not.
    Q_INVOKABLE QString repositoryError(const QString &key) const;
    Q_INVOKABLE void setup();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void remove();

Q_SIGNALS:
    void repositoryChanged();
    void stateChanged();

private:
    void start(const std::function<void(OwnerTrailJob &)> &operation);
    void onFinished(bool ok);
    void showSteps();

    QPointer<ApiClient> m_client;
    Database *m_local;
    QPointer<Inventory> m_inventory;
    QPointer<SyncController> m_sync;
    OwnerTrailJob *m_job = nullptr;
    QString m_repository;
    QString m_message;
    QString m_repositoryState;
    QString m_collectorState;
    bool m_failed = false;
    RecordListModel *m_steps;
    RecordListModel *m_runs;
};
