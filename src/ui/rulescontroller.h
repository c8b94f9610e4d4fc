#pragma once

#include "deployoperation.h"
#include "platformworkermodel.h"
#include "rulelistmodel.h"
#include "rulestore.h"
#include "ruletemplatemodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class ApiClient;
class Database;
class SecretStore;
class WorkerDeployJob;

// The rules page: the local rules and their status, the workers on the platform, and the deploy,
// enable, disable and remove operations (one at a time, each step's result in `operation`).
// Built by the application over the profile's local database, its ApiClient and SecretStore;
// RuleEditorController edits one rule through it.
class RulesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RulesController is created by the application")
    Q_PROPERTY(RuleListModel *rules READ rules CONSTANT)
    Q_PROPERTY(PlatformWorkerModel *workers READ workers CONSTANT)
    Q_PROPERTY(RuleTemplateModel *templates READ templates CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY operationChanged)
    Q_PROPERTY(DeployOperation *operation READ operation CONSTANT)
    Q_PROPERTY(bool workersLoading READ workersLoading NOTIFY workersChanged)
    Q_PROPERTY(QString workersMessage READ workersMessage NOTIFY workersChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool secureStorage READ secureStorage CONSTANT)
    // The profile's team address: the templates' e-mail goes to it and to the build owner.
    Q_PROPERTY(QString teamAddress READ teamAddress WRITE setTeamAddress NOTIFY teamAddressChanged)

public:
    RulesController(ApiClient *client, SecretStore *secrets, Database *local, QObject *parent = nullptr);
    ~RulesController() override;

    RuleListModel *rules() { return &m_rules; }
    PlatformWorkerModel *workers() { return &m_workers; }
    RuleTemplateModel *templates() { return &m_templates; }
    bool busy() const;
    DeployOperation *operation() { return &m_operation; }
    bool workersLoading() const { return m_workersLoading; }
    QString workersMessage() const { return m_workersMessage; }
    QString message() const { return m_message; }
    QString teamAddress() const;
    void setTeamAddress(const QString &address);
    bool secureStorage() const;

    RuleStore &store() { return *m_store; }
    SecretStore *secretStore() const;
    ApiClient *client() const;

    // A new rule from one of the guide's templates, saved as a draft; its id, or "" (see message).
    Q_INVOKABLE QString createFromTemplate(const QString &templateName);
    // A new empty rule (fires on every event, no channel yet), saved as a draft.
    Q_INVOKABLE QString createBlank();
    // Deletes a rule that is not on the platform, and its secrets.
    Q_INVOKABLE bool deleteRule(const QString &ruleId);
    Q_INVOKABLE void reload();
    // The stored rule document (canonical JSON, as `rules export` prints it); "" when there is none.
    Q_INVOKABLE QString ruleJson(const QString &ruleId);

    Q_INVOKABLE void deploy(const QString &ruleId, bool enable);
    Q_INVOKABLE void setEnabled(const QString &ruleId, bool enabled);
    Q_INVOKABLE void removeWorker(const QString &ruleId);
    Q_INVOKABLE void refreshWorkers();
    // Makes a local rule from a Runtime Desk worker on the platform (replacing the rule of that id).
    Q_INVOKABLE QString importWorker(const QString &key);

Q_SIGNALS:
    void operationChanged();
    void workersChanged();
    void messageChanged();
    void teamAddressChanged();
    void rulesChanged();
    void operationFinished(bool ok);

private:
    void setMessage(const QString &message);
    bool startOperation(const QString &ruleId, const QString &title);

    QPointer<ApiClient> m_client;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<RuleStore> m_store;
    Database *m_local = nullptr;
    RuleListModel m_rules;
    PlatformWorkerModel m_workers;
    RuleTemplateModel m_templates;
    WorkerDeployJob *m_job = nullptr;
    DeployOperation m_operation;
    bool m_workersLoading = false;
    QString m_workersMessage;
    QString m_message;
};
