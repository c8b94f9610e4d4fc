#include "accessrequests.h"

#include "apiclient.h"
#include "runtimejson.h"

#include <QJsonArray>
#include <QJsonObject>
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

AccessUserRequest::AccessUserRequest(ApiClient *client, const QString &username, QObject *parent)
    : ApiRequest(client, parent)
    , m_username(username)
{ }

ApiCall AccessUserRequest::call() const
{
    return ApiCall::get(QStringLiteral("/access/api/v2/users/") + ApiCall::segment(m_username));
}

bool AccessUserRequest::parse(const ApiReply &reply, QString *error)
{
    const auto object = RuntimeJson::parseObject(reply.body(), error);
    if (!object)
        return false;
    m_result.username = object->value(QLatin1StringView("username")).toString();
    m_result.email = object->value(QLatin1StringView("email")).toString();
    m_result.realm = object->value(QLatin1StringView("realm")).toString();
    m_result.status = object->value(QLatin1StringView("status")).toString();
    m_result.admin = object->value(QLatin1StringView("admin")).toBool();
    for (const QJsonValue &group : object->value(QLatin1StringView("groups")).toArray()) {
        if (group.isString())
            m_result.groups.append(group.toString());
    }
    return true;
}
