#pragma once

#include "apirequest.h"

#include <QDateTime>

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
