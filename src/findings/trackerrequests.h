#pragma once

#include "apiclient.h"
#include "apirequest.h"
#include "trackerpostrequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What a tracker answered about one issue or comment.
struct TrackerItem
{
    QString id;
    QString key; // Jira: SEC-12; GitHub: the issue number; comments: their id
    QString url; // where a person opens it
    QString body; // description / body, for finding the idempotency marker
    QStringList labels;
};

// The idempotency marker in what Runtime Desk sends: a line (Jira) or a hidden HTML comment
// (GitHub) carrying the outbox item's key, plus a Jira label. OutboxSender looks for it.
namespace TrackerMarker {
QString line(const QString &idempotencyKey, bool github);
QString label(const QString &idempotencyKey); // runtime-desk-<uuid>
bool carries(const TrackerItem &item, const QString &idempotencyKey);
} // namespace TrackerMarker

// POST /rest/api/2/issue (201 {"id","key","self"}).
class JiraCreateIssueRequest : public TrackerPostRequest
{
    Q_OBJECT
public:
    JiraCreateIssueRequest(ApiClient *client, QByteArray authorization, QJsonObject fields, QObject *parent);
    const TrackerItem &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const QByteArray &body, QString *error) override;

private:
    QJsonObject m_fields;
    TrackerItem m_result;
};

// GET /rest/api/2/search?jql=labels = "runtime-desk-<uuid>": the issues carrying a marker label.
class JiraSearchRequest : public ApiRequest
{
    Q_OBJECT
public:
    JiraSearchRequest(ApiClient *client, QString label, QObject *parent);
    const QList<TrackerItem> &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_label;
    QList<TrackerItem> m_result;
};

// POST /rest/api/2/issue/{key}/comment (201 {"id","self","body"}).
class JiraAddCommentRequest : public TrackerPostRequest
{
    Q_OBJECT
public:
    JiraAddCommentRequest(ApiClient *client, QByteArray authorization, QString issueKey, QString body,
                          QObject *parent);
    const TrackerItem &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const QByteArray &body, QString *error) override;

private:
    QString m_issueKey;
    QString m_body;
    TrackerItem m_result;
};

// GET /rest/api/2/issue/{key}/comment ({"comments": [...]}).
class JiraCommentsRequest : public ApiRequest
{
    Q_OBJECT
public:
    JiraCommentsRequest(ApiClient *client, QString issueKey, QObject *parent);
    const QList<TrackerItem> &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_issueKey;
    QList<TrackerItem> m_result;
};

// POST /repos/{owner}/{repo}/issues (201 {"number","html_url",...}).
class GitHubCreateIssueRequest : public TrackerPostRequest
{
    Q_OBJECT
public:
    GitHubCreateIssueRequest(ApiClient *client, QByteArray authorization, QString owner, QString repo,
                             QJsonObject issue, QObject *parent);
    const TrackerItem &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const QByteArray &body, QString *error) override;

private:
    QString m_owner;
    QString m_repo;
    QJsonObject m_issue;
    TrackerItem m_result;
};

// GET /repos/{owner}/{repo}/issues?state=all&since=...: the repository's issues updated since a
// time, read directly (the search API is eventually consistent and may not show a new issue yet).
class GitHubListIssuesRequest : public ApiRequest
{
    Q_OBJECT
public:
    GitHubListIssuesRequest(ApiClient *client, QString owner, QString repo, QDateTime since, QObject *parent);
    const QList<TrackerItem> &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_owner;
    QString m_repo;
    QDateTime m_since;
    QList<TrackerItem> m_result;
};

// POST /repos/{owner}/{repo}/issues/{number}/comments (201 {"id","html_url","body"}).
class GitHubAddCommentRequest : public TrackerPostRequest
{
    Q_OBJECT
public:
    GitHubAddCommentRequest(ApiClient *client, QByteArray authorization, QString owner, QString repo,
                            QString number, QString body, QObject *parent);
    const TrackerItem &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const QByteArray &body, QString *error) override;

private:
    QString m_owner;
    QString m_repo;
    QString m_number;
    QString m_body;
    TrackerItem m_result;
};

// GET /repos/{owner}/{repo}/issues/{number}/comments?per_page=100.
class GitHubCommentsRequest : public ApiRequest
{
    Q_OBJECT
public:
    GitHubCommentsRequest(ApiClient *client, QString owner, QString repo, QString number, QObject *parent);
    const QList<TrackerItem> &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_owner;
    QString m_repo;
    QString m_number;
    QList<TrackerItem> m_result;
};
