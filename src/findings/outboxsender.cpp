#include "outboxsender.h"

#include "apiclient.h"
#include "findingstore.h"
#include "logging.h"
#include "ticketdraft.h"
#include "trackerclients.h"
#include "trackerrequests.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

namespace {
// The tracker refused the request: sending it again unchanged cannot succeed.
bool definiteRefusal(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Client:
    case ApiError::Kind::Redirect:
        return error.httpStatus != 408 && error.httpStatus != 409;
    default:
        return false;
    }
}

QString withMarker(const QString &body, const OutboxItem &item)
{
    return body + QStringLiteral("\n\n")
        + TrackerMarker::line(item.idempotencyKey, item.tracker == u"github");
}
} // namespace

OutboxSender::OutboxSender(Database &local, TrackerClients *clients, QObject *parent)
    : QObject(parent)
    , m_local(local)
    , m_store(local)
    , m_clients(clients)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

OutboxSender::~OutboxSender() = default;

void OutboxSender::setClock(std::function<qint64()> clock)
{
    m_clock = clock;
    m_store.setClock(std::move(clock));
}

void OutboxSender::sendPending()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_cursor = 0;
    m_summary = {};
    m_store.recoverStale(staleLeaseMs);
    next();
}

QString OutboxSender::ticketKey(const OutboxItem &item) const
{
    FindingStore findings(m_local);
    const std::optional<Finding> finding = findings.find(item.subject);
    if (!finding || finding->ticketTracker != item.tracker)
        return {};
    QString key = finding->ticketKey;
    if (key.startsWith(u'#'))
        key.remove(0, 1); // GitHub's "#12" is issue number 12
    return key;
}

void OutboxSender::next()
{
    for (const OutboxItem &item : m_store.list()) {
        if (item.id <= m_cursor || item.state != OutboxItem::State::Pending)
            continue;
        m_cursor = item.id;
        if (!m_clients || !m_clients->isConfigured(item.tracker)) {
            m_summary.lastError =
                QStringLiteral("%1 is not set up").arg(item.tracker == u"github" ? u"GitHub" : u"Jira");
            continue;
        }
        if (item.kind == OutboxItem::Kind::Comment && ticketKey(item).isEmpty())
            continue; // waits for its ticket
        if (!m_store.claim(item.id))
            continue; // another sender has it
        start(item);
        return;
    }
    const QList<OutboxItem> waiting = m_store.list();
    m_summary.waiting = int(waiting.size());
    for (const OutboxItem &item : waiting) {
        if (item.state == OutboxItem::State::Failed)
            ++m_summary.failed;
        if (m_summary.lastError.isEmpty() && !item.lastError.isEmpty())
            m_summary.lastError = item.lastError;
    }
    m_running = false;
    Q_EMIT finished();
    if (m_again)
        QTimer::singleShot(0, this, &OutboxSender::sendPending);
}

template<typename Request> void OutboxSender::watch(Request *request, std::function<void()> done)
{
    connect(request, &Request::finished, this, [request, done] {
        done();
        request->deleteLater();
    });
    request->start();
}

void OutboxSender::start(const OutboxItem &item)
{
    // item.attempts is what it was before this claim: > 0 means an earlier request may have landed.
    if (item.attempts > 0)
        lookFirst(item);
    else
        post(item);
}

void OutboxSender::lookFirst(const OutboxItem &item)
{
    ApiClient *client = m_clients->client(item.tracker);
    const TrackerConfig config = *m_clients->config(item.tracker);
    qCInfo(lcNetwork) << "outbox" << item.id << "was attempted before; looking for it on" << item.tracker;
    if (item.kind == OutboxItem::Kind::Issue && item.tracker == u"jira") {
        auto *r = new JiraSearchRequest(client, TrackerMarker::label(item.idempotencyKey), this);
        watch(r, [this, item, r] { onLookedUp(item, r->error(), r->result()); });
    } else if (item.kind == OutboxItem::Kind::Issue) {
        // Issues updated since a little before the item was queued include any it created.
        const QDateTime since = QDateTime::fromMSecsSinceEpoch(item.createdAt - 10 * 60 * 1000, Qt::UTC);
        auto *r = new GitHubListIssuesRequest(client, config.owner(), config.repository(), since, this);
        watch(r, [this, item, r] { onLookedUp(item, r->error(), r->result()); });
    } else if (item.tracker == u"jira") {
        auto *r = new JiraCommentsRequest(client, ticketKey(item), this);
        watch(r, [this, item, r] { onLookedUp(item, r->error(), r->result()); });
    } else {
        auto *r =
            new GitHubCommentsRequest(client, config.owner(), config.repository(), ticketKey(item), this);
        watch(r, [this, item, r] { onLookedUp(item, r->error(), r->result()); });
    }
}

void OutboxSender::onLookedUp(const OutboxItem &item, const ApiError &error, const QList<TrackerItem> &found)
{
    if (error) {
        const QString message = QStringLiteral("could not check whether it arrived: ") + error.message();
        if (definiteRefusal(error))
            m_store.markFailed(item.id, message);
        else
            m_store.release(item.id, message);
        m_summary.lastError = message;
        return settle(item);
    }
    for (const TrackerItem &candidate : found) {
        if (TrackerMarker::carries(candidate, item.idempotencyKey)) {
            qCInfo(lcNetwork) << "outbox" << item.id << "had arrived as" << candidate.key
                              << "- not sent again";
            return sent(item, candidate);
        }
    }
    post(item);
}

void OutboxSender::post(const OutboxItem &item)
{
    ApiClient *client = m_clients->client(item.tracker);
    const TrackerConfig config = *m_clients->config(item.tracker);
    if (item.kind == OutboxItem::Kind::Issue) {
        const TicketDraft draft = TicketDraft::fromPayload(item.payload);
        if (item.tracker == u"jira") {
            const QJsonObject fields {
                { QStringLiteral("project"), QJsonObject { { QStringLiteral("key"), config.project } } },
                { QStringLiteral("summary"), draft.title },
                { QStringLiteral("description"), withMarker(draft.body, item) },
                { QStringLiteral("issuetype"), QJsonObject { { QStringLiteral("name"), config.issueType } } },
                { QStringLiteral("labels"),
                  QJsonArray { QStringLiteral("runtime-desk"), TrackerMarker::label(item.idempotencyKey) } }
            };
            auto *r =
                new JiraCreateIssueRequest(client, m_clients->authorization(item.tracker), fields, this);
            watch(r, [this, item, r] { onPosted(item, r->error(), r->result()); });
        } else {
            const QJsonObject issue { { QStringLiteral("title"), draft.title },
                                      { QStringLiteral("body"), withMarker(draft.body, item) } };
            auto *r = new GitHubCreateIssueRequest(client, m_clients->authorization(item.tracker),
                                                   config.owner(), config.repository(), issue, this);
            watch(r, [this, item, r] { onPosted(item, r->error(), r->result()); });
        }
        return;
    }
    const QString body = withMarker(item.payload.value(QLatin1StringView("body")).toString(), item);
    if (item.tracker == u"jira") {
        auto *r = new JiraAddCommentRequest(client, m_clients->authorization(item.tracker), ticketKey(item),
                                            body, this);
        watch(r, [this, item, r] { onPosted(item, r->error(), r->result()); });
    } else {
        auto *r = new GitHubAddCommentRequest(client, m_clients->authorization(item.tracker), config.owner(),
                                              config.repository(), ticketKey(item), body, this);
        watch(r, [this, item, r] { onPosted(item, r->error(), r->result()); });
    }
}

void OutboxSender::onPosted(const OutboxItem &item, const ApiError &error, const TrackerItem &result)
{
    if (!error)
        return sent(item, result);
    const QString message = error.message();
    qCInfo(lcNetwork).noquote() << "outbox" << item.id << "not sent:" << message;
    if (definiteRefusal(error))
        m_store.markFailed(item.id, message);
    else
        m_store.release(item.id, message); // uncertain: looked for before the next attempt
    m_summary.lastError = message;
    settle(item);
}

void OutboxSender::sent(const OutboxItem &item, const TrackerItem &result)
{
    const QString key =
        item.tracker == u"github" && item.kind == OutboxItem::Kind::Issue ? u'#' + result.key : result.key;
    FindingStore findings(m_local);
    findings.setClock(m_clock);
    const bool ok = m_store.markSent(item.id, key, result.url, [&] {
        if (item.kind != OutboxItem::Kind::Issue)
            return true;
        const std::optional<Finding> before = findings.find(item.subject);
        if (!findings.setTicket(item.subject, item.tracker, key, result.url))
            return false;
        const bool promoted = before
            && (before->status == Triage::Status::New || before->status == Triage::Status::Investigating);
        return !promoted
            || findings.journal(item.subject, QStringLiteral("status"),
                                QStringLiteral("ticketed (ticket filed)"));
    });
    if (ok)
        ++m_summary.sent;
    else
        m_summary.lastError = QStringLiteral("sent as %1, but the local database did not record it: %2")
                                  .arg(key, m_local.lastError().message);
    settle(item);
}

void OutboxSender::settle(const OutboxItem &item)
{
    Q_EMIT itemChanged(item.subject);
    QTimer::singleShot(0, this, &OutboxSender::next);
}
