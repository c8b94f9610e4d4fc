#pragma once

#include "apicall.h"
#include "apierror.h"
#include "connectionprofile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

// One HTTP/1.1 request over TLS that goes on the wire at most once. QNetworkAccessManager cannot
// promise that: when a server closes the connection after it received a request but before any
// byte of the answer, Qt's HTTP channel silently sends the request again (up to twice, any method;
// QHttpNetworkConnectionChannel's reconnectAttempts), which turns one lost answer into duplicate
// Jira or GitHub issues. Tracker creates go through this instead; OutboxSender decides what is
// sent again, after looking.
//
// Same trust as ApiClient (the profile's CA added to the system's, peer verified by host name),
// the profile's transfer timeout and total deadline, `Connection: close`, no redirects followed,
// a 1 MiB answer cap, Content-Length or chunked bodies. The Authorization value is held in memory.
class OneShotPost : public QObject
{
    Q_OBJECT

public:
    OneShotPost(ConnectionProfile profile, QByteArray authorization, ApiCall call, QObject *parent);
    ~OneShotPost() override;

    void start();
    void abort();
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }

    static constexpr qsizetype maxAnswerBytes = 1024 * 1024;

Q_SIGNALS:
    void finished();

private:
    QByteArray requestBytes() const;
    void onReadyRead();
    void onDisconnected();
    // True when the buffer holds a whole answer; fills m_status, m_body.
    bool parse(bool atEnd, QString *problem);
    void finish(ApiError error);

    ConnectionProfile m_profile;
    QByteArray m_authorization;
    ApiCall m_call;
    QPointer<QSslSocket> m_socket;
    QTimer m_idle;
    QTimer m_deadline;
    QByteArray m_buffer;
    QByteArray m_body;
    QStringList m_sslErrors;
    int m_status = 0;
    bool m_finished = false;
    ApiError m_error;
};
