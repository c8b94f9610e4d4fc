#include "fakenetworkaccessmanager.h"

#include <QTimer>

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return {};
}

// The error a real QNetworkReply reports for an HTTP status (qhttpthreaddelegate.cpp).
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        break;
    }
    if (status >= 500)
        return QNetworkReply::UnknownServerError;
    if (status >= 400)
        return QNetworkReply::UnknownContentError;
    return QNetworkReply::NoError;
}

QString errorText(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("Connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("Remote host closed connection");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("Host not found");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("Socket operation timed out");
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("Operation canceled");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("SSL handshake failed: The certificate is self-signed, and untrusted");
    case QNetworkReply::InsecureRedirectError:
        return QStringLiteral("Insecure redirect");
    case QNetworkReply::TooManyRedirectsError:
        return QStringLiteral("Too many redirects");
    default:
        return QStringLiteral("Network error %1").arg(int(error));
    }
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host()
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

FakeNetworkAccessManager::Response FakeNetworkAccessManager::Response::json(int status,
                                                                            const QByteArray &body)
{
    Response r;
    r.status = status;
    r.body = body;
    r.withHeader("Content-Type", "application/json");
    return r;
}

FakeNetworkAccessManager::Response FakeNetworkAccessManager::Response::text(int status,
                                                                            const QByteArray &body)
{
    Response r;
    r.status = status;
    r.body = body;
    r.withHeader("Content-Type", "text/plain");
    return r;
}

FakeNetworkAccessManager::Response FakeNetworkAccessManager::Response::hanging()
{
    Response r;
    r.kind = Kind::Hang;
    return r;
}

FakeNetworkAccessManager::Response FakeNetworkAccessManager::Response::stalled()
{
    Response r = hanging();
    r.honourTransferTimeout = true;
    return r;
}

FakeNetworkAccessManager::Response
FakeNetworkAccessManager::Response::networkError(QNetworkReply::NetworkError error)
{
    Response r;
    r.kind = Kind::NetworkError;
    r.status = 0;
    r.error = error;
    return r;
}

FakeNetworkAccessManager::Response &FakeNetworkAccessManager::Response::withHeader(const QByteArray &name,
                                                                                   const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FakeNetworkAccessManager::Response &
FakeNetworkAccessManager::Response::withDelay(std::chrono::milliseconds ms)
{
    delay = ms;
    return *this;
}

FakeNetworkAccessManager::Response &FakeNetworkAccessManager::Response::inChunks(qsizetype size)
{
    chunkSize = size;
    return *this;
}

QByteArray FakeNetworkAccessManager::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeNetworkAccessManager::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_check(&FakeNetworkAccessManager::defaultRequestCheck)
{
    m_clock.start();
}

FakeNetworkAccessManager::~FakeNetworkAccessManager()
{
    for (const QPointer<FakeReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->m_manager.clear();
    }
}

void FakeNetworkAccessManager::enqueue(const Response &response)
{
    m_queue.append(response);
}

void FakeNetworkAccessManager::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeNetworkAccessManager::setRequestCheck(RequestCheck check)
{
    m_check = std::move(check);
}

QString FakeNetworkAccessManager::defaultRequestCheck(const Request &request,
                                                      const QNetworkAccessManager &manager)
{
    QStringList problems;
    const int timeout = request.transferTimeout > 0 ? request.transferTimeout : manager.transferTimeout();
    if (timeout <= 0)
        problems.append(QStringLiteral("no transfer timeout"));
    const int policy =
        request.redirectPolicy.isValid() ? request.redirectPolicy.toInt() : int(manager.redirectPolicy());
    if (policy != QNetworkRequest::SameOriginRedirectPolicy
        && policy != QNetworkRequest::ManualRedirectPolicy)
        problems.append(QStringLiteral("redirect policy %1 is neither same-origin nor manual").arg(policy));
    if (problems.isEmpty())
        return {};
    return QStringLiteral("%1 %2: %3")
        .arg(QString::fromLatin1(request.method), request.url.toString(),
             problems.join(QStringLiteral(", ")));
}

int FakeNetworkAccessManager::openReplies() const
{
    int open = 0;
    for (const QPointer<FakeReply> &reply : m_replies) {
        if (reply && !reply->isFinished())
            ++open;
    }
    return open;
}

void FakeNetworkAccessManager::reset()
{
    m_requests.clear();
    m_queue.clear();
    m_violations.clear();
    m_handler = nullptr;
    m_check = &FakeNetworkAccessManager::defaultRequestCheck;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    Request recorded;
    recorded.operation = op;
    recorded.method = methodOf(op, request);
    recorded.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.append(qMakePair(name, request.rawHeader(name)));
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    recorded.transferTimeout = request.transferTimeout();
    recorded.redirectPolicy = request.attribute(QNetworkRequest::RedirectPolicyAttribute);
    recorded.maximumRedirects = request.maximumRedirectsAllowed();
    recorded.request = request;
    recorded.sentAtNs = elapsedNs();

    if (m_check) {
        const QString problem = m_check(recorded, *this);
        if (!problem.isEmpty())
            m_violations.append(problem);
    }

    std::optional<Response> response;
    if (m_handler)
        response = m_handler(recorded);
    if (!response && !m_queue.isEmpty())
        response = m_queue.takeFirst();
    if (!response) {
        m_violations.append(QStringLiteral("nothing scripted for %1 %2")
                                .arg(QString::fromLatin1(recorded.method), recorded.url.toString()));
        response = Response::networkError(QNetworkReply::ProtocolUnknownError);
    }

    const qsizetype index = m_requests.size();
    m_requests.append(recorded);
    auto *reply = new FakeReply(this, index, request, op, recorded.method, *response, this);
    m_replies.append(reply);
    return reply;
}

void FakeNetworkAccessManager::replyFinished(qsizetype index)
{
    if (index >= 0 && index < m_requests.size())
        m_requests[index].finishedAtNs = elapsedNs();
}

FakeReply::FakeReply(FakeNetworkAccessManager *manager, qsizetype index, const QNetworkRequest &request,
                     QNetworkAccessManager::Operation operation, const QByteArray &method,
                     const FakeNetworkAccessManager::Response &response, QObject *parent)
    : QNetworkReply(parent)
    , m_manager(manager)
    , m_index(index)
    , m_response(response)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    if (operation == QNetworkAccessManager::CustomOperation)
        setAttribute(QNetworkRequest::CustomVerbAttribute, method);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    setFinished(false);

    begin();
}

void FakeReply::begin()
{
    using Kind = FakeNetworkAccessManager::Response::Kind;
    if (m_response.kind == Kind::Hang) {
        if (m_response.honourTransferTimeout) {
            // Qt's transfer timer aborts a reply that makes no progress; it reports a cancel.
            const int timeout = request().transferTimeout() > 0
                ? request().transferTimeout()
                : (m_manager ? m_manager->transferTimeout() : 0);
            if (timeout > 0) {
                QTimer::singleShot(timeout, this, [this] {
                    if (!isFinished())
                        finishWith(QNetworkReply::OperationCanceledError, errorText(OperationCanceledError));
                });
            }
        }
        return;
    }
    QTimer::singleShot(m_response.delay, this, &FakeReply::start);
}

void FakeReply::start()
{
    if (isFinished())
        return;
    using Kind = FakeNetworkAccessManager::Response::Kind;
    if (m_response.kind == Kind::NetworkError) {
        finishWith(m_response.error, errorText(m_response.error));
        return;
    }

    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    if (!m_response.reason.isEmpty())
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_response.reason);
    for (const auto &[name, value] : std::as_const(m_response.headers))
        setRawHeader(name, value);
    if (!hasRawHeader("Content-Length"))
        setRawHeader("Content-Length", QByteArray::number(m_response.body.size()));

    // Redirects as Qt's policy treats them; a followed one is asked of the manager as a new request.
    const QByteArray location = rawHeader("Location");
    if (m_response.status >= 300 && m_response.status < 400 && !location.isEmpty()) {
        const QVariant attribute = request().attribute(QNetworkRequest::RedirectPolicyAttribute);
        const int policy = attribute.isValid()
            ? attribute.toInt()
            : (m_manager ? int(m_manager->redirectPolicy()) : int(QNetworkRequest::NoLessSafeRedirectPolicy));
        const QUrl target = url().resolved(QUrl::fromEncoded(location));
        setAttribute(QNetworkRequest::RedirectionTargetAttribute, target);
        if (policy != QNetworkRequest::ManualRedirectPolicy) {
            const bool refused =
                (policy == QNetworkRequest::SameOriginRedirectPolicy && !sameOrigin(url(), target))
                || (url().scheme() == u"https" && target.scheme() != u"https");
            if (refused) {
                finishWith(QNetworkReply::InsecureRedirectError, errorText(InsecureRedirectError));
                return;
            }
            if (!m_manager || request().maximumRedirectsAllowed() <= 0) {
                finishWith(QNetworkReply::TooManyRedirectsError, errorText(TooManyRedirectsError));
                return;
            }
            QNetworkRequest next = request();
            next.setUrl(target);
            next.setMaximumRedirectsAllowed(request().maximumRedirectsAllowed() - 1);
            QNetworkReply *followed = m_manager->get(next);
            auto *fake = qobject_cast<FakeReply *>(followed);
            Q_ASSERT(fake);
            // Carry on as the followed reply: its script replaces ours.
            m_manager->replyFinished(m_index);
            m_index = fake->m_index;
            m_response = fake->m_response;
            fake->m_manager.clear();
            fake->setFinished(true);
            fake->deleteLater();
            const QList<QByteArray> names = rawHeaderList();
            for (const QByteArray &name : names)
                setRawHeader(name, QByteArray()); // a null value removes the header
            setUrl(target);
            setRequest(next);
            begin();
            return;
        }
    }

    Q_EMIT metaDataChanged();
    deliverNextChunk();
}

void FakeReply::deliverNextChunk()
{
    if (isFinished())
        return;
    const QByteArray &body = m_response.body;
    if (m_sent < body.size()) {
        const qsizetype size = m_response.chunkSize > 0 ? m_response.chunkSize : body.size() - m_sent;
        const qsizetype n = std::min(size, body.size() - m_sent);
        m_buffer += body.mid(m_sent, n);
        m_sent += n;
        Q_EMIT downloadProgress(m_sent, body.size());
        Q_EMIT readyRead();
        if (isFinished()) // the reader aborted us
            return;
        if (m_sent < body.size()) {
            QTimer::singleShot(0, this, &FakeReply::deliverNextChunk);
            return;
        }
    }
    finishOk();
}

void FakeReply::finishOk()
{
    const QNetworkReply::NetworkError error = errorForStatus(m_response.status);
    if (error != QNetworkReply::NoError) {
        const QByteArray reason = attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        finishWith(error,
                   QStringLiteral("Error transferring %1 - server replied: %2")
                       .arg(url().toString(), QString::fromLatin1(reason)));
        return;
    }
    if (m_manager)
        m_manager->replyFinished(m_index);
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::finishWith(QNetworkReply::NetworkError error, const QString &text)
{
    if (isFinished())
        return;
    setError(error, text);
    if (m_manager)
        m_manager->replyFinished(m_index);
    Q_EMIT errorOccurred(error);
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    m_buffer.clear();
    finishWith(QNetworkReply::OperationCanceledError, errorText(OperationCanceledError));
    close();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    if (m_buffer.isEmpty())
        return isFinished() ? -1 : 0;
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
    memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}
