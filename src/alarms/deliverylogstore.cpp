#include "deliverylogstore.h"

#include "database.h"
#include "rulejson.h"

#include <QSqlQuery>
#include <QVariant>

DeliveryLogStore::DeliveryLogStore(Database &local)
    : m_db(local)
{ }

bool DeliveryLogStore::append(const QString &batch, const DeliveryResult &r)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO deliveries (at, batch, rule_id, rule_name, "
                                              "channel, channel_type, origin, outcome, delivered, "
                                              "http_status, latency_ms, attempts, message, webhook_id) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 at =
        r.finishedAt.isValid() ? r.finishedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    for (const QVariant &value :
         { QVariant(at), Database::text(batch), Database::text(r.ruleId), Database::text(r.ruleName),
           Database::text(r.channel), QVariant(RuleJson::channelTypeName(r.channelType)),
           Database::text(r.origin), QVariant(DeliveryClassifier::outcomeName(r.outcome)),
           QVariant(r.delivered() ? 1 : 0), r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(),
           QVariant(r.latencyMs), QVariant(r.attempts), Database::text(r.message),
           r.webhookId.isEmpty() ? QVariant() : QVariant(r.webhookId) })
        q.addBindValue(value);
    if (!m_db.exec(q))
        return false;
    // Prune now and then, not on every row.
    if (++m_appended % 100 == 1) {
        QSqlQuery prune = m_db.prepare(QStringLiteral("DELETE FROM deliveries WHERE id <= (SELECT id FROM "
                                                      "deliveries ORDER BY id DESC LIMIT 1 OFFSET ?)"));
        prune.addBindValue(maxRows);
        m_db.exec(prune);
    }
    return true;
}

QList<DeliveryRecord> DeliveryLogStore::recent(int limit, const QString &ruleId, const QString &batch)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, at, batch, rule_id, rule_name, channel, channel_type, origin, outcome, delivered, "
        "http_status, "
        "latency_ms, attempts, message, webhook_id FROM deliveries WHERE (? = '' OR rule_id = ?) "
        "AND (? = '' OR batch = ?) ORDER BY id DESC LIMIT ?"));
    q.addBindValue(Database::text(ruleId));
    q.addBindValue(Database::text(ruleId));
    q.addBindValue(Database::text(batch));
    q.addBindValue(Database::text(batch));
    q.addBindValue(limit);
    QList<DeliveryRecord> list;
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        DeliveryRecord r;
        r.id = q.value(0).toLongLong();
        r.atMs = q.value(1).toLongLong();
        r.batch = q.value(2).toString();
        r.ruleId = q.value(3).toString();
        r.ruleName = q.value(4).toString();
        r.channel = q.value(5).toString();
        r.channelType = q.value(6).toString();
        r.origin = q.value(7).toString();
        r.outcome = q.value(8).toString();
        r.delivered = q.value(9).toInt() == 1;
        r.httpStatus = q.value(10).toInt();
        r.latencyMs = q.value(11).toLongLong();
        r.attempts = q.value(12).toInt();
        r.message = q.value(13).toString();
        r.webhookId = q.value(14).toString();
        list.append(r);
    }
    return list;
}
