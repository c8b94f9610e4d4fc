#include "syncwriter.h"

#include "database.h"
#include "logging.h"
#include "schema.h"
#include "tagstore.h"
#include "workloadstore.h"

SyncWriter::SyncWriter(QString databasePath)
    : m_path(std::move(databasePath))
{ }

SyncWriter::~SyncWriter()
{
    // Prepared statements go before their connection.
    m_tags.reset();
    m_workloads.reset();
    m_trail.reset();
    m_generations.reset();
    m_db.reset();
}

void SyncWriter::open(const QString &source, qint64 resumeMaxAgeSecs)
{
    Database::Options options;
    options.onCorruption = Database::OnCorruption::Rebuild;
    options.checkIntegrityOnOpen = false; // the reading side checked it when the application opened the cache
    Database::OpenResult result = Database::open(m_path, Schema::cache(), options);
    if (!result.database) {
        Q_EMIT opened(0, {}, {}, 0, result.error);
        return;
    }
    m_db = std::move(result.database);
    // A sync writes hundreds of megabytes of pages: a larger cache and fewer, larger checkpoints
    // keep hot index pages from being written again and again.
    m_db->exec(QStringLiteral("PRAGMA cache_size=-32768"));
    m_db->exec(QStringLiteral("PRAGMA wal_autocheckpoint=8192"));
    m_generations = std::make_unique<GenerationStore>(*m_db);
    m_tags = std::make_unique<TagStore>(*m_db);
    m_workloads = std::make_unique<WorkloadStore>(*m_db);
    m_trail = std::make_unique<OwnerTrailStore>(*m_db);

    m_generations->abandonStale(source, resumeMaxAgeSecs);
    if (const auto resumable = m_generations->resumable(source, resumeMaxAgeSecs)) {
        const QString phase = resumable->phase;
        // Workloads and clusters are small: a phase that was cut short starts over.
        bool ok = true;
        if (phase != QLatin1StringView("tags")) {
            ok = m_db->transaction([&] {
                QSqlQuery w = m_db->prepare(QStringLiteral("DELETE FROM workloads WHERE generation = ?"));
                w.addBindValue(resumable->id);
                QSqlQuery c = m_db->prepare(QStringLiteral("DELETE FROM clusters WHERE generation = ?"));
                c.addBindValue(resumable->id);
                return m_db->exec(w) && m_db->exec(c);
            });
        }
        if (ok) {
            qCInfo(lcSync) << "resuming generation" << resumable->id << "in phase" << phase;
            Q_EMIT opened(resumable->id, phase, resumable->resumeKey,
                          resumable->receivedCount.value_or(m_tags->count(resumable->id)), {});
            return;
        }
    }
    const qint64 generation = m_generations->begin(source);
    Q_EMIT opened(generation, QStringLiteral("tags"), {}, 0, generation ? DbError {} : m_db->lastError());
}

void SyncWriter::writeTags(qint64 generation, const QList<PreparedTag> &tags, const QString &nextKey,
                           int rejected)
{
    const bool ok = m_db->transaction([&] {
        return m_tags->addTags(generation, tags)
            && m_generations->recordProgress(
                generation, nextKey.isEmpty() ? QStringLiteral("workloads") : QStringLiteral("tags"), nextKey,
                1, rejected, tags.size() + rejected);
    });
    Q_EMIT written(tags.size(), ok ? DbError {} : m_db->lastError());
}

void SyncWriter::startPhase(qint64 generation, const QString &phase)
{
    const bool ok =
        m_db->transaction([&] { return m_generations->recordProgress(generation, phase, {}, 0, 0); });
    Q_EMIT written(0, ok ? DbError {} : m_db->lastError());
}

void SyncWriter::writeWorkloads(qint64 generation, const QList<Workload> &workloads)
{
    const bool ok = m_db->transaction([&] { return m_workloads->addWorkloads(generation, workloads); });
    Q_EMIT written(workloads.size(), ok ? DbError {} : m_db->lastError());
}

void SyncWriter::writeClusters(qint64 generation, const QList<Cluster> &clusters)
{
    const bool ok = m_db->transaction([&] { return m_workloads->addClusters(generation, clusters); });
    Q_EMIT written(clusters.size(), ok ? DbError {} : m_db->lastError());
}

void SyncWriter::readTrailCursor(const QString &repository)
{
    Q_EMIT trailCursorRead(m_trail->cursor(repository));
}

void SyncWriter::writeOwnerRecords(const QString &repository, const QList<OwnerRecord> &records,
                                   const TrailCursor &cursor)
{
    const bool ok = m_trail->write(repository, records, cursor);
    Q_EMIT ownerRecordsWritten(records.size(), ok ? DbError {} : m_db->lastError());
}

void SyncWriter::finishTrailRead(const QString &repository, const QString &error)
{
    m_trail->finishRead(repository, error);
}

void SyncWriter::commit(qint64 generation, qint64 serverTotal, bool acceptShrink, int keepComplete)
{
    GenerationStore::CommitPolicy policy;
    policy.acceptShrink = acceptShrink;
    policy.keepComplete = keepComplete;
    QString reason;
    const auto outcome = m_generations->commit(
        generation, serverTotal >= 0 ? std::optional<qint64>(serverTotal) : std::nullopt, policy, &reason);
    if (outcome == GenerationStore::CommitOutcome::Committed)
        m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    const DbError error = outcome == GenerationStore::CommitOutcome::Failed ? m_db->lastError() : DbError {};
    const auto info =
        outcome == GenerationStore::CommitOutcome::Failed ? std::nullopt : m_generations->byId(generation);
    Q_EMIT committed(int(outcome), reason, info ? info->tagCount : qint64(-1), error);
}

void SyncWriter::fail(qint64 generation, const QString &error)
{
    if (m_generations && generation)
        m_generations->fail(generation, error);
    Q_EMIT committed(int(GenerationStore::CommitOutcome::Failed), error, -1, {});
}
