// FUZZ-3 and FUZZ-5: every structural limit at its boundary (accepted) and one past it (refused
// with the exact message naming the limit): Limits (src/core/inputlimits.h) on pages as the
// platform sends them, stored into the cache when accepted; the body cap, the page count and the
// Retry-After ceiling through the real client over TLS; RuleLimits (src/rules/rule.h) on rule
// documents as `rules import` reads them.
#include "demofixture.h"
#include "figures.h"
#include "generationstore.h"
#include "inputlimits.h"
#include "rule.h"
#include "rulejson.h"
#include "ruletemplates.h"
#include "runtimejson.h"
#include "synccheck.h"
#include "tagstore.h"
#include "testenvironment.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {

int checked = 0; // limits checked on both sides

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject tagRow(int i = 0)
{
    return { { QStringLiteral("name"), QStringLiteral("image-%1").arg(i) },
             { QStringLiteral("tag"), QStringLiteral("v1") },
             { QStringLiteral("registry"), QStringLiteral("r.example") },
             { QStringLiteral("repository_path"), QStringLiteral("team") } };
}

QByteArray pageOf(const QJsonArray &rows,
                  const QJsonObject &pagination = { { QStringLiteral("limit"), 100 } })
{
    return json({ { QStringLiteral("image_tags"), rows }, { QStringLiteral("pagination"), pagination } });
}

QJsonArray objects(int n, const QJsonObject &each)
{
    QJsonArray array;
    for (int i = 0; i < n; ++i)
        array.append(each);
    return array;
}

QJsonObject document()
{
    return QJsonDocument::fromJson(
               RuleJson::write(*RuleTemplates::make(QStringLiteral("untrusted-registry"))))
        .object();
}

QStringList errorsOf(const QJsonObject &doc)
{
    return RuleJson::parse(json(doc)).errors;
}

QJsonArray riskLeaves(int n)
{
    return objects(n,
                   { { QStringLiteral("kind"), QStringLiteral("risk") },
                     { QStringLiteral("risk"), QStringLiteral("malicious") } });
}

QJsonObject nestedGroups(int groups)
{
    QJsonObject node { { QStringLiteral("all"), riskLeaves(1) } };
    for (int i = 1; i < groups; ++i)
        node = QJsonObject { { QStringLiteral("all"), QJsonArray { node } } };
    return node;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageLimits_data();
    void pageLimits();
    void bodyCap();
    void pageCount();
    void retryAfterCeiling();
    void ruleLimits_data();
    void ruleLimits();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_cache;
};

void TestLimits::initTestCase()
{
    TestEnvironment::init();
    m_cache = SyncCheck::openCache(m_dir.filePath(QStringLiteral("limits.cache.sqlite")));
    QVERIFY(m_cache);
}

void TestLimits::pageLimits_data()
{
    QTest::addColumn<QByteArray>("atLimit");
    QTest::addColumn<QByteArray>("pastLimit");
    QTest::addColumn<QString>("error"); // the page's error, or the refused row's reason

    const auto withField = [](const QString &key, const QJsonValue &value) {
        QJsonObject row = tagRow();
        row.insert(key, value);
        return pageOf({ row });
    };
    const qsizetype text = Limits::maxTextField;
    for (const char *field :
         { "name", "registry", "repository_path", "image_digest", "runtime_status", "deployed_by" }) {
        QTest::addRow("text field %s: %lld characters", field, qlonglong(text))
            << withField(QLatin1StringView(field), QString(text, u'x'))
            << withField(QLatin1StringView(field), QString(text + 1, u'x'))
            << QStringLiteral("row 0: field \"%1\" is longer than 4096 characters")
                   .arg(QLatin1StringView(field));
    }
    QTest::newRow("an entry of risks: 4096 characters")
        << withField(QStringLiteral("risks"), QJsonArray { QString(text, u'r') })
        << withField(QStringLiteral("risks"), QJsonArray { QString(text + 1, u'r') })
        << QStringLiteral("row 0: an entry of \"risks\" is longer than 4096 characters");
    const auto vulnerability = [](const QString &cve) {
        return QJsonObject { { QStringLiteral("cve_id"), cve },
                             { QStringLiteral("severity"), QStringLiteral("High") } };
    };
    QTest::newRow("a vulnerability's cve_id: 4096 characters")
        << withField(QStringLiteral("vulnerabilities"), QJsonArray { vulnerability(QString(text, u'c')) })
        << withField(QStringLiteral("vulnerabilities"), QJsonArray { vulnerability(QString(text + 1, u'c')) })
        << QStringLiteral("row 0: field \"cve_id\" is longer than 4096 characters");
    QTest::newRow("tag: 128 characters (OCI)")
        << withField(QStringLiteral("tag"), QString(Limits::maxTagLength, u't'))
        << withField(QStringLiteral("tag"), QString(Limits::maxTagLength + 1, u't'))
        << QStringLiteral("row 0: field \"tag\" is longer than 128 characters");
    QTest::newRow("vulnerabilities per tag: 10,000")
        << withField(QStringLiteral("vulnerabilities"),
                     objects(int(Limits::maxVulnerabilitiesPerTag), vulnerability(QStringLiteral("CVE-1"))))
        << withField(
               QStringLiteral("vulnerabilities"),
               objects(int(Limits::maxVulnerabilitiesPerTag) + 1, vulnerability(QStringLiteral("CVE-1"))))
        << QStringLiteral("row 0: \"vulnerabilities\" has more than 10000 entries");
    const QJsonObject workload { { QStringLiteral("name"), QStringLiteral("w") },
                                 { QStringLiteral("namespace"), QStringLiteral("n") },
                                 { QStringLiteral("cluster"), QStringLiteral("c") } };
    QTest::newRow("workloads per tag: 10,000")
        << withField(QStringLiteral("workloads"), objects(int(Limits::maxListPerTag), workload))
        << withField(QStringLiteral("workloads"), objects(int(Limits::maxListPerTag) + 1, workload))
        << QStringLiteral("row 0: \"workloads\" has more than 10000 entries");
    const QJsonObject package { { QStringLiteral("xray_id"), QStringLiteral("XRAY-1") },
                                { QStringLiteral("components"), QJsonArray() } };
    QTest::newRow("malicious packages per tag: 10,000")
        << withField(QStringLiteral("malicious_packages"), objects(int(Limits::maxListPerTag), package))
        << withField(QStringLiteral("malicious_packages"), objects(int(Limits::maxListPerTag) + 1, package))
        << QStringLiteral("row 0: \"malicious_packages\" has more than 10000 entries");
    const QJsonObject component { { QStringLiteral("id"), QStringLiteral("npm://x:1") } };
    const auto withComponents = [&](int n) {
        QJsonObject v = vulnerability(QStringLiteral("CVE-2"));
        v.insert(QStringLiteral("components"), objects(n, component));
        return withField(QStringLiteral("vulnerabilities"), QJsonArray { v });
    };
    QTest::newRow("components per vulnerability: 10,000")
        << withComponents(int(Limits::maxListPerTag)) << withComponents(int(Limits::maxListPerTag) + 1)
        << QStringLiteral("row 0: \"components\" has more than 10000 entries");
    QJsonArray rows;
    for (int i = 0; i < Limits::maxItemsPerPage; ++i)
        rows.append(tagRow(i));
    QJsonArray tooMany = rows;
    tooMany.append(tagRow(int(Limits::maxItemsPerPage)));
    QTest::newRow("items per page: 200")
        << pageOf(rows) << pageOf(tooMany)
        << QStringLiteral("the page has 201 items, more than the limit of 200");
    QTest::newRow("next_key: 4096 characters")
        << pageOf({ tagRow() }, { { QStringLiteral("next_key"), QString(text, u'k') } })
        << pageOf({ tagRow() }, { { QStringLiteral("next_key"), QString(text + 1, u'k') } })
        << QStringLiteral("next_key is longer than 4096 characters");
    // Depth: the page itself is 3 levels (object, image_tags, row); the field adds the rest.
    const auto deep = [&](int levels) {
        QByteArray value = QByteArray(levels - 3, '[') + QByteArray(levels - 3, ']');
        QByteArray page = pageOf({ tagRow() });
        return page.replace("\"tag\":\"v1\"", QByteArray("\"tag\":\"v1\",\"extra\":" + value));
    };
    QTest::newRow("JSON nesting: 64 levels") << deep(Limits::maxJsonDepth) << deep(Limits::maxJsonDepth + 1)
                                             << QStringLiteral("the JSON nests deeper than 64 levels");
}

void TestLimits::pageLimits()
{
    QFETCH(QByteArray, atLimit);
    QFETCH(QByteArray, pastLimit);
    QFETCH(QString, error);

    QString reason;
    const auto accepted = RuntimeJson::parseImageTagsPage(atLimit, &reason);
    QVERIFY2(accepted, qPrintable(reason));
    QCOMPARE(accepted->rejected, QStringList());
    // At the limit, the page is also stored whole.
    GenerationStore generations(*m_cache);
    TagStore tags(*m_cache);
    const qint64 generation = generations.begin(QStringLiteral("limits"));
    QVERIFY(m_cache->transaction([&] { return tags.addTags(generation, accepted->items); }));
    QCOMPARE(tags.count(generation), qint64(accepted->items.size()));
    QVERIFY(generations.fail(generation, QStringLiteral("test")));

    reason.clear();
    const auto refused = RuntimeJson::parseImageTagsPage(pastLimit, &reason);
    if (error.startsWith(QLatin1StringView("row 0: "))) {
        // A row past a limit is refused, and says which; the page goes on without it.
        QVERIFY2(refused, qPrintable(reason));
        QVERIFY(refused->items.isEmpty());
        QCOMPARE(refused->rejected, QStringList { error });
    } else {
        QVERIFY(!refused);
        QCOMPARE(reason, error);
    }
    ++checked;
}

void TestLimits::bodyCap()
{
    // Exactly Limits::maxResponseBytes of valid JSON (a page padded with spaces) is read; one byte more is
    // not.
    DemoFixture fixture;
    QVERIFY(fixture.start());
    ConnectionProfile profile = fixture.profile();
    profile.retry.maxAttempts = 1;
    fixture.setProfile(profile);
    const QByteArray page = pageOf({ tagRow() });
    for (const qint64 size : { Limits::maxResponseBytes, Limits::maxResponseBytes + 1 }) {
        QByteArray body = page;
        body.insert(1, QByteArray(size - page.size(), ' '));
        QCOMPARE(body.size(), size);
        fixture.platform().faults().clear();
        QVERIFY(fixture.arm(
            SyncCheck::fault("canned", { { QStringLiteral("body"), QString::fromLatin1(body) } })));
        ApiError error;
        const QList<ImageTag> tags = fixture.fetchAllTags(RuntimeQuery(), &error);
        if (size == Limits::maxResponseBytes) {
            QVERIFY2(!error, qPrintable(error.message()));
            QCOMPARE(tags.size(), 1);
        } else {
            QCOMPARE(int(error.kind), int(ApiError::Kind::TooLarge));
            QCOMPARE(error.message(),
                     QStringLiteral("/runtime/api/v1/images/tags: the response is larger than allowed"));
        }
    }
    ++checked;
}

void TestLimits::pageCount()
{
    // SyncOptions::maxPages (10,000 by default) holds in every phase: a platform that pages once
    // more, with cursors it never repeats, is an error. The demo's 300 tags come in 3 pages of 100;
    // their workloads come in more pages, so each phase's limit is reached on its own.
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 300;
    DemoFixture fixture(options);
    QVERIFY(fixture.start());
    QTemporaryDir dir;
    const auto sync = [&](int maxPages) {
        const QString cachePath = dir.filePath(QStringLiteral("cache-%1.sqlite").arg(maxPages));
        SyncOptions limits;
        limits.maxPages = maxPages;
        return SyncCheck::openCache(cachePath) ? SyncCheck::run(&fixture.client(), cachePath, limits)
                                               : SyncResult {};
    };
    const SyncResult whole = sync(SyncOptions {}.maxPages);
    QVERIFY2(whole.outcome == SyncResult::Outcome::Completed, qPrintable(whole.message));
    const int tagPages =
        fixture.platform().requests().count(QStringLiteral("POST /runtime/api/v1/images/tags"));
    const int workloadPages =
        fixture.platform().requests().count(QStringLiteral("POST /runtime/api/v1/workloads"));
    QCOMPARE(tagPages, 3);
    QVERIFY2(workloadPages > tagPages, qPrintable(QString::number(workloadPages)));

    const struct
    {
        int maxPages;
        QString message; // empty: the sync completes
    } cases[] = {
        { tagPages - 1, QStringLiteral("/runtime/api/v1/images/tags: the platform sent more than %1 pages") },
        { workloadPages - 1,
          QStringLiteral("/runtime/api/v1/workloads: the platform sent more than %1 pages") },
        { workloadPages, QString() },
    };
    for (const auto &c : cases) {
        const SyncResult result = sync(c.maxPages);
        if (c.message.isEmpty()) {
            QVERIFY2(result.outcome == SyncResult::Outcome::Completed, qPrintable(result.message));
        } else {
            QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Failed));
            QCOMPARE(result.message, c.message.arg(c.maxPages));
        }
    }
    ++checked;
}

void TestLimits::retryAfterCeiling()
{
    // RetryPolicy::maxRetryAfter (120 s by default; 2 s here): a longer wait fails the call at once.
    DemoFixture fixture;
    QVERIFY(fixture.start());
    ConnectionProfile profile = fixture.profile();
    profile.retry.maxRetryAfter = std::chrono::milliseconds(2000);
    fixture.setProfile(profile);
    for (const int seconds : { 2, 3 }) {
        fixture.platform().faults().clear();
        fixture.platform().requests().clear();
        QVERIFY(fixture.arm(SyncCheck::fault(
            "status", { { QStringLiteral("status"), 429 }, { QStringLiteral("retry_after"), seconds } })));
        ApiError error;
        QElapsedTimer clock;
        clock.start();
        fixture.fetchAllTags(RuntimeQuery(), &error);
        if (seconds == 2) {
            QVERIFY2(!error, qPrintable(error.message()));
            QVERIFY(clock.elapsed() >= 1900);
        } else {
            QCOMPARE(int(error.kind), int(ApiError::Kind::RateLimited));
            QCOMPARE(
                error.message(),
                QStringLiteral(
                    "429 from /runtime/api/v1/images/tags: rate limited; the platform asks to wait 3 s"));
            QCOMPARE(fixture.platform().requests().size(), 1); // not retried
        }
    }
    ++checked;
}

void TestLimits::ruleLimits_data()
{
    QTest::addColumn<QJsonObject>("atLimit");
    QTest::addColumn<QJsonObject>("pastLimit");
    QTest::addColumn<QStringList>("errors");

    const auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject doc = document();
        doc.insert(key, value);
        return doc;
    };
    const auto criteria = [&](const QJsonObject &c) { return with(QStringLiteral("criteria"), c); };

    QTest::newRow("name: 1,000 code points")
        << with(QStringLiteral("name"), QString(RuleLimits::maxTextCodePoints, u'n'))
        << with(QStringLiteral("name"), QString(RuleLimits::maxTextCodePoints + 1, u'n'))
        << QStringList { QStringLiteral("name: 1001 code points, more than the limit of 1000") };
    QString path = QStringLiteral("criteria");
    for (int i = 0; i < RuleLimits::maxDepth; ++i)
        path += QStringLiteral(".all[0]");
    QTest::newRow("group depth: 32")
        << criteria(nestedGroups(RuleLimits::maxDepth)) << criteria(nestedGroups(RuleLimits::maxDepth + 1))
        << QStringList { path + QStringLiteral(".all: groups nest deeper than the limit of 32") };
    QTest::newRow("conditions: 1,000")
        << criteria({ { QStringLiteral("all"),
                        QJsonArray { QJsonObject { { QStringLiteral("all"), riskLeaves(500) } },
                                     QJsonObject { { QStringLiteral("all"), riskLeaves(500) } } } } })
        << criteria({ { QStringLiteral("all"),
                        QJsonArray { QJsonObject { { QStringLiteral("all"), riskLeaves(500) } },
                                     QJsonObject { { QStringLiteral("all"), riskLeaves(501) } } } } })
        << QStringList { QStringLiteral("criteria: 1001 conditions, more than the limit of 1000") };
    QJsonArray values;
    for (int i = 0; i < RuleLimits::maxListEntries; ++i)
        values.append(QStringLiteral("ns-%1").arg(i));
    const auto match = [](const QJsonArray &v) {
        return QJsonObject { { QStringLiteral("all"),
                               QJsonArray {
                                   QJsonObject { { QStringLiteral("kind"), QStringLiteral("match") },
                                                 { QStringLiteral("field"), QStringLiteral("namespace") },
                                                 { QStringLiteral("op"), QStringLiteral("in") },
                                                 { QStringLiteral("values"), v } } } } };
    };
    QJsonArray moreValues = values;
    moreValues.append(QStringLiteral("one-more"));
    QTest::newRow("list entries: 1,000 values")
        << criteria(match(values)) << criteria(match(moreValues))
        << QStringList { QStringLiteral(
               "criteria.all[0].values: 1001 entries, more than the limit of 1000") };
    QJsonArray channels;
    for (int i = 0; i < RuleLimits::maxListEntries; ++i)
        channels.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("c%1").arg(i) },
                                      { QStringLiteral("type"), QStringLiteral("slack") },
                                      { QStringLiteral("url_secret"), QStringLiteral("SLACK_%1").arg(i) } });
    QJsonArray moreChannels = channels;
    moreChannels.append(channels.at(0));
    QTest::newRow("list entries: 1,000 channels")
        << with(QStringLiteral("channels"), channels) << with(QStringLiteral("channels"), moreChannels)
        << QStringList { QStringLiteral("channels: 1001 entries, more than the limit of 1000") };
    QJsonObject message = document().value(QLatin1StringView("message")).toObject();
    message.insert(QStringLiteral("text"), QString(RuleLimits::maxTemplateCodePoints, u't'));
    QJsonObject longer = message;
    longer.insert(QStringLiteral("text"), QString(RuleLimits::maxTemplateCodePoints + 1, u't'));
    QTest::newRow("template: 100,000 code points")
        << with(QStringLiteral("message"), message) << with(QStringLiteral("message"), longer)
        << QStringList { QStringLiteral("message.text: 100001 code points, more than the limit of 100000") };
    QTest::newRow("cooldown: 7 days")
        << with(QStringLiteral("cooldown_seconds"), double(RuleLimits::maxCooldownSeconds))
        << with(QStringLiteral("cooldown_seconds"), double(RuleLimits::maxCooldownSeconds + 1))
        << QStringList { QStringLiteral("cooldown_seconds: expected a whole number from 0 to 604800") };
    const auto count = [](double n) {
        return QJsonObject { { QStringLiteral("all"),
                               QJsonArray { QJsonObject {
                                   { QStringLiteral("kind"), QStringLiteral("vulnerabilities_at_least") },
                                   { QStringLiteral("count"), n } } } } };
    };
    QTest::newRow("count: 1,000,000,000")
        << criteria(count(double(RuleLimits::maxCount))) << criteria(count(double(RuleLimits::maxCount) + 1))
        << QStringList { QStringLiteral(
               "criteria.all[0].count: expected a whole number from 0 to 1000000000") };
}

void TestLimits::ruleLimits()
{
    QFETCH(QJsonObject, atLimit);
    QFETCH(QJsonObject, pastLimit);
    QFETCH(QStringList, errors);
    const RuleJson::Result read = RuleJson::parse(json(atLimit));
    QVERIFY2(read.rule, qPrintable(read.errors.join(u'\n')));
    QCOMPARE(RuleJson::parse(RuleJson::write(*read.rule)).rule, read.rule); // and it writes back the same
    QCOMPARE(errorsOf(pastLimit), errors);
    ++checked;
}

void TestLimits::cleanupTestCase()
{
    // maxErrors: 100 errors are all reported; with 101, the 101st line says there were more.
    auto badLeaves = [](int n) { return objects(n, { { QStringLiteral("kind"), QStringLiteral("nope") } }); };
    QJsonObject hundred = document();
    hundred.insert(QStringLiteral("criteria"),
                   QJsonObject { { QStringLiteral("all"), badLeaves(RuleLimits::maxErrors) } });
    QJsonObject hundredOne = document();
    hundredOne.insert(QStringLiteral("criteria"),
                      QJsonObject { { QStringLiteral("all"), badLeaves(RuleLimits::maxErrors + 1) } });
    const QStringList all = errorsOf(hundred);
    const QStringList cut = errorsOf(hundredOne);
    const bool errorsOk = all.size() == RuleLimits::maxErrors && cut.size() == RuleLimits::maxErrors + 1
        && cut.last() == QStringLiteral("more than 100 errors; the rest are not shown");
    QVERIFY2(errorsOk, qPrintable(cut.value(100)));
    ++checked;
    Figures::report(
        QStringLiteral(
            "FUZZ structural limits: %1/%1 limits hold at the boundary and refuse boundary + 1 with their "
            "message")
            .arg(checked));
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
