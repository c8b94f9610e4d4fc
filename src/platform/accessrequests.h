#pragma once

#include "apirequest.h"

#include <QDateTime>
#include <QStringList>

// GET /access/api/v1/tokens/me (docs/jfrog-api.md 1.3): who the token is, and until when.
class TokenInfoRequest : public ApiRequest
{
    Q_OBJECT
public:
    struct TokenInfo
    {
        QString tokenId;
        QString subject;
        QString issuer;
        QString description;
        QDateTime expiry; // invalid when the token does not expire
    };

    TokenInfoRequest(ApiClient *client, QObject *parent);
    const TokenInfo &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    TokenInfo m_result;
};

// GET /artifactory/api/system/ping (text/plain "OK") and /artifactory/api/system/version.
class SystemVersionRequest : public ApiRequest
{
    Q_OBJECT
public:
    SystemVersionRequest(ApiClient *client, QObject *parent);
    const QString &version() const { return m_version; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_version;
};

class PingRequest : public ApiRequest
{
    Q_OBJECT
public:
    PingRequest(ApiClient *client, QObject *parent);

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;
};

// GET /access/api/v2/users/{username} (docs/jfrog-api.md 3.9): who a platform user is. Reading another
// user needs an admin-scoped token (403 otherwise); 404 names no platform user. The name is one path
// segment, percent-encoded (spaces, '/', non-ASCII).
class AccessUserRequest : public ApiRequest
{
    Q_OBJECT
public:
    struct User
    {
        QString username;
        QString email;
        QString realm;
        QString status;
        bool admin = false;
        QStringList groups;
    };

    AccessUserRequest(ApiClient *client, const QString &username, QObject *parent);
    const QString &username() const { return m_username; }
    const User &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_username;
    User m_result;
};
