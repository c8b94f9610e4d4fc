#include "connectioncontroller.h"
#include "demofixture.h"
#include "filterparser.h"
#include "imagescontroller.h"
#include "inventory.h"
#include "sampledata.h"
#include "secretstore.h"
#include "synccontroller.h"
#include "tagdetailcontroller.h"
#include "testenvironment.h"
#include "viewpreferences.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The detailed view and the CLI filter on the real path: the image-tag detail fetched from the
// demo platform over TLS (and a platform without that endpoint), and `images --filter` run by
// the real runtime-desk-cli on a real cache.
class TestImagesDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void detailComesFromThePlatform();
    void aPlatformWithoutTheDetailKeepsTheSyncedData();
    void cliFilterListsWhatTheGrammarSays();
    void cliRefusesABadFilterWithItsColumn();
    void aTimePeriodIsWhatTheSyncAsksFor();

private:
    qint64 rowOfIntegrityViolation();
    bool waitForDetail(TagDetailController &detail);

    QTemporaryDir m_dir;
    Workspace m_workspace;
    std::unique_ptr<DemoFixture> m_fixture;
    std::unique_ptr<Database> m_local;
    std::unique_ptr<Inventory> m_inventory;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConnectionController> m_connection;
    QList<ImageTag> m_tags;
};

void TestImagesDetail::initTestCase()
{
    TestEnvironment::init();
    m_fixture = std::make_unique<DemoFixture>();
    QVERIFY(m_fixture->start());
    m_workspace = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite")));
    // The cache holds the documented list rows only (no people, no integrity): what a platform
    // gives without the detail in its list.
    auto cache = SampleData::openCache(m_workspace.cachePath);
    QVERIFY(cache);
    m_tags = m_fixture->platform().expectedTags(DemoTagView::List);
    QVERIFY(SampleData::commitGeneration(*cache, m_tags, QStringLiteral("demo|default")));
    m_inventory = std::make_unique<Inventory>(std::move(cache));
    m_local = m_workspace.openLocal().database;
    QVERIFY(m_local);
    m_connection = std::make_unique<ConnectionController>(&m_fixture->client(), &m_secrets, m_local.get());
}

void TestImagesDetail::cleanupTestCase()
{
    m_connection.reset();
    m_inventory.reset();
    m_local.reset();
    m_fixture.reset();
}

qint64 TestImagesDetail::rowOfIntegrityViolation()
{
    TagQuery query;
    query.terms = FilterParser::parse(QStringLiteral("risk:integrity")).terms;
    query.limit = 1;
    const QList<TagRow> rows = m_inventory->tags().rows(m_inventory->generation(), query);
    return rows.isEmpty() ? 0 : rows.constFirst().rowId;
}

bool TestImagesDetail::waitForDetail(TagDetailController &detail)
{
    QSignalSpy changed(&detail, &TagDetailController::changed);
    for (int i = 0; i < 100 && detail.loading(); ++i)
        changed.wait(200);
    return !detail.loading();
}

void TestImagesDetail::detailComesFromThePlatform()
{
    TagDetailController detail;
    detail.setInventory(m_inventory.get());
    detail.setConnection(m_connection.get());
    const qint64 row = rowOfIntegrityViolation();
    QVERIFY(row > 0);
    detail.setRowId(row);
    QVERIFY(detail.loaded());
    QVERIFY(detail.loading()); // the cached row first, the platform asked
    QCOMPARE(detail.buildOwner().name, QString()); // not in a list row
    QVERIFY(waitForDetail(detail));
    QVERIFY2(detail.fromPlatform(), qPrintable(detail.sourceNote()));
    const ImageTag expected = m_fixture->platform().withDataset([&](const DemoDataset &d) {
        return d.tag(d.indexOfDigest(detail.tagValue().digest), DemoTagView::Detail);
    });
    QCOMPARE(detail.deployedBy().name, *expected.deployedBy);
    QCOMPARE(detail.buildOwner().name, expected.buildInfo ? expected.buildInfo->owner : QString());
    QCOMPARE(detail.integrity().status, QStringLiteral("violation"));
    QCOMPARE(detail.integrity().violationType, QStringLiteral("digest_mismatch"));
    QVERIFY(detail.integrity().runtimeDigest != detail.integrity().expectedDigest);
    QCOMPARE(detail.identity().cloudProviders, expected.cloudProviders);
    QVERIFY(detail.sourceNote().startsWith(QStringLiteral("Detail from the platform")));
    // The mail names what the platform said.
    QVERIFY(QUrl::fromPercentEncoding(detail.contactUrl(QStringLiteral("deployer")).toUtf8())
                .contains(*expected.deployedBy));
}

void TestImagesDetail::aPlatformWithoutTheDetailKeepsTheSyncedData()
{
    // A real platform has no image-tag detail endpoint (docs/jfrog-api.md 3.7: ASSUMED).
    QVERIFY(m_fixture->arm(
        QJsonObject { { QStringLiteral("path"), QStringLiteral("/runtime/api/v1/images/tags/{digest}") },
                      { QStringLiteral("count"), -1 },
                      { QStringLiteral("fault"), QStringLiteral("status") },
                      { QStringLiteral("status"), 404 } }));
    TagDetailController detail;
    detail.setInventory(m_inventory.get());
    detail.setConnection(m_connection.get());
    detail.setRowId(rowOfIntegrityViolation());
    QVERIFY(waitForDetail(detail));
    QVERIFY(detail.loaded());
    QVERIFY(!detail.fromPlatform());
    QVERIFY2(detail.sourceNote().startsWith(QStringLiteral("The platform offers no image-tag detail")),
             qPrintable(detail.sourceNote()));
    QCOMPARE(detail.buildOwner().name, QString()); // the page says "not provided by the platform"
    QCOMPARE(detail.deployedBy().name, QString());
    QCOMPARE(detail.integrity().status, QString());
    QVERIFY(!detail.identity().reference.isEmpty()); // what the list gave is all there
    m_fixture->platform().faults().clear();
}

void TestImagesDetail::cliFilterListsWhatTheGrammarSays()
{
    const QString filter = QStringLiteral("risk:integrity,malicious !registry:docker.io severity:>=medium");
    QProcess cli;
    cli.start(TestEnvironment::cliPath(),
              { QStringLiteral("--db"), m_workspace.localPath, QStringLiteral("images"),
                QStringLiteral("--filter"), filter, QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    TagQuery query;
    query.terms = FilterParser::parse(filter).terms;
    QCOMPARE(qint64(rows.size()), m_inventory->tags().countMatching(m_inventory->generation(), query));
    QVERIFY(rows.size() > 0);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const QStringList risks = o.value(QLatin1StringView("risks")).toVariant().toStringList();
        QVERIFY(risks.contains(QStringLiteral("integrity_violation"))
                || risks.contains(QStringLiteral("malicious")));
        QVERIFY(!o.value(QLatin1StringView("registry")).toString().startsWith(QStringLiteral("docker.io")));
        QVERIFY(o.value(QLatin1StringView("vulnerabilities_count")).toInt() > 0);
    }
}

void TestImagesDetail::cliRefusesABadFilterWithItsColumn()
{
    QProcess cli;
    cli.start(TestEnvironment::cliPath(),
              { QStringLiteral("--db"), m_workspace.localPath, QStringLiteral("images"),
                QStringLiteral("--filter"), QStringLiteral("risk:integrity regsitry:x") });
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(cli.readAllStandardError()).trimmed(),
             QStringLiteral("runtime-desk-cli: --filter: Unknown key \"regsitry:\". Did you mean "
                            "\"registry:\"? (at column 16)"));
    QVERIFY(cli.readAllStandardOutput().isEmpty());
}

void TestImagesDetail::aTimePeriodIsWhatTheSyncAsksFor()
{
    // The platform has no time per tag: choosing a period syncs the inventory of that period.
    SyncController sync(&m_fixture->client(), m_workspace.cachePath, m_inventory.get());
    ViewPreferences views(m_local.get());
    ImagesController controller;
    controller.classBegin();
    controller.setInventory(m_inventory.get());
    controller.setPreferences(&views);
    controller.setSync(&sync);
    controller.componentComplete();
    QCoreApplication::processEvents();
    QCOMPARE(controller.timePeriod(), QString());
    QCOMPARE(controller.model()->tagCount(), int(m_tags.size()));
    QSignalSpy finished(&sync, &SyncController::finished);
    controller.requestTimePeriod(QStringLiteral("now"));
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(sync.message()));
    QCOMPARE(m_inventory->timePeriod(), QStringLiteral("now"));
    QCOMPARE(controller.timePeriod(), QStringLiteral("now"));
    QCOMPARE(controller.timePeriodLabel(controller.timePeriod()), QStringLiteral("Running now"));
    const auto running = std::count_if(m_tags.cbegin(), m_tags.cend(), [](const ImageTag &t) {
        return t.runtimeStatus == QLatin1StringView("running");
    });
    QCOMPARE(controller.model()->tagCount(), int(running)); // the list follows the new generation
    QCOMPARE(views.value(QStringLiteral("sync.time_period")), QStringLiteral("now"));
    controller.requestTimePeriod(QStringLiteral("fortnight")); // not a period the platform knows
    QCOMPARE(sync.timePeriod(), QStringLiteral("now"));
}

QTEST_GUILESS_MAIN(TestImagesDetail)
#include "tst_imagesdetail.moc"
