#include "oneshotpost.h"

#include "logging.h"
#include "tlspolicy.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QUrl>

OneShotPost::OneShotPost(ConnectionProfile profile, QByteArray authorization, ApiCall call, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_authorization(std::move(authorization))
    , m_call(std::move(call))
{
    m_idle.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        finish({ ApiError::Kind::Timeout,
                 0,
                 m_call.path,
                 {},
                 QStringLiteral("no progress within the transfer timeout") });
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(
            { ApiError::Kind::Timeout, 0, m_call.path, {}, QStringLiteral("no answer within the deadline") });
    });
}

OneShotPost::~OneShotPost()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
}

QByteArray OneShotPost::requestBytes() const
{
    QUrl url = m_profile.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + m_call.path, QUrl::TolerantMode);
    if (!m_call.query.isEmpty())
        url.setQuery(m_call.query);
    const QByteArray target =
        url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    const int port = url.port(443);
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (port != 443)
        host += ':' + QByteArray::number(port);

    QList<QPair<QByteArray, QByteArray>> headers {
        { "Host", host },
        { "User-Agent", "RuntimeDesk/" + QCoreApplication::applicationVersion().toLatin1() },
        { "Accept", "application/json" },
        { "Accept-Encoding", "identity" },
        { "Connection", "close" },
    };
    for (const auto &header : m_call.headers) { // not a structured binding: clang 14 cannot capture one
        auto existing = std::find_if(headers.begin(), headers.end(), [&](const auto &h) {
            return h.first.compare(header.first, Qt::CaseInsensitive) == 0;
        });
        if (existing != headers.end())
            existing->second = header.second;
        else
            headers.append(header);
    }
    if (m_call.authenticated && !m_authorization.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), m_authorization));
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    headers.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(m_call.body.size())));

    QByteArray bytes = m_call.method + ' ' + target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : headers) {
        if (name.contains('\n') || name.contains('\r') || value.contains('\n') || value.contains('\r'))
            continue; // never a header split
        bytes += name + ": " + value + "\r\n";
    }
    return bytes + "\r\n" + m_call.body;
}

void OneShotPost::start()
{
    if (m_socket)
        return;
    const QUrl url = m_profile.baseUrl;
    if (url.scheme() != u"https" || url.host().isEmpty())
        return finish({ ApiError::Kind::Protocol,
                        0,
                        m_call.path,
                        {},
                        QStringLiteral("the tracker URL must be https") });
    m_socket = new QSslSocket(this);
    QSslConfiguration ssl = TlsPolicy::configuration(m_profile.caCertificates);
    ssl.setAllowedNextProtocols({ QByteArrayLiteral("http/1.1") });
    m_socket->setSslConfiguration(ssl);
    m_socket->setPeerVerifyName(url.host());
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_idle.start(int(m_profile.transferTimeout.count()));
        m_socket->write(requestBytes());
    });
    connect(m_socket, &QSslSocket::bytesWritten, this,
            [this] { m_idle.start(int(m_profile.transferTimeout.count())); });
    connect(m_socket, &QSslSocket::readyRead, this, &OneShotPost::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &OneShotPost::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return onDisconnected();
        if (!m_sslErrors.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError)
            return finish({ ApiError::Kind::Tls,
                            0,
                            m_call.path,
                            {},
                            QStringLiteral("certificate refused: %1")
                                .arg(m_sslErrors.isEmpty() ? m_socket->errorString()
                                                           : m_sslErrors.join(QStringLiteral("; "))) });
        finish({ ApiError::Kind::Network, 0, m_call.path, {}, m_socket->errorString() });
    });
    m_deadline.start(int(m_profile.totalTimeout.count()));
    m_idle.start(int(m_profile.transferTimeout.count()));
    m_socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

void OneShotPost::abort()
{
    finish({ ApiError::Kind::Cancelled, 0, m_call.path, {}, {} });
}

void OneShotPost::onReadyRead()
{
    if (m_finished)
        return;
    m_idle.start(int(m_profile.transferTimeout.count()));
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > maxAnswerBytes)
        return finish({ ApiError::Kind::TooLarge,
                        0,
                        m_call.path,
                        {},
                        QStringLiteral("the answer is larger than 1 MiB") });
    QString problem;
    if (parse(false, &problem))
        finish({});
    else if (!problem.isEmpty())
        finish({ ApiError::Kind::Protocol, m_status, m_call.path, {}, problem });
}

void OneShotPost::onDisconnected()
{
    if (m_finished)
        return;
    if (m_socket)
        m_buffer += m_socket->readAll();
    QString problem;
    if (parse(true, &problem))
        return finish({});
    if (m_buffer.isEmpty())
        return finish(
            { ApiError::Kind::Network,
              0,
              m_call.path,
              {},
              QStringLiteral("the connection closed before an answer (the request may have arrived)") });
    finish({ ApiError::Kind::Network,
             m_status,
             m_call.path,
             {},
             problem.isEmpty() ? QStringLiteral("the connection closed in the middle of the answer")
                               : problem });
}

bool OneShotPost::parse(bool atEnd, QString *problem)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    bool ok = false;
    m_status = statusLine.size() >= 2 && statusLine[0].startsWith("HTTP/1.") ? statusLine[1].toInt(&ok) : 0;
    if (!ok || m_status < 100 || m_status > 599) {
        *problem = QStringLiteral("not an HTTP answer");
        return false;
    }
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    const QByteArray rest = m_buffer.mid(headerEnd + 4);
    if (chunked) {
        QByteArray body;
        qsizetype at = 0;
        while (true) {
            const qsizetype lineEnd = rest.indexOf("\r\n", at);
            if (lineEnd < 0)
                return false;
            bool sizeOk = false;
            const qint64 size =
                rest.mid(at, lineEnd - at).split(';').constFirst().trimmed().toLongLong(&sizeOk, 16);
            if (!sizeOk || size < 0) {
                *problem = QStringLiteral("malformed chunked answer");
                return false;
            }
            if (size == 0)
                break;
            if (rest.size() < lineEnd + 2 + size + 2)
                return false;
            body += rest.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        m_body = body;
        return true;
    }
    if (length >= 0) {
        if (rest.size() < length)
            return false;
        m_body = rest.left(length);
        return true;
    }
    if (!atEnd)
        return false; // the body ends with the connection
    m_body = rest;
    return true;
}

void OneShotPost::finish(ApiError error)
{
    if (m_finished)
        return;
    m_idle.stop();
    m_deadline.stop();
    if (!error && !m_call.expectedStatuses.contains(m_status)) {
        error.kind =
            m_status >= 300 && m_status < 400 ? ApiError::Kind::Redirect : ApiError::kindForStatus(m_status);
        if (error.kind == ApiError::Kind::None)
            error.kind = ApiError::Kind::Protocol;
        error.httpStatus = m_status;
        error.path = m_call.path;
        error.serverMessage = ApiError::messageFromBody(m_body);
        if (error.kind == ApiError::Kind::Redirect)
            error.detail = QStringLiteral("a redirect, not followed for a create");
    }
    m_error = error;
    m_finished = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    qCDebug(lcNetwork).noquote() << m_call.method << m_call.path << m_status
                                 << (error ? error.message() : QString());
    Q_EMIT finished();
}
