#include "outboxstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace {
const QString columns =
    QStringLiteral("id, idempotency_key, kind, tracker, subject, coalesce(note_id, 0), payload, state, "
                   "attempts, last_error, created_at, updated_at, coalesce(result_key, ''), "
                   "coalesce(result_url, '')");

OutboxItem fromRow(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.idempotencyKey = q.value(1).toString();
    item.kind = q.value(2).toString() == u"comment" ? OutboxItem::Kind::Comment : OutboxItem::Kind::Issue;
    item.tracker = q.value(3).toString();
    item.subject = q.value(4).toString();
    item.noteId = q.value(5).toLongLong();
    item.payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    const QString state = q.value(7).toString();
    item.state = state == u"sent" ? OutboxItem::State::Sent
        : state == u"sending"     ? OutboxItem::State::Sending
        : state == u"failed"      ? OutboxItem::State::Failed
                                  : OutboxItem::State::Pending;
    item.attempts = q.value(8).toInt();
    item.lastError = q.value(9).toString();
    item.createdAt = q.value(10).toLongLong();
    item.updatedAt = q.value(11).toLongLong();
    item.resultKey = q.value(12).toString();
    item.resultUrl = q.value(13).toString();
    return item;
}
} // namespace

QString OutboxItem::kindName(Kind kind)
{
    return kind == Kind::Comment ? QStringLiteral("comment") : QStringLiteral("issue");
}

QString OutboxItem::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

OutboxStore::OutboxStore(Database &db)
    : m_db(db)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

bool OutboxStore::journal(const QString &subject, const QString &action, const QString &detail)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO journal (at, subject, action, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m_clock());
    q.addBindValue(subject);
    q.addBindValue(action);
    q.addBindValue(Database::text(detail));
    return m_db.exec(q);
}

std::optional<OutboxItem> OutboxStore::enqueue(OutboxItem::Kind kind, const QString &tracker,
                                               const QString &subject, const QJsonObject &payload,
                                               qint64 noteId)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    qint64 id = 0;
    const bool ok = m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO outbox (idempotency_key, kind, tracker, "
                                                  "subject, note_id, payload, created_at, updated_at) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = m_clock();
        q.addBindValue(key);
        q.addBindValue(OutboxItem::kindName(kind));
        q.addBindValue(tracker);
        q.addBindValue(subject);
        q.addBindValue(noteId > 0 ? QVariant(noteId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!m_db.exec(q))
            return false;
        id = q.lastInsertId().toLongLong();
        return journal(subject, OutboxItem::kindName(kind) + QStringLiteral("-queued"),
                       QStringLiteral("%1 outbox #%2").arg(tracker).arg(id));
    });
    if (!ok)
        return std::nullopt;
    return find(id);
}

std::optional<OutboxItem> OutboxStore::find(qint64 id)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<OutboxItem> OutboxStore::list(bool includeSent)
{
    QList<OutboxItem> items;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT ") + columns
                     + (includeSent ? QStringLiteral(" FROM outbox ORDER BY id")
                                    : QStringLiteral(" FROM outbox WHERE state <> 'sent' ORDER BY id")));
    if (!m_db.exec(q))
        return items;
    while (q.next())
        items.append(fromRow(q));
    return items;
}

QList<OutboxItem> OutboxStore::ofSubject(const QString &subject)
{
    QList<OutboxItem> items;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + columns
                               + QStringLiteral(" FROM outbox WHERE subject = ? ORDER BY id"));
    q.addBindValue(subject);
    if (!m_db.exec(q))
        return items;
    while (q.next())
        items.append(fromRow(q));
    return items;
}

int OutboxStore::countWaiting()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'sent'"));
    if (!m_db.exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool OutboxStore::claim(qint64 id)
{
    bool claimed = false;
    const bool ok = m_db.transaction([&] {
        QSqlQuery q =
            m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                                        "claimed_at = ?, updated_at = ? WHERE id = ? AND state = 'pending'"));
        const qint64 now = m_clock();
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(id);
        if (!m_db.exec(q))
            return false;
        claimed = q.numRowsAffected() == 1;
        return true;
    });
    return ok && claimed;
}

bool OutboxStore::transition(qint64 id, const QString &from, const QString &to, const QString &error)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, last_error = ?, updated_at = ? WHERE id = ? AND state = ?"));
    q.addBindValue(to);
    q.addBindValue(Database::text(error));
    q.addBindValue(m_clock());
    q.addBindValue(id);
    q.addBindValue(from);
    return m_db.exec(q) && q.numRowsAffected() == 1;
}

bool OutboxStore::release(qint64 id, const QString &error)
{
    return m_db.transaction(
        [&] { return transition(id, QStringLiteral("sending"), QStringLiteral("pending"), error); });
}

bool OutboxStore::markSent(qint64 id, const QString &key, const QString &url,
                           const std::function<bool()> &also)
{
    const std::optional<OutboxItem> item = find(id);
    if (!item)
        return false;
    return m_db.transaction([&] {
        QSqlQuery q =
            m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', last_error = '', result_key = ?, "
                                        "result_url = ?, updated_at = ? WHERE id = ? AND state = 'sending'"));
        q.addBindValue(key);
        q.addBindValue(url);
        q.addBindValue(m_clock());
        q.addBindValue(id);
        if (!m_db.exec(q) || q.numRowsAffected() != 1)
            return false;
        if (also && !also())
            return false;
        return journal(item->subject, OutboxItem::kindName(item->kind) + QStringLiteral("-sent"),
                       QStringLiteral("%1 %2 %3").arg(item->tracker, key, url));
    });
}

bool OutboxStore::markFailed(qint64 id, const QString &error)
{
    const std::optional<OutboxItem> item = find(id);
    if (!item)
        return false;
    return m_db.transaction([&] {
        return transition(id, QStringLiteral("sending"), QStringLiteral("failed"), error)
            && journal(item->subject, OutboxItem::kindName(item->kind) + QStringLiteral("-failed"),
                       QStringLiteral("%1 outbox #%2: %3").arg(item->tracker).arg(id).arg(error));
    });
}

int OutboxStore::retry(qint64 id)
{
    int changed = 0;
    m_db.transaction([&] {
        QSqlQuery q =
            m_db.prepare(id > 0 ? QStringLiteral("UPDATE outbox SET state = 'pending', updated_at = ? "
                                                 "WHERE state = 'failed' AND id = ?")
                                : QStringLiteral("UPDATE outbox SET state = 'pending', updated_at = ? "
                                                 "WHERE state = 'failed'"));
        q.addBindValue(m_clock());
        if (id > 0)
            q.addBindValue(id);
        if (!m_db.exec(q))
            return false;
        changed = q.numRowsAffected();
        return true;
    });
    return changed;
}

int OutboxStore::recoverStale(qint64 leaseMs)
{
    int changed = 0;
    m_db.transaction([&] {
        QSqlQuery q =
            m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', last_error = ?, updated_at = ? "
                                        "WHERE state = 'sending' AND claimed_at < ?"));
        const qint64 now = m_clock();
        q.addBindValue(QStringLiteral("the sender stopped while this was in flight"));
        q.addBindValue(now);
        q.addBindValue(now - leaseMs);
        if (!m_db.exec(q))
            return false;
        changed = q.numRowsAffected();
        return true;
    });
    return changed;
}
