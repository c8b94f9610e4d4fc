#pragma once

#include "apicall.h"
#include "apierror.h"
#include "connectionprofile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class ApiClient;

// One platform call in flight, across its retries. Parented to the caller; dies with it.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray rawHeader(const QByteArray &name) const;
    int attempts() const { return m_attempts; }
    const ApiCall &call() const { return m_call; }
    // Cancels the call; finished() follows with ApiError::Kind::Cancelled.
    void abort();

Q_SIGNALS:
    void finished();
    void retrying(int attempt, qint64 delayMs, const QString &cause);

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, ApiCall call, QObject *parent);
    void sendAttempt();
    void onReadyRead();
    void onReplyFinished();
    ApiError classify();
    void finish(const ApiError &error);

    QPointer<ApiClient> m_client;
    ApiCall m_call;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QStringList m_sslErrors;
    ApiError m_error;
    int m_status = 0;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_userAborted = false;
    bool m_tooLarge = false;
    bool m_deadlineHit = false;
};

// Talks to one JFrog platform over HTTPS: Bearer auth, the profile's CA, a transfer timeout on
// every request, same-origin redirects only, retries of idempotent calls with backoff and jitter.
// It does not own the QNetworkAccessManager: the application makes one and injects it.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // The QNetworkAccessManager every Runtime Desk component shares, configured once.
    static QNetworkAccessManager *createNetworkAccessManager(QObject *parent);

    void setProfile(const ConnectionProfile &profile);
    const ConnectionProfile &profile() const { return m_profile; }
    // The token is held in memory only; callers get it from the SecretStore.
    void setToken(const QString &token);
    // For non-platform services with other schemes ("Basic ...", "token ...").
    void setAuthorization(const QByteArray &headerValue);
    bool hasCredentials() const { return !m_authorization.isEmpty(); }

    ApiReply *send(const ApiCall &call, QObject *owner);
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    friend class ApiReply;
    QNetworkReply *dispatch(const ApiCall &call);

    QNetworkAccessManager *m_nam;
    ConnectionProfile m_profile;
    QSslConfiguration m_ssl;
    QByteArray m_authorization;
};
