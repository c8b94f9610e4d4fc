#pragma once

#include "demofault.h"
#include "demorouter.h"

#include <QAbstractHttpServer>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>
#include <optional>

// The demo platform's HTTPS server: QAbstractHttpServer (Qt 6.4) with its own router, TLS via
// sslSetup(), on 127.0.0.1 only. It owns each socket it answers on, so DemoDelivery can misbehave
// exactly. Not thread-safe: it lives and serves in one thread.
class DemoServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // What the platform says about a request after its handler ran: a fault to apply, if any.
    using Interceptor = std::function<std::optional<DemoFault>(const DemoRequest &, const DemoResponse &)>;
    // Told about each request once its answer (and fault) is decided.
    using Observer =
        std::function<void(const DemoRequest &, const DemoResponse &, const std::optional<DemoFault> &)>;
    // Answers requests no route takes; `pathKnown` means the method was wrong.
    using Fallback = std::function<DemoResponse(const DemoRequest &, bool pathKnown)>;

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    DemoRouter &router() { return m_router; }
    void setInterceptor(Interceptor interceptor) { m_interceptor = std::move(interceptor); }
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }

    // Listens with TLS on 127.0.0.1:port (0 picks a free port). False and a reason on failure.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    // Stops listening and drops every connection, including hung ones.
    void stop();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    DemoRouter m_router;
    Interceptor m_interceptor;
    Observer m_observer;
    Fallback m_fallback;
    quint16 m_port = 0;
};
