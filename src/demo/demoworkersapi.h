#pragma once

#include "demorequest.h"
#include "demoresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

#include <optional>

// The Workers REST endpoints of the demo platform (docs/jfrog-api.md 4.4 and the checklist of 5):
// v2/actions (the runtime action with the documented sample payload, plus two others), v1/options,
// list, get, create and update (v1 and v2), delete, test (dry run) and execution history, over
// workers kept in memory by key. Secret values are stored but never answered: GET gives keys only,
// and the request log gets bodies with every secret value masked (redact()).
// The demo cannot run TypeScript: a test run of a Runtime Desk worker is decided by the worker's
// own rule through RuleEngine and NotificationPlanner (what the generated code decides, by the
// differential test), and sends nothing; other code is not run. See src/demo/README.md.
// Thread-safe: handlers run in the platform's thread, tests read and seed from theirs.
class DemoWorkersApi
{
public:
    struct Options
    {
        qint64 maxCodeChars = 100000;
        bool encodeSourceCodeInBase64 = false;
    };

    struct Worker
    {
        QString key;
        QString description;
        bool enabled = false;
        bool debug = false;
        QString sourceCode; // decoded
        bool receivedBase64 = false; // the last create/update sent "base64:<b64>"
        QString application;
        QString action;
        QString projectKey;
        QJsonObject filterCriteria;
        QMap<QString, QString> secrets; // name -> value; never answered
        QString versionNumber;
        qint64 modifiedAtMs = 0;
    };

    DemoWorkersApi();

    void setOptions(const Options &options);
    Options options() const;
    // Seeds (or replaces) a worker, as if made elsewhere (the jf CLI, the JFrog UI).
    void put(const Worker &worker);
    std::optional<Worker> worker(const QString &key) const;
    QStringList keys() const;
    int historySize() const;

    DemoResponse actions() const;
    DemoResponse optionsResponse() const;
    DemoResponse list(const DemoRequest &request) const;
    DemoResponse get(const QString &key) const;
    DemoResponse create(const DemoRequest &request, int apiVersion);
    DemoResponse update(const DemoRequest &request, int apiVersion);
    DemoResponse remove(const QString &key);
    DemoResponse test(const QString &key, const DemoRequest &request);
    DemoResponse history(const DemoRequest &request) const;

    // The body with the value of every secrets[] and stagedSecrets[] entry replaced by "•••", for logs.
    static QByteArray redact(const QByteArray &body);

private:
    struct Action
    {
        QString application;
        QString name;
        bool mandatoryFilter = false;
    };
    static const QList<Action> &knownActions();
    static std::optional<Action> findAction(const QString &application, const QString &name);
    static QJsonObject detailsJson(const Worker &worker);
    // Reads a create/update body into `worker` (secrets applied in order); nullopt when it is valid.
    std::optional<DemoResponse> read(const QByteArray &body, int apiVersion, Worker *worker) const;
    static std::optional<DemoResponse> applySecrets(const QJsonValue &secrets, Worker *worker);

    mutable QMutex m_mutex;
    Options m_options;
    QMap<QString, Worker> m_workers;
    QJsonArray m_history; // HistoryEntry objects, oldest first
};
