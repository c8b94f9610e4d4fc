#pragma once

#include "outboxstore.h"

#include <QObject>
#include <QPointer>

#include <functional>

class Database;
class TrackerClients;
struct ApiError;
struct TrackerItem;

// Sends the outbox, one item at a time, exactly once:
//  1. claim: pending -> sending, attempts + 1, committed before anything goes on the wire;
//  2. an item that was attempted before (the connection dropped, the app died, a 5xx) is looked
//     for on the tracker first, by the idempotency marker it carries (Jira: a label; GitHub: the
//     hidden marker line in the bodies of the repository's recent issues, or of the ticket's
//     comments); found means sent;
//  3. otherwise the POST (never retried blindly by ApiClient);
//  4. a 2xx marks it sent and stores the ticket link on the finding in one transaction; a
//     definite refusal (400, 401, 403, 404, 422, ...) marks it failed until the user retries;
//     anything uncertain (no answer, a timeout, a 5xx, an unreadable answer) puts it back to
//     pending, to be looked for before the next attempt.
// A comment waits until its finding has a ticket on the same tracker.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int sent = 0; // in this pass
        int waiting = 0; // pending, sending or failed after the pass
        int failed = 0; // refused by a tracker, waiting for the user
        QString lastError;
    };

    OutboxSender(Database &local, TrackerClients *clients, QObject *parent = nullptr);
    ~OutboxSender() override;

    // One pass over the pending items; a call while a pass runs asks for another pass after it.
    void sendPending();
    bool isRunning() const { return m_running; }
    const Summary &lastSummary() const { return m_summary; }
    void setClock(std::function<qint64()> clock);

    // Items left `sending` by a sender that died go back to pending after this long.
    static constexpr qint64 staleLeaseMs = 3 * 60 * 1000;

Q_SIGNALS:
    void itemChanged(const QString &subject);
    void finished(); // a pass ended; lastSummary() tells how

private:
    void next();
    void start(const OutboxItem &item);
    void lookFirst(const OutboxItem &item);
    void post(const OutboxItem &item);
    void onLookedUp(const OutboxItem &item, const ApiError &error, const QList<TrackerItem> &found);
    void onPosted(const OutboxItem &item, const ApiError &error, const TrackerItem &result);
    void sent(const OutboxItem &item, const TrackerItem &result);
    void settle(const OutboxItem &item);
    QString ticketKey(const OutboxItem &item) const;
    template<typename Request> void watch(Request *request, std::function<void()> done);

    Database &m_local;
    OutboxStore m_store;
    QPointer<TrackerClients> m_clients;
    std::function<qint64()> m_clock;
    Summary m_summary;
    qint64 m_cursor = 0;
    bool m_running = false;
    bool m_again = false;
};
