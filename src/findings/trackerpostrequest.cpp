#include "trackerpostrequest.h"

TrackerPostRequest::TrackerPostRequest(ApiClient *client, QByteArray authorization, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_authorization(std::move(authorization))
{ }

TrackerPostRequest::~TrackerPostRequest() = default;

void TrackerPostRequest::start()
{
    if (!m_client) {
        m_error = { ApiError::Kind::Cancelled, 0, {}, {}, {} };
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    delete m_post;
    m_finished = false;
    m_post = new OneShotPost(m_client->profile(), m_authorization, call(), this);
    connect(m_post, &OneShotPost::finished, this, [this] {
        m_error = m_post->error();
        QString reason;
        if (!m_error && !parse(m_post->body(), &reason))
            m_error = { ApiError::Kind::Protocol, m_post->status(), call().path, {}, reason };
        m_finished = true;
        m_post->deleteLater();
        Q_EMIT finished();
    });
    m_post->start();
}
