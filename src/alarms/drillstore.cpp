#include "drillstore.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

int DrillRunRecord::failedCount() const
{
    int failed = 0;
    for (const DrillChannelResult &c : channels)
        failed += c.delivered ? 0 : 1;
    return failed;
}

DrillStore::DrillStore(Database &local)
    : m_db(local)
{ }

QString DrillStore::cadenceName(DrillCadence cadence)
{
    switch (cadence) {
    case DrillCadence::Daily:
        return QStringLiteral("daily");
    case DrillCadence::Weekly:
        return QStringLiteral("weekly");
    case DrillCadence::Off:
        break;
    }
    return QStringLiteral("off");
}

std::optional<DrillCadence> DrillStore::cadenceFromName(const QString &name)
{
    for (const DrillCadence c : { DrillCadence::Off, DrillCadence::Daily, DrillCadence::Weekly }) {
        if (cadenceName(c) == name)
            return c;
    }
    return std::nullopt;
}

qint64 DrillStore::periodMs(DrillCadence cadence)
{
    return cadence == DrillCadence::Daily ? dayMs : cadence == DrillCadence::Weekly ? 7 * dayMs : 0;
}

bool DrillStore::isDue(DrillCadence cadence, qint64 lastRunMs, qint64 nowMs)
{
    if (cadence == DrillCadence::Off)
        return false;
    return lastRunMs <= 0 || nowMs - lastRunMs >= periodMs(cadence) - slackMs;
}

DrillCadence DrillStore::schedule(const QString &ruleId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT cadence FROM drill_schedules WHERE rule_id = ?"));
    q.addBindValue(Database::text(ruleId));
    if (!m_db.exec(q) || !q.next())
        return DrillCadence::Off;
    return cadenceFromName(q.value(0).toString()).value_or(DrillCadence::Off);
}

QHash<QString, DrillCadence> DrillStore::schedules()
{
    QHash<QString, DrillCadence> out;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT rule_id, cadence FROM drill_schedules"));
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), cadenceFromName(q.value(1).toString()).value_or(DrillCadence::Off));
    return out;
}

bool DrillStore::setSchedule(const QString &ruleId, DrillCadence cadence, qint64 nowMs)
{
    if (cadence == DrillCadence::Off) {
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM drill_schedules WHERE rule_id = ?"));
        q.addBindValue(Database::text(ruleId));
        return m_db.exec(q);
    }
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO drill_schedules (rule_id, cadence, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (rule_id) DO UPDATE SET cadence = excluded.cadence, updated_at = excluded.updated_at"));
    q.addBindValue(Database::text(ruleId));
    q.addBindValue(cadenceName(cadence));
    q.addBindValue(nowMs);
    return m_db.exec(q);
}

QStringList DrillStore::due(qint64 nowMs)
{
    QStringList out;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT s.rule_id, s.cadence, (SELECT MAX(started_at) FROM drill_runs r WHERE "
                       "r.rule_id = s.rule_id) FROM drill_schedules s ORDER BY s.rule_id"));
    if (!m_db.exec(q))
        return out;
    while (q.next()) {
        const DrillCadence cadence = cadenceFromName(q.value(1).toString()).value_or(DrillCadence::Off);
        if (isDue(cadence, q.value(2).isNull() ? 0 : q.value(2).toLongLong(), nowMs))
            out.append(q.value(0).toString());
    }
    return out;
}

bool DrillStore::record(DrillRunRecord *run)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO drill_runs (rule_id, started_at, finished_at, path, ok, message) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             { Database::text(run->ruleId), QVariant(run->startedAtMs), QVariant(run->finishedAtMs),
               QVariant(run->path), QVariant(run->ok ? 1 : 0), Database::text(run->message) })
            q.addBindValue(v);
        if (!m_db.exec(q))
            return false;
        run->id = q.lastInsertId().toLongLong();
        int position = 0;
        for (const DrillChannelResult &c : std::as_const(run->channels)) {
            QSqlQuery r = m_db.prepare(QStringLiteral(
                "INSERT INTO drill_results (run_id, position, channel, channel_type, delivered, "
                "http_status, verdict) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v :
                 { QVariant(run->id), QVariant(position++), Database::text(c.channel),
                   Database::text(c.channelType), QVariant(c.delivered ? 1 : 0),
                   c.httpStatus > 0 ? QVariant(c.httpStatus) : QVariant(), Database::text(c.verdict) })
                r.addBindValue(v);
            if (!m_db.exec(r))
                return false;
        }
        QSqlQuery prune = m_db.prepare(
            QStringLiteral("DELETE FROM drill_runs WHERE rule_id = ? AND id <= (SELECT id FROM drill_runs "
                           "WHERE rule_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)"));
        prune.addBindValue(Database::text(run->ruleId));
        prune.addBindValue(Database::text(run->ruleId));
        prune.addBindValue(keptRuns);
        return m_db.exec(prune);
    });
}

std::optional<DrillRunRecord> DrillStore::readRun(qint64 runId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, rule_id, started_at, finished_at, path, ok, message FROM drill_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    DrillRunRecord run;
    run.id = q.value(0).toLongLong();
    run.ruleId = q.value(1).toString();
    run.startedAtMs = q.value(2).toLongLong();
    run.finishedAtMs = q.value(3).toLongLong();
    run.path = q.value(4).toString();
    run.ok = q.value(5).toInt() == 1;
    run.message = q.value(6).toString();
    QSqlQuery r = m_db.prepare(QStringLiteral("SELECT channel, channel_type, delivered, http_status, verdict "
                                              "FROM drill_results WHERE run_id = ? ORDER BY position"));
    r.addBindValue(runId);
    if (!m_db.exec(r))
        return std::nullopt;
    while (r.next()) {
        DrillChannelResult c;
        c.channel = r.value(0).toString();
        c.channelType = r.value(1).toString();
        c.delivered = r.value(2).toInt() == 1;
        c.httpStatus = r.value(3).toInt();
        c.verdict = r.value(4).toString();
        c.lastSuccessMs = lastSuccess(run.ruleId, c.channel);
        run.channels.append(c);
    }
    return run;
}

qint64 DrillStore::lastSuccess(const QString &ruleId, const QString &channel)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT MAX(r.finished_at) FROM drill_results d JOIN drill_runs r ON r.id = d.run_id "
                       "WHERE r.rule_id = ? AND d.channel = ? AND d.delivered = 1"));
    q.addBindValue(Database::text(ruleId));
    q.addBindValue(Database::text(channel));
    if (!m_db.exec(q) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<DrillRunRecord> DrillStore::last(const QString &ruleId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT MAX(id) FROM drill_runs WHERE rule_id = ?"));
    q.addBindValue(Database::text(ruleId));
    if (!m_db.exec(q) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return readRun(q.value(0).toLongLong());
}

QHash<QString, DrillRunRecord> DrillStore::lastOfEach()
{
    QHash<QString, DrillRunRecord> out;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT MAX(id) FROM drill_runs GROUP BY rule_id"));
    if (!m_db.exec(q))
        return out;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (const qint64 id : std::as_const(ids)) {
        if (auto run = readRun(id))
            out.insert(run->ruleId, *run);
    }
    return out;
}
