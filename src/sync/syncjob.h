#pragma once

#include "syncprogress.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>

class ApiClient;
class ApiRequest;
class SyncWriter;
class TrailReader;
struct TrailCursor;
struct RuntimeQuery;

struct SyncOptions
{
    QString timePeriod; // the Live Assessment time selector; empty: what the platform gives by default
    int pageSize = 100;
    bool acceptShrink = false; // the user confirmed that far fewer tags is right
    qint64 resumeMaxAgeSecs = 3600; // a killed sync younger than this continues where it stopped
    int keepGenerations = 4;
    int maxPagesInFlight = 3; // pages parsed but not yet written
    int maxPages = 10000; // per phase: a platform that never stops paging is an error
    // The generic repository the owner trail is read from after the inventory (docs/jfrog-api.md 3.10);
    // empty: not read.
    QString ownerTrailRepository = QStringLiteral("runtime-desk-trail");
    int ownerTrailPageLimit = 500; // record files per search page
};

// Pages through image tags, then workloads, then clusters, into a new generation of the cache, reads
// what is new in the owner trail, and makes the generation current only after the last page. Network and
// parsing run on the caller's thread; SQLite writes run on a thread of their own, so the two overlap.
class SyncJob : public QObject
{
    Q_OBJECT

public:
    SyncJob(ApiClient *client, QString cachePath, SyncOptions options, QObject *parent = nullptr);
    ~SyncJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const SyncProgress &progress() const { return m_progress; }

Q_SIGNALS:
    void progressChanged(const SyncProgress &progress);
    void finished(const SyncResult &result);

private:
    void onOpened(qint64 generation, const QString &phase, const QString &resumeKey, qint64 tagsSoFar,
                  const DbError &error);
    void onWritten(qint64 count, const DbError &error);
    void onCommitted(int outcome, const QString &reason, qint64 stored, const DbError &error);
    void requestTags();
    void onTagsPage();
    void requestWorkloads();
    void onWorkloadsPage();
    void requestClusters();
    void onClustersPage();
    void requestClusterDetails();
    void readTrail();
    void onTrailCursor(const TrailCursor &cursor);
    void onTrailRead(const TrailReadResult &result);
    void maybeCommit();
    void failWith(const ApiError &apiError, const QString &message);
    void finish(SyncResult::Outcome outcome, const QString &message);
    bool acceptPage(const QString &nextKey, const QString &path); // false: failed with the reason
    bool enterPhase(const QString &phase); // false: already in it
    RuntimeQuery pageQuery() const;
    void emitProgress();
    QString source() const;

    QPointer<ApiClient> m_client;
    QString m_cachePath;
    SyncOptions m_options;
    QThread m_thread;
    SyncWriter *m_writer = nullptr; // lives on m_thread
    QPointer<ApiRequest> m_request;
    QElapsedTimer m_clock;
    SyncProgress m_progress;
    SyncResult m_result;

    qint64 m_generation = 0;
    QString m_nextKey;
    QSet<QString> m_seenKeys;
    int m_phasePages = 0;
    bool m_tagsDone = false;
    bool m_workloadsDone = false;
    bool m_clustersDone = false;
    bool m_trailStarted = false;
    bool m_trailDone = false;
    QPointer<TrailReader> m_trailReader;
    int m_pendingWrites = 0;
    bool m_waitingForWriter = false;
    bool m_running = false;
    bool m_failing = false;
    QList<QString> m_clusterIds;
    QList<struct Cluster> m_clusters;
};
