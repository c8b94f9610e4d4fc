#include "generationstore.h"

#include "database.h"
#include "imagestore.h"
#include "logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, started_at, finished_at, state, source, phase, resume_key, pages, tag_count, workload_count, "
    "cluster_count, rejected_count, server_total, error, received_count FROM generations ");

GenerationInfo fromRow(const QSqlQuery &q)
{
    GenerationInfo g;
    g.id = q.value(0).toLongLong();
    g.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    if (!q.value(2).isNull())
        g.finishedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    g.state = q.value(3).toString();
    g.source = q.value(4).toString();
    g.phase = q.value(5).toString();
    g.resumeKey = q.value(6).toString();
    g.pages = q.value(7).toLongLong();
    g.tagCount = q.value(8).toLongLong();
    g.workloadCount = q.value(9).toLongLong();
    g.clusterCount = q.value(10).toLongLong();
    g.rejectedCount = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        g.serverTotal = q.value(12).toLongLong();
    g.error = q.value(13).toString();
    if (!q.value(14).isNull())
        g.receivedCount = q.value(14).toLongLong();
    return g;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

bool RowCounts::agree() const
{
    return (!reported || *reported == received.value_or(stored)) && (!received || *received == stored);
}

QString RowCounts::warning(const QLocale &locale) const
{
    if (agree())
        return {};
    const QString stored = locale.toString(this->stored);
    if (!reported)
        return QCoreApplication::translate("RowCounts", "%1 image tags received, %2 stored")
            .arg(locale.toString(*received), stored);
    if (!received)
        return QCoreApplication::translate("RowCounts", "the platform reported %1 image tags; %2 stored")
            .arg(locale.toString(*reported), stored);
    return QCoreApplication::translate("RowCounts",
                                       "the platform reported %1 image tags; %2 received, %3 stored")
        .arg(locale.toString(*reported), locale.toString(*received), stored);
}

GenerationStore::GenerationStore(Database &db)
    : m_db(db)
{ }

std::optional<GenerationInfo> GenerationStore::one(const QString &where, const QVariantList &values,
                                                   bool *failed)
{
    QSqlQuery q = m_db.prepare(selectColumns + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool ok = m_db.exec(q);
    if (failed)
        *failed = !ok;
    if (!ok || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<GenerationInfo> GenerationStore::current(bool *failed)
{
    return one(QStringLiteral("WHERE state = 'complete' ORDER BY id DESC LIMIT 1"), {}, failed);
}

std::optional<GenerationInfo> GenerationStore::previous()
{
    return one(QStringLiteral("WHERE state = 'complete' ORDER BY id DESC LIMIT 1 OFFSET 1"), {});
}

std::optional<GenerationInfo> GenerationStore::byId(qint64 id)
{
    return one(QStringLiteral("WHERE id = ?"), { id });
}

std::optional<GenerationInfo> GenerationStore::held()
{
    return one(QStringLiteral("WHERE state = 'held' ORDER BY id DESC LIMIT 1"), {});
}

QList<GenerationInfo> GenerationStore::all()
{
    QList<GenerationInfo> list;
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral("ORDER BY id"));
    if (!m_db.exec(q))
        return list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

std::optional<GenerationInfo> GenerationStore::resumable(const QString &source, qint64 maxAgeSecs)
{
    // A tags phase can continue from its cursor; a later phase restarts, keeping the tags.
    return one(QStringLiteral("WHERE state = 'running' AND source = ? AND started_at >= ? AND "
                              "(phase != 'tags' OR (resume_key IS NOT NULL AND resume_key != '')) "
                              "ORDER BY id DESC LIMIT 1"),
               { source, nowMs() - maxAgeSecs * 1000 });
}

qint64 GenerationStore::begin(const QString &source)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO generations (started_at, state, source) VALUES (?, 'running', ?)"));
    q.addBindValue(nowMs());
    q.addBindValue(source);
    if (!m_db.exec(q))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool GenerationStore::recordProgress(qint64 generation, const QString &phase, const QString &resumeKey,
                                     int pages, int rejected, qint64 received)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE generations SET phase = ?, resume_key = ?, pages = pages + ?, rejected_count = "
        "rejected_count + ?, "
        "received_count = coalesce(received_count, 0) + ? WHERE id = ? AND state = 'running'"));
    q.addBindValue(phase);
    q.addBindValue(resumeKey.isEmpty() ? QVariant() : QVariant(resumeKey));
    q.addBindValue(pages);
    q.addBindValue(rejected);
    q.addBindValue(received);
    q.addBindValue(generation);
    return m_db.exec(q);
}

bool GenerationStore::markComplete(qint64 generation, std::optional<qint64> serverTotal,
                                   const CommitPolicy &policy)
{
    bool readFailed = false;
    const std::optional<GenerationInfo> before = current(&readFailed);
    if (readFailed)
        return false;
    if (before) {
        // "Changed since the last sync": new tags and tags whose content differs.
        QSqlQuery changed = m_db.prepare(QStringLiteral(
            "UPDATE generation_tags SET changed = 1 WHERE generation = ? AND NOT EXISTS ("
            "SELECT 1 FROM generation_tags p WHERE p.generation = ? AND p.tag_key = generation_tags.tag_key "
            "AND p.tag_row = generation_tags.tag_row)"));
        changed.addBindValue(generation);
        changed.addBindValue(before->id);
        if (!m_db.exec(changed))
            return false;
    }
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE generations SET state = 'complete', finished_at = ?, resume_key = NULL, server_total = ?, "
        "tag_count = (SELECT count(*) FROM generation_tags WHERE generation = ?), "
        "workload_count = (SELECT count(*) FROM workloads WHERE generation = ?), "
        "cluster_count = (SELECT count(*) FROM clusters WHERE generation = ?) WHERE id = ? AND state = "
        "'running'"));
    q.addBindValue(nowMs());
    q.addBindValue(serverTotal ? QVariant(*serverTotal) : QVariant());
    for (int i = 0; i < 4; ++i)
        q.addBindValue(generation);
    // Only a running generation becomes current: not a failed, abandoned, collected or finished one.
    return m_db.exec(q) && q.numRowsAffected() == 1 && ImageStore::build(m_db, generation)
        && collectGarbage(policy);
}

GenerationStore::CommitOutcome GenerationStore::commit(qint64 generation, std::optional<qint64> serverTotal,
                                                       const CommitPolicy &policy, QString *reason)
{
    // "No current generation" turns the shrink guard off; a failed read must not look like it.
    bool readFailed = false;
    const std::optional<GenerationInfo> before = current(&readFailed);
    if (readFailed)
        return CommitOutcome::Failed;
    QSqlQuery count =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM generation_tags WHERE generation = ?"));
    count.addBindValue(generation);
    if (!m_db.exec(count) || !count.next())
        return CommitOutcome::Failed;
    const qint64 newCount = count.value(0).toLongLong();

    // Mass-deletion guard: a server that suddenly returns far fewer tags does not purge the cache.
    if (!policy.acceptShrink && before && before->tagCount > 0
        && (newCount == 0 || double(newCount) < double(before->tagCount) * policy.shrinkRatio)) {
        QSqlQuery hold = m_db.prepare(QStringLiteral("UPDATE generations SET state = 'held', finished_at = "
                                                     "?, resume_key = NULL, server_total = ?, tag_count = ? "
                                                     "WHERE id = ? AND state = 'running'"));
        hold.addBindValue(nowMs());
        hold.addBindValue(serverTotal ? QVariant(*serverTotal) : QVariant());
        hold.addBindValue(newCount);
        hold.addBindValue(generation);
        if (!m_db.transaction([&] { return m_db.exec(hold) && hold.numRowsAffected() == 1; }))
            return CommitOutcome::Failed;
        if (reason)
            *reason = QStringLiteral(
                          "the server returned %1 tags, the cache holds %2; kept the cache until you confirm")
                          .arg(newCount)
                          .arg(before->tagCount);
        qCWarning(lcSync) << "generation" << generation << "held:" << newCount << "tags against"
                          << before->tagCount;
        return CommitOutcome::Held;
    }
    if (!m_db.transaction([&] { return markComplete(generation, serverTotal, policy); }))
        return CommitOutcome::Failed;
    return CommitOutcome::Committed;
}

bool GenerationStore::fail(qint64 generation, const QString &error)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE generations SET state = 'failed', finished_at = ?, "
                                                  "resume_key = NULL, error = ? WHERE id = ? "
                                                  "AND state = 'running'"));
        q.addBindValue(nowMs());
        q.addBindValue(error.left(500));
        q.addBindValue(generation);
        return m_db.exec(q);
    });
}

bool GenerationStore::abandonStale(const QString &keepResumableFor, qint64 maxAgeSecs)
{
    const std::optional<GenerationInfo> keep =
        keepResumableFor.isEmpty() ? std::nullopt : resumable(keepResumableFor, maxAgeSecs);
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE generations SET state = 'abandoned', finished_at = "
                                                  "?, resume_key = NULL WHERE state = 'running' "
                                                  "AND id != ?"));
        q.addBindValue(nowMs());
        q.addBindValue(keep ? keep->id : qint64(0));
        return m_db.exec(q);
    });
}

bool GenerationStore::promoteHeld(qint64 generation, const CommitPolicy &policy)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("UPDATE generations SET state = 'running' WHERE id = ? AND state = 'held'"));
        q.addBindValue(generation);
        if (!m_db.exec(q) || q.numRowsAffected() != 1)
            return false;
        const auto info = byId(generation);
        return markComplete(generation, info ? info->serverTotal : std::nullopt, policy);
    });
}

bool GenerationStore::discardHeld(qint64 generation)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("UPDATE generations SET state = 'abandoned' WHERE id = ? AND state = 'held'"));
        q.addBindValue(generation);
        return m_db.exec(q);
    });
}

bool GenerationStore::collectGarbage(const CommitPolicy &policy)
{
    QSqlQuery dropOld = m_db.prepare(
        QStringLiteral("DELETE FROM generations WHERE (state IN ('failed', 'abandoned')) OR (state = "
                       "'complete' AND id NOT IN "
                       "(SELECT id FROM generations WHERE state = 'complete' ORDER BY id DESC LIMIT ?))"));
    dropOld.addBindValue(policy.keepComplete);
    QSqlQuery orphans = m_db.prepare(QStringLiteral("DELETE FROM tag_rows WHERE NOT EXISTS (SELECT 1 FROM "
                                                    "generation_tags g WHERE g.tag_row = tag_rows.id)"));
    return m_db.exec(dropOld) && m_db.exec(orphans);
}
