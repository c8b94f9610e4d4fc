// Build Owner and Deployed By on a platform without the image-tag detail endpoint, through the real path:
// the demo platform serves the documented list (no people) and an owner trail in Artifactory as if the
// collector worker had run for weeks; a sync reads the trail (AQL, then a GET of each record) and the
// rows carry the owners the platform's records name, with where they came from. Compared with the records
// the platform holds, never with what the client counted.
#include "cliprocess.h"
#include "connectioncontroller.h"
#include "demofixture.h"
#include "demohost.h"
#include "demoworkersapi.h"
#include "inventory.h"
#include "ownertrailstore.h"
#include "secretstore.h"
#include "synccheck.h"
#include "tagdetailcontroller.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kRepo = QStringLiteral("runtime-desk-trail");

// The owners the platform's trail names for one digest: the newest record (recorded_at, then the file's
// modification time, then its path) with Deployed By, and the newest with a build.
struct Expected
{
    QString deployedBy;
    QString buildOwner;
    qint64 deployedAt = -1;
    int records = 0;
};

struct RecordView
{
    QString digest;
    QString rowKey;
    std::optional<QString> deployedBy;
    std::optional<QString> buildOwner;
    qint64 recordedAt = 0;
    qint64 modified = 0;
    QString path;
};

QString rowKeyOf(const QString &registry, const QString &path, const QString &name, const QString &tag,
                 const QString &arch)
{
    return QStringList { registry, path, name, tag, arch }.join(QChar(0x1f));
}

QMap<QString, Expected> expectedOwners(const QList<DemoTrailRecord> &records)
{
    QList<RecordView> views;
    for (const DemoTrailRecord &r : records) {
        const QJsonObject o = QJsonDocument::fromJson(r.json).object();
        RecordView v;
        v.digest = o.value(QStringLiteral("digest")).toString();
        v.rowKey = v.digest.isEmpty()
            ? rowKeyOf(o.value(QStringLiteral("registry")).toString(),
                       o.value(QStringLiteral("repository_path")).toString(),
                       o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("tag")).toString(),
                       o.value(QStringLiteral("architecture")).toString())
            : v.digest;
        if (o.value(QStringLiteral("deployed_by")).isString())
            v.deployedBy = o.value(QStringLiteral("deployed_by")).toString();
        if (o.value(QStringLiteral("build_info")).isObject())
            v.buildOwner = o.value(QStringLiteral("build_info"))
                               .toObject()
                               .value(QStringLiteral("build_owner"))
                               .toString();
        v.recordedAt =
            QDateTime::fromString(o.value(QStringLiteral("recorded_at")).toString(), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        v.modified = r.modifiedMs;
        v.path = r.path;
        views.append(v);
    }
    std::sort(views.begin(), views.end(), [](const RecordView &a, const RecordView &b) {
        if (a.recordedAt != b.recordedAt)
            return a.recordedAt > b.recordedAt;
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.path < b.path;
    });
    QMap<QString, Expected> out;
    for (const RecordView &v : views) { // newest first: the first one with a value wins
        Expected &e = out[v.rowKey];
        ++e.records;
        if (v.deployedBy && e.deployedAt < 0) {
            e.deployedBy = *v.deployedBy;
            e.deployedAt = v.recordedAt;
        }
        if (v.buildOwner && e.buildOwner.isNull())
            e.buildOwner = *v.buildOwner;
    }
    return out;
}

QString keyOf(const ImageTag &t)
{
    return t.digest.isEmpty() ? rowKeyOf(t.registry, t.repositoryPath, t.name, t.tag, t.architecture)
                              : t.digest;
}

int recordReads(DemoPlatform &platform)
{
    int n = 0;
    for (const DemoRequestLog::Entry &e : platform.requests().entries())
        n += e.method == "GET" && e.path.startsWith(QStringLiteral("/artifactory/") + kRepo + u'/') ? 1 : 0;
    return n;
}

} // namespace

class TestOwnerTrailSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();

    void theTrailsOwnersAreOnTheRows();
    void aSecondSyncReadsOnlyWhatIsNew();
    void pagesAcrossFilesOfTheSameTime();
    void aSearchTheTokenMayNotRunIsAWarning();
    void recordsTheTokenMayNotReadAreReadNextTime();
    void aFileThatIsNotARecordIsRefusedAndTheRestRead();
    void theDetailedViewSaysWhereOwnersCameFrom();
    void theCliSaysWhereOwnersCameFrom();
    void setupStatusAndRemoveThroughTheCli();
    void aTokenThatMayNotCreateRepositoriesIsToldHow();

private:
    CliProcess::Result cli(const QStringList &args);
    void startPlatform(bool tagDetail = false);
    SyncResult sync(const SyncOptions &options = {});
    QMap<QString, StoredTag> cached(Inventory &inventory);
    void compareWithTrail(const QString &cachePath);

    // The platform serves from a thread of its own: the CLI is a child process the test waits for.
    struct Estate
    {
        std::unique_ptr<DemoHost> host;
        QObject owner;
        std::unique_ptr<ApiClient> client;
        DemoPlatform &platform() { return *host->platform(); }
        ApiClient &apiClient() { return *client; }
        bool arm(const QJsonObject &rule)
        {
            QString error;
            const auto parsed = DemoFaultRule::fromJson(rule, &error);
            if (!parsed)
                qWarning("bad fault rule: %s", qPrintable(error));
            else
                platform().faults().add(*parsed);
            return parsed.has_value();
        }
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Estate> m_fixture;
    Workspace m_workspace;
};

void TestOwnerTrailSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = Workspace::fromLocalPath(m_dir->filePath(QStringLiteral("desk.sqlite")));
}

void TestOwnerTrailSync::cleanup()
{
    m_fixture.reset();
    m_dir.reset();
}

void TestOwnerTrailSync::startPlatform(bool tagDetail)
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 400;
    options.listIncludesDetail = false; // the documented list: no people
    options.tagDetailEndpoint = tagDetail;
    m_fixture = std::make_unique<Estate>();
    m_fixture->host = std::make_unique<DemoHost>(options);
    QString error;
    QVERIFY2(m_fixture->host->start(&error), qPrintable(error));
    m_fixture->client = std::make_unique<ApiClient>(ApiClient::createNetworkAccessManager(&m_fixture->owner));
    m_fixture->client->setProfile(DemoFixture::defaultProfile(m_fixture->platform()));
    m_fixture->client->setToken(m_fixture->platform().token());
}

SyncResult TestOwnerTrailSync::sync(const SyncOptions &options)
{
    return SyncCheck::run(m_fixture->client.get(), m_workspace.cachePath, options);
}

QMap<QString, StoredTag> TestOwnerTrailSync::cached(Inventory &inventory)
{
    QMap<QString, StoredTag> out;
    for (const StoredTag &s : inventory.tags().query(inventory.generation(), TagQuery {}))
        out.insert(s.tag.key(), s);
    return out;
}

void TestOwnerTrailSync::compareWithTrail(const QString &cachePath)
{
    const QMap<QString, Expected> expected = expectedOwners(m_fixture->platform().trailRecords());
    Inventory inventory(SyncCheck::openCache(cachePath));
    inventory.reload();
    const QMap<QString, StoredTag> rows = cached(inventory);
    QCOMPARE(rows.size(), m_fixture->platform().tagCount());
    int withOwners = 0;
    int without = 0;
    for (const StoredTag &s : rows) {
        const auto e = expected.constFind(keyOf(s.tag));
        if (e == expected.cend()) { // the collector never saw it: nothing made up
            QVERIFY2(!s.tag.deployedBy && !s.tag.buildInfo, qPrintable(s.tag.candidateName()));
            QCOMPARE(s.owners.deployedBy, OwnerProvenance::Source::None);
            ++without;
            continue;
        }
        QCOMPARE(s.tag.deployedBy.value_or(QString()), e->deployedBy);
        QCOMPARE(s.tag.buildInfo ? s.tag.buildInfo->owner : QString(), e->buildOwner);
        if (!e->deployedBy.isNull()) {
            QCOMPARE(s.owners.deployedBy, OwnerProvenance::Source::Trail);
            QCOMPARE(s.owners.deployRecord->recordedAt.toMSecsSinceEpoch(), e->deployedAt);
        }
        ++withOwners;
    }
    // The estate has both: rows whose workloads the collector saw, and rows it never saw.
    QVERIFY2(withOwners > rows.size() / 4, qPrintable(QString::number(withOwners)));
    QVERIFY(without > 0);
}

void TestOwnerTrailSync::theTrailsOwnersAreOnTheRows()
{
    startPlatform();
    const int records = m_fixture->platform().trailRecordCount();
    QVERIFY(records > 100);
    const SyncResult result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Completed);
    QVERIFY2(result.trail.warning.isEmpty(), qPrintable(result.trail.warning));
    QCOMPARE(result.trail.stored, records);
    QCOMPARE(result.trail.rejected, 0);
    QCOMPARE(recordReads(m_fixture->platform()), records); // each record read once
    compareWithTrail(m_workspace.cachePath);
    // The list columns have them too: `deployer:` finds what the trail names.
    Inventory inventory(SyncCheck::openCache(m_workspace.cachePath));
    inventory.reload();
    const QList<DemoTrailRecord> all = m_fixture->platform().trailRecords();
    const QString someone = QJsonDocument::fromJson(all.constLast().json)
                                .object()
                                .value(QStringLiteral("deployed_by"))
                                .toString();
    QVERIFY(!someone.isEmpty());
    TagQuery byDeployer;
    byDeployer.text = someone;
    QVERIFY(!inventory.tags().query(inventory.generation(), byDeployer).isEmpty());
    QCOMPARE(OwnerTrailStore(inventory.database()).state(kRepo)->records, records);
}

void TestOwnerTrailSync::aSecondSyncReadsOnlyWhatIsNew()
{
    startPlatform();
    QCOMPARE(sync().outcome, SyncResult::Outcome::Completed);
    const int before = m_fixture->platform().trailRecordCount();
    qint64 newestBefore = 0;
    for (const DemoTrailRecord &r : m_fixture->platform().trailRecords())
        newestBefore = std::max(newestBefore, r.modifiedMs);
    m_fixture->platform().advance(); // workloads change: the collector writes what it sees
    int changed = 0;
    for (const DemoTrailRecord &r : m_fixture->platform().trailRecords())
        changed += r.modifiedMs > newestBefore ? 1 : 0;
    QVERIFY2(changed > 0, "advance() wrote no record");
    m_fixture->platform().requests().clear();
    const SyncResult second = sync();
    QCOMPARE(second.outcome, SyncResult::Outcome::Completed);
    QVERIFY2(second.trail.warning.isEmpty(), qPrintable(second.trail.warning));
    QCOMPARE(second.trail.stored, changed);
    QCOMPARE(recordReads(m_fixture->platform()), changed);
    QVERIFY(m_fixture->platform().trailRecordCount() >= before);
    compareWithTrail(m_workspace.cachePath);
}

void TestOwnerTrailSync::pagesAcrossFilesOfTheSameTime()
{
    startPlatform();
    // Files of the same modification time must straddle pages for this test to mean anything.
    QMap<qint64, int> perTime;
    for (const DemoTrailRecord &r : m_fixture->platform().trailRecords())
        ++perTime[r.modifiedMs];
    QVERIFY2(std::any_of(perTime.cbegin(), perTime.cend(), [](int n) { return n > 1; }),
             "no two files share a time");
    SyncOptions options;
    options.ownerTrailPageLimit = 7;
    const SyncResult result = sync(options);
    QCOMPARE(result.outcome, SyncResult::Outcome::Completed);
    QVERIFY2(result.trail.warning.isEmpty(), qPrintable(result.trail.warning));
    const int records = m_fixture->platform().trailRecordCount();
    QCOMPARE(result.trail.stored, records);
    QSet<QString> read;
    for (const DemoRequestLog::Entry &e : m_fixture->platform().requests().entries()) {
        if (e.method != "GET" || !e.path.startsWith(QStringLiteral("/artifactory/") + kRepo + u'/'))
            continue;
        QVERIFY2(!read.contains(e.path), qPrintable(e.path)); // each record once
        read.insert(e.path);
    }
    QCOMPARE(read.size(), records);
    QVERIFY(m_fixture->platform().requests().count(QStringLiteral("POST /artifactory/api/search/aql"))
            >= records / 7);
    compareWithTrail(m_workspace.cachePath);
}

void TestOwnerTrailSync::aSearchTheTokenMayNotRunIsAWarning()
{
    startPlatform();
    QVERIFY(m_fixture->arm(
        QJsonObject { { QStringLiteral("path"), QStringLiteral("/artifactory/api/search/aql") },
                      { QStringLiteral("count"), -1 },
                      { QStringLiteral("fault"), QStringLiteral("status") },
                      { QStringLiteral("status"), 403 } }));
    const SyncResult refused = sync();
    QCOMPARE(refused.outcome, SyncResult::Outcome::Completed); // the inventory is whole
    QVERIFY2(refused.trail.warning.contains(QStringLiteral("may not search runtime-desk-trail")),
             qPrintable(refused.trail.warning));
    {
        Inventory inventory(SyncCheck::openCache(m_workspace.cachePath));
        inventory.reload();
        QCOMPARE(inventory.tagCount(), m_fixture->platform().tagCount());
        QCOMPARE(inventory.ownerTrailWarning(), refused.trail.warning); // shown beside the sync's result
    }
    // The CLI says so on stderr and still succeeds.
    DemoPlatform &platform = m_fixture->platform();
    const CliProcess::Result cli =
        CliProcess::run({ QStringLiteral("--db"), m_workspace.localPath, QStringLiteral("--ca"),
                          platform.caCertificatePath(), QStringLiteral("sync"), QStringLiteral("--quiet") },
                        CliProcess::environment(platform.url(), platform.token()));
    QCOMPARE(cli.exitCode, 0);
    QVERIFY2(QString::fromUtf8(cli.err).contains(QStringLiteral(
                 "warning: The owner trail was not read to the end: the token may not search")),
             cli.err.constData());
    m_fixture->platform().faults().clear();
    const SyncResult allowed = sync();
    QVERIFY2(allowed.trail.warning.isEmpty(), qPrintable(allowed.trail.warning));
    Inventory inventory(SyncCheck::openCache(m_workspace.cachePath));
    inventory.reload();
    QCOMPARE(inventory.ownerTrailWarning(), QString());
    compareWithTrail(m_workspace.cachePath);
}

void TestOwnerTrailSync::recordsTheTokenMayNotReadAreReadNextTime()
{
    startPlatform();
    QVERIFY(m_fixture->arm(
        QJsonObject { { QStringLiteral("path"), QStringLiteral("/artifactory/{repo}/{path...}") },
                      { QStringLiteral("method"), QStringLiteral("GET") },
                      { QStringLiteral("count"), -1 },
                      { QStringLiteral("fault"), QStringLiteral("status") },
                      { QStringLiteral("status"), 403 } }));
    const SyncResult refused = sync();
    QCOMPARE(refused.outcome, SyncResult::Outcome::Completed);
    QVERIFY2(refused.trail.warning.contains(QStringLiteral("may not read the records in runtime-desk-trail")),
             qPrintable(refused.trail.warning));
    QCOMPARE(refused.trail.stored, 0);
    {
        auto cache = SyncCheck::openCache(m_workspace.cachePath);
        QCOMPARE(OwnerTrailStore(*cache).cursor(kRepo), TrailCursor {}); // not past what was not read
    }
    m_fixture->platform().faults().clear();
    const SyncResult next = sync();
    QCOMPARE(next.trail.stored, m_fixture->platform().trailRecordCount());
    compareWithTrail(m_workspace.cachePath);
}

void TestOwnerTrailSync::aFileThatIsNotARecordIsRefusedAndTheRestRead()
{
    startPlatform();
    DemoArtifactoryApi &artifactory = m_fixture->platform().artifactory();
    // A stray file beside the records (not under v1/) is not read; a broken record is refused, named.
    const int records = m_fixture->platform().trailRecordCount();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DemoArtifactoryApi::Item stray {
        QStringLiteral("README.txt"), "not a record", "text/plain", now, now, {}, {}
    };
    DemoArtifactoryApi::Item broken { QStringLiteral("v1/sha256/broken/x/c/n/w.json"),
                                      "{\"schema\":\"runtime-desk.owner-trail\",",
                                      "application/json",
                                      now,
                                      now,
                                      {},
                                      {} };
    QVERIFY(artifactory.store(kRepo, { stray, broken }));
    const SyncResult result = sync();
    QCOMPARE(result.outcome, SyncResult::Outcome::Completed);
    QCOMPARE(result.trail.rejected, 1);
    QVERIFY2(result.trail.rejectedSamples.value(0).startsWith(
                 QStringLiteral("v1/sha256/broken/x/c/n/w.json: malformed JSON")),
             qPrintable(result.trail.rejectedSamples.value(0)));
    QCOMPARE(result.trail.stored, records);
    QCOMPARE(result.trail.listed, records + 2);
    QCOMPARE(recordReads(m_fixture->platform()), records + 1); // the stray file is not read
}

void TestOwnerTrailSync::theDetailedViewSaysWhereOwnersCameFrom()
{
    for (const bool tagDetail : { false, true }) {
        init();
        startPlatform(tagDetail);
        QCOMPARE(sync().outcome, SyncResult::Outcome::Completed);
        Inventory inventory(SyncCheck::openCache(m_workspace.cachePath));
        inventory.reload();
        auto local = m_workspace.openLocal().database;
        QVERIFY(local);
        MemorySecretStore secrets;
        ConnectionController connection(m_fixture->client.get(), &secrets, local.get());
        // A running row the trail names.
        const QMap<QString, Expected> expected = expectedOwners(m_fixture->platform().trailRecords());
        qint64 rowId = 0;
        ImageTag row;
        for (const StoredTag &s : cached(inventory)) {
            if (!s.tag.digest.isEmpty() && expected.contains(s.tag.digest)
                && !expected[s.tag.digest].deployedBy.isEmpty()) {
                rowId = s.rowId;
                row = s.tag;
                break;
            }
        }
        QVERIFY(rowId > 0);
        TagDetailController detail;
        detail.setInventory(&inventory);
        detail.setConnection(&connection);
        detail.setRowId(rowId);
        QSignalSpy changed(&detail, &TagDetailController::changed);
        for (int i = 0; i < 100 && detail.loading(); ++i)
            changed.wait(200);
        QVERIFY(!detail.loading());
        QVERIFY(detail.tables()->deployments()->rowCount() >= 1);
        if (!tagDetail) { // the trail is where they come from
            QCOMPARE(detail.deployedBy().name, expected[row.digest].deployedBy);
            QVERIFY2(detail.deployedBy().source.startsWith(QStringLiteral("From the owner trail: recorded ")),
                     qPrintable(detail.deployedBy().source));
            QVERIFY(
                detail.sourceNote().startsWith(QStringLiteral("The platform offers no image-tag detail")));
        } else { // the platform's detail comes first
            const ImageTag platform = m_fixture->platform().withDataset([&](const DemoDataset &d) {
                return d.tag(d.indexOfDigest(row.digest), DemoTagView::Detail);
            });
            QCOMPARE(detail.deployedBy().name, *platform.deployedBy);
            QCOMPARE(detail.deployedBy().source, QStringLiteral("From the platform"));
        }
        cleanup();
    }
}

void TestOwnerTrailSync::theCliSaysWhereOwnersCameFrom()
{
    startPlatform();
    DemoPlatform &platform = m_fixture->platform();
    const QStringList global { QStringLiteral("--db"), m_workspace.localPath, QStringLiteral("--ca"),
                               platform.caCertificatePath() };
    const auto env = CliProcess::environment(platform.url(), platform.token());
    const CliProcess::Result synced =
        CliProcess::run(global + QStringList { QStringLiteral("sync"), QStringLiteral("--quiet") }, env);
    QCOMPARE(synced.exitCode, 0);
    QVERIFY2(QString::fromUtf8(synced.out)
                 .contains(QStringLiteral("owner trail: %1 new records from runtime-desk-trail")
                               .arg(QLocale::c().toString(platform.trailRecordCount()))),
             synced.out.constData());
    const QMap<QString, Expected> expected = expectedOwners(platform.trailRecords());
    Inventory inventory(SyncCheck::openCache(m_workspace.cachePath));
    inventory.reload();
    ImageTag row;
    for (const StoredTag &s : cached(inventory)) {
        if (!s.tag.digest.isEmpty() && expected.value(s.tag.digest).deployedBy.size() > 0) {
            row = s.tag;
            break;
        }
    }
    QVERIFY(!row.digest.isEmpty());
    const CliProcess::Result shown =
        CliProcess::run(global
                            + QStringList { QStringLiteral("show"), row.pinnedReference(),
                                            QStringLiteral("--format"), QStringLiteral("json") },
                        env);
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(o.value(QStringLiteral("deployed_by")).toString(), expected[row.digest].deployedBy);
    const QJsonObject source =
        o.value(QStringLiteral("owner_sources")).toObject().value(QStringLiteral("deployed_by")).toObject();
    QCOMPARE(source.value(QStringLiteral("source")).toString(), QStringLiteral("owner_trail"));
    QCOMPARE(QDateTime::fromString(source.value(QStringLiteral("recorded_at")).toString(), Qt::ISODateWithMs)
                 .toMSecsSinceEpoch(),
             expected[row.digest].deployedAt);
    QCOMPARE(o.value(QStringLiteral("deployments")).toArray().size(), expected[row.digest].records);
}

CliProcess::Result TestOwnerTrailSync::cli(const QStringList &args)
{
    DemoPlatform &platform = m_fixture->platform();
    return CliProcess::run(QStringList { QStringLiteral("--db"), m_workspace.localPath,
                                         QStringLiteral("--ca"), platform.caCertificatePath() }
                               + args,
                           CliProcess::environment(platform.url(), platform.token()));
}

void TestOwnerTrailSync::setupStatusAndRemoveThroughTheCli()
{
    startPlatform();
    DemoPlatform &platform = m_fixture->platform();
    auto status = [&] {
        const CliProcess::Result r = cli({ QStringLiteral("owners"), QStringLiteral("status"),
                                           QStringLiteral("--format"), QStringLiteral("json") });
        if (r.exitCode != 0)
            qWarning("owners status: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    };
    // The demo's trail exists; no collector is deployed yet.
    QJsonObject before = status();
    QCOMPARE(before[QStringLiteral("repository")].toObject()[QStringLiteral("exists")].toBool(), true);
    QCOMPARE(before[QStringLiteral("collector")].toObject()[QStringLiteral("deployed")].toBool(), false);

    const CliProcess::Result setup = cli({ QStringLiteral("owners"), QStringLiteral("setup") });
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    QVERIFY(QString::fromUtf8(setup.out).startsWith(QStringLiteral("The owner trail is set up")));
    QVERIFY2(QString::fromUtf8(setup.err).contains(QStringLiteral("skipped  create     it exists")),
             setup.err.constData());
    const auto worker = platform.workers().worker(QStringLiteral("runtime-desk-owner-trail"));
    QVERIFY(worker);
    QVERIFY(worker->enabled);
    QCOMPARE(worker->action, QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE"));
    QVERIFY(worker->sourceCode.contains(
        QStringLiteral("const TRAIL_REPOSITORY: string = 'runtime-desk-trail';")));
    QJsonObject after = status();
    QCOMPARE(after[QStringLiteral("collector")].toObject()[QStringLiteral("enabled")].toBool(), true);
    QCOMPARE(after[QStringLiteral("collector")].toObject()[QStringLiteral("made_by_runtime_desk")].toBool(),
             true);

    // Another repository: created (the demo token is an admin), the collector rewritten for it, and
    // remembered for status and every sync.
    const CliProcess::Result moved = cli({ QStringLiteral("owners"), QStringLiteral("setup"),
                                           QStringLiteral("--repo"), QStringLiteral("team-trail") });
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    QVERIFY(platform.artifactory().hasRepository(QStringLiteral("team-trail")));
    QVERIFY(platform.workers()
                .worker(QStringLiteral("runtime-desk-owner-trail"))
                ->sourceCode.contains(QStringLiteral("'team-trail'")));
    QCOMPARE(status()[QStringLiteral("repository")].toObject()[QStringLiteral("key")].toString(),
             QStringLiteral("team-trail"));

    // A worker with the key that Runtime Desk did not make is never overwritten or removed.
    DemoWorkersApi::Worker foreign = *platform.workers().worker(QStringLiteral("runtime-desk-owner-trail"));
    foreign.sourceCode = QStringLiteral("export default async () => ({ message: 'mine' });");
    platform.workers().put(foreign);
    const CliProcess::Result refused = cli({ QStringLiteral("owners"), QStringLiteral("setup") });
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(QString::fromUtf8(refused.err).contains(QStringLiteral("never overwritten")),
             refused.err.constData());
    QCOMPARE(cli({ QStringLiteral("owners"), QStringLiteral("remove") }).exitCode, 3);
    QCOMPARE(platform.workers().worker(QStringLiteral("runtime-desk-owner-trail"))->sourceCode,
             foreign.sourceCode);

    // Ours again, then removed: the repository and its records stay.
    platform.workers().put(*worker);
    const int records = platform.trailRecordCount();
    const CliProcess::Result removed = cli({ QStringLiteral("owners"), QStringLiteral("remove") });
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QVERIFY(!platform.workers().worker(QStringLiteral("runtime-desk-owner-trail")));
    QVERIFY(platform.artifactory().hasRepository(QStringLiteral("runtime-desk-trail")));
    QCOMPARE(platform.trailRecordCount(), records);
}

void TestOwnerTrailSync::aTokenThatMayNotCreateRepositoriesIsToldHow()
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 50;
    options.artifactoryAdmin = false;
    m_fixture = std::make_unique<Estate>();
    m_fixture->host = std::make_unique<DemoHost>(options);
    QString error;
    QVERIFY2(m_fixture->host->start(&error), qPrintable(error));
    const CliProcess::Result r = cli({ QStringLiteral("owners"), QStringLiteral("setup"),
                                       QStringLiteral("--repo"), QStringLiteral("new-trail") });
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("the token may not create repositories (403")), r.err.constData());
    QVERIFY2(err.contains(QStringLiteral("PUT /artifactory/api/repositories/new-trail")), r.err.constData());
    QVERIFY(!m_fixture->platform().artifactory().hasRepository(QStringLiteral("new-trail")));
    QVERIFY(!m_fixture->platform().workers().worker(
        QStringLiteral("runtime-desk-owner-trail"))); // nothing half done
}

QTEST_GUILESS_MAIN(TestOwnerTrailSync)
#include "tst_ownertrailsync.moc"
