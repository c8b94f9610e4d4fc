#pragma once

#include "cluster.h"
#include "database.h"
#include "generationstore.h"
#include "imagetag.h"
#include "ownertrailstore.h"
#include "tagstore.h"
#include "workload.h"

#include <QObject>

#include <memory>

class Database;
class WorkloadStore;

// The write side of a sync, living on its own thread with its own connection, so that
// parsing and network I/O overlap with SQLite writes. Each page is one transaction that also
// records the cursor to resume from.
class SyncWriter : public QObject
{
    Q_OBJECT

public:
    explicit SyncWriter(QString databasePath);
    ~SyncWriter() override;

public Q_SLOTS:
    void open(const QString &source, qint64 resumeMaxAgeSecs);
    void writeTags(qint64 generation, const QList<PreparedTag> &tags, const QString &nextKey, int rejected);
    void startPhase(qint64 generation, const QString &phase);
    void writeWorkloads(qint64 generation, const QList<Workload> &workloads);
    void writeClusters(qint64 generation, const QList<Cluster> &clusters);
    // The owner trail: where the last read stopped, a batch of records with the cursor after it, the end.
    void readTrailCursor(const QString &repository);
    void writeOwnerRecords(const QString &repository, const QList<OwnerRecord> &records,
                           const TrailCursor &cursor);
    void finishTrailRead(const QString &repository, const QString &error);
    void commit(qint64 generation, qint64 serverTotal, bool acceptShrink, int keepComplete);
    void fail(qint64 generation, const QString &error);

Q_SIGNALS:
    // resumeKey/phase are set when an interrupted generation continues; tagsSoFar counts the rows it
    // received.
    void opened(qint64 generation, const QString &phase, const QString &resumeKey, qint64 tagsSoFar,
                const DbError &error);
    void written(qint64 count, const DbError &error);
    void trailCursorRead(const TrailCursor &cursor);
    void ownerRecordsWritten(qint64 count, const DbError &error);
    // `stored`: the generation's rows once committed or held; -1 when it failed.
    void committed(int outcome, const QString &reason, qint64 stored, const DbError &error);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GenerationStore> m_generations;
    std::unique_ptr<TagStore> m_tags;
    std::unique_ptr<WorkloadStore> m_workloads;
    std::unique_ptr<OwnerTrailStore> m_trail;
};
