#include "dispatcher.h"

#include "deliverylogstore.h"
#include "dispatcherjob.h"
#include "httpheaders.h"
#include "logging.h"

#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

namespace {

QString newBatchId()
{
    return QStringLiteral("b-")
        + QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
}

QString seconds(std::chrono::milliseconds ms)
{
    return Dispatcher::tr("%1 s").arg(double(ms.count()) / 1000.0, 0, 'g', 3);
}

} // namespace

QNetworkAccessManager *Dispatcher::createNetworkAccessManager(QObject *parent)
{
    auto *nam = new QNetworkAccessManager(parent);
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    nam->setCookieJar(nullptr);
    nam->setStrictTransportSecurityEnabled(
        false); // never upgrade or rewrite: we send exactly what was planned
    return nam;
}

Dispatcher::Dispatcher(QNetworkAccessManager *nam, const Options &options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(options)
    , m_pacer(options.slackInterval.count())
{
    qRegisterMetaType<DeliveryResult>();
    m_clock.start();
    // Connections are kept per host and port, not per trust: none made under other options is reused.
    m_nam->clearConnectionCache();
    m_resolver = [](const QString &host, QObject *context, ResolveDone done) {
        QHostInfo::lookupHost(host, context, [done](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
                done({}, info.errorString());
            else
                done(info.addresses(), {});
        });
    };
}

Dispatcher::~Dispatcher()
{
    for (Job *job : std::as_const(m_jobs)) {
        if (job->reply) {
            job->reply->disconnect(job->guard.get());
            job->reply->abort();
            job->reply->deleteLater();
        }
        delete job;
    }
}

void Dispatcher::setOptions(const Options &options)
{
    m_options = options;
    m_pacer = SlackPacer(options.slackInterval.count());
    m_nam->clearConnectionCache(); // connections made under other trust must not be reused
}

void Dispatcher::setResolver(Resolver resolver)
{
    m_resolver = std::move(resolver);
}

QString Dispatcher::origin(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return tr("(not a URL)");
    return parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

QString Dispatcher::send(const QList<DispatchRequest> &requests)
{
    const QString batch = newBatchId();
    Batch &b = m_batches[batch];
    b.results.resize(requests.size());
    b.open = int(requests.size());
    QList<quint64> ids;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto *job = new Job;
        job->id = m_nextId++;
        job->batch = batch;
        job->index = int(i);
        job->request = requests[i];
        m_jobs.append(job);
        ids.append(job->id);
    }
    // Results come after send() has returned the batch id, even when nothing can be sent.
    QTimer::singleShot(0, this, [this, batch, ids] {
        for (quint64 id : ids) {
            if (Job *job = find(id))
                start(job);
        }
        if (m_batches.contains(batch) && m_batches.value(batch).open == 0) {
            const QList<DeliveryResult> results = m_batches.take(batch).results;
            emit batchFinished(batch, results);
        }
    });
    return batch;
}

Dispatcher::Job *Dispatcher::find(quint64 id) const
{
    for (Job *job : m_jobs) {
        if (job->id == id)
            return job;
    }
    return nullptr;
}

void Dispatcher::cancel(const QString &batch)
{
    const QList<Job *> jobs = m_jobs;
    for (Job *job : jobs) {
        if (job->batch == batch && m_jobs.contains(job))
            finish(job, DeliveryOutcome::Cancelled,
                   DeliveryClassifier::fromOutcome(DeliveryOutcome::Cancelled).message);
    }
}

void Dispatcher::start(Job *job)
{
    OutboundAddressPolicy::Options policy;
    policy.allowLoopback = m_options.allowLoopback;
    job->url = QUrl(job->request.call.url, QUrl::StrictMode);
    job->verdict = OutboundAddressPolicy::classify(job->request.call.url, policy);
    if (!job->verdict.allowed) {
        finish(
            job, DeliveryOutcome::RefusedByPolicy,
            DeliveryClassifier::fromOutcome(DeliveryOutcome::RefusedByPolicy, job->verdict.message).message);
        return;
    }
    if (job->verdict.literal) {
        resolved(job, { *job->verdict.literal }, {});
        return;
    }
    job->deadline = new QTimer(job->guard.get());
    job->deadline->setSingleShot(true);
    job->deadline->setTimerType(Qt::PreciseTimer);
    const quint64 id = job->id;
    connect(job->deadline, &QTimer::timeout, job->guard.get(), [this, id] {
        if (Job *j = find(id))
            finish(
                j, DeliveryOutcome::Timeout,
                DeliveryClassifier::fromOutcome(DeliveryOutcome::Timeout,
                                                tr("%1 (resolving the host)").arg(seconds(m_options.timeout)))
                    .message);
    });
    job->deadline->start(m_options.timeout);
    m_resolver(job->verdict.host, job->guard.get(),
               [this, id](const QList<QHostAddress> &addresses, const QString &error) {
                   if (Job *j = find(id))
                       resolved(j, addresses, error);
               });
}

void Dispatcher::resolved(Job *job, const QList<QHostAddress> &addresses, const QString &error)
{
    if (job->deadline)
        job->deadline->stop();
    if (addresses.isEmpty()) {
        Q_UNUSED(error) // the resolver's words can name the whole URL on some platforms; ours name the host
        finish(job, DeliveryOutcome::DnsFailure,
               DeliveryClassifier::fromOutcome(DeliveryOutcome::DnsFailure, job->verdict.host).message);
        return;
    }
    OutboundAddressPolicy::Options policy;
    policy.allowLoopback = m_options.allowLoopback;
    // Every address must pass: a name that also resolves to a private address is refused whole.
    for (const QHostAddress &address : addresses) {
        const auto verdict = OutboundAddressPolicy::checkResolved(address, policy);
        if (!verdict.allowed) {
            const QString detail = job->verdict.literal
                ? verdict.message
                : tr("%1 resolves to %2").arg(job->verdict.host, verdict.message);
            finish(job, DeliveryOutcome::RefusedByPolicy,
                   DeliveryClassifier::fromOutcome(DeliveryOutcome::RefusedByPolicy, detail).message);
            return;
        }
    }
    job->address = addresses.constFirst();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            job->address = address; // IPv4 first: what most endpoints (and the demo sinks) listen on
            break;
        }
    }
    if (job->isSlack())
        enqueue(job);
    else
        sendAttempt(job);
}

void Dispatcher::enqueue(Job *job, bool front)
{
    job->queued = true;
    QList<Job *> &queue = m_lanes[job->laneKey()];
    if (front)
        queue.prepend(job);
    else
        queue.append(job);
    pumpLane(job->laneKey());
}

void Dispatcher::pumpLane(const QString &key)
{
    QList<Job *> &queue = m_lanes[key];
    if (queue.isEmpty()) {
        m_lanes.remove(key);
        if (QTimer *timer = m_laneTimers.take(key))
            timer->deleteLater();
        return;
    }
    const qint64 wait = m_pacer.waitFor(key, nowMs());
    if (wait < 0)
        return; // one is in flight; its end pumps again
    if (wait > 0) {
        QTimer *timer = m_laneTimers.value(key);
        if (!timer) {
            timer = new QTimer(this);
            timer->setSingleShot(true);
            timer->setTimerType(Qt::PreciseTimer);
            connect(timer, &QTimer::timeout, this, [this, key] { pumpLane(key); });
            m_laneTimers.insert(key, timer);
        }
        if (!timer->isActive())
            timer->start(int(wait));
        return;
    }
    Job *job = queue.takeFirst();
    job->queued = false;
    m_pacer.started(key);
    job->inFlight = true;
    sendAttempt(job);
}
