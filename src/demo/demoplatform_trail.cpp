// The owner trail on the demo platform: the Artifactory routes, the pre-made trail, and what the
// collector writes when the estate changes (advance()).
#include "demoplatform.h"
#include "demoserver.h"
#include "demoworkersapi.h"
#include "logging.h"
#include "ownertrailworker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace {

// Records as the collector deploys them: JSON, by the Workers platform's client.
QList<DemoArtifactoryApi::Item> collectorItems(const QList<DemoTrailRecord> &records)
{
    QList<DemoArtifactoryApi::Item> items;
    items.reserve(records.size());
    for (const DemoTrailRecord &r : records)
        items.append({ r.path, r.json, QByteArrayLiteral("application/json"), r.createdMs, r.modifiedMs,
                       DemoArtifactoryApi::workerUser, DemoArtifactoryApi::workerUser });
    return items;
}

} // namespace

// The owner trail's Artifactory calls (docs/jfrog-api.md 3.10); DemoArtifactoryApi has its own lock. The
// file routes are catch-alls, tried after every fixed /artifactory route.
void DemoPlatform::addArtifactoryRoutes()
{
    DemoRouter &router = m_server->router();
    auto route = [this, &router](const char *method, const char *pattern, DemoRouter::Handler handler) {
        router.add(method, QString::fromLatin1(pattern), [this, handler](const DemoRequest &request) {
            return authorized(request) ? handler(request) : unauthorized(request);
        });
    };
    DemoArtifactoryApi *artifactory = m_artifactory.get();
    route("GET", "/artifactory/api/repositories/{key}", [artifactory](const DemoRequest &r) {
        return artifactory->repository(r.params.value(QStringLiteral("key")));
    });
    route("PUT", "/artifactory/api/repositories/{key}", [artifactory](const DemoRequest &r) {
        return artifactory->createRepository(r.params.value(QStringLiteral("key")), r.body);
    });
    route("POST", "/artifactory/api/search/aql",
          [artifactory](const DemoRequest &r) { return artifactory->search(r.body); });
    route("PUT", "/artifactory/{repo}/{path...}",
          [this, artifactory](const DemoRequest &r) { return artifactory->deploy(r, url().toString()); });
    route("GET", "/artifactory/{repo}/{path...}",
          [artifactory](const DemoRequest &r) { return artifactory->download(r); });
}

// The collector's weeks of events before the platform started. Called by start() under the dataset lock.
void DemoPlatform::seedOwnerTrail()
{
    QElapsedTimer timer;
    timer.start();
    m_artifactory->addRepository(
        trailRepository(),
        QStringLiteral("Runtime Desk owner trail (worker %1)").arg(OwnerTrailWorker::workerKey));
    m_artifactory->store(
        trailRepository(),
        collectorItems(DemoTrail::generate(*m_dataset, QDateTime::currentMSecsSinceEpoch())));
    qCInfo(lcDemo) << "owner trail:" << m_artifactory->itemCount(trailRepository()) << "records in"
                   << trailRepository() << "made in" << timer.elapsed() << "ms";
}

const QString &DemoPlatform::trailRepository()
{
    return OwnerTrailWorker::defaultRepository;
}

int DemoPlatform::trailRecordCount() const
{
    return m_artifactory->itemCount(trailRepository());
}

QList<DemoTrailRecord> DemoPlatform::trailRecords() const
{
    QList<DemoTrailRecord> records;
    for (const DemoArtifactoryApi::Item &item : m_artifactory->items(trailRepository()))
        records.append({ item.path, item.content, item.createdMs, item.modifiedMs });
    return records;
}

// Where the collector writes when the estate changes: the pre-made trail's repository, and the one a
// deployed, enabled collector names in its code; those that exist.
QStringList DemoPlatform::collectorRepositories() const
{
    QStringList repositories;
    if (m_options.ownerTrail)
        repositories.append(trailRepository());
    const std::optional<DemoWorkersApi::Worker> collector = m_workers->worker(OwnerTrailWorker::workerKey);
    if (collector && collector->enabled) {
        static const QRegularExpression named(QStringLiteral("const TRAIL_REPOSITORY: string = '([^']*)';"));
        const QRegularExpressionMatch match = named.match(collector->sourceCode);
        const QString repository = match.hasMatch() ? match.captured(1) : trailRepository();
        if (!repositories.contains(repository))
            repositories.append(repository);
    }
    repositories.removeIf([this](const QString &key) { return !m_artifactory->hasRepository(key); });
    return repositories;
}

DemoDataset::AdvanceStats DemoPlatform::advance()
{
    QMutexLocker lock(&m_datasetMutex);
    if (!m_dataset)
        return DemoDataset::AdvanceStats();
    const QStringList repositories = collectorRepositories();
    QHash<quint32, DemoDataset::Record> before;
    if (!repositories.isEmpty()) {
        before.reserve(m_dataset->size());
        for (int i = 0; i < m_dataset->size(); ++i)
            before.insert(m_dataset->record(i).uid, m_dataset->record(i));
    }
    const DemoDataset::AdvanceStats stats = m_dataset->advance();
    if (repositories.isEmpty())
        return stats;
    // The rows that changed or appeared: an event for each workload they run in.
    QList<int> rows;
    for (int i = 0; i < m_dataset->size(); ++i) {
        const auto was = before.constFind(m_dataset->record(i).uid);
        if (was == before.cend() || !(*was == m_dataset->record(i)))
            rows.append(i);
    }
    const QList<DemoArtifactoryApi::Item> items =
        collectorItems(DemoTrail::eventsFor(*m_dataset, rows, m_artifactory->writeClock()));
    for (const QString &repository : repositories)
        m_artifactory->store(repository, items);
    qCInfo(lcDemo) << "owner trail:" << items.size() << "records written for" << rows.size()
                   << "changed rows";
    return stats;
}
