#pragma once

#include "person.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class AccessUserRequest;
class ApiClient;
class Database;

// Asks the platform's Access API who each name is (docs/jfrog-api.md 3.9), one name after the other,
// and keeps every answer in the people directory (PeopleStore) as it comes: a user → source platform;
// 403 → unresolved, the token is not admin-scoped; 404 → unresolved, not a platform user (a service
// account, a team); any other failure → unresolved with the error. A refusal never stops the run, and
// the store's precedence keeps what is known (the user's own entries, earlier platform answers).
class PeopleResolveJob : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int asked = 0;
        int resolved = 0; // platform users
        int notUsers = 0; // 404
        int refused = 0; // 401 or 403
        int failed = 0; // anything else, or the store refused the answer
        int refusedStatus = 0; // the HTTP status of the last refusal
        QString lastError; // the last failure, as ApiError::message() says it
        bool cancelled = false;
    };

    PeopleResolveJob(ApiClient *client, Database &local, QObject *parent = nullptr);
    ~PeopleResolveJob() override;

    void start(const QStringList &names);
    void cancel();
    bool isRunning() const { return m_running; }
    const Summary &summary() const { return m_summary; }
    // One line: "5 resolved, 3 not platform users, 4 refused (403): …".
    static QString summaryText(const Summary &summary);

    static QString refusedReason(int status);
    static QString notUserReason();

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void next();
    void onAnswer();

    QPointer<ApiClient> m_client;
    Database &m_local;
    QStringList m_names;
    int m_index = 0;
    AccessUserRequest *m_request = nullptr;
    bool m_running = false;
    Summary m_summary;
};
