// The real ApiClient and request classes against the demo platform over real TLS on 127.0.0.1:
// every endpoint, paging, validation, auth, one row per fault knob, TLS refusals, the thread host
// and serve-demo.
#include "accessrequests.h"
#include "demodelivery.h"
#include "demofixture.h"
#include "demohost.h"
#include "runtimejson.h"
#include "runtimerequests.h"
#include "servedemo.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QtTest>

#include <csignal>
#include <malloc.h>

Q_DECLARE_METATYPE(DemoListVariant)

namespace {

ApiCall call(const char *method, const QString &path, const QByteArray &body = {})
{
    ApiCall c;
    c.method = method;
    c.path = path;
    c.body = body;
    return c;
}

// Sends a raw call through the client and waits for it.
ApiReply *send(ApiClient &client, const ApiCall &c, QObject *owner)
{
    ApiReply *reply = client.send(c, owner);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    return reply;
}

QJsonObject rule(const char *fault, const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("fault"), QLatin1StringView(fault));
    if (!o.contains(QStringLiteral("path")))
        o.insert(QStringLiteral("path"), QStringLiteral("/runtime/api/v1/images/tags"));
    return o;
}

qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks) + qint64(mallinfo2().hblkhd);
}

} // namespace

class TestDemoPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void healthAndAccessEndpoints();
    void runtimeEndpoints();
    void pagingEqualsDataset();
    void documentedListShape();
    void samePagesFromTwoPlatforms();
    void listVariantsAndTotalCountSkew_data();
    void listVariantsAndTotalCountSkew();
    void limitOutOfRange_data();
    void limitOutOfRange();
    void wrongToken();
    void faultMatrix_data();
    void faultMatrix();
    void retryAfterIsHonoured_data();
    void retryAfterIsHonoured();
    void hangTimesOut();
    void slowDripHitsTheTotalDeadline();
    void tokenExpiry();
    void redirectDoesNotLeakTheToken_data();
    void redirectDoesNotLeakTheToken();
    void oversizeIsRefused();
    void gzipBombIsRefused();
    void tlsRefusals_data();
    void tlsRefusals();
    void controlEndpoints();
    void advanceChangesWhatTheClientSees();
    void hostRunsInItsOwnThread();
    void serveDemoStopsOnSignal();

private:
    std::unique_ptr<DemoFixture> m_fixture;
};

void TestDemoPlatform::initTestCase()
{
    TestEnvironment::init();
}

void TestDemoPlatform::init()
{
    m_fixture = std::make_unique<DemoFixture>();
    QVERIFY(m_fixture->start());
}

void TestDemoPlatform::cleanup()
{
    m_fixture.reset();
}

void TestDemoPlatform::healthAndAccessEndpoints()
{
    ApiClient &client = m_fixture->client();
    PingRequest ping(&client, nullptr);
    QVERIFY(DemoFixture::run(ping));
    QVERIFY2(!ping.error(), qPrintable(ping.error().message()));
    SystemVersionRequest version(&client, nullptr);
    QVERIFY(DemoFixture::run(version));
    QCOMPARE(version.version(), QStringLiteral("7.104.7"));
    TokenInfoRequest token(&client, nullptr);
    QVERIFY(DemoFixture::run(token));
    QVERIFY2(!token.error(), qPrintable(token.error().message()));
    QCOMPARE(token.result().subject, QStringLiteral("jfac@01demo/users/demo-admin"));
    QVERIFY(token.result().expiry > QDateTime::currentDateTimeUtc());

    QObject owner;
    ApiReply *xray = send(client, ApiCall::get(QStringLiteral("/xray/api/v1/system/version")), &owner);
    QCOMPARE(
        QJsonDocument::fromJson(xray->body()).object().value(QLatin1StringView("xray_version")).toString(),
        QStringLiteral("3.107.8"));
    ApiCall accessPing = ApiCall::get(QStringLiteral("/access/api/v1/system/ping"));
    accessPing.authenticated = false; // the one Access endpoint without a token
    QCOMPARE(send(client, accessPing, &owner)->status(), 200);
    QVERIFY(m_fixture->platform().token().size() == 32);

    const QMap<QString, int> counts = m_fixture->platform().requests().counts();
    QCOMPARE(counts.value(QStringLiteral("GET /access/api/v1/tokens/me")), 1);
    QCOMPARE(counts.value(QStringLiteral("GET /artifactory/api/system/ping")), 1);
    for (const DemoRequestLog::Entry &entry : m_fixture->platform().requests().entries())
        QVERIFY(!entry.body.contains(m_fixture->platform().token().toUtf8()));
}

void TestDemoPlatform::runtimeEndpoints()
{
    ApiClient &client = m_fixture->client();
    ClustersPageRequest clusters(&client, 100, {}, nullptr);
    QVERIFY(DemoFixture::run(clusters));
    QVERIFY2(!clusters.error(), qPrintable(clusters.error().message()));
    const int clusterCount =
        m_fixture->platform().withDataset([](const DemoDataset &d) { return d.clusters().size(); });
    QCOMPARE(clusters.result().items.size(), clusterCount);
    QCOMPARE(clusters.result().totalCount, std::optional<qint64>(clusterCount));
    const Cluster first = clusters.result().items.first();

    ClusterRequest detail(&client, first.id, nullptr);
    QVERIFY(DemoFixture::run(detail));
    QVERIFY2(!detail.error(), qPrintable(detail.error().message()));
    QCOMPARE(detail.result().name, first.name);
    QCOMPARE(detail.result().nodes.size(), first.nodesCount);
    QObject owner;
    ApiReply *mcpPath =
        send(client, ApiCall::get(QStringLiteral("/runtime/api/v1/clusters/%1/").arg(first.id)), &owner);
    QCOMPARE(mcpPath->status(), 200);
    QVERIFY(QJsonDocument::fromJson(mcpPath->body())
                .object()
                .value(QLatin1StringView("cluster"))
                .toObject()
                .value(QLatin1StringView("id"))
                .isDouble()); // integer ids, as documented
    ClusterRequest missing(&client, QStringLiteral("9999"), nullptr);
    QVERIFY(DemoFixture::run(missing));
    QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);
    QCOMPARE(missing.error().serverMessage, QStringLiteral("cluster not found"));

    RuntimeQuery query;
    query.limit = 50;
    WorkloadsPageRequest workloads(&client, query, nullptr);
    QVERIFY(DemoFixture::run(workloads));
    QVERIFY2(!workloads.error(), qPrintable(workloads.error().message()));
    QCOMPARE(workloads.result().items.size(), 50);
    ApiReply *raw =
        send(client, call("POST", QStringLiteral("/runtime/api/v1/workloads"), R"({"limit":1})"), &owner);
    const QJsonObject body = QJsonDocument::fromJson(raw->body()).object();
    QVERIFY(body.value(QLatin1StringView("total_count")).isDouble());
    QCOMPARE(body.value(QLatin1StringView("pagination")).toObject().value(QLatin1StringView("total_count")),
             body.value(QLatin1StringView("total_count")));

    const ImageTag expected =
        m_fixture->platform().withDataset([](const DemoDataset &d) { return d.tag(7, DemoTagView::Detail); });
    ImageTagDetailRequest tag(&client, expected.digest, nullptr);
    QVERIFY(DemoFixture::run(tag));
    QVERIFY2(!tag.error(), qPrintable(tag.error().message()));
    QCOMPARE(tag.result(), std::optional<ImageTag>(expected));
    QVERIFY(tag.result()->buildInfo || !*tag.result()->registryTrusted);
    ImageTagDetailRequest unknown(&client, QString(64, u'a'), nullptr);
    QVERIFY(DemoFixture::run(unknown));
    QCOMPARE(unknown.error().kind, ApiError::Kind::NotFound);
    QVERIFY(!unknown.available());
}

void TestDemoPlatform::pagingEqualsDataset()
{
    RuntimeQuery query;
    query.limit = 100;
    ApiError error;
    int pages = 0;
    const QList<ImageTag> tags = m_fixture->fetchAllTags(query, &error, &pages);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(pages, 3);
    QCOMPARE(tags, m_fixture->platform().expectedTags());
    QCOMPARE(m_fixture->platform().requests().count(QStringLiteral("POST /runtime/api/v1/images/tags")), 3);
    for (const DemoRequestLog::Entry &entry : m_fixture->platform().requests().entries())
        QVERIFY(entry.hadAuthorization && entry.authorized);

    query.orderBy = QStringLiteral("risks");
    query.risks = { QStringLiteral("critical_applicable_cve"), QStringLiteral("malicious") };
    const QList<ImageTag> risky = m_fixture->fetchAllTags(query, &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!risky.isEmpty() && risky.size() < tags.size());
    for (const ImageTag &t : risky)
        QVERIFY(t.risks & (Risk::CriticalApplicableCves | Risk::Malicious));
}

void TestDemoPlatform::documentedListShape()
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.listIncludesDetail = false;
    options.tags = 120;
    DemoFixture fixture(options);
    QVERIFY(fixture.start());
    ApiError error;
    const QList<ImageTag> tags = fixture.fetchAllTags(RuntimeQuery(), &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(tags, fixture.platform().expectedTags(DemoTagView::List));
    for (const ImageTag &t : tags)
        QVERIFY(!t.deployedBy && !t.buildInfo && !t.integrity && !t.registryTrusted);
}

void TestDemoPlatform::samePagesFromTwoPlatforms()
{
    DemoFixture twin(DemoFixture::defaultOptions());
    QVERIFY(twin.start());
    QObject owner;
    QByteArray body = R"({"limit":100,"order_by":"name"})";
    for (int page = 0; page < 3; ++page) {
        const ApiCall list = call("POST", QStringLiteral("/runtime/api/v1/images/tags"), body);
        ApiReply *mine = send(m_fixture->client(), list, &owner);
        ApiReply *theirs = send(twin.client(), list, &owner);
        QCOMPARE(mine->status(), 200);
        QCOMPARE(mine->body(), theirs->body()); // byte for byte, next_key included
        const QString key = QJsonDocument::fromJson(mine->body())
                                .object()
                                .value(QLatin1StringView("pagination"))
                                .toObject()
                                .value(QLatin1StringView("next_key"))
                                .toString();
        body = QJsonDocument(QJsonObject { { QStringLiteral("limit"), 100 },
                                           { QStringLiteral("order_by"), QStringLiteral("name") },
                                           { QStringLiteral("next_key"), key } })
                   .toJson(QJsonDocument::Compact);
    }
}

void TestDemoPlatform::listVariantsAndTotalCountSkew_data()
{
    QTest::addColumn<DemoListVariant>("variant");
    QTest::addColumn<int>("skew");
    QTest::newRow("examples") << DemoListVariant::Examples << 0;
    QTest::newRow("examples, count 7 too high") << DemoListVariant::Examples << 7;
    QTest::newRow("field table") << DemoListVariant::FieldTable << 0;
    QTest::newRow("field table, count 30 too low") << DemoListVariant::FieldTable << -30;
}

// Both documented shapes of the listing, with total_count off by the skew while the rows stay right.
void TestDemoPlatform::listVariantsAndTotalCountSkew()
{
    QFETCH(DemoListVariant, variant);
    QFETCH(int, skew);
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.listVariant = variant;
    options.totalCountSkew = skew;
    DemoFixture fixture(options);
    QVERIFY(fixture.start());
    const bool fieldTable = variant == DemoListVariant::FieldTable;
    const qint64 reported = fixture.platform().tagCount() + skew;
    QObject owner;
    QList<ImageTag> served;
    QString key;
    for (int page = 0; page < 100; ++page) {
        QJsonObject request { { QStringLiteral("limit"), 37 } };
        if (!key.isEmpty())
            request.insert(QStringLiteral("next_key"), key);
        ApiReply *reply = send(fixture.client(),
                               call("POST", QStringLiteral("/runtime/api/v1/images/tags"),
                                    QJsonDocument(request).toJson(QJsonDocument::Compact)),
                               &owner);
        QCOMPARE(reply->status(), 200);
        const QJsonObject body = QJsonDocument::fromJson(reply->body()).object();
        const QJsonObject pagination = body.value(QLatin1StringView("pagination")).toObject();
        QCOMPARE(body.contains(QStringLiteral("images_tags")), fieldTable);
        QCOMPARE(body.contains(QStringLiteral("image_tags")), !fieldTable);
        QCOMPARE(body.contains(QStringLiteral("total_count")), !fieldTable);
        QCOMPARE(pagination.contains(QStringLiteral("total_count")), fieldTable);
        const QJsonValue total = fieldTable ? pagination.value(QLatin1StringView("total_count"))
                                            : body.value(QLatin1StringView("total_count"));
        QCOMPARE(total.toInteger(), reported);
        QString error;
        const auto parsed = RuntimeJson::parseImageTagsPage(reply->body(), &error);
        QVERIFY2(parsed, qPrintable(error));
        served += parsed->items;
        key = pagination.value(QLatin1StringView("next_key")).toString();
        if (key.isEmpty())
            break;
    }
    QVERIFY(key.isEmpty());
    QCOMPARE(served, fixture.platform().expectedTags()); // row for row, whatever the count says
}

void TestDemoPlatform::limitOutOfRange_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("0") << 0;
    QTest::newRow("101") << 101;
}

void TestDemoPlatform::limitOutOfRange()
{
    QFETCH(int, limit);
    RuntimeQuery query;
    query.limit = limit;
    ImageTagsPageRequest request(&m_fixture->client(), query, nullptr);
    QVERIFY(DemoFixture::run(request));
    QCOMPARE(request.error().kind, ApiError::Kind::BadRequest);
    QCOMPARE(request.error().message(),
             QStringLiteral("400 from /runtime/api/v1/images/tags: limit should be between 1 and 100"));
    QCOMPARE(request.attempts(), 1); // a 400 is not retried
}

void TestDemoPlatform::wrongToken()
{
    m_fixture->client().setToken(QStringLiteral("0123456789abcdef0123456789abcdef"));
    TokenInfoRequest token(&m_fixture->client(), nullptr);
    QVERIFY(DemoFixture::run(token));
    QCOMPARE(token.error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(token.error().serverMessage, QStringLiteral("Bad credentials"));
    ApiError error;
    m_fixture->fetchAllTags(RuntimeQuery(), &error);
    QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(error.httpStatus, 401);
    const QList<DemoRequestLog::Entry> entries = m_fixture->platform().requests().entries();
    QCOMPARE(entries.size(), 2);
    for (const DemoRequestLog::Entry &entry : entries)
        QVERIFY(entry.hadAuthorization && !entry.authorized);
}

// One row per fault knob and page position: what the client ends with. Three pages of 100.
void TestDemoPlatform::faultMatrix_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("outcome"); // ApiError::Kind; None = the sync completes after retries
    QTest::addColumn<int>("requests"); // image-tag requests the server saw

    const auto status = [](int code) { return QJsonObject { { QStringLiteral("status"), code } }; };
    const QJsonObject first { { QStringLiteral("page"), QStringLiteral("first") } };
    for (const char *page : { "first", "middle", "last" }) {
        const QJsonObject at { { QStringLiteral("page"), QLatin1StringView(page) } };
        auto with = [&at](QJsonObject o) {
            for (auto it = at.begin(); it != at.end(); ++it)
                o.insert(it.key(), it.value());
            return o;
        };
        const int okRequests = 4; // three pages, one of them twice
        const int pagesBefore = QByteArray(page) == "first" ? 0 : QByteArray(page) == "middle" ? 1 : 2;
        QTest::addRow("500 %s", page)
            << rule("status", with(status(500))) << int(ApiError::Kind::None) << okRequests;
        QTest::addRow("502 %s", page)
            << rule("status", with(status(502))) << int(ApiError::Kind::None) << okRequests;
        QTest::addRow("504 %s", page)
            << rule("status", with(status(504))) << int(ApiError::Kind::None) << okRequests;
        QTest::addRow("408 %s", page)
            << rule("status", with(status(408))) << int(ApiError::Kind::None) << okRequests;
        QTest::addRow("cut %s", page) << rule("close", at) << int(ApiError::Kind::None) << okRequests;
        QTest::addRow("short body %s", page)
            << rule("short_body", at) << int(ApiError::Kind::None) << okRequests;
        QTest::addRow("reset mid-body %s", page)
            << rule("reset", with({ { QStringLiteral("fraction"), 0.3 } })) << int(ApiError::Kind::None)
            << okRequests;
        QTest::addRow("delay %s", page)
            << rule("delay", with({ { QStringLiteral("delay_ms"), 150 } })) << int(ApiError::Kind::None) << 3;
        QTest::addRow("400 %s", page)
            << rule("status", with(status(400))) << int(ApiError::Kind::BadRequest) << pagesBefore + 1;
        QTest::addRow("403 %s", page)
            << rule("status", with(status(403))) << int(ApiError::Kind::Forbidden) << pagesBefore + 1;
        QTest::addRow("html %s", page)
            << rule("html", at) << int(ApiError::Kind::Protocol) << pagesBefore + 1;
        QTest::addRow("wrong type %s", page)
            << rule("wrong_type", at) << int(ApiError::Kind::Protocol) << pagesBefore + 1;
    }
    QTest::newRow("401 first") << rule(
        "status", QJsonObject { { QStringLiteral("status"), 401 }, { QStringLiteral("page"), 0 } })
                               << int(ApiError::Kind::Unauthorized) << 1;
    QTest::newRow("404 first") << rule("status", QJsonObject { { QStringLiteral("status"), 404 } })
                               << int(ApiError::Kind::NotFound) << 1;
    QTest::newRow("top-level array") << rule("wrong_type",
                                             { { QStringLiteral("variant"), QStringLiteral("array") } })
                                     << int(ApiError::Kind::Protocol) << 1;
    QTest::newRow("items not objects")
        << rule("wrong_type", { { QStringLiteral("variant"), QStringLiteral("items") } })
        << int(ApiError::Kind::None) << 3; // rows rejected, page kept
    QTest::newRow("canned") << rule(
        "canned",
        { { QStringLiteral("body"), QStringLiteral(R"({"image_tags": 5})") },
          { QStringLiteral("headers"),
            QJsonObject { { QStringLiteral("Content-Type"), QStringLiteral("application/json") } } } })
                            << int(ApiError::Kind::Protocol) << 1;
    QTest::newRow("raw broken status line")
        << rule("raw",
                { { QStringLiteral("raw"), QStringLiteral("HTTP/1.0 fuu\r\n\r\n") },
                  { QStringLiteral("count"), -1 } })
        << int(ApiError::Kind::Network) << -1; // Qt resends on its own first
    QTest::newRow("page 2 by index, twice") << rule(
        "status",
        { { QStringLiteral("status"), 503 }, { QStringLiteral("page"), 2 }, { QStringLiteral("count"), 2 } })
                                            << int(ApiError::Kind::None) << 5;
    QTest::newRow("5xx forever") << rule(
        "status", { { QStringLiteral("status"), 500 }, { QStringLiteral("count"), -1 } })
                                 << int(ApiError::Kind::Server) << 3; // the retry budget: three attempts
}

void TestDemoPlatform::faultMatrix()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, outcome);
    QFETCH(int, requests);
    QVERIFY(m_fixture->arm(fault));
    RuntimeQuery query;
    query.limit = 100;
    ApiError error;
    const QList<ImageTag> tags = m_fixture->fetchAllTags(query, &error);
    const auto expectedKind = ApiError::Kind(outcome);
    QVERIFY2(error.kind == expectedKind,
             qPrintable(QStringLiteral("got: %1").arg(error ? error.message() : QStringLiteral("success"))));
    if (expectedKind == ApiError::Kind::None
        && fault.value(QLatin1StringView("variant")).toString() != u"items")
        QCOMPARE(tags, m_fixture->platform().expectedTags()); // 0 rows lost, 0 duplicated
    if (requests >= 0)
        QCOMPARE(m_fixture->platform().requests().count(QStringLiteral("POST /runtime/api/v1/images/tags")),
                 requests);
    const QList<DemoRequestLog::Entry> log = m_fixture->platform().requests().entries();
    QVERIFY(std::any_of(log.cbegin(), log.cend(),
                        [](const DemoRequestLog::Entry &e) { return !e.fault.isEmpty(); }));
}

void TestDemoPlatform::retryAfterIsHonoured_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("minimumGapMs");
    QTest::newRow("429 seconds") << rule(
        "status", { { QStringLiteral("status"), 429 }, { QStringLiteral("retry_after"), 1 } })
                                 << 950;
    QTest::newRow("429 http date") << rule(
        "status", { { QStringLiteral("status"), 429 }, { QStringLiteral("retry_after_date"), 2 } })
                                   << 950;
    QTest::newRow("503 seconds") << rule(
        "status", { { QStringLiteral("status"), 503 }, { QStringLiteral("retry_after"), 1 } })
                                 << 950;
}

void TestDemoPlatform::retryAfterIsHonoured()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, minimumGapMs);
    QVERIFY(m_fixture->arm(fault));
    RuntimeQuery query;
    query.limit = 100;
    ImageTagsPageRequest request(&m_fixture->client(), query, nullptr);
    QSignalSpy retrying(&request, &ApiRequest::retrying);
    QVERIFY(DemoFixture::run(request));
    QVERIFY2(!request.error(), qPrintable(request.error().message()));
    QCOMPARE(request.attempts(), 2);
    QCOMPARE(retrying.size(), 1);
    const QList<DemoRequestLog::Entry> log = m_fixture->platform().requests().entries();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).status, fault.value(QLatin1StringView("status")).toInt());
    const qint64 gap = log.at(1).atMs - log.at(0).atMs;
    QVERIFY2(gap >= minimumGapMs, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
}

void TestDemoPlatform::hangTimesOut()
{
    ConnectionProfile profile = m_fixture->profile();
    profile.transferTimeout = std::chrono::milliseconds(1000);
    profile.retry.maxAttempts = 1;
    m_fixture->setProfile(profile);
    QVERIFY(m_fixture->arm(rule("hang")));
    QElapsedTimer timer;
    timer.start();
    ApiError error;
    m_fixture->fetchAllTags(RuntimeQuery(), &error);
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestDemoPlatform::slowDripHitsTheTotalDeadline()
{
    ConnectionProfile profile = m_fixture->profile();
    profile.transferTimeout = std::chrono::milliseconds(1000);
    profile.totalTimeout = std::chrono::milliseconds(1500);
    profile.retry.maxAttempts = 1;
    m_fixture->setProfile(profile);
    // A byte every 100 ms never trips the 1 s transfer timeout; the total deadline ends it.
    QVERIFY(m_fixture->arm(rule("drip", { { QStringLiteral("interval_ms"), 100 } })));
    QElapsedTimer timer;
    timer.start();
    ApiError error;
    m_fixture->fetchAllTags(RuntimeQuery(), &error);
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
}

void TestDemoPlatform::tokenExpiry()
{
    QVERIFY(m_fixture->arm(
        rule("expire_token",
             { { QStringLiteral("path"), QStringLiteral("*") }, { QStringLiteral("after"), 2 } })));
    RuntimeQuery query;
    query.limit = 100;
    ApiError error;
    int pages = 0;
    m_fixture->fetchAllTags(query, &error, &pages);
    QCOMPARE(pages, 2);
    QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
    TokenInfoRequest token(&m_fixture->client(), nullptr);
    QVERIFY(DemoFixture::run(token));
    QCOMPARE(token.error().kind, ApiError::Kind::Unauthorized); // from then on
    PingRequest ping(&m_fixture->client(), nullptr);
    QVERIFY(DemoFixture::run(ping));
    QVERIFY(!ping.error()); // the ping needs no token
}

void TestDemoPlatform::redirectDoesNotLeakTheToken_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
}

void TestDemoPlatform::redirectDoesNotLeakTheToken()
{
    QFETCH(int, status);
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 10;
    DemoPlatform other(options); // another origin: same host, another port
    QVERIFY(other.start());
    QUrl target = other.url();
    target.setPath(QStringLiteral("/runtime/api/v1/images/tags"));
    QVERIFY(m_fixture->arm(rule("redirect",
                                { { QStringLiteral("status"), status },
                                  { QStringLiteral("location"), target.toString() },
                                  { QStringLiteral("count"), -1 } })));
    ApiError error;
    m_fixture->fetchAllTags(RuntimeQuery(), &error);
    QCOMPARE(error.kind, ApiError::Kind::Redirect);
    QTest::qWait(200); // time for a request that should not come
    QCOMPARE(other.requests().withAuthorization(), 0);
    QCOMPARE(other.requests().size(), 0);
}

void TestDemoPlatform::oversizeIsRefused()
{
    QVERIFY(m_fixture->arm(rule("oversize")));
    ApiError error;
    m_fixture->fetchAllTags(RuntimeQuery(), &error);
    QCOMPARE(error.kind, ApiError::Kind::TooLarge);
    QCOMPARE(m_fixture->platform().requests().count(QStringLiteral("POST /runtime/api/v1/images/tags")),
             1); // not retried
}

void TestDemoPlatform::gzipBombIsRefused()
{
    const QByteArray bomb = DemoDelivery::gzipBomb(1025LL * 1024 * 1024);
    QVERIFY(bomb.size() < 2 * 1024 * 1024); // compact: about 1 MB on the wire
    QVERIFY(m_fixture->arm(rule("gzip_bomb", { { QStringLiteral("count"), -1 } })));
    const qint64 before = heapInUse();
    ApiError error;
    const QList<ImageTag> tags = m_fixture->fetchAllTags(RuntimeQuery(), &error);
    const double grownMb = double(heapInUse() - before) / 1048576.0;
    qInfo("gzip bomb: %s; heap grew %.1f MB", qPrintable(error.message()), grownMb);
    // Qt's decompression safety check stops it; ApiClient reports it as too large, and does not retry.
    QCOMPARE(error.kind, ApiError::Kind::TooLarge);
    QCOMPARE(m_fixture->platform().requests().count(QStringLiteral("POST /runtime/api/v1/images/tags")), 1);
    QVERIFY(tags.isEmpty());
    QVERIFY2(grownMb < 100, "inflating the bomb was not stopped early");
}

void TestDemoPlatform::tlsRefusals_data()
{
    QTest::addColumn<int>("certificate");
    QTest::addColumn<bool>("trustDemoCa");
    QTest::newRow("client without the demo CA") << int(DemoPlatform::ServerCertificate::Valid) << false;
    QTest::newRow("wrong host") << int(DemoPlatform::ServerCertificate::WrongHost) << true;
    QTest::newRow("expired") << int(DemoPlatform::ServerCertificate::Expired) << true;
    QTest::newRow("self-signed") << int(DemoPlatform::ServerCertificate::SelfSigned) << true;
}

void TestDemoPlatform::tlsRefusals()
{
    QFETCH(int, certificate);
    QFETCH(bool, trustDemoCa);
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.certificate = DemoPlatform::ServerCertificate(certificate);
    DemoFixture fixture(options);
    QVERIFY(fixture.start());
    ConnectionProfile profile = fixture.profile();
    profile.retry.maxAttempts = 1;
    if (!trustDemoCa)
        profile.caCertificates.clear();
    fixture.setProfile(profile);
    TokenInfoRequest token(&fixture.client(), nullptr);
    QVERIFY(DemoFixture::run(token));
    QCOMPARE(token.error().kind, ApiError::Kind::Tls);
    qInfo() << token.error().message();
    QCOMPARE(fixture.platform().requests().size(), 0); // refused before a request was sent
}

void TestDemoPlatform::controlEndpoints()
{
    ApiClient &client = m_fixture->client();
    QObject owner;
    const QByteArray rules =
        QJsonDocument(QJsonArray { rule("status", { { QStringLiteral("status"), 500 } }) }).toJson();
    ApiReply *armed = send(client, call("POST", QStringLiteral("/__demo/faults"), rules), &owner);
    QCOMPARE(armed->status(), 200);
    QCOMPARE(m_fixture->platform().faults().armedCount(), 1);
    QCOMPARE(send(client, call("POST", QStringLiteral("/__demo/faults"), R"({"fault":"nonsense"})"), &owner)
                 ->error()
                 .kind,
             ApiError::Kind::BadRequest);
    QCOMPARE(send(client, call("DELETE", QStringLiteral("/__demo/faults")), &owner)->status(), 200);
    QCOMPARE(m_fixture->platform().faults().armedCount(), 0);

    ApiReply *advanced = send(client, call("POST", QStringLiteral("/__demo/advance")), &owner);
    QCOMPARE(QJsonDocument::fromJson(advanced->body()).object().value(QLatin1StringView("epoch")).toInt(), 1);
    QCOMPARE(m_fixture->platform().epoch(), 1);

    PingRequest ping(&client, nullptr);
    QVERIFY(DemoFixture::run(ping));
    ApiReply *log = send(client, ApiCall::get(QStringLiteral("/__demo/requests")), &owner);
    const QJsonObject counts =
        QJsonDocument::fromJson(log->body()).object().value(QLatin1StringView("counts")).toObject();
    QCOMPARE(counts.value(QLatin1StringView("GET /artifactory/api/system/ping")).toInt(), 1);
    QVERIFY(!counts.contains(QStringLiteral("POST /__demo/faults"))); // control calls are not logged

    client.setToken(QString());
    QCOMPARE(send(client, call("POST", QStringLiteral("/__demo/advance")), &owner)->error().kind,
             ApiError::Kind::Unauthorized);
    QCOMPARE(m_fixture->platform().epoch(), 1);
}

void TestDemoPlatform::advanceChangesWhatTheClientSees()
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 1000;
    DemoFixture fixture(options);
    QVERIFY(fixture.start());
    ApiError error;
    const QList<ImageTag> before = fixture.fetchAllTags(RuntimeQuery(), &error);
    QVERIFY(!error);
    const DemoDataset::AdvanceStats stats = fixture.platform().advance();
    const QList<ImageTag> after = fixture.fetchAllTags(RuntimeQuery(), &error);
    QVERIFY(!error);
    QCOMPARE(after, fixture.platform().expectedTags());
    QCOMPARE(after.size(), before.size() - stats.removed + stats.added);
    QVERIFY(after != before);
}

void TestDemoPlatform::hostRunsInItsOwnThread()
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    DemoHost host(options);
    QString reason;
    QVERIFY2(host.start(&reason), qPrintable(reason));
    QVERIFY(host.platform()->thread() != QThread::currentThread());
    QNetworkAccessManager *nam = ApiClient::createNetworkAccessManager(this);
    ApiClient client(nam);
    ConnectionProfile profile;
    profile.baseUrl = host.url();
    profile.caCertificates = { host.platform()->caCertificate() };
    client.setProfile(profile);
    client.setToken(host.platform()->token());
    QVERIFY(host.platform()->faults().install(rule("status", { { QStringLiteral("status"), 502 } })));
    RuntimeQuery query;
    query.limit = 100;
    ImageTagsPageRequest request(&client, query, nullptr);
    QVERIFY(DemoFixture::run(request));
    QVERIFY2(!request.error(), qPrintable(request.error().message()));
    QCOMPARE(request.result().items.size(), 100);
    QCOMPARE(host.platform()->requests().size(), 2);
    host.stop();
    QVERIFY(!host.platform());
    delete nam;
}

void TestDemoPlatform::serveDemoStopsOnSignal()
{
    QTemporaryDir directory;
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 50;
    options.token = QStringLiteral("serve-demo-token");
    options.directory = directory.path();
    QString printed;
    QTextStream out(&printed);
    bool sawOutput = false;
    QTimer::singleShot(300, this, [&] {
        sawOutput = printed.contains(u"https://127.0.0.1:") && printed.contains(u"serve-demo-token")
            && printed.contains(directory.filePath(QStringLiteral("ca.pem")));
        std::raise(SIGTERM);
    });
    QCOMPARE(runServeDemo(options, out), 0);
    QVERIFY2(sawOutput, qPrintable(printed));
    QVERIFY(QFile::exists(directory.filePath(QStringLiteral("ca.pem"))));
    QVERIFY(printed.contains(u"stopped"));
}

QTEST_GUILESS_MAIN(TestDemoPlatform)
#include "tst_demoplatform.moc"
