#pragma once

#include "database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// One tracker request waiting to go out exactly once (local schema v3, table outbox).
struct OutboxItem
{
    enum class Kind { Issue, Comment };
    enum class State { Pending, Sending, Sent, Failed };

    qint64 id = 0;
    QString idempotencyKey; // a UUID, embedded in what is sent so an uncertain attempt can be found
    Kind kind = Kind::Issue;
    QString tracker; // jira | github
    QString subject; // the finding's subject
    qint64 noteId = 0; // a comment's note
    QJsonObject payload; // issue: title, body; comment: body. Never credentials.
    State state = State::Pending;
    int attempts = 0; // requests that may have reached the tracker
    QString lastError;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString resultKey;
    QString resultUrl;

    static QString kindName(Kind kind);
    static QString stateName(State state);
};

// The outbox in the local database. A request is claimed (state sending, attempts + 1) in a
// committed transaction before it goes on the wire, so a crash or a dropped connection leaves a
// trace: attempts > 0 means "look for it on the tracker before sending again" (OutboxSender).
class OutboxStore
{
public:
    explicit OutboxStore(Database &db);

    // Queues a request and journals it on the subject; nullopt on a database error.
    std::optional<OutboxItem> enqueue(OutboxItem::Kind kind, const QString &tracker, const QString &subject,
                                      const QJsonObject &payload, qint64 noteId = 0);
    std::optional<OutboxItem> find(qint64 id);
    // Waiting items (pending, sending, failed) in order; with `includeSent`, every item.
    QList<OutboxItem> list(bool includeSent = false);
    QList<OutboxItem> ofSubject(const QString &subject);
    int countWaiting(); // pending + sending + failed

    // pending -> sending, attempts + 1; false when another sender has it or it is not pending.
    bool claim(qint64 id);
    // sending -> pending with the reason (it goes again later).
    bool release(qint64 id, const QString &error);
    // sending -> sent, the tracker's key and link kept; `also` runs in the same transaction.
    bool markSent(qint64 id, const QString &key, const QString &url, const std::function<bool()> &also = {});
    // sending -> failed: the tracker refused it; it waits for the user (retry()).
    bool markFailed(qint64 id, const QString &error);
    // failed -> pending (one item, or every failed item when id is 0). The attempts stay, so an
    // earlier uncertain attempt is still looked for first.
    int retry(qint64 id = 0);
    // Items left in `sending` longer than `leaseMs` (a crashed sender) go back to pending.
    int recoverStale(qint64 leaseMs);

    bool journal(const QString &subject, const QString &action, const QString &detail);
    const DbError &lastError() const { return m_db.lastError(); }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    bool transition(qint64 id, const QString &from, const QString &to, const QString &error);

    Database &m_db;
    std::function<qint64()> m_clock;
};
