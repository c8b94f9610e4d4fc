#include "accessrequests.h"

#include "apiclient.h"
#include "runtimejson.h"

#include <QTimeZone>

TokenInfoRequest::TokenInfoRequest(ApiClient *client, QObject *parent)
    : ApiRequest(client, parent)
{ }

ApiCall TokenInfoRequest::call() const
{
    return ApiCall::get(QStringLiteral("/access/api/v1/tokens/me"));
}

bool TokenInfoRequest::parse(const ApiReply &reply, QString *error)
{
    const auto object = RuntimeJson::parseObject(reply.body(), error);
    if (!object)
        return false;
    m_result.tokenId = object->value(QLatin1StringView("token_id")).toString();
    m_result.subject = object->value(QLatin1StringView("subject")).toString();
    m_result.issuer = object->value(QLatin1StringView("issuer")).toString();
    m_result.description = object->value(QLatin1StringView("description")).toString();
    const double expiry = object->value(QLatin1StringView("expiry")).toDouble(0);
    if (expiry > 0 && expiry < 1e11)
        m_result.expiry = QDateTime::fromSecsSinceEpoch(qint64(expiry), Qt::UTC);
    return true;
}

SystemVersionRequest::SystemVersionRequest(ApiClient *client, QObject *parent)
    : ApiRequest(client, parent)
{ }

ApiCall SystemVersionRequest::call() const
{
    return ApiCall::get(QStringLiteral("/artifactory/api/system/version"));
}

bool SystemVersionRequest::parse(const ApiReply &reply, QString *error)
{
    const auto object = RuntimeJson::parseObject(reply.body(), error);
    if (!object)
        return false;
    m_version = object->value(QLatin1StringView("version")).toString();
    return true;
}

PingRequest::PingRequest(ApiClient *client, QObject *parent)
    : ApiRequest(client, parent)
{ }

ApiCall PingRequest::call() const
{
    return ApiCall::get(QStringLiteral("/artifactory/api/system/ping"));
}

bool PingRequest::parse(const ApiReply &reply, QString *error)
{
    if (reply.body().trimmed() == "OK")
        return true;
    if (error)
        *error = QStringLiteral("the ping did not answer OK");
    return false;
}
