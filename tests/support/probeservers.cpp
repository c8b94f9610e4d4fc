#include "probeservers.h"

#include <QSslConfiguration>
#include <QSslSocket>

TcpProbeServer::TcpProbeServer()
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket] { m_bytes += socket->readAll().size(); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool TcpProbeServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

TlsProbeServer::TlsProbeServer(const IssuedCertificate &leaf)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(leaf.certificate);
    configuration.setPrivateKey(leaf.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no client certificate
    m_server.setSslConfiguration(configuration);
    QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake, &m_server,
                     [this](QSslSocket *) { ++m_connections; });
    QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
        while (QTcpSocket *next = m_server.nextPendingConnection()) {
            auto *socket = qobject_cast<QSslSocket *>(next);
            if (!socket)
                continue;
            ++m_handshakes; // QSslServer hands a socket over only once its handshake is done
            QObject::connect(socket, &QSslSocket::readyRead, socket,
                             [this, socket] { m_bytes += socket->readAll().size(); });
            QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool TlsProbeServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TlsProbeServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}
