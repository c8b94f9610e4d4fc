#pragma once

#include "deliveryresult.h"
#include "outboundaddresspolicy.h"
#include "slackpacer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <chrono>
#include <functional>
#include <memory>

class DeliveryLogStore;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Sends planned calls for real ("send for real" in the harness, `simulate --send`), safely:
// - https only; each URL goes through OutboundAddressPolicy, the host is resolved, every address is
//   checked, and the request goes to the checked address (URL host replaced by it, Host header and
//   TLS peer name kept), so a resolver that changes its answer cannot redirect it (DNS rebinding);
// - TLS with the system CAs plus any extra CA (a local sink's), peer verification always on;
// - HTTP/1.1 (the Host header names the endpoint), no cookies, no cache, redirects not followed
//   (3xx is a failure), a deadline per attempt (15 s), at most 64 KiB of each answer read;
// - Slack URLs paced by SlackPacer (one request in flight per URL, starts >= 1 s after the previous
//   finished); a burst waits in a queue;
// - one retry at most, only on 429/503 with a Retry-After within maxRetryAfter, with the same
//   bytes (so the same webhook-id, timestamp and signature);
// - every result classified (DeliveryClassifier), logged by channel and origin only (never a URL
//   path, a header or a body), and appended to the delivery log when one is set.
// Lives in one thread; results arrive through signals.
class Dispatcher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool allowLoopback = false; // the demo and the tests only
        QList<QSslCertificate> extraCaCertificates; // trusted besides the system's
        std::chrono::milliseconds timeout { 15000 }; // per attempt, DNS included
        std::chrono::milliseconds slackInterval { 1000 };
        std::chrono::milliseconds maxRetryAfter { 60000 }; // a longer Retry-After is reported, not waited for
        qsizetype maxAnswerBytes = 64 * 1024;
    };
    using ResolveDone = std::function<void(const QList<QHostAddress> &addresses, const QString &error)>;
    // Resolves a host name; calls `done` once, in this thread. The default uses QHostInfo.
    using Resolver = std::function<void(const QString &host, QObject *context, ResolveDone done)>;

    // The access manager to give a Dispatcher: made once, owned by `parent`; the Dispatcher sets every
    // request's policy itself, so any QNAM works, but this one has no cookie jar or cache.
    static QNetworkAccessManager *createNetworkAccessManager(QObject *parent);

    Dispatcher(QNetworkAccessManager *nam, const Options &options, QObject *parent = nullptr);
    ~Dispatcher() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    void setResolver(Resolver resolver);
    void setDeliveryLog(DeliveryLogStore *log) { m_log = log; }

    // Starts sending and returns the batch id ("b-" + 16 hex). deliveryFinished comes once per request
    // (index = its position in `requests`), then batchFinished once with every result in order.
    QString send(const QList<DispatchRequest> &requests);
    // Stops every delivery of the batch that has not finished; they end as Cancelled.
    void cancel(const QString &batch);
    bool isBusy() const { return !m_jobs.isEmpty(); }

    // "https://host[:port]" of a URL, the only part of an endpoint that may be shown or logged.
    static QString origin(const QString &url);

Q_SIGNALS:
    void deliveryStarted(const QString &batch, int index);
    void deliveryFinished(const QString &batch, int index, const DeliveryResult &result);
    void batchFinished(const QString &batch, const QList<DeliveryResult> &results);

private:
    struct Job;
    struct Batch
    {
        QList<DeliveryResult> results;
        int open = 0;
    };

    Job *find(quint64 id) const;
    void start(Job *job);
    void resolved(Job *job, const QList<QHostAddress> &addresses, const QString &error);
    void enqueue(Job *job, bool front = false);
    void pumpLane(const QString &key);
    void sendAttempt(Job *job);
    void attemptFinished(Job *job);
    void finish(Job *job, DeliveryOutcome outcome, const QString &message, int status = 0);
    qint64 nowMs() const { return m_clock.elapsed(); }

    QNetworkAccessManager *m_nam;
    Options m_options;
    Resolver m_resolver;
    DeliveryLogStore *m_log = nullptr;
    SlackPacer m_pacer;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    QList<Job *> m_jobs;
    QHash<QString, Batch> m_batches;
    QHash<QString, QList<Job *>> m_lanes; // Slack URL -> jobs waiting for it
    QHash<QString, QTimer *> m_laneTimers;
};
