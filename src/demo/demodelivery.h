#pragma once

#include "demofault.h"
#include "demorequest.h"
#include "demoresponse.h"

#include <QByteArray>

#include <optional>

class QTcpSocket;

// Writes responses straight onto the demo server's sockets, as raw HTTP/1.1, so every fault is
// exact: a Content-Length that lies, a reset after N bytes, a drip, a hang, a gzip bomb, bytes that
// are not HTTP at all. Timers and streamers it starts are children of the socket: they die with it.
class DemoDelivery
{
public:
    static void deliver(QTcpSocket *socket, const DemoRequest &request, const DemoResponse &response,
                        const std::optional<DemoFault> &fault);

    // The status line and headers, with Content-Length and Connection.
    static QByteArray head(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                           qint64 contentLength, bool keepAlive);
    static QByteArray reasonPhrase(int status);
    // A gzip member that inflates to `inflatedBytes` of zeros, about 1000 times smaller; cached.
    static QByteArray gzipBomb(qint64 inflatedBytes);
    // What a fault answers instead of the handler (status, html, wrong type, redirect, canned).
    static DemoResponse replacement(const DemoRequest &request, const DemoResponse &response,
                                    const DemoFault &fault);

private:
    static void send(QTcpSocket *socket, const DemoRequest &request, const DemoResponse &response);
    static void sendPartial(QTcpSocket *socket, const DemoResponse &response, double fraction, bool reset);
    static void drip(QTcpSocket *socket, const DemoRequest &request, const DemoResponse &response,
                     const DemoFault &fault);
    static void stream(QTcpSocket *socket, qint64 bytes);
    static void resetConnection(QTcpSocket *socket);
};
