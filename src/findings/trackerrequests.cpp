#include "trackerrequests.h"

#include "apiclient.h"
#include "inputlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

// Path segments from settings or from a tracker's answer: percent-encoded, never a dot segment.
QString segment(const QString &text)
{
    if (text.isEmpty() || text == u"." || text == u"..")
        return QStringLiteral("invalid-id");
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString text(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString().left(Limits::maxTextField * 16); // bodies may be long; the marker is at the end
}

// A tracker's JSON, object or array, within our nesting limit.
std::optional<QJsonDocument> parse(const QByteArray &body, QString *error)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > Limits::maxJsonDepth) {
                *error = QStringLiteral("the JSON nests deeper than %1 levels").arg(Limits::maxJsonDepth);
                return std::nullopt;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("malformed JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    return document;
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    auto document = parse(body, error);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        *error = QStringLiteral("the response is not a JSON object");
        return std::nullopt;
    }
    return document->object();
}

std::optional<QJsonArray> parseArray(const QByteArray &body, const char *key, QString *error)
{
    auto document = parse(body, error);
    if (!document)
        return std::nullopt;
    const QJsonValue value =
        key ? document->object().value(QLatin1StringView(key)) : QJsonValue(document->array());
    if ((key && !document->isObject()) || (!key && !document->isArray()) || !value.isArray()) {
        *error = key ? QStringLiteral("the response has no \"%1\" array").arg(QLatin1StringView(key))
                     : QStringLiteral("the response is not a JSON array");
        return std::nullopt;
    }
    if (value.toArray().size() > 1000) {
        *error = QStringLiteral("the response lists more than 1000 items");
        return std::nullopt;
    }
    return value.toArray();
}

QString browseUrl(const ApiClient *client, const QString &key)
{
    QUrl url = client->profile().baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/browse/") + key);
    return url.toString();
}

TrackerItem jiraIssue(const ApiClient *client, const QJsonObject &o)
{
    TrackerItem item;
    item.id = text(o.value(QLatin1StringView("id")));
    item.key = text(o.value(QLatin1StringView("key")));
    item.url = item.key.isEmpty() ? QString() : browseUrl(client, item.key);
    const QJsonObject fields = o.value(QLatin1StringView("fields")).toObject();
    item.body = text(fields.value(QLatin1StringView("description")));
    for (const QJsonValue &label : fields.value(QLatin1StringView("labels")).toArray())
        item.labels.append(label.toString());
    return item;
}

TrackerItem gitHubItem(const QJsonObject &o, const char *keyField)
{
    TrackerItem item;
    item.id = text(o.value(QLatin1StringView("id")));
    item.key = text(o.value(QLatin1StringView(keyField)));
    item.url = text(o.value(QLatin1StringView("html_url")));
    item.body = text(o.value(QLatin1StringView("body")));
    for (const QJsonValue &label : o.value(QLatin1StringView("labels")).toArray())
        item.labels.append(label.isObject() ? label.toObject().value(QLatin1StringView("name")).toString()
                                            : label.toString());
    return item;
}

ApiCall gitHub(ApiCall call)
{
    call.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/vnd.github+json") });
    call.headers.append({ QByteArrayLiteral("X-GitHub-Api-Version"), QByteArrayLiteral("2022-11-28") });
    return call;
}

ApiCall create(const QString &path, const QJsonObject &body)
{
    ApiCall call = ApiCall::postJson(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    call.expectedStatuses = { 200, 201 };
    call.idempotent = false; // never repeated blindly: the outbox looks for it first
    return call;
}

bool missing(const TrackerItem &item, QString *error)
{
    if (!item.key.isEmpty())
        return false;
    *error = QStringLiteral("the tracker's answer names no issue or comment");
    return true;
}

} // namespace

namespace TrackerMarker {
QString line(const QString &key, bool github)
{
    return github ? QStringLiteral("<!-- runtime-desk-id: %1 -->").arg(key)
                  : QStringLiteral("runtime-desk-id: %1").arg(key);
}

QString label(const QString &key)
{
    return QStringLiteral("runtime-desk-") + key;
}

bool carries(const TrackerItem &item, const QString &key)
{
    return item.labels.contains(label(key)) || item.body.contains(QStringLiteral("runtime-desk-id: ") + key);
}
} // namespace TrackerMarker

JiraCreateIssueRequest::JiraCreateIssueRequest(ApiClient *client, QByteArray authorization,
                                               QJsonObject fields, QObject *parent)
    : TrackerPostRequest(client, std::move(authorization), parent)
    , m_fields(std::move(fields))
{ }

ApiCall JiraCreateIssueRequest::call() const
{
    return create(QStringLiteral("/rest/api/2/issue"),
                  QJsonObject { { QStringLiteral("fields"), m_fields } });
}

bool JiraCreateIssueRequest::parse(const QByteArray &body, QString *error)
{
    const auto o = parseObject(body, error);
    if (!o)
        return false;
    m_result = jiraIssue(client(), *o);
    return !missing(m_result, error);
}

JiraSearchRequest::JiraSearchRequest(ApiClient *client, QString label, QObject *parent)
    : ApiRequest(client, parent)
    , m_label(std::move(label))
{ }

ApiCall JiraSearchRequest::call() const
{
    ApiCall call = ApiCall::get(QStringLiteral("/rest/api/2/search"));
    call.query.addQueryItem(
        QStringLiteral("jql"),
        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("labels = \"%1\"").arg(m_label))));
    call.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("summary,labels,description"));
    call.query.addQueryItem(QStringLiteral("maxResults"), QStringLiteral("10"));
    return call;
}

bool JiraSearchRequest::parse(const ApiReply &reply, QString *error)
{
    const auto issues = parseArray(reply.body(), "issues", error);
    if (!issues)
        return false;
    m_result.clear();
    for (const QJsonValue &v : *issues)
        m_result.append(jiraIssue(client(), v.toObject()));
    return true;
}

JiraAddCommentRequest::JiraAddCommentRequest(ApiClient *client, QByteArray authorization, QString issueKey,
                                             QString body, QObject *parent)
    : TrackerPostRequest(client, std::move(authorization), parent)
    , m_issueKey(std::move(issueKey))
    , m_body(std::move(body))
{ }

ApiCall JiraAddCommentRequest::call() const
{
    return create(QStringLiteral("/rest/api/2/issue/%1/comment").arg(segment(m_issueKey)),
                  QJsonObject { { QStringLiteral("body"), m_body } });
}

bool JiraAddCommentRequest::parse(const QByteArray &body, QString *error)
{
    const auto o = parseObject(body, error);
    if (!o)
        return false;
    m_result.id = text(o->value(QLatin1StringView("id")));
    m_result.key = m_result.id;
    m_result.url = browseUrl(client(), m_issueKey) + QStringLiteral("?focusedCommentId=") + m_result.id;
    return !missing(m_result, error);
}

JiraCommentsRequest::JiraCommentsRequest(ApiClient *client, QString issueKey, QObject *parent)
    : ApiRequest(client, parent)
    , m_issueKey(std::move(issueKey))
{ }

ApiCall JiraCommentsRequest::call() const
{
    ApiCall call = ApiCall::get(QStringLiteral("/rest/api/2/issue/%1/comment").arg(segment(m_issueKey)));
    call.query.addQueryItem(QStringLiteral("maxResults"), QStringLiteral("1000"));
    return call;
}

bool JiraCommentsRequest::parse(const ApiReply &reply, QString *error)
{
    const auto comments = parseArray(reply.body(), "comments", error);
    if (!comments)
        return false;
    m_result.clear();
    for (const QJsonValue &v : *comments) {
        TrackerItem item;
        item.id = text(v.toObject().value(QLatin1StringView("id")));
        item.key = item.id;
        item.url = browseUrl(client(), m_issueKey) + QStringLiteral("?focusedCommentId=") + item.id;
        item.body = text(v.toObject().value(QLatin1StringView("body")));
        m_result.append(item);
    }
    return true;
}

GitHubCreateIssueRequest::GitHubCreateIssueRequest(ApiClient *client, QByteArray authorization, QString owner,
                                                   QString repo, QJsonObject issue, QObject *parent)
    : TrackerPostRequest(client, std::move(authorization), parent)
    , m_owner(std::move(owner))
    , m_repo(std::move(repo))
    , m_issue(std::move(issue))
{ }

ApiCall GitHubCreateIssueRequest::call() const
{
    return gitHub(
        create(QStringLiteral("/repos/%1/%2/issues").arg(segment(m_owner), segment(m_repo)), m_issue));
}

bool GitHubCreateIssueRequest::parse(const QByteArray &body, QString *error)
{
    const auto o = parseObject(body, error);
    if (!o)
        return false;
    m_result = gitHubItem(*o, "number");
    return !missing(m_result, error);
}

GitHubListIssuesRequest::GitHubListIssuesRequest(ApiClient *client, QString owner, QString repo,
                                                 QDateTime since, QObject *parent)
    : ApiRequest(client, parent)
    , m_owner(std::move(owner))
    , m_repo(std::move(repo))
    , m_since(std::move(since))
{ }

ApiCall GitHubListIssuesRequest::call() const
{
    ApiCall call =
        gitHub(ApiCall::get(QStringLiteral("/repos/%1/%2/issues").arg(segment(m_owner), segment(m_repo))));
    call.query.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
    call.query.addQueryItem(QStringLiteral("since"), m_since.toUTC().toString(Qt::ISODate));
    call.query.addQueryItem(QStringLiteral("sort"), QStringLiteral("created"));
    call.query.addQueryItem(QStringLiteral("direction"), QStringLiteral("desc"));
    call.query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    return call;
}

bool GitHubListIssuesRequest::parse(const ApiReply &reply, QString *error)
{
    const auto issues = parseArray(reply.body(), nullptr, error);
    if (!issues)
        return false;
    m_result.clear();
    for (const QJsonValue &v : *issues)
        m_result.append(gitHubItem(v.toObject(), "number"));
    return true;
}

GitHubAddCommentRequest::GitHubAddCommentRequest(ApiClient *client, QByteArray authorization, QString owner,
                                                 QString repo, QString number, QString body, QObject *parent)
    : TrackerPostRequest(client, std::move(authorization), parent)
    , m_owner(std::move(owner))
    , m_repo(std::move(repo))
    , m_number(std::move(number))
    , m_body(std::move(body))
{ }

ApiCall GitHubAddCommentRequest::call() const
{
    return gitHub(create(QStringLiteral("/repos/%1/%2/issues/%3/comments")
                             .arg(segment(m_owner), segment(m_repo), segment(m_number)),
                         QJsonObject { { QStringLiteral("body"), m_body } }));
}

bool GitHubAddCommentRequest::parse(const QByteArray &body, QString *error)
{
    const auto o = parseObject(body, error);
    if (!o)
        return false;
    m_result = gitHubItem(*o, "id");
    return !missing(m_result, error);
}

GitHubCommentsRequest::GitHubCommentsRequest(ApiClient *client, QString owner, QString repo, QString number,
                                             QObject *parent)
    : ApiRequest(client, parent)
    , m_owner(std::move(owner))
    , m_repo(std::move(repo))
    , m_number(std::move(number))
{ }

ApiCall GitHubCommentsRequest::call() const
{
    ApiCall call = gitHub(ApiCall::get(QStringLiteral("/repos/%1/%2/issues/%3/comments")
                                           .arg(segment(m_owner), segment(m_repo), segment(m_number))));
    call.query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    return call;
}

bool GitHubCommentsRequest::parse(const ApiReply &reply, QString *error)
{
    const auto comments = parseArray(reply.body(), nullptr, error);
    if (!comments)
        return false;
    m_result.clear();
    for (const QJsonValue &v : *comments)
        m_result.append(gitHubItem(v.toObject(), "id"));
    return true;
}
