// Every row the platform sends, through the real path: runtime-desk-cli syncs the demo platform over
// TLS (both documented response variants), and the cache must hold exactly the rows the platform
// served, compared value by value with the platform's own list. The estate has what real ones have:
// tags built for several architectures, re-pushed tags, one digest under two tags, rows without a
// digest. A total_count that disagrees with the rows is reported by the CLI and the app, never hidden.
#include "cliprocess.h"
#include "connectioncontroller.h"
#include "demofixture.h"
#include "demohost.h"
#include "generationstore.h"
#include "imagescontroller.h"
#include "inventory.h"
#include "runtimejson.h"
#include "secretstore.h"
#include "synccheck.h"
#include "synccontroller.h"
#include "tagdetailcontroller.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// The rows as values, sorted by their JSON: a multiset that knows nothing of ImageTag::key().
QList<QByteArray> asRows(const QList<ImageTag> &tags)
{
    QList<QByteArray> rows;
    rows.reserve(tags.size());
    for (const ImageTag &t : tags)
        rows.append(RuntimeJson::compact(t));
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The CLI's warning lines (stderr also carries the log).
QStringList warnings(const QByteArray &err)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(err).split(u'\n')) {
        if (line.startsWith(QLatin1StringView("warning: ")))
            lines.append(line);
    }
    return lines;
}

QString bare(const QString &digest)
{
    return digest.startsWith(u"sha256:") ? digest.mid(7) : digest;
}

} // namespace

class TestRowIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void cliSyncStoresEveryRowServed_data();
    void cliSyncStoresEveryRowServed();
    void aDisagreeingTotalCountIsReported();
    void showAndFiltersCountRows();
    void theAppShowsEveryArchitecture();

private:
    // The platform in a thread of its own (the CLI is a child process the test waits for), and the
    // app's client to it.
    struct Estate
    {
        std::unique_ptr<DemoHost> host;
        QObject owner;
        std::unique_ptr<ApiClient> client;
        QTemporaryDir dir;
        Workspace workspace;
        DemoPlatform &platform() { return *host->platform(); }
    };
    std::unique_ptr<Estate> startEstate(DemoPlatform::Options options);
    CliProcess::Result cli(Estate &estate, const QStringList &args);
    // A tag (registry/repository_path/name:tag) the platform serves for more than one architecture.
    static QList<ImageTag> multiArchitectureTag(const QList<ImageTag> &served);
};

std::unique_ptr<TestRowIdentity::Estate> TestRowIdentity::startEstate(DemoPlatform::Options options)
{
    auto estate = std::make_unique<Estate>();
    estate->host = std::make_unique<DemoHost>(options);
    QString error;
    if (!estate->host->start(&error)) {
        qWarning("demo platform did not start: %s", qPrintable(error));
        return nullptr;
    }
    ConnectionProfile profile = DemoFixture::defaultProfile(estate->platform());
    estate->client = std::make_unique<ApiClient>(ApiClient::createNetworkAccessManager(&estate->owner));
    estate->client->setProfile(profile);
    estate->client->setToken(estate->platform().token());
    estate->workspace = Workspace::fromLocalPath(estate->dir.filePath(QStringLiteral("desk.sqlite")));
    return estate;
}

CliProcess::Result TestRowIdentity::cli(Estate &estate, const QStringList &args)
{
    DemoPlatform &platform = estate.platform();
    const QProcessEnvironment env = CliProcess::environment(platform.url(), platform.token());
    return CliProcess::run(QStringList { QStringLiteral("--db"), estate.workspace.localPath,
                                         QStringLiteral("--ca"), platform.caCertificatePath() }
                               + args,
                           env);
}

QList<ImageTag> TestRowIdentity::multiArchitectureTag(const QList<ImageTag> &served)
{
    QMap<QString, QList<ImageTag>> byTag;
    for (const ImageTag &t : served)
        byTag[t.fullReference()].append(t);
    for (const QList<ImageTag> &rows : std::as_const(byTag)) {
        QSet<QString> arches;
        for (const ImageTag &t : rows)
            arches.insert(t.architecture);
        if (arches.size() > 1 && rows.size() == arches.size())
            return rows;
    }
    return {};
}

void TestRowIdentity::cliSyncStoresEveryRowServed_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<bool>("listIncludesDetail");
    QTest::newRow("examples: image_tags, total_count at the top") << int(DemoListVariant::Examples) << true;
    QTest::newRow("field table: images_tags, total_count in pagination")
        << int(DemoListVariant::FieldTable) << true;
    QTest::newRow("documented list rows only") << int(DemoListVariant::Examples) << false;
}

void TestRowIdentity::cliSyncStoresEveryRowServed()
{
    QFETCH(int, variant);
    QFETCH(bool, listIncludesDetail);
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 3000;
    options.seed = 7;
    options.listVariant = DemoListVariant(variant);
    options.listIncludesDetail = listIncludesDetail;
    auto estate = startEstate(options);
    QVERIFY(estate);
    const QList<ImageTag> served = estate->platform().expectedTags();
    QCOMPARE(served.size(), 3000);
    QVERIFY2(!multiArchitectureTag(served).isEmpty(), "the estate has no multi-architecture tag");

    const CliProcess::Result r = cli(*estate, { QStringLiteral("sync"), QStringLiteral("--quiet") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(warnings(r.err).isEmpty(), r.err.constData());
    QVERIFY2(r.out.startsWith("synced 3000 tags, "), r.out.constData());

    // Value by value, as a multiset: nothing lost, nothing merged, nothing duplicated.
    auto db = SyncCheck::openCache(estate->workspace.cachePath);
    QVERIFY(db);
    const auto current = GenerationStore(*db).current();
    QVERIFY(current);
    QCOMPARE(asRows(TagStore(*db).all(current->id)), asRows(served));
    const SyncCheck::Diff diff = SyncCheck::compare(served, estate->workspace.cachePath);
    QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    QCOMPARE(current->tagCount, 3000);
    QCOMPARE(current->receivedCount.value_or(-1), 3000);
    QCOMPARE(current->serverTotal.value_or(-1), 3000);
}

void TestRowIdentity::aDisagreeingTotalCountIsReported()
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 2500;
    options.totalCountSkew = 7;
    auto estate = startEstate(options);
    QVERIFY(estate);

    // The CLI: one stderr line with the numbers, exit 0, the generation kept.
    const CliProcess::Result r = cli(*estate, { QStringLiteral("sync"), QStringLiteral("--quiet") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(warnings(r.err),
             QStringList { QStringLiteral(
                 "warning: the platform reported 2,507 image tags; 2,500 received, 2,500 stored") });
    QVERIFY2(r.out.startsWith("synced 2500 tags, "), r.out.constData());
    auto db = SyncCheck::openCache(estate->workspace.cachePath);
    QVERIFY(db);
    const auto current = GenerationStore(*db).current();
    QVERIFY(current);
    QCOMPARE(current->serverTotal.value_or(-1), 2507);
    QCOMPARE(current->receivedCount.value_or(-1), 2500);
    QCOMPARE(current->tagCount, 2500);
    db.reset();

    // The app: the sync status says the same, from the generation's record.
    Inventory inventory(SyncCheck::openCache(estate->workspace.cachePath));
    inventory.reload();
    const QLocale locale;
    QCOMPARE(inventory.countsWarning(),
             QStringLiteral("the platform reported %1 image tags; %2 received, %3 stored")
                 .arg(locale.toString(2507), locale.toString(2500), locale.toString(2500)));
    const qint64 synced = inventory.generation();
    SyncController sync(estate->client.get(), estate->workspace.cachePath, &inventory);
    QSignalSpy finished(&sync, &SyncController::finished);
    sync.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(sync.lastResult().counts.reported.value_or(-1), 2507);
    QCOMPARE(sync.lastResult().counts.stored, 2500);
    QVERIFY(!sync.lastResult().counts.agree());
    QVERIFY(inventory.generation() > synced); // the app's own sync, recorded and shown
    QVERIFY(inventory.countsWarning().contains(QLocale().toString(2507)));

    // A platform whose count agrees again: no warning.
    estate.reset();
    DemoPlatform::Options honest = options;
    honest.totalCountSkew = 0;
    auto again = startEstate(honest);
    QVERIFY(again);
    const CliProcess::Result fine = cli(*again, { QStringLiteral("sync"), QStringLiteral("--quiet") });
    QCOMPARE(fine.exitCode, 0);
    QVERIFY2(warnings(fine.err).isEmpty(), fine.err.constData());
}

void TestRowIdentity::showAndFiltersCountRows()
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 2000;
    options.seed = 3;
    auto estate = startEstate(options);
    QVERIFY(estate);
    const QList<ImageTag> served = estate->platform().expectedTags();
    QVERIFY(cli(*estate, { QStringLiteral("sync"), QStringLiteral("--quiet") }).exitCode == 0);

    // risk: and arch: count the server's rows, computed here from the platform's list.
    auto count = [&](const QString &filter) {
        const CliProcess::Result r = cli(*estate,
                                         { QStringLiteral("images"), QStringLiteral("--filter"), filter,
                                           QStringLiteral("--format"), QStringLiteral("json") });
        return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out).array().size()) : -1;
    };
    const int integrity = int(std::count_if(served.cbegin(), served.cend(), [](const ImageTag &t) {
        return t.risks.testFlag(Risk::IntegrityViolation);
    }));
    const int arm64 = int(std::count_if(served.cbegin(), served.cend(),
                                        [](const ImageTag &t) { return t.architecture == u"arm64"; }));
    QVERIFY(integrity > 0 && arm64 > 0);
    QCOMPARE(count(QStringLiteral("risk:integrity")), integrity);
    QCOMPARE(count(QStringLiteral("arch:arm64")), arm64);

    // show name:tag of a multi-architecture tag: every row in text; JSON names the candidates.
    const QList<ImageTag> rows = multiArchitectureTag(served);
    QVERIFY(rows.size() > 1);
    const QString ref = rows.first().fullReference();
    const CliProcess::Result text = cli(*estate, { QStringLiteral("show"), ref });
    QCOMPARE(text.exitCode, 0);
    const QString shown = QString::fromUtf8(text.out);
    QVERIFY2(shown.startsWith(QStringLiteral("%1: %2 rows").arg(ref).arg(rows.size())), text.out.constData());
    for (const ImageTag &t : rows) {
        QVERIFY2(shown.contains(QStringLiteral("Architecture: ") + t.architecture), text.out.constData());
        QVERIFY2(shown.contains(QStringLiteral("Digest:       ") + t.digest), text.out.constData());
    }
    const CliProcess::Result json =
        cli(*estate, { QStringLiteral("show"), ref, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(json.exitCode, 1);
    QVERIFY(json.out.isEmpty());
    for (const ImageTag &t : rows) {
        QVERIFY2(json.err.contains(t.architecture.toUtf8()), json.err.constData());
        QVERIFY2(json.err.contains(bare(t.digest).toUtf8()), json.err.constData());
    }
    for (const ImageTag &t : rows) {
        const CliProcess::Result picked =
            cli(*estate,
                { QStringLiteral("show"), ref, QStringLiteral("--arch"), t.architecture,
                  QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(picked.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(picked.out).object();
        QCOMPARE(o.value(QLatin1StringView("architecture")).toString(), t.architecture);
        QCOMPARE(bare(o.value(QLatin1StringView("digest")).toString()), bare(t.digest));
        const CliProcess::Result pinned = cli(*estate,
                                              { QStringLiteral("show"), t.pinnedReference(),
                                                QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(pinned.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(pinned.out).object().value(QLatin1StringView("architecture")).toString(),
            t.architecture);
    }
    const CliProcess::Result none =
        cli(*estate, { QStringLiteral("show"), ref, QStringLiteral("--arch"), QStringLiteral("s390x") });
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.err.contains("has no s390x row"), none.err.constData());
}

void TestRowIdentity::theAppShowsEveryArchitecture()
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 1500;
    auto estate = startEstate(options);
    QVERIFY(estate);
    const QList<ImageTag> served = estate->platform().expectedTags();
    QVERIFY(cli(*estate, { QStringLiteral("sync"), QStringLiteral("--quiet") }).exitCode == 0);
    Inventory inventory(SyncCheck::openCache(estate->workspace.cachePath));
    inventory.reload();
    QCOMPARE(inventory.tagCount(), int(served.size()));

    // The detailed view of one architecture names the others, one click away.
    const QList<ImageTag> rows = multiArchitectureTag(served);
    QVERIFY(rows.size() > 1);
    const QList<StoredTag> first =
        inventory.tags().findByReference(inventory.generation(), rows.first().pinnedReference());
    QCOMPARE(first.size(), 1);
    TagDetailController detail;
    detail.setInventory(&inventory);
    detail.setRowId(first.first().rowId);
    QVERIFY(detail.loaded());
    QCOMPARE(detail.identity().architecture, rows.first().architecture);
    QCOMPARE(detail.siblings()->rowCount(), rows.size() - 1);
    QSet<QString> siblingArches;
    for (int i = 0; i < detail.siblings()->rowCount(); ++i)
        siblingArches.insert(detail.siblings()->get(i).value(QStringLiteral("architecture")).toString());
    for (const ImageTag &t : rows.mid(1))
        QVERIFY2(siblingArches.contains(t.architecture), qPrintable(t.architecture));
    // The pinned reference is what "Simulate alarm" and the finding panel get: it names this row alone.
    QCOMPARE(inventory.tags().findByReference(inventory.generation(), detail.identity().fullReference).size(),
             1);
}

QTEST_GUILESS_MAIN(TestRowIdentity)
#include "tst_rowidentity.moc"
