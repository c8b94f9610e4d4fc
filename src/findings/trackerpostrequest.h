#pragma once

#include "apiclient.h"
#include "oneshotpost.h"

#include <QPointer>

// A create on a tracker (an issue, a comment): one request class per endpoint like ApiRequest, but
// sent through OneShotPost, so it is on the wire at most once per start(); never retried here.
class TrackerPostRequest : public QObject
{
    Q_OBJECT
public:
    ~TrackerPostRequest() override;
    void start();
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

protected:
    // `authorization` is the tracker's header value (TrackerClients keeps it in memory).
    TrackerPostRequest(ApiClient *client, QByteArray authorization, QObject *parent);
    virtual ApiCall call() const = 0;
    virtual bool parse(const QByteArray &body, QString *error) = 0;
    ApiClient *client() const { return m_client; }

private:
    QPointer<ApiClient> m_client;
    QByteArray m_authorization;
    QPointer<OneShotPost> m_post;
    ApiError m_error;
    bool m_finished = false;
};
