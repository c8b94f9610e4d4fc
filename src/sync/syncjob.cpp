#include "syncjob.h"

#include "apiclient.h"
#include "logging.h"
#include "runtimerequests.h"
#include "syncwriter.h"
#include "tagstore.h"
#include "trailreader.h"

#include <QCoreApplication>

namespace {
constexpr int maxRejectedSamples = 10;
}

int SyncResult::exitCode() const
{
    switch (outcome) {
    case Outcome::Completed:
        return 0;
    case Outcome::Held:
        return 3;
    case Outcome::Cancelled:
        return 2;
    case Outcome::Failed:
        if (apiError)
            return apiError.exitCode();
        return 3;
    }
    return 3;
}

SyncJob::SyncJob(ApiClient *client, QString cachePath, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cachePath(std::move(cachePath))
    , m_options(options)
{
    qRegisterMetaType<QList<PreparedTag>>();
    qRegisterMetaType<QList<Workload>>();
    qRegisterMetaType<QList<Cluster>>();
    qRegisterMetaType<DbError>();
    qRegisterMetaType<QList<OwnerRecord>>();
    qRegisterMetaType<TrailCursor>();
    m_thread.setObjectName(QStringLiteral("sync-writer"));
}

SyncJob::~SyncJob()
{
    if (m_request)
        m_request->abort();
    m_thread.quit();
    m_thread.wait();
}

QString SyncJob::source() const
{
    return m_client->profile().origin() + u'|'
        + (m_options.timePeriod.isEmpty() ? QStringLiteral("default") : m_options.timePeriod);
}

void SyncJob::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_clock.start();
    m_progress = {};
    m_progress.phase = QStringLiteral("tags");
    m_writer = new SyncWriter(m_cachePath);
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &SyncWriter::opened, this, &SyncJob::onOpened);
    connect(m_writer, &SyncWriter::written, this, &SyncJob::onWritten);
    connect(m_writer, &SyncWriter::committed, this, &SyncJob::onCommitted);
    connect(m_writer, &SyncWriter::trailCursorRead, this, &SyncJob::onTrailCursor);
    connect(m_writer, &SyncWriter::ownerRecordsWritten, this, [this](qint64, const DbError &error) {
        if (m_failing || !m_trailReader)
            return;
        if (error) {
            m_result.dbError = error;
            failWith({},
                     QCoreApplication::translate("SyncJob", "Cannot write the cache: %1").arg(error.message));
            return;
        }
        m_trailReader->next();
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_writer, "open", Q_ARG(QString, source()),
                              Q_ARG(qint64, m_options.resumeMaxAgeSecs));
}

void SyncJob::cancel()
{
    if (!m_running || m_failing)
        return;
    m_result.outcome = SyncResult::Outcome::Cancelled;
    failWith({ ApiError::Kind::Cancelled, 0, {}, {}, {} },
             QCoreApplication::translate("SyncJob", "Sync cancelled"));
}

void SyncJob::onOpened(qint64 generation, const QString &phase, const QString &resumeKey, qint64 tagsSoFar,
                       const DbError &error)
{
    if (error || generation == 0) {
        m_result.dbError = error;
        finish(SyncResult::Outcome::Failed,
               QCoreApplication::translate("SyncJob", "Cannot write the cache: %1").arg(error.message));
        return;
    }
    m_generation = generation;
    m_progress.tags = tagsSoFar;
    if (phase == QLatin1StringView("tags")) {
        m_nextKey = resumeKey;
        m_progress.resumed = !resumeKey.isEmpty();
        if (!resumeKey.isEmpty())
            m_seenKeys.insert(resumeKey);
        requestTags();
    } else {
        m_progress.resumed = true;
        m_tagsDone = true;
        requestWorkloads();
    }
}

void SyncJob::requestTags()
{
    if (m_failing)
        return;
    if (m_pendingWrites >= m_options.maxPagesInFlight) {
        m_waitingForWriter = true;
        return;
    }
    m_waitingForWriter = false;
    auto *request = new ImageTagsPageRequest(m_client, pageQuery(), this);
    m_request = request;
    connect(request, &ApiRequest::finished, this, &SyncJob::onTagsPage);
    request->start();
}

void SyncJob::onTagsPage()
{
    auto *request = qobject_cast<ImageTagsPageRequest *>(sender());
    request->deleteLater();
    if (m_failing)
        return;
    if (request->error()) {
        failWith(request->error(), request->error().message());
        return;
    }
    const Page<ImageTag> &page = request->result();
    if (!m_progress
             .serverTotal) // the platform's count for the query; a resumed sync takes it from its first page
        m_progress.serverTotal = page.totalCount;
    if (!acceptPage(page.nextKey, QStringLiteral("/runtime/api/v1/images/tags")))
        return;
    m_result.rejectedRows += page.rejected.size();
    for (const QString &reason : page.rejected) {
        if (m_result.rejectedSamples.size() < maxRejectedSamples)
            m_result.rejectedSamples.append(reason);
    }
    // JSON and hashes are made here, so the writer thread only runs SQL.
    QList<PreparedTag> prepared;
    prepared.reserve(page.items.size());
    for (const ImageTag &tag : page.items)
        prepared.append(TagStore::prepare(tag));
    ++m_pendingWrites;
    QMetaObject::invokeMethod(m_writer, "writeTags", Q_ARG(qint64, m_generation),
                              Q_ARG(QList<PreparedTag>, prepared), Q_ARG(QString, page.nextKey),
                              Q_ARG(int, int(page.rejected.size())));
    ++m_progress.pages;
    m_progress.tags += page.items.size() + page.rejected.size();
    emitProgress();
    if (page.nextKey.isEmpty()) {
        m_tagsDone = true;
        m_progress.tagsElapsedMs = m_clock.elapsed();
        requestWorkloads();
    } else {
        m_nextKey = page.nextKey;
        requestTags();
    }
}

void SyncJob::requestWorkloads()
{
    if (m_failing)
        return;
    if (enterPhase(QStringLiteral("workloads")))
        emitProgress();
    auto *request = new WorkloadsPageRequest(m_client, pageQuery(), this);
    m_request = request;
    connect(request, &ApiRequest::finished, this, &SyncJob::onWorkloadsPage);
    request->start();
}

void SyncJob::onWorkloadsPage()
{
    auto *request = qobject_cast<WorkloadsPageRequest *>(sender());
    request->deleteLater();
    if (m_failing)
        return;
    if (request->error()) {
        failWith(request->error(), request->error().message());
        return;
    }
    const Page<Workload> &page = request->result();
    if (!acceptPage(page.nextKey, QStringLiteral("/runtime/api/v1/workloads")))
        return;
    ++m_pendingWrites;
    QMetaObject::invokeMethod(m_writer, "writeWorkloads", Q_ARG(qint64, m_generation),
                              Q_ARG(QList<Workload>, page.items));
    m_progress.workloads += page.items.size();
    emitProgress();
    if (page.nextKey.isEmpty()) {
        m_workloadsDone = true;
        requestClusters();
    } else {
        m_nextKey = page.nextKey;
        requestWorkloads();
    }
}

void SyncJob::requestClusters()
{
    if (m_failing)
        return;
    if (enterPhase(QStringLiteral("clusters"))) {
        ++m_pendingWrites;
        QMetaObject::invokeMethod(m_writer, "startPhase", Q_ARG(qint64, m_generation),
                                  Q_ARG(QString, m_progress.phase));
        emitProgress();
    }
    auto *request = new ClustersPageRequest(m_client, m_options.pageSize, m_nextKey, this);
    m_request = request;
    connect(request, &ApiRequest::finished, this, &SyncJob::onClustersPage);
    request->start();
}

void SyncJob::onClustersPage()
{
    auto *request = qobject_cast<ClustersPageRequest *>(sender());
    request->deleteLater();
    if (m_failing)
        return;
    if (request->error()) {
        // Listing clusters needs an admin token; without one, the inventory is still whole.
        if (request->error().kind == ApiError::Kind::Forbidden
            || request->error().kind == ApiError::Kind::NotFound) {
            qCInfo(lcSync) << "clusters not available:" << request->error().message();
            m_clustersDone = true;
            maybeCommit();
            return;
        }
        failWith(request->error(), request->error().message());
        return;
    }
    const Page<Cluster> &page = request->result();
    if (!acceptPage(page.nextKey, QStringLiteral("/runtime/api/v1/clusters")))
        return;
    m_clusters += page.items;
    if (!page.nextKey.isEmpty()) {
        m_nextKey = page.nextKey;
        requestClusters();
        return;
    }
    for (const Cluster &c : std::as_const(m_clusters))
        m_clusterIds.append(c.id);
    requestClusterDetails();
}

void SyncJob::requestClusterDetails()
{
    if (m_failing)
        return;
    if (m_clusterIds.isEmpty()) {
        m_progress.clusters = m_clusters.size();
        ++m_pendingWrites;
        QMetaObject::invokeMethod(m_writer, "writeClusters", Q_ARG(qint64, m_generation),
                                  Q_ARG(QList<Cluster>, m_clusters));
        m_clustersDone = true;
        emitProgress();
        return;
    }
    auto *request = new ClusterRequest(m_client, m_clusterIds.takeFirst(), this);
    m_request = request;
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        if (m_failing)
            return;
        if (!request->error()) {
            for (Cluster &c : m_clusters) {
                if (c.id == request->result().id)
                    c = request->result();
            }
        } else {
            qCInfo(lcSync) << "cluster detail not available:" << request->error().message();
        }
        requestClusterDetails();
    });
    request->start();
}

void SyncJob::onWritten(qint64 count, const DbError &error)
{
    Q_UNUSED(count)
    --m_pendingWrites;
    if (m_failing)
        return;
    if (error) {
        m_result.dbError = error;
        failWith({}, QCoreApplication::translate("SyncJob", "Cannot write the cache: %1").arg(error.message));
        return;
    }
    if (m_waitingForWriter)
        requestTags();
    maybeCommit();
}

void SyncJob::readTrail()
{
    m_trailStarted = true;
    m_progress.phase = QStringLiteral("owners");
    emitProgress();
    QMetaObject::invokeMethod(m_writer, "readTrailCursor", Q_ARG(QString, m_options.ownerTrailRepository));
}

void SyncJob::onTrailCursor(const TrailCursor &cursor)
{
    if (m_failing)
        return;
    TrailReader::Options options;
    options.repository = m_options.ownerTrailRepository;
    options.pageLimit = m_options.ownerTrailPageLimit;
    options.maxPages = m_options.maxPages;
    m_trailReader = new TrailReader(m_client, options, this);
    connect(m_trailReader, &TrailReader::batchRead, this,
            [this](const QList<OwnerRecord> &records, const TrailCursor &after) {
                QMetaObject::invokeMethod(m_writer, "writeOwnerRecords",
                                          Q_ARG(QString, m_options.ownerTrailRepository),
                                          Q_ARG(QList<OwnerRecord>, records), Q_ARG(TrailCursor, after));
            });
    connect(m_trailReader, &TrailReader::progressChanged, this, [this](qint64 read) {
        m_progress.ownerRecords = read;
        emitProgress();
    });
    connect(m_trailReader, &TrailReader::finished, this, &SyncJob::onTrailRead);
    m_trailReader->start(cursor);
}

void SyncJob::onTrailRead(const TrailReadResult &result)
{
    // A trail that cannot be read leaves owners as they were; the inventory is still whole.
    m_result.trail = result;
    m_trailReader->deleteLater();
    if (m_failing)
        return;
    QMetaObject::invokeMethod(m_writer, "finishTrailRead", Q_ARG(QString, result.repository),
                              Q_ARG(QString, result.warning));
    m_trailDone = true;
    maybeCommit();
}

void SyncJob::maybeCommit()
{
    if (m_failing || !m_tagsDone || !m_workloadsDone || !m_clustersDone || m_pendingWrites > 0)
        return;
    if (!m_trailDone && !m_options.ownerTrailRepository.isEmpty()) {
        if (!m_trailStarted)
            readTrail();
        return;
    }
    m_progress.phase = QStringLiteral("committing");
    emitProgress();
    m_failing = true; // nothing else may start now
    QMetaObject::invokeMethod(m_writer, "commit", Q_ARG(qint64, m_generation),
                              Q_ARG(qint64, m_progress.serverTotal.value_or(-1)),
                              Q_ARG(bool, m_options.acceptShrink), Q_ARG(int, m_options.keepGenerations));
}

void SyncJob::failWith(const ApiError &apiError, const QString &message)
{
    if (m_failing)
        return;
    m_failing = true;
    if (apiError)
        m_result.apiError = apiError;
    m_result.message = message.isEmpty() ? apiError.message() : message;
    if (m_request)
        m_request->abort();
    if (m_trailReader)
        m_trailReader->cancel();
    QMetaObject::invokeMethod(m_writer, "fail", Q_ARG(qint64, m_generation),
                              Q_ARG(QString, m_result.message));
}

void SyncJob::onCommitted(int outcome, const QString &reason, qint64 stored, const DbError &error)
{
    const auto result = GenerationStore::CommitOutcome(outcome);
    if (stored >= 0) {
        m_result.counts = { m_progress.serverTotal, m_progress.tags, stored };
        if (!m_result.counts.agree())
            qCWarning(lcSync).noquote() << "row counts differ:" << m_result.counts.warning();
    }
    if (result == GenerationStore::CommitOutcome::Committed) {
        finish(SyncResult::Outcome::Completed,
               QCoreApplication::translate("SyncJob", "Synced %Ln tag(s)", nullptr, int(stored)));
    } else if (result == GenerationStore::CommitOutcome::Held) {
        finish(SyncResult::Outcome::Held, reason);
    } else {
        if (error)
            m_result.dbError = error;
        const SyncResult::Outcome out = m_result.outcome == SyncResult::Outcome::Cancelled
            ? SyncResult::Outcome::Cancelled
            : SyncResult::Outcome::Failed;
        finish(out, m_result.message.isEmpty() ? reason : m_result.message);
    }
}

void SyncJob::finish(SyncResult::Outcome outcome, const QString &message)
{
    m_running = false;
    m_progress.elapsedMs = m_clock.elapsed();
    m_result.outcome = outcome;
    m_result.generation = m_generation;
    m_result.progress = m_progress;
    m_result.message = message;
    if (m_result.rejectedRows > 0 && outcome == SyncResult::Outcome::Completed)
        m_result.message += QCoreApplication::translate("SyncJob", "; %Ln row(s) refused as malformed",
                                                        nullptr, int(m_result.rejectedRows));
    m_thread.quit();
    qCInfo(lcSync).noquote() << "sync finished:" << m_result.message;
    Q_EMIT finished(m_result);
}

bool SyncJob::acceptPage(const QString &nextKey, const QString &path)
{
    // A cursor seen before in the phase means the platform is going round in circles: stop within
    // one repeat. A platform that never stops paging with new cursors stops at maxPages per phase.
    QString problem;
    if (!nextKey.isEmpty() && m_seenKeys.contains(nextKey))
        problem = QCoreApplication::translate(
            "SyncJob", "the platform repeated a page cursor (next_key); stopped to avoid a loop");
    else if (m_phasePages + 1 > m_options.maxPages)
        problem = QCoreApplication::translate("SyncJob", "the platform sent more than %1 pages")
                      .arg(m_options.maxPages);
    if (!problem.isEmpty()) {
        failWith({ ApiError::Kind::Protocol, 0, path, {}, problem }, {});
        return false;
    }
    m_seenKeys.insert(nextKey);
    ++m_phasePages;
    return true;
}

bool SyncJob::enterPhase(const QString &phase)
{
    if (m_progress.phase == phase)
        return false;
    m_progress.phase = phase;
    m_nextKey.clear();
    m_seenKeys.clear();
    m_phasePages = 0;
    return true;
}

RuntimeQuery SyncJob::pageQuery() const
{
    RuntimeQuery query;
    query.limit = m_options.pageSize;
    query.nextKey = m_nextKey;
    query.timePeriod = m_options.timePeriod;
    return query;
}

void SyncJob::emitProgress()
{
    m_progress.elapsedMs = m_clock.elapsed();
    Q_EMIT progressChanged(m_progress);
}
