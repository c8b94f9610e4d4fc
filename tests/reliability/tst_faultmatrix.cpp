// NET-1, NET-3, NET-6, NET-7: the network fault matrix through the real sync over TLS. Seventeen
// faults, each at the first, a middle and the last page of the image-tag listing: 51 cells. In
// every cell the stored generation does not move while the failure is on, the cache after the
// next successful sync equals the server with 0 rows lost or duplicated, a transient fault is
// retried within the retry budget (Retry-After honoured), and a fatal one is not retried and ends
// the sync with one line of error of a fixed category, leaving the previous generation whole.
#include "demofixture.h"
#include "figures.h"
#include "generationstore.h"
#include "synccheck.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString tagsEndpoint = QStringLiteral("POST /runtime/api/v1/images/tags");
constexpr int pageSize = 100;
constexpr int serverTags = 500; // five pages: first (0), middle (1), last (4)

struct Totals
{
    int cells = 0;
    int passed = 0;
    int lost = 0;
    int duplicated = 0;
};
Totals totals;

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void matrix_data();
    void matrix();
    void cleanupTestCase();

private:
    SyncResult syncWatching(DemoFixture &fixture, const QString &cachePath, qint64 expectedGeneration,
                            bool *checked);
};

void TestFaultMatrix::matrix_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<int>("kind"); // ApiError::Kind of a fatal cell
    QTest::addColumn<int>("exitCode"); // of a fatal cell, as the CLI would exit
    QTest::addColumn<int>("minGapMs"); // Retry-After: the retry may not come earlier

    using Kind = ApiError::Kind;
    struct Fault
    {
        const char *name;
        QJsonObject rule;
        bool fatal;
        Kind kind;
        int exitCode;
        int minGapMs;
    };
    const auto status = [](int code, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("status"), code);
        return SyncCheck::fault("status", extra);
    };
    const QList<Fault> faults {
        { "400", status(400), true, Kind::BadRequest, 2, 0 },
        { "401", status(401), true, Kind::Unauthorized, 2, 0 },
        { "403", status(403), true, Kind::Forbidden, 2, 0 },
        { "404", status(404), true, Kind::NotFound, 2, 0 },
        { "408", status(408), false, Kind::None, 0, 0 },
        { "429 Retry-After seconds", status(429, { { QStringLiteral("retry_after"), 1 } }), false, Kind::None,
          0, 950 },
        { "429 Retry-After date", status(429, { { QStringLiteral("retry_after_date"), 2 } }), false,
          Kind::None, 0, 950 },
        { "500", status(500), false, Kind::None, 0, 0 },
        { "502", status(502), false, Kind::None, 0, 0 },
        { "503 Retry-After seconds", status(503, { { QStringLiteral("retry_after"), 1 } }), false, Kind::None,
          0, 950 },
        { "504", status(504), false, Kind::None, 0, 0 },
        { "HTML instead of JSON", SyncCheck::fault("html"), true, Kind::Protocol, 3, 0 },
        { "JSON of the wrong type",
          SyncCheck::fault("wrong_type", { { QStringLiteral("variant"), QStringLiteral("string") } }), true,
          Kind::Protocol, 3, 0 },
        { "body shorter than Content-Length", SyncCheck::fault("short_body"), false, Kind::None, 0, 0 },
        { "hang", SyncCheck::fault("hang"), false, Kind::None, 0, 0 },
        // A byte every 400 ms never trips the 1 s inactivity timeout: the total deadline must.
        { "slow drip", SyncCheck::fault("drip", { { QStringLiteral("interval_ms"), 400 } }), false,
          Kind::None, 0, 0 },
        { "connection reset mid-body", SyncCheck::fault("reset", { { QStringLiteral("fraction"), 0.4 } }),
          false, Kind::None, 0, 0 },
    };
    for (const Fault &f : faults) {
        for (const char *page : { "first", "middle", "last" }) {
            QJsonObject rule = f.rule;
            rule.insert(QStringLiteral("page"), QLatin1StringView(page));
            QTest::addRow("%s, %s page", f.name, page)
                << rule << f.fatal << int(f.kind) << f.exitCode << f.minGapMs;
        }
    }
}

// Runs a sync to its end; when the fault fires, checks that the cache still shows the generation
// it showed before (the failure has not moved it).
SyncResult TestFaultMatrix::syncWatching(DemoFixture &fixture, const QString &cachePath,
                                         qint64 expectedGeneration, bool *checked)
{
    *checked = false;
    SyncJob job(&fixture.client(), cachePath, {});
    SyncResult result;
    bool done = false;
    connect(&job, &SyncJob::finished, this, [&](const SyncResult &r) {
        result = r;
        done = true;
    });
    job.start();
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 60000) {
        QTest::qWait(5);
        if (*checked)
            continue;
        const QList<DemoRequestLog::Entry> log = fixture.platform().requests().entries();
        if (std::any_of(log.cbegin(), log.cend(),
                        [](const DemoRequestLog::Entry &e) { return !e.fault.isEmpty(); })) {
            qint64 current = 0;
            SyncCheck::cachedTags(cachePath, &current);
            if (current != expectedGeneration)
                qWarning("the generation moved to %lld while the fault was on", current);
            else
                *checked = true;
        }
    }
    if (!done)
        result.message = QStringLiteral("the test gave up waiting");
    return result;
}

void TestFaultMatrix::matrix()
{
    QFETCH(QJsonObject, rule);
    QFETCH(bool, fatal);
    QFETCH(int, kind);
    QFETCH(int, exitCode);
    QFETCH(int, minGapMs);
    ++totals.cells;

    QTemporaryDir dir;
    const QString cachePath = Workspace::fromLocalPath(dir.filePath(QStringLiteral("desk.sqlite"))).cachePath;
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = serverTags;
    options.seed = 11;
    DemoFixture fixture(options);
    QVERIFY(fixture.start());
    ConnectionProfile profile = fixture.profile();
    profile.transferTimeout = std::chrono::milliseconds(1000);
    profile.totalTimeout = std::chrono::milliseconds(2500);
    profile.retry.maxAttempts = 3;
    profile.retry.baseDelay = std::chrono::milliseconds(20);
    profile.retry.maxDelay = std::chrono::milliseconds(100);
    fixture.setProfile(profile);
    QVERIFY(SyncCheck::openCache(cachePath));

    // The previous generation, then a server that has moved on, so a half-written cache would show.
    QCOMPARE(int(SyncCheck::run(&fixture.client(), cachePath).outcome), int(SyncResult::Outcome::Completed));
    qint64 before = 0;
    const QMap<QString, ImageTag> kept = SyncCheck::cachedTags(cachePath, &before);
    QCOMPARE(kept.size(), serverTags);
    QVERIFY(fixture.platform().advance().changed > 0);
    fixture.platform().requests().clear();

    QVERIFY(fixture.arm(rule));
    bool checkedDuringFault = false;
    const SyncResult result = syncWatching(fixture, cachePath, before, &checkedDuringFault);
    QVERIFY2(checkedDuringFault, "the fault did not fire, or the generation moved while it was on");

    const QList<DemoRequestLog::Entry> log = fixture.platform().requests().entries();
    QList<DemoRequestLog::Entry> listing;
    for (const DemoRequestLog::Entry &e : log) {
        if (e.endpoint == tagsEndpoint)
            listing.append(e);
    }
    const auto faulted = std::find_if(listing.cbegin(), listing.cend(),
                                      [](const DemoRequestLog::Entry &e) { return !e.fault.isEmpty(); });
    QVERIFY(faulted != listing.cend());
    const qsizetype faultedAt = faulted - listing.cbegin();

    if (fatal) {
        QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Failed));
        QCOMPARE(int(result.apiError.kind), kind);
        QCOMPARE(result.exitCode(), exitCode);
        QVERIFY(!result.message.isEmpty());
        QVERIFY2(!result.message.contains(u'\n'), qPrintable(result.message)); // one line for the user
        QCOMPARE(listing.size(), faultedAt + 1); // not retried, and nothing after it
        // The failure did not move the generation, and the cache is what it was, row for row.
        qint64 after = 0;
        QCOMPARE(SyncCheck::cachedTags(cachePath, &after), kept);
        QCOMPARE(after, before);
        fixture.platform().faults().clear();
        const SyncResult healed = SyncCheck::run(&fixture.client(), cachePath);
        QVERIFY2(healed.outcome == SyncResult::Outcome::Completed, qPrintable(healed.message));
    } else {
        QVERIFY2(result.outcome == SyncResult::Outcome::Completed, qPrintable(result.message));
        QCOMPARE(listing.size(),
                 qsizetype(serverTags / pageSize + 1)); // every page once, the faulted one twice
        QCOMPARE(listing.at(faultedAt + 1).body, listing.at(faultedAt).body); // the same page again
        const qint64 gap = listing.at(faultedAt + 1).atMs - listing.at(faultedAt).atMs;
        QVERIFY2(gap >= minGapMs, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
    }

    const SyncCheck::Diff diff = SyncCheck::compare(fixture.platform().expectedTags(), cachePath);
    totals.lost += diff.lost;
    totals.duplicated += diff.duplicated;
    QVERIFY2(diff.equal(), qPrintable(diff.describe()));
    qint64 now = 0;
    SyncCheck::cachedTags(cachePath, &now);
    QVERIFY(now > before);
    QCOMPARE(SyncCheck::integrity(cachePath), QStringLiteral("ok"));
    ++totals.passed;
}

void TestFaultMatrix::cleanupTestCase()
{
    Figures::report(QStringLiteral("NET  fault matrix: %1/%2 cells passed, %3 rows lost, %4 duplicated")
                        .arg(totals.passed)
                        .arg(totals.cells)
                        .arg(totals.lost)
                        .arg(totals.duplicated));
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
