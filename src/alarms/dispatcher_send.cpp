// Dispatcher: one attempt on the wire, its classification, the retry, and the end of a delivery.
#include "deliverylogstore.h"
#include "dispatcher.h"
#include "dispatcherjob.h"
#include "httpheaders.h"
#include "logging.h"
#include "tlspolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {

QString seconds(std::chrono::milliseconds ms)
{
    return Dispatcher::tr("%1 s").arg(double(ms.count()) / 1000.0, 0, 'g', 3);
}

QString networkDetail(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Dispatcher::tr("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return Dispatcher::tr("the server closed the connection before answering");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return Dispatcher::tr("the network is unavailable");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Dispatcher::tr("the proxy failed");
    default:
        // Never errorString(): Qt puts the whole URL in it, and a Slack URL is a secret.
        return Dispatcher::tr("network error %1").arg(int(error));
    }
}

void readCapped(QNetworkReply *reply, QByteArray &answer, qsizetype cap)
{
    while (reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(64 * 1024);
        if (chunk.isEmpty())
            break;
        if (answer.size() < cap)
            answer += chunk.left(cap - answer.size());
    }
}

} // namespace

void Dispatcher::sendAttempt(Job *job)
{
    ++job->attempts;
    if (job->attempts == 1)
        emit deliveryStarted(job->batch, job->index);
    // The request goes to the address that was checked; the name stays in Host and in the TLS check.
    QUrl target = job->url;
    target.setHost(job->address.toString());
    QNetworkRequest request(target);
    for (const auto &[name, value] : std::as_const(job->request.call.headers))
        request.setRawHeader(name, value);
    request.setRawHeader("Host", job->url.authority(QUrl::FullyEncoded).toUtf8());
    if (!request.hasRawHeader("User-Agent")) // Qt would say "Mozilla/5.0"
        request.setRawHeader("User-Agent", QByteArrayLiteral("RuntimeDesk/" RD_VERSION " (alarm harness)"));
    request.setPeerVerifyName(job->verdict.host);
    request.setSslConfiguration(TlsPolicy::configuration(m_options.extraCaCertificates));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(0); // the deadline below covers the whole attempt

    job->answer.clear();
    job->sslErrors.clear();
    job->timedOut = false;
    job->attemptClock.start();
    job->reply = m_nam->sendCustomRequest(request, job->request.call.method, job->request.call.body);
    const quint64 id = job->id;
    QObject *guard = job->guard.get();
    connect(job->reply, &QNetworkReply::readyRead, guard, [this, id] {
        if (Job *j = find(id); j && j->reply)
            readCapped(j->reply, j->answer, m_options.maxAnswerBytes);
    });
    connect(job->reply, &QNetworkReply::sslErrors, guard, [this, id](const QList<QSslError> &errors) {
        if (Job *j = find(id)) {
            for (const QSslError &e : errors)
                j->sslErrors.append(e.errorString()); // never ignored: the handshake fails
        }
    });
    connect(job->reply, &QNetworkReply::finished, guard, [this, id] {
        if (Job *j = find(id))
            attemptFinished(j);
    });
    if (!job->deadline) {
        job->deadline = new QTimer(guard);
        job->deadline->setSingleShot(true);
        job->deadline->setTimerType(Qt::PreciseTimer);
    }
    job->deadline->disconnect();
    connect(job->deadline, &QTimer::timeout, guard, [this, id] {
        if (Job *j = find(id); j && j->reply) {
            j->timedOut = true;
            j->reply->abort(); // finished() follows, and attemptFinished() reports the timeout
        }
    });
    job->deadline->start(m_options.timeout);
}

void Dispatcher::attemptFinished(Job *job)
{
    job->deadline->stop();
    QNetworkReply *reply = job->reply;
    job->reply = nullptr;
    readCapped(reply, job->answer, m_options.maxAnswerBytes);
    job->latencyMs = job->attemptClock.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray retryAfterHeader = reply->rawHeader("Retry-After");
    reply->disconnect(job->guard.get());
    reply->deleteLater();
    if (job->isSlack() && job->inFlight) {
        job->inFlight = false;
        m_pacer.finished(job->laneKey(), nowMs());
    }

    DeliveryClassifier::Classification c;
    std::optional<std::chrono::milliseconds> retryAfter;
    if (job->timedOut) {
        c = DeliveryClassifier::fromOutcome(DeliveryOutcome::Timeout, seconds(m_options.timeout));
    } else if (status > 0) {
        retryAfter = HttpHeaders::parseRetryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc());
        c = DeliveryClassifier::fromStatus(job->request.channelType, status, job->answer, retryAfter);
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        c = DeliveryClassifier::fromOutcome(DeliveryOutcome::TlsFailure,
                                            job->sslErrors.isEmpty()
                                                ? tr("the certificate was not accepted")
                                                : job->sslErrors.join(QStringLiteral("; ")));
    } else if (error == QNetworkReply::HostNotFoundError) {
        c = DeliveryClassifier::fromOutcome(DeliveryOutcome::DnsFailure, job->verdict.host);
    } else if (error == QNetworkReply::TimeoutError) {
        c = DeliveryClassifier::fromOutcome(DeliveryOutcome::Timeout, seconds(m_options.timeout));
    } else if (error == QNetworkReply::OperationCanceledError) {
        c = DeliveryClassifier::fromOutcome(DeliveryOutcome::Cancelled);
    } else {
        c = DeliveryClassifier::fromOutcome(DeliveryOutcome::ConnectionFailed, networkDetail(error));
    }

    // One retry, only when the endpoint said when (NOTIF-3), and only if that is soon enough.
    if (DeliveryClassifier::isRetryable(c.outcome) && job->attempts == 1 && retryAfter
        && *retryAfter <= m_options.maxRetryAfter) {
        qCInfo(lcAlarms).noquote() << "delivery" << job->request.ruleId << job->request.call.channel << "to"
                                   << origin(job->request.call.url) << "answered" << status << "; retrying in"
                                   << retryAfter->count() << "ms";
        if (job->isSlack())
            m_pacer.hold(job->laneKey(), nowMs() + retryAfter->count());
        job->wait = new QTimer(job->guard.get());
        job->wait->setSingleShot(true);
        job->wait->setTimerType(Qt::PreciseTimer);
        const quint64 id = job->id;
        connect(job->wait, &QTimer::timeout, job->guard.get(), [this, id] {
            if (Job *j = find(id)) {
                if (j->isSlack())
                    enqueue(j, true);
                else
                    sendAttempt(j);
            }
        });
        job->wait->start(int(retryAfter->count()));
        if (job->isSlack())
            pumpLane(job->laneKey());
        return;
    }
    const QString key = job->isSlack() ? job->laneKey() : QString();
    QString message = c.message;
    if (job->attempts > 1)
        message += tr(" (after one retry)");
    finish(job, c.outcome, message, status);
    if (!key.isEmpty())
        pumpLane(key);
}

void Dispatcher::finish(Job *job, DeliveryOutcome outcome, const QString &message, int status)
{
    if (job->deadline)
        job->deadline->stop();
    if (job->wait)
        job->wait->stop();
    if (job->reply) {
        job->reply->disconnect(job->guard.get());
        job->reply->abort();
        job->reply->deleteLater();
        job->reply = nullptr;
        job->latencyMs = job->attemptClock.elapsed();
    }
    if (job->queued) {
        m_lanes[job->laneKey()].removeAll(job);
        job->queued = false;
    }
    const bool freedLane = job->isSlack() && job->inFlight;
    if (freedLane) {
        job->inFlight = false;
        m_pacer.finished(job->laneKey(), nowMs());
    }

    DeliveryResult r;
    r.ruleId = job->request.ruleId;
    r.ruleName = job->request.ruleName;
    r.channel = job->request.call.channel;
    r.channelType = job->request.channelType;
    r.origin = origin(job->request.call.url);
    r.outcome = outcome;
    r.message = message;
    r.httpStatus = status;
    r.latencyMs = job->latencyMs;
    r.attempts = job->attempts;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    for (const auto &[name, value] : std::as_const(job->request.call.headers)) {
        if (name.compare("webhook-id", Qt::CaseInsensitive) == 0)
            r.webhookId = QString::fromUtf8(value);
    }
    if (!job->address.isNull())
        r.address = job->address.toString();

    // Channel and origin only: the path of a Slack URL is its secret.
    qCInfo(lcAlarms).noquote() << "delivery" << r.ruleId << r.channel << "to" << r.origin << ":"
                               << DeliveryClassifier::outcomeName(outcome) << status << r.latencyMs << "ms"
                               << r.attempts << "attempt(s)";
    if (m_log && !m_log->append(job->batch, r))
        qCWarning(lcAlarms) << "the delivery log could not be written";

    const QString batch = job->batch;
    const int index = job->index;
    const QString laneKey = freedLane ? job->laneKey() : QString();
    m_jobs.removeOne(job);
    job->guard.release()->deleteLater(); // its connections may be running right now
    delete job;

    auto b = m_batches.find(batch);
    if (b != m_batches.end()) {
        b->results[index] = r;
        --b->open;
    }
    emit deliveryFinished(batch, index, r);
    b = m_batches.find(batch);
    if (b != m_batches.end() && b->open == 0) {
        const QList<DeliveryResult> results = m_batches.take(batch).results;
        emit batchFinished(batch, results);
    }
    if (!laneKey.isEmpty())
        pumpLane(laneKey);
}
