#pragma once

#include "demorequest.h"
#include "demoresponse.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

// Jira- and GitHub-compatible issue endpoints of the demo platform, under /jira and /github, so
// "File ticket" runs end to end with --demo. They check credentials the way the real services do
// (Jira: Basic user:api-token or Bearer; GitHub: Bearer or "token"), answer with realistic
// bodies, and record every issue and comment they receive (GET /__demo/trackers). Thread-safe.
//
//   POST /jira/rest/api/2/issue                      201 {"id","key","self"}
//   GET  /jira/rest/api/2/search?jql=labels = "L"    {"issues": [...]}
//   GET  /jira/rest/api/2/issue/{key}                the issue
//   POST /jira/rest/api/2/issue/{key}/comment        201 {"id","self","body"}
//   GET  /jira/rest/api/2/issue/{key}/comment        {"comments": [...]}
//   GET  /jira/rest/api/2/myself                     who the credential is
//   POST /github/repos/{owner}/{repo}/issues         201 {"id","number","html_url",...}
//   GET  /github/repos/{owner}/{repo}/issues         ?state=all&since=ISO&per_page=N
//   POST /github/repos/{owner}/{repo}/issues/{number}/comments   201 {"id","html_url","body"}
//   GET  /github/repos/{owner}/{repo}/issues/{number}/comments
//   GET  /github/user                                who the token is
class DemoTrackersApi
{
public:
    struct Credentials
    {
        QString jiraUser = QStringLiteral("analyst@demo.example");
        QString jiraToken;
        QString githubToken;
    };
    struct Comment
    {
        QString id;
        QString body;
        qint64 createdAtMs = 0;
    };
    struct Issue
    {
        QString tracker; // jira | github
        QString project; // Jira project key, or owner/repo
        QString key; // SEC-1, or the number
        QString id;
        int number = 0;
        QString title;
        QString body;
        QStringList labels;
        qint64 createdAtMs = 0;
        QList<Comment> comments;
    };

    explicit DemoTrackersApi(Credentials credentials);
    const Credentials &credentials() const { return m_credentials; }

    // `baseUrl` is the platform's https://127.0.0.1:PORT, for self and html_url links.
    DemoResponse handle(const DemoRequest &request, const QString &baseUrl);
    QList<Issue> issues(const QString &tracker = {}) const;
    QJsonObject toJson() const;
    void clear();

private:
    DemoResponse jira(const DemoRequest &request, const QString &base);
    DemoResponse github(const DemoRequest &request, const QString &base);
    bool jiraAuthorized(const DemoRequest &request) const;
    bool githubAuthorized(const DemoRequest &request) const;
    QJsonObject jiraIssueJson(const Issue &issue, const QString &base) const;
    QJsonObject githubIssueJson(const Issue &issue, const QString &base) const;
    Issue *find(const QString &tracker, const QString &project, const QString &key);

    Credentials m_credentials;
    mutable QMutex m_mutex;
    QList<Issue> m_issues;
    int m_nextJiraId = 10000;
    int m_nextCommentId = 50000;
};
