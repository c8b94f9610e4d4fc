#include "apirequest.h"

#include "apiclient.h"

ApiRequest::ApiRequest(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiRequest::~ApiRequest() = default;

void ApiRequest::start()
{
    if (!m_client) {
        m_error = { ApiError::Kind::Cancelled, 0, {}, {}, {} };
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    m_finished = false;
    m_error = {};
    delete m_reply;
    m_reply = m_client->send(call(), this);
    connect(m_reply, &ApiReply::finished, this, &ApiRequest::onReplyFinished);
    connect(m_reply, &ApiReply::retrying, this, &ApiRequest::retrying);
}

void ApiRequest::abort()
{
    if (m_reply)
        m_reply->abort();
}

void ApiRequest::onReplyFinished()
{
    ApiReply *reply = m_reply;
    m_attempts += reply->attempts();
    ApiError error = reply->error();
    if (!error) {
        QString reason;
        if (!parse(*reply, &reason)) {
            error = { ApiError::Kind::Protocol, reply->status(), reply->call().path, {}, reason };
        }
    } else if (fallBack(error)) {
        reply->deleteLater();
        m_reply = m_client->send(call(), this);
        connect(m_reply, &ApiReply::finished, this, &ApiRequest::onReplyFinished);
        connect(m_reply, &ApiReply::retrying, this, &ApiRequest::retrying);
        return;
    }
    m_error = error;
    m_finished = true;
    reply->deleteLater();
    Q_EMIT finished();
}
