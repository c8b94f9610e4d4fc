#include "artifactoryrequests.h"

#include "apiclient.h"
#include "inputlimits.h"
#include "runtimejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int maxAqlPage = 5000;
}

RepositoryRequest::RepositoryRequest(ApiClient *client, QString key, QObject *parent)
    : ApiRequest(client, parent)
    , m_key(std::move(key))
{ }

ApiCall RepositoryRequest::call() const
{
    ApiCall call = ApiCall::get(QStringLiteral("/artifactory/api/repositories/") + ApiCall::segment(m_key));
    call.expectedStatuses = { 200, 400, 404 };
    return call;
}

bool RepositoryRequest::parse(const ApiReply &reply, QString *error)
{
    m_exists = reply.status() == 200;
    if (!m_exists)
        return true;
    const auto object = RuntimeJson::parseObject(reply.body(), error);
    if (!object)
        return false;
    m_packageType = object->value(QLatin1StringView("packageType")).toString();
    m_class = object->value(QLatin1StringView("rclass")).toString();
    return true;
}

CreateGenericRepositoryRequest::CreateGenericRepositoryRequest(ApiClient *client, QString key,
                                                               QString description, QObject *parent)
    : ApiRequest(client, parent)
    , m_key(std::move(key))
    , m_description(std::move(description))
{ }

ApiCall CreateGenericRepositoryRequest::call() const
{
    const QJsonObject body { { QStringLiteral("key"), m_key },
                             { QStringLiteral("rclass"), QStringLiteral("local") },
                             { QStringLiteral("packageType"), QStringLiteral("generic") },
                             { QStringLiteral("description"), m_description } };
    ApiCall call =
        ApiCall::postJson(QStringLiteral("/artifactory/api/repositories/") + ApiCall::segment(m_key),
                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    call.method = "PUT";
    call.expectedStatuses = { 200, 201 };
    return call;
}

bool CreateGenericRepositoryRequest::parse(const ApiReply &, QString *)
{
    return true;
}

QString ArtifactItem::fullPath() const
{
    if (path.isEmpty() || path == QLatin1StringView("."))
        return name;
    return path + u'/' + name;
}

AqlFilesRequest::AqlFilesRequest(ApiClient *client, Query query, QObject *parent)
    : ApiRequest(client, parent)
    , m_query(std::move(query))
{ }

QByteArray AqlFilesRequest::queryText(const Query &query)
{
    // The criteria are JSON: QJsonDocument quotes the repository key and the time, whatever they hold.
    QJsonObject criteria { { QStringLiteral("repo"), query.repository },
                           { QStringLiteral("type"), QStringLiteral("file") } };
    if (!query.modifiedSince.isEmpty())
        criteria.insert(QStringLiteral("modified"),
                        QJsonObject { { QStringLiteral("$gte"), query.modifiedSince } });
    return "items.find(" + QJsonDocument(criteria).toJson(QJsonDocument::Compact)
        + ").include(\"repo\",\"path\",\"name\",\"modified\",\"size\")"
          ".sort({\"$asc\":[\"modified\",\"path\",\"name\"]})"
        + ".offset(" + QByteArray::number(query.offset) + ").limit(" + QByteArray::number(query.limit) + ')';
}

ApiCall AqlFilesRequest::call() const
{
    ApiCall call = ApiCall::postJson(QStringLiteral("/artifactory/api/search/aql"), queryText(m_query));
    call.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain") });
    call.idempotent = true; // a search
    return call;
}

bool AqlFilesRequest::parse(const ApiReply &reply, QString *error)
{
    const auto root = RuntimeJson::parseObject(reply.body(), error);
    if (!root)
        return false;
    const QJsonValue results = root->value(QLatin1StringView("results"));
    if (!results.isArray()) {
        *error = QStringLiteral("the search answer has no \"results\" array");
        return false;
    }
    const QJsonArray items = results.toArray();
    if (items.size() > std::max(m_query.limit, maxAqlPage)) {
        *error = QStringLiteral("the search answered %1 files for a page of %2")
                     .arg(items.size())
                     .arg(m_query.limit);
        return false;
    }
    m_result.clear();
    m_result.reserve(items.size());
    for (const QJsonValue &value : items) {
        const QJsonObject o = value.toObject();
        ArtifactItem item;
        item.repo = o.value(QLatin1StringView("repo")).toString();
        item.path = RuntimeJson::storableText(o.value(QLatin1StringView("path")).toString());
        item.name = RuntimeJson::storableText(o.value(QLatin1StringView("name")).toString());
        item.modified = o.value(QLatin1StringView("modified")).toString();
        item.modifiedAt = QDateTime::fromString(item.modified, Qt::ISODateWithMs);
        const QJsonValue size = o.value(QLatin1StringView("size"));
        item.size = size.isString() ? size.toString().toLongLong() : qint64(size.toDouble(-1));
        if (item.name.isEmpty() || !item.modifiedAt.isValid() || item.path.size() > Limits::maxTextField
            || item.name.size() > Limits::maxTextField) {
            *error = QStringLiteral("the search answered a file without a name or a modification time");
            return false;
        }
        m_result.append(item);
    }
    return true;
}

ArtifactRequest::ArtifactRequest(ApiClient *client, QString repository, QString path, qint64 maxBytes,
                                 QObject *parent)
    : ApiRequest(client, parent)
    , m_repository(std::move(repository))
    , m_path(std::move(path))
    , m_maxBytes(maxBytes)
{ }

QString ArtifactRequest::endpoint(const QString &repository, const QString &path)
{
    // Each level is one encoded segment: a name holding "%2F" is asked for as "%252F", never as a "/".
    QString out = QStringLiteral("/artifactory/") + ApiCall::segment(repository);
    for (const QString &level : path.split(u'/', Qt::SkipEmptyParts))
        out += u'/' + ApiCall::segment(level);
    return out;
}

ApiCall ArtifactRequest::call() const
{
    ApiCall call = ApiCall::get(endpoint(m_repository, m_path));
    call.expectedStatuses = { 200, 404 };
    call.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, */*") });
    return call;
}

bool ArtifactRequest::parse(const ApiReply &reply, QString *error)
{
    m_missing = reply.status() == 404;
    if (m_missing)
        return true;
    if (reply.body().size() > m_maxBytes) {
        *error = QStringLiteral("%1 is larger than %2 bytes").arg(m_path).arg(m_maxBytes);
        return false;
    }
    m_body = reply.body();
    return true;
}
