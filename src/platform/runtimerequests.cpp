#include "runtimerequests.h"

#include "apiclient.h"
#include "runtimejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Server-given ids go into a path; percent-encode so "../x" stays one segment.
QString segment(const QString &text)
{
    // QUrl keeps "." and ".." literal (a dot is unreserved), and a server may resolve them as dot
    // segments: such an id can only be a hostile one, so it names a resource that cannot exist.
    if (text == QLatin1StringView(".") || text == QLatin1StringView(".."))
        return QStringLiteral("invalid-id");
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

ApiCall listCall(const char *path, const QJsonObject &body)
{
    ApiCall call = ApiCall::postJson(QString::fromLatin1(path), compact(body));
    call.idempotent = true; // a read-only listing: safe to repeat
    return call;
}
} // namespace

QJsonObject RuntimeQuery::toJson() const
{
    QJsonObject body { { QStringLiteral("limit"), limit } };
    if (!nextKey.isEmpty())
        body.insert(QStringLiteral("next_key"), nextKey);
    if (!orderBy.isEmpty())
        body.insert(QStringLiteral("order_by"), orderBy);
    QJsonObject filters;
    if (!timePeriod.isEmpty())
        filters.insert(QStringLiteral("time_period"), timePeriod);
    const std::pair<const char *, const QStringList *> lists[] = {
        { "cluster", &clusters }, { "namespace", &namespaces },        { "cve_id", &cveIds },
        { "risk", &risks },       { "applicability", &applicability }, { "severity", &severities }
    };
    for (const auto &[key, list] : lists) {
        if (!list->isEmpty())
            filters.insert(QLatin1StringView(key), QJsonArray::fromStringList(*list));
    }
    if (!filters.isEmpty())
        body.insert(QStringLiteral("filters"), filters);
    return body;
}

ImageTagsPageRequest::ImageTagsPageRequest(ApiClient *client, RuntimeQuery query, QObject *parent)
    : ApiRequest(client, parent)
    , m_query(std::move(query))
{ }

ApiCall ImageTagsPageRequest::call() const
{
    return listCall("/runtime/api/v1/images/tags", m_query.toJson());
}

bool ImageTagsPageRequest::parse(const ApiReply &reply, QString *error)
{
    m_bodyBytes = reply.body().size();
    auto page = RuntimeJson::parseImageTagsPage(reply.body(), error);
    if (!page)
        return false;
    m_result = std::move(*page);
    return true;
}

WorkloadsPageRequest::WorkloadsPageRequest(ApiClient *client, RuntimeQuery query, QObject *parent)
    : ApiRequest(client, parent)
    , m_query(std::move(query))
{ }

ApiCall WorkloadsPageRequest::call() const
{
    return listCall("/runtime/api/v1/workloads", m_query.toJson());
}

bool WorkloadsPageRequest::parse(const ApiReply &reply, QString *error)
{
    auto page = RuntimeJson::parseWorkloadsPage(reply.body(), error);
    if (!page)
        return false;
    m_result = std::move(*page);
    return true;
}

ClustersPageRequest::ClustersPageRequest(ApiClient *client, int limit, QString nextKey, QObject *parent)
    : ApiRequest(client, parent)
    , m_limit(limit)
    , m_nextKey(std::move(nextKey))
{ }

ApiCall ClustersPageRequest::call() const
{
    QJsonObject body { { QStringLiteral("limit"), m_limit } };
    if (!m_nextKey.isEmpty())
        body.insert(QStringLiteral("next_key"), m_nextKey);
    return listCall("/runtime/api/v1/clusters", body);
}

bool ClustersPageRequest::parse(const ApiReply &reply, QString *error)
{
    auto page = RuntimeJson::parseClustersPage(reply.body(), error);
    if (!page)
        return false;
    m_result = std::move(*page);
    return true;
}

ClusterRequest::ClusterRequest(ApiClient *client, QString id, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(std::move(id))
{ }

ApiCall ClusterRequest::call() const
{
    return ApiCall::get(m_usingFallback ? QStringLiteral("/runtime/api/v1/clusters/%1/").arg(segment(m_id))
                                        : QStringLiteral("/runtime/api/v1/cluster/%1").arg(segment(m_id)));
}

bool ClusterRequest::parse(const ApiReply &reply, QString *error)
{
    auto cluster = RuntimeJson::parseClusterDetail(reply.body(), error);
    if (!cluster)
        return false;
    m_result = std::move(*cluster);
    return true;
}

bool ClusterRequest::fallBack(const ApiError &error)
{
    if (m_usingFallback || error.kind != ApiError::Kind::NotFound)
        return false;
    m_usingFallback = true;
    return true;
}

ImageTagDetailRequest::ImageTagDetailRequest(ApiClient *client, QString digest, QObject *parent)
    : ApiRequest(client, parent)
    , m_digest(std::move(digest))
{ }

ApiCall ImageTagDetailRequest::call() const
{
    return ApiCall::get(QStringLiteral("/runtime/api/v1/images/tags/%1").arg(segment(m_digest)));
}

bool ImageTagDetailRequest::parse(const ApiReply &reply, QString *error)
{
    m_result = RuntimeJson::parseImageTagDetail(reply.body(), error);
    return m_result.has_value();
}

bool ImageTagDetailRequest::fallBack(const ApiError &error)
{
    if (error.kind == ApiError::Kind::NotFound || error.httpStatus == 405 || error.httpStatus == 501)
        m_available = false;
    return false;
}
