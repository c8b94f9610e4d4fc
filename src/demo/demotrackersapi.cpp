#include "demotrackersapi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

DemoResponse jiraError(int status, const QString &message, const QJsonObject &fieldErrors = {})
{
    return DemoResponse::json(
        status,
        QJsonDocument(QJsonObject {
            { QStringLiteral("errorMessages"), message.isEmpty() ? QJsonArray() : QJsonArray { message } },
            { QStringLiteral("errors"), fieldErrors } }));
}

DemoResponse githubError(int status, const QString &message)
{
    return DemoResponse::json(
        status,
        QJsonDocument(QJsonObject {
            { QStringLiteral("message"), message },
            { QStringLiteral("documentation_url"), QStringLiteral("https://docs.github.com/rest") },
            { QStringLiteral("status"), QString::number(status) } }));
}

std::optional<QJsonObject> jsonBody(const DemoRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString param(const DemoRequest &request, const char *name)
{
    return request.params.value(QLatin1StringView(name));
}

} // namespace

DemoTrackersApi::DemoTrackersApi(Credentials credentials)
    : m_credentials(std::move(credentials))
{ }

bool DemoTrackersApi::jiraAuthorized(const DemoRequest &request) const
{
    const QByteArray header = request.header("Authorization");
    const QByteArray basic =
        "Basic " + (m_credentials.jiraUser + u':' + m_credentials.jiraToken).toUtf8().toBase64();
    return sameBytes(header, basic) || sameBytes(header, "Bearer " + m_credentials.jiraToken.toUtf8());
}

bool DemoTrackersApi::githubAuthorized(const DemoRequest &request) const
{
    const QByteArray header = request.header("Authorization");
    const QByteArray token = m_credentials.githubToken.toUtf8();
    return sameBytes(header, "Bearer " + token) || sameBytes(header, "token " + token);
}

DemoResponse DemoTrackersApi::handle(const DemoRequest &request, const QString &baseUrl)
{
    QMutexLocker lock(&m_mutex);
    if (request.path.startsWith(u"/jira/"))
        return jira(request, baseUrl + QStringLiteral("/jira"));
    return github(request, baseUrl + QStringLiteral("/github"));
}

DemoTrackersApi::Issue *DemoTrackersApi::find(const QString &tracker, const QString &project,
                                              const QString &key)
{
    for (Issue &issue : m_issues) {
        if (issue.tracker == tracker && issue.key == key && (project.isEmpty() || issue.project == project))
            return &issue;
    }
    return nullptr;
}

QJsonObject DemoTrackersApi::jiraIssueJson(const Issue &issue, const QString &base) const
{
    QJsonArray labels;
    for (const QString &l : issue.labels)
        labels.append(l);
    return { { QStringLiteral("id"), issue.id },
             { QStringLiteral("key"), issue.key },
             { QStringLiteral("self"), QString(base + QStringLiteral("/rest/api/2/issue/") + issue.id) },
             { QStringLiteral("fields"),
               QJsonObject { { QStringLiteral("summary"), issue.title },
                             { QStringLiteral("description"), issue.body },
                             { QStringLiteral("labels"), labels },
                             { QStringLiteral("created"), iso(issue.createdAtMs) } } } };
}

QJsonObject DemoTrackersApi::githubIssueJson(const Issue &issue, const QString &base) const
{
    QJsonArray labels;
    for (const QString &l : issue.labels)
        labels.append(QJsonObject { { QStringLiteral("name"), l } });
    const QString api =
        base + QStringLiteral("/repos/") + issue.project + QStringLiteral("/issues/") + issue.key;
    return { { QStringLiteral("id"), issue.id.toLongLong() },
             { QStringLiteral("number"), issue.number },
             { QStringLiteral("url"), api },
             { QStringLiteral("html_url"),
               QString(base + u'/' + issue.project + QStringLiteral("/issues/") + issue.key) },
             { QStringLiteral("title"), issue.title },
             { QStringLiteral("body"), issue.body },
             { QStringLiteral("state"), QStringLiteral("open") },
             { QStringLiteral("labels"), labels },
             { QStringLiteral("comments"), int(issue.comments.size()) },
             { QStringLiteral("user"),
               QJsonObject { { QStringLiteral("login"), QStringLiteral("demo-analyst") } } },
             { QStringLiteral("created_at"), iso(issue.createdAtMs) },
             { QStringLiteral("updated_at"), iso(issue.createdAtMs) } };
}

DemoResponse DemoTrackersApi::jira(const DemoRequest &r, const QString &base)
{
    if (!jiraAuthorized(r))
        return jiraError(
            401,
            QStringLiteral("You are not authenticated. Authentication required to perform this operation."));
    const QString &p = r.pattern;
    if (p.endsWith(u"/myself"))
        return DemoResponse::json(
            200,
            QJsonDocument(QJsonObject { { QStringLiteral("accountId"), QStringLiteral("demo-account") },
                                        { QStringLiteral("emailAddress"), m_credentials.jiraUser },
                                        { QStringLiteral("displayName"), QStringLiteral("Demo Analyst") } }));
    if (p.endsWith(u"/issue") && r.method == "POST") {
        const auto body = jsonBody(r);
        if (!body)
            return jiraError(400, QStringLiteral("Unexpected character in the request body"));
        const QJsonObject fields = body->value(QLatin1StringView("fields")).toObject();
        const QString project =
            fields.value(QLatin1StringView("project")).toObject().value(QLatin1StringView("key")).toString();
        const QString summary = fields.value(QLatin1StringView("summary")).toString();
        if (!QRegularExpression(QStringLiteral("^[A-Z][A-Z0-9_]*$")).match(project).hasMatch())
            return jiraError(400, {},
                             { { QStringLiteral("project"), QStringLiteral("project is required") } });
        if (summary.trimmed().isEmpty() || summary.size() > 255 || summary.contains(u'\n'))
            return jiraError(400, {},
                             { { QStringLiteral("summary"),
                                 QStringLiteral("You must specify a summary of the issue.") } });
        if (fields.value(QLatin1StringView("issuetype"))
                .toObject()
                .value(QLatin1StringView("name"))
                .toString()
                .isEmpty())
            return jiraError(400, {},
                             { { QStringLiteral("issuetype"), QStringLiteral("issue type is required") } });
        Issue issue;
        issue.tracker = QStringLiteral("jira");
        issue.project = project;
        issue.number =
            int(std::count_if(m_issues.cbegin(), m_issues.cend(),
                              [&](const Issue &i) { return i.tracker == u"jira" && i.project == project; }))
            + 1;
        issue.key = project + u'-' + QString::number(issue.number);
        issue.id = QString::number(m_nextJiraId++);
        issue.title = summary;
        issue.body = fields.value(QLatin1StringView("description")).toString();
        for (const QJsonValue &l : fields.value(QLatin1StringView("labels")).toArray()) {
            if (l.toString().contains(u' '))
                return jiraError(400, {},
                                 { { QStringLiteral("labels"),
                                     QStringLiteral("The label '%1' contains spaces").arg(l.toString()) } });
            issue.labels.append(l.toString());
        }
        issue.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        m_issues.append(issue);
        return DemoResponse::json(201,
                                  QJsonDocument(QJsonObject {
                                      { QStringLiteral("id"), issue.id },
                                      { QStringLiteral("key"), issue.key },
                                      { QStringLiteral("self"),
                                        QString(base + QStringLiteral("/rest/api/2/issue/") + issue.id) } }));
    }
    if (p.endsWith(u"/search")) {
        const QString jql = r.query.queryItemValue(QStringLiteral("jql"), QUrl::FullyDecoded);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^\\s*labels\\s*=\\s*\"?([^\"\\s]+)\"?\\s*$")).match(jql);
        if (!m.hasMatch())
            return jiraError(
                400,
                QStringLiteral("Error in the JQL Query: the demo tracker understands labels = \"x\" only."));
        QJsonArray issues;
        for (const Issue &issue : m_issues) {
            if (issue.tracker == u"jira" && issue.labels.contains(m.captured(1)))
                issues.append(jiraIssueJson(issue, base));
        }
        return DemoResponse::json(200,
                                  QJsonDocument(QJsonObject { { QStringLiteral("startAt"), 0 },
                                                              { QStringLiteral("maxResults"), 50 },
                                                              { QStringLiteral("total"), issues.size() },
                                                              { QStringLiteral("issues"), issues } }));
    }
    Issue *issue = find(QStringLiteral("jira"), {}, param(r, "key"));
    if (!issue)
        return jiraError(404,
                         QStringLiteral("Issue does not exist or you do not have permission to see it."));
    if (p.endsWith(u"/comment") && r.method == "POST") {
        const auto body = jsonBody(r);
        if (!body || body->value(QLatin1StringView("body")).toString().trimmed().isEmpty())
            return jiraError(
                400, {}, { { QStringLiteral("comment"), QStringLiteral("Comment body can not be empty!") } });
        const Comment comment { QString::number(m_nextCommentId++),
                                body->value(QLatin1StringView("body")).toString(),
                                QDateTime::currentMSecsSinceEpoch() };
        issue->comments.append(comment);
        return DemoResponse::json(
            201,
            QJsonDocument(QJsonObject { { QStringLiteral("id"), comment.id },
                                        { QStringLiteral("self"),
                                          QString(base + QStringLiteral("/rest/api/2/issue/") + issue->id
                                                  + QStringLiteral("/comment/") + comment.id) },
                                        { QStringLiteral("body"), comment.body },
                                        { QStringLiteral("created"), iso(comment.createdAtMs) } }));
    }
    if (p.endsWith(u"/comment")) {
        QJsonArray comments;
        for (const Comment &c : issue->comments)
            comments.append(QJsonObject { { QStringLiteral("id"), c.id },
                                          { QStringLiteral("body"), c.body },
                                          { QStringLiteral("created"), iso(c.createdAtMs) } });
        return DemoResponse::json(200,
                                  QJsonDocument(QJsonObject { { QStringLiteral("startAt"), 0 },
                                                              { QStringLiteral("maxResults"), 1048576 },
                                                              { QStringLiteral("total"), comments.size() },
                                                              { QStringLiteral("comments"), comments } }));
    }
    return DemoResponse::json(200, QJsonDocument(jiraIssueJson(*issue, base)));
}

DemoResponse DemoTrackersApi::github(const DemoRequest &r, const QString &base)
{
    if (!githubAuthorized(r))
        return githubError(401, QStringLiteral("Bad credentials"));
    const QString &p = r.pattern;
    if (p.endsWith(u"/user"))
        return DemoResponse::json(
            200,
            QJsonDocument(QJsonObject { { QStringLiteral("login"), QStringLiteral("demo-analyst") },
                                        { QStringLiteral("id"), 4242 } }));
    const QString project = param(r, "owner") + u'/' + param(r, "repo");
    if (p.endsWith(u"/issues") && r.method == "POST") {
        const auto body = jsonBody(r);
        if (!body)
            return githubError(400, QStringLiteral("Problems parsing JSON"));
        const QString title = body->value(QLatin1StringView("title")).toString();
        if (title.trimmed().isEmpty())
            return githubError(422, QStringLiteral("Validation Failed"));
        Issue issue;
        issue.tracker = QStringLiteral("github");
        issue.project = project;
        issue.number =
            int(std::count_if(m_issues.cbegin(), m_issues.cend(),
                              [&](const Issue &i) { return i.tracker == u"github" && i.project == project; }))
            + 1;
        issue.key = QString::number(issue.number);
        issue.id = QString::number(700000 + m_issues.size());
        issue.title = title;
        issue.body = body->value(QLatin1StringView("body")).toString();
        for (const QJsonValue &l : body->value(QLatin1StringView("labels")).toArray())
            issue.labels.append(l.toString());
        issue.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        m_issues.append(issue);
        return DemoResponse::json(201, QJsonDocument(githubIssueJson(issue, base)));
    }
    if (p.endsWith(u"/issues")) {
        const QDateTime since = QDateTime::fromString(
            r.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded), Qt::ISODate);
        const int perPage = std::clamp(r.query.queryItemValue(QStringLiteral("per_page")).toInt(), 1, 100);
        QJsonArray issues;
        for (auto it = m_issues.crbegin(); it != m_issues.crend() && issues.size() < perPage; ++it) {
            if (it->tracker == u"github" && it->project == project
                && (!since.isValid() || it->createdAtMs >= since.toMSecsSinceEpoch()))
                issues.append(githubIssueJson(*it, base));
        }
        return DemoResponse::json(200, QJsonDocument(issues));
    }
    Issue *issue = find(QStringLiteral("github"), project, param(r, "number"));
    if (!issue)
        return githubError(404, QStringLiteral("Not Found"));
    const QString commentBase =
        base + u'/' + project + QStringLiteral("/issues/") + issue->key + QStringLiteral("#issuecomment-");
    if (r.method == "POST") {
        const auto body = jsonBody(r);
        if (!body || body->value(QLatin1StringView("body")).toString().trimmed().isEmpty())
            return githubError(422, QStringLiteral("Validation Failed"));
        const Comment comment { QString::number(m_nextCommentId++),
                                body->value(QLatin1StringView("body")).toString(),
                                QDateTime::currentMSecsSinceEpoch() };
        issue->comments.append(comment);
        return DemoResponse::json(
            201,
            QJsonDocument(QJsonObject { { QStringLiteral("id"), comment.id.toLongLong() },
                                        { QStringLiteral("html_url"), QString(commentBase + comment.id) },
                                        { QStringLiteral("body"), comment.body },
                                        { QStringLiteral("created_at"), iso(comment.createdAtMs) } }));
    }
    QJsonArray comments;
    for (const Comment &c : issue->comments)
        comments.append(QJsonObject { { QStringLiteral("id"), c.id.toLongLong() },
                                      { QStringLiteral("html_url"), QString(commentBase + c.id) },
                                      { QStringLiteral("body"), c.body },
                                      { QStringLiteral("created_at"), iso(c.createdAtMs) } });
    return DemoResponse::json(200, QJsonDocument(comments));
}

QList<DemoTrackersApi::Issue> DemoTrackersApi::issues(const QString &tracker) const
{
    QMutexLocker lock(&m_mutex);
    QList<Issue> list;
    for (const Issue &issue : m_issues) {
        if (tracker.isEmpty() || issue.tracker == tracker)
            list.append(issue);
    }
    return list;
}

QJsonObject DemoTrackersApi::toJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray issues;
    for (const Issue &issue : m_issues) {
        QJsonArray comments;
        for (const Comment &c : issue.comments)
            comments.append(
                QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("body"), c.body } });
        issues.append(QJsonObject { { QStringLiteral("tracker"), issue.tracker },
                                    { QStringLiteral("project"), issue.project },
                                    { QStringLiteral("key"), issue.key },
                                    { QStringLiteral("title"), issue.title },
                                    { QStringLiteral("body"), issue.body },
                                    { QStringLiteral("labels"), QJsonArray::fromStringList(issue.labels) },
                                    { QStringLiteral("comments"), comments } });
    }
    return { { QStringLiteral("issues"), issues }, { QStringLiteral("total"), issues.size() } };
}

void DemoTrackersApi::clear()
{
    QMutexLocker lock(&m_mutex);
    m_issues.clear();
}
