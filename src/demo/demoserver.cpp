#include "demoserver.h"

#include "demodelivery.h"
#include "logging.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>

#include <mutex>

namespace {

// QtHttpServer's debug output prints each request with its headers, the Authorization header
// and its token included: the platform's side of a request never goes to a log.
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void withoutRequestLog(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    static std::once_flag once;
    std::call_once(once, [] { previousFilter = QLoggingCategory::installFilter(withoutRequestLog); });
}

DemoServer::~DemoServer()
{
    stop();
}

bool DemoServer::listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port,
                           QString *error)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    sslSetup(configuration);
    m_port = listen(QHostAddress(QHostAddress::LocalHost), port);
    if (m_port == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    return true;
}

void DemoServer::stop()
{
    for (QTcpServer *server : servers()) {
        server->close();
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
            socket->abort();
    }
}

bool DemoServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    DemoRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded);
    if (r.path.isEmpty())
        r.path = QStringLiteral("/");
    r.headers = request.headers();
    r.body = request.body();
    r.query = request.query();

    bool pathKnown = false;
    const DemoRouter::Handler *handler = m_router.match(r, &pathKnown);
    DemoResponse response;
    if (handler)
        response = (*handler)(r);
    else if (m_fallback)
        response = m_fallback(r, pathKnown);
    else
        response = DemoResponse::platformError(pathKnown ? 405 : 404, QStringLiteral("Not Found"));
    if (r.pattern.isEmpty())
        r.pattern = r.path;

    const std::optional<DemoFault> fault = m_interceptor ? m_interceptor(r, response) : std::nullopt;
    if (m_observer)
        m_observer(r, response, fault);
    DemoDelivery::deliver(socket, r, response, fault);
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if Qt's own parser gives up.
    qCWarning(lcDemo) << "no handler for" << request.url().path();
    socket->disconnectFromHost();
}
