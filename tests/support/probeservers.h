#pragma once

#include "certificatefactory.h"

#include <QSslServer>
#include <QTcpServer>
#include <QUrl>

#include <memory>

// Listeners that answer nothing and count what reaches them: whether a client connected at all
// (TcpProbeServer: a redirect to http, a QML image URL) and how many request bytes it sent after
// a TLS handshake (TlsProbeServer: NET-10, "refused before any request byte").
class TcpProbeServer
{
public:
    TcpProbeServer();
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    qint64 bytes() const { return m_bytes; }

private:
    QTcpServer m_server;
    int m_connections = 0;
    qint64 m_bytes = 0;
};

class TlsProbeServer
{
public:
    explicit TlsProbeServer(const IssuedCertificate &leaf);
    bool listen();
    QUrl url() const; // https://127.0.0.1:PORT
    int connections() const { return m_connections; } // TCP connections that started a handshake
    int handshakes() const { return m_handshakes; } // handshakes the server side completed
    qint64 requestBytes() const { return m_bytes; } // application bytes received after one

private:
    QSslServer m_server;
    int m_connections = 0;
    int m_handshakes = 0;
    qint64 m_bytes = 0;
};
