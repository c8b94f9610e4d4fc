#include "apiclient.h"

#include "httpheaders.h"
#include "inputlimits.h"
#include "logging.h"
#include "tlspolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

QString ConnectionProfile::origin() const
{
    return baseUrl
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::StripTrailingSlash);
}

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_ssl(TlsPolicy::configuration())
{ }

QNetworkAccessManager *ApiClient::createNetworkAccessManager(QObject *parent)
{
    auto *nam = new QNetworkAccessManager(parent);
    nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    nam->setTransferTimeout(30000);
    nam->setStrictTransportSecurityEnabled(true);
    return nam;
}

void ApiClient::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_ssl = TlsPolicy::configuration(profile.caCertificates);
    // Connections made under the old trust must not be reused under the new one.
    m_nam->clearConnectionCache();
}

void ApiClient::setToken(const QString &token)
{
    setAuthorization(token.isEmpty() ? QByteArray() : QByteArray("Bearer ") + token.toUtf8());
}

void ApiClient::setAuthorization(const QByteArray &headerValue)
{
    m_authorization = headerValue;
}

ApiReply *ApiClient::send(const ApiCall &call, QObject *owner)
{
    auto *reply = new ApiReply(this, call, owner);
    reply->sendAttempt();
    return reply;
}

QNetworkReply *ApiClient::dispatch(const ApiCall &call)
{
    QUrl url = m_profile.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(u'/'))
        base.chop(1);
    // Both parts are already percent-encoded (request classes encode any segment that came from a
    // server); the default DecodedMode would encode every '%' again.
    url.setPath(base + call.path, QUrl::TolerantMode);
    if (!call.query.isEmpty())
        url.setQuery(call.query);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(4);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(int(call.transferTimeout.value_or(m_profile.transferTimeout).count()));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("RuntimeDesk/%1").arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");
    if (call.authenticated && !m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : call.headers) // after the defaults: a call may name its own type
        request.setRawHeader(name, value);
    if (call.method == "GET")
        return m_nam->get(request);
    return m_nam->sendCustomRequest(request, call.method, call.body);
}

ApiReply::ApiReply(ApiClient *client, ApiCall call, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_call(std::move(call))
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(
        Qt::PreciseTimer); // a coarse timer may fire 5% early: before Retry-After allows
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_deadlineHit = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiReply::sendAttempt);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiReply::rawHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_userAborted = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort();
    else
        finish({ ApiError::Kind::Cancelled, 0, m_call.path, {}, {} });
}

void ApiReply::sendAttempt()
{
    if (!m_client) {
        finish({ ApiError::Kind::Cancelled, 0, m_call.path, {}, {} });
        return;
    }
    ++m_attempts;
    m_body.clear();
    m_headers.clear();
    m_sslErrors.clear();
    m_status = 0;
    m_tooLarge = false;
    m_deadlineHit = false;
    m_elapsed.start();
    m_reply = m_client->dispatch(m_call);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiReply::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
    m_deadline.start(m_client->profile().totalTimeout);
}

void ApiReply::onReadyRead()
{
    if (!m_reply)
        return;
    // A body announced larger than the cap is refused before any of it is read: Qt's own buffer,
    // filled on its network thread, would otherwise hold tens of megabytes more than the cap.
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > Limits::maxResponseBytes
        || m_body.size() + m_reply->bytesAvailable() > Limits::maxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    m_body += m_reply->readAll();
}

namespace {
// The errors Qt derives from the HTTP status alone (4xx and 5xx), as opposed to transport failures.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    // Qt reports a 400 as ProtocolInvalidOperationError, outside both content ranges.
    return (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError)
        || error == QNetworkReply::ProtocolInvalidOperationError
        || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
}
} // namespace

ApiError ApiReply::classify()
{
    ApiError e;
    e.path = m_call.path;
    const QNetworkReply::NetworkError netError = m_reply->error();
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_userAborted)
        e.kind = ApiError::Kind::Cancelled;
    else if (m_tooLarge)
        e.kind = ApiError::Kind::TooLarge;
    else if (m_deadlineHit)
        e.kind = ApiError::Kind::Timeout;
    else if (netError == QNetworkReply::InsecureRedirectError
             || netError == QNetworkReply::TooManyRedirectsError) {
        e.kind = ApiError::Kind::Redirect;
        e.detail = netError == QNetworkReply::TooManyRedirectsError
            ? QCoreApplication::translate("ApiError", "too many redirects")
            : QCoreApplication::translate("ApiError", "redirect to another origin refused");
    } else if (netError == QNetworkReply::SslHandshakeFailedError) {
        e.kind = ApiError::Kind::Tls;
        e.detail =
            QCoreApplication::translate("ApiError", "certificate refused: %1")
                .arg(m_sslErrors.isEmpty() ? m_reply->errorString() : m_sslErrors.join(QStringLiteral("; ")));
    } else if (netError == QNetworkReply::UnknownContentError && m_reply->hasRawHeader("Content-Encoding")) {
        // Qt says "Decompression failed" both when its safety check stops a body that inflates far
        // beyond what it was on the wire and when the body is not what its encoding claims.
        e.kind = ApiError::Kind::TooLarge;
        e.detail = QCoreApplication::translate("ApiError",
                                               "the compressed response could not be decompressed: it is "
                                               "corrupt, or inflates beyond the safety limit");
    } else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
        e.kind =
            ApiError::Kind::Timeout; // Qt reports an expired transfer timeout as a cancel we did not ask for
    } else if (m_status > 0 && !m_call.expectedStatuses.contains(m_status)) {
        e.kind = ApiError::kindForStatus(m_status);
        if (e.kind == ApiError::Kind::None)
            e.kind = ApiError::Kind::Protocol;
        e.httpStatus = m_status;
        e.serverMessage = ApiError::messageFromBody(m_body);
    } else if (netError != QNetworkReply::NoError && !(m_status > 0 && isHttpStatusError(netError))) {
        // An HTTP status the call expects (a 404 meaning "absent") is an answer, not a failure.
        e.kind = ApiError::Kind::Network;
        e.detail = m_reply->errorString();
    }
    return e;
}

void ApiReply::onReplyFinished()
{
    m_deadline.stop();
    if (!m_reply)
        return;
    if (!m_tooLarge && !m_userAborted)
        m_body += m_reply->readAll();
    for (const auto &pair : m_reply->rawHeaderPairs())
        m_headers.append(pair);
    const ApiError error = classify();
    qCDebug(lcNetwork).noquote() << m_call.method << HttpHeaders::redactedUrl(m_reply->url()) << m_status
                                 << m_elapsed.elapsed() << "ms attempt" << m_attempts
                                 << (error ? error.message() : QString());
    m_reply->deleteLater();
    m_reply.clear();

    const RetryPolicy &policy = m_client ? m_client->profile().retry : RetryPolicy {};
    if (error && m_call.idempotent && error.isTransient() && m_attempts < policy.maxAttempts) {
        const qint64 cap = std::min<qint64>(
            policy.maxDelay.count(), policy.baseDelay.count() * (qint64(1) << std::min(m_attempts - 1, 20)));
        qint64 delay = QRandomGenerator::global()->bounded(cap + 1); // full jitter
        const auto retryAfter =
            HttpHeaders::parseRetryAfter(rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (retryAfter) {
            if (*retryAfter > policy.maxRetryAfter) {
                ApiError tooLong = error;
                tooLong.detail =
                    QCoreApplication::translate("ApiError", "rate limited; the platform asks to wait %1 s")
                        .arg(retryAfter->count() / 1000);
                finish(tooLong);
                return;
            }
            delay = std::max<qint64>(delay, retryAfter->count());
        }
        qCInfo(lcNetwork).noquote() << "retrying" << m_call.path << "in" << delay << "ms:" << error.message();
        Q_EMIT retrying(m_attempts, delay, error.message());
        m_retryTimer.start(int(delay));
        return;
    }
    finish(error);
}

void ApiReply::finish(const ApiError &error)
{
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}
