#include "accessrequests.h"
#include "apiclient.h"
#include "fakenetworkaccessmanager.h"
#include "inputlimits.h"
#include "runtimejson.h"
#include "runtimerequests.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;
using Response = FakeNetworkAccessManager::Response;
using Kind = ApiError::Kind;

namespace {

const QString kToken = QStringLiteral("eyJ0ZXN0LXRva2VuIjoic2VjcmV0In0.c2VjcmV0LXNpZ25hdHVyZQ");
const QString kTagsPath = QStringLiteral("/runtime/api/v1/images/tags");

QByteArray fixture(const QString &name)
{
    return TestEnvironment::readData(QStringLiteral("api/") + name);
}

qint64 msBetween(qint64 fromNs, qint64 toNs)
{
    return (toNs - fromNs) / 1000000;
}

// Everything logged while a test runs, for the "no token in any log" check.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (previousHandler && type != QtDebugMsg)
        previousHandler(type, context, message);
}

void enableRuntimeDeskDebug(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "rtdesk.", 7) == 0)
        category->setEnabled(QtDebugMsg, true);
}

} // namespace

// ApiClient and the request classes against FakeNetworkAccessManager: authentication, the
// request policy on every call, retry discipline (NET-7), timeouts (NET-6), redirects (NET-9),
// size caps, and token hygiene in logs.
class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void bearerOnlyWhenAuthenticated();
    void standardHeaders();
    void policyOnEveryRequest();
    void policyCheckCatchesAnUnguardedRequest();
    void fakeRepliesBehaveLikeRealOnes();
    void urlJoinsBasePathAndQuery();

    void retryAfterSecondsHonoured();
    void retryAfterDateHonoured();
    void transientFailuresRetried_data();
    void transientFailuresRetried();
    void permanentFailuresNotRetried_data();
    void permanentFailuresNotRetried();
    void nonIdempotentPostNeverRetried();
    void recoversAfterTransientFailures();
    void retryAfterAboveTheCapFailsAtOnce_data();
    void retryAfterAboveTheCapFailsAtOnce();

    void hangingReplyHitsTheTotalDeadline();
    void stalledReplyHitsTheTransferTimeout();
    void abortCancels();
    void abortDuringRetryWaitCancels();
    void bodyOverTheCapIsTooLarge();
    void bodyAtTheCapIsAccepted();
    void unexpectedSuccessStatusIsProtocolError();
    void redirects();
    void tokenNeverLogged();

    void imageTagsPageRequestBody();
    void imageTagsPageRequestParses();
    void imageTagsPageRequestIsRetriedAsARead();
    void imageTagsPageRequestRefusesAnUnreadableBody();
    void workloadsAndClustersPages();
    void clusterRequestFallsBackOn404();
    void clusterRequestGivesUpAfterBothPaths();
    void clusterRequestNoFallbackOnOtherErrors();
    void idsArePercentEncoded_data();
    void idsArePercentEncoded();
    void dotSegmentIdsNeverLeaveThePath();
    void imageTagDetailAvailability_data();
    void imageTagDetailAvailability();
    void tokenInfoAndPing();

private:
    ApiReply *sendAndWait(const ApiCall &call, int timeoutMs = 5000);
    bool waitFor(ApiRequest &request, int timeoutMs = 5000);
    ConnectionProfile profile() const;

    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    QList<ApiReply *> m_replies;
};

void TestApiClient::initTestCase()
{
    TestEnvironment::init();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

ConnectionProfile TestApiClient::profile() const
{
    ConnectionProfile p;
    p.baseUrl = QUrl(QStringLiteral("https://acme.jfrog.io"));
    p.transferTimeout = 30s;
    p.totalTimeout = 10s;
    p.retry.maxAttempts = 5;
    p.retry.baseDelay = 10ms;
    p.retry.maxDelay = 200ms;
    p.retry.maxRetryAfter = 120s;
    return p;
}

void TestApiClient::init()
{
    m_nam = std::make_unique<FakeNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setProfile(profile());
    m_client->setToken(kToken);
}

void TestApiClient::cleanup()
{
    qDeleteAll(m_replies);
    m_replies.clear();
    const QStringList violations = m_nam->violations();
    m_client.reset();
    m_nam.reset();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

ApiReply *TestApiClient::sendAndWait(const ApiCall &call, int timeoutMs)
{
    ApiReply *reply = m_client->send(call, nullptr);
    m_replies.append(reply);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs);
    return reply;
}

bool TestApiClient::waitFor(ApiRequest &request, int timeoutMs)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start();
    return request.isFinished() || finished.wait(timeoutMs);
}

void TestApiClient::bearerOnlyWhenAuthenticated()
{
    for (int i = 0; i < 4; ++i)
        m_nam->enqueue(Response::json(200, "{}"));

    QVERIFY(m_client->hasCredentials());
    QVERIFY(!sendAndWait(ApiCall::get(kTagsPath))->error());
    QCOMPARE(m_nam->requests().at(0).header("Authorization"), QByteArray("Bearer ") + kToken.toUtf8());

    ApiCall anonymous = ApiCall::get(QStringLiteral("/artifactory/api/system/ping"));
    anonymous.authenticated = false;
    QVERIFY(!sendAndWait(anonymous)->error());
    QVERIFY(!m_nam->requests().at(1).hasHeader("Authorization"));

    m_client->setToken(QString());
    QVERIFY(!m_client->hasCredentials());
    QVERIFY(!sendAndWait(ApiCall::get(kTagsPath))->error());
    QVERIFY(!m_nam->requests().at(2).hasHeader("Authorization"));

    m_client->setAuthorization("token ghp_other");
    QVERIFY(!sendAndWait(ApiCall::get(kTagsPath))->error());
    QCOMPARE(m_nam->requests().at(3).header("Authorization"), QByteArray("token ghp_other"));
}

void TestApiClient::standardHeaders()
{
    m_nam->enqueue(Response::json(200, "{}"));
    m_nam->enqueue(Response::json(200, "{}"));
    QVERIFY(!sendAndWait(ApiCall::get(kTagsPath))->error());
    ApiCall post = ApiCall::postJson(kTagsPath, R"({"limit":1})");
    post.headers.append(qMakePair(QByteArray("X-Extra"), QByteArray("1")));
    QVERIFY(!sendAndWait(post)->error());

    const auto &get = m_nam->requests().at(0);
    QCOMPARE(get.method, QByteArray("GET"));
    QCOMPARE(get.header("User-Agent"), QByteArray("RuntimeDesk/9.8.7"));
    QCOMPARE(get.header("Accept"), QByteArray("application/json"));
    QVERIFY(!get.hasHeader("Content-Type"));
    QVERIFY(get.body.isEmpty());

    const auto &sent = m_nam->requests().at(1);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(sent.header("X-Extra"), QByteArray("1"));
    QCOMPARE(sent.body, QByteArray(R"({"limit":1})"));
}

void TestApiClient::policyOnEveryRequest()
{
    m_nam->enqueue(Response::json(200, "{}"));
    m_nam->enqueue(Response::json(200, "{}"));
    QVERIFY(!sendAndWait(ApiCall::get(kTagsPath))->error());
    ApiCall quick = ApiCall::get(kTagsPath);
    quick.transferTimeout = 1234ms;
    QVERIFY(!sendAndWait(quick)->error());

    for (const auto &request : m_nam->requests()) {
        QCOMPARE(request.redirectPolicy.toInt(), int(QNetworkRequest::SameOriginRedirectPolicy));
        QVERIFY(request.maximumRedirects > 0 && request.maximumRedirects <= 5);
        QCOMPARE(request.request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
        QCOMPARE(request.request.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    }
    QCOMPARE(m_nam->requests().at(0).transferTimeout, 30000); // the profile's
    QCOMPARE(m_nam->requests().at(1).transferTimeout, 1234); // the call's own
}

void TestApiClient::policyCheckCatchesAnUnguardedRequest()
{
    // The check in the fake is what the other tests rely on; it must be able to complain.
    m_nam->enqueue(Response::json(200, "{}"));
    QNetworkReply *reply = m_nam->get(QNetworkRequest(QUrl(QStringLiteral("https://acme.jfrog.io/x"))));
    QCOMPARE(m_nam->violations().size(), 1);
    QVERIFY2(m_nam->violations().first().contains(u"no transfer timeout")
                 && m_nam->violations().first().contains(u"redirect policy"),
             qPrintable(m_nam->violations().first()));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(1000));
    // Real replies: metadata, then the body, then finished; never synchronously inside get().
    QCOMPARE(reply->readAll(), QByteArray("{}"));
    delete reply;

    QNetworkRequest guarded(QUrl(QStringLiteral("https://acme.jfrog.io/y")));
    guarded.setTransferTimeout(1000);
    guarded.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_nam->enqueue(Response::json(200, "{}"));
    delete m_nam->get(guarded);
    QCOMPARE(m_nam->violations().size(), 1);
    m_nam->reset();
}

void TestApiClient::fakeRepliesBehaveLikeRealOnes()
{
    // The seam is only as good as its likeness to QNetworkReply: check the order of what it emits.
    QNetworkRequest request(QUrl(QStringLiteral("https://acme.jfrog.io/x")));
    request.setTransferTimeout(1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    auto record = [](QNetworkReply *reply, QStringList *events) {
        connect(reply, &QNetworkReply::metaDataChanged, reply,
                [events] { events->append(QStringLiteral("meta")); });
        connect(reply, &QNetworkReply::readyRead, reply, [reply, events] {
            events->append(QStringLiteral("read %1").arg(QString::fromLatin1(reply->readAll())));
        });
        connect(reply, &QNetworkReply::errorOccurred, reply, [events](QNetworkReply::NetworkError e) {
            events->append(QStringLiteral("error %1").arg(int(e)));
        });
        connect(reply, &QNetworkReply::finished, reply,
                [events] { events->append(QStringLiteral("finished")); });
    };

    m_nam->enqueue(Response::text(200, "abcdef").inChunks(4));
    QStringList events;
    std::unique_ptr<QNetworkReply> ok(m_nam->get(request));
    record(ok.get(), &events);
    QVERIFY(!ok->isFinished()); // never inside get()
    QTRY_VERIFY(ok->isFinished());
    QCOMPARE(events,
             QStringList({ QStringLiteral("meta"), QStringLiteral("read abcd"), QStringLiteral("read ef"),
                           QStringLiteral("finished") }));
    QCOMPARE(ok->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(ok->rawHeader("Content-Length"), QByteArray("6"));
    QCOMPARE(ok->error(), QNetworkReply::NoError);

    m_nam->enqueue(Response::json(404, R"({"error":"x"})"));
    events.clear();
    std::unique_ptr<QNetworkReply> missing(m_nam->get(request));
    record(missing.get(), &events);
    QTRY_VERIFY(missing->isFinished());
    QCOMPARE(events,
             QStringList({ QStringLiteral("meta"), QStringLiteral(R"(read {"error":"x"})"),
                           QStringLiteral("error %1").arg(int(QNetworkReply::ContentNotFoundError)),
                           QStringLiteral("finished") }));

    m_nam->enqueue(Response::hanging());
    events.clear();
    std::unique_ptr<QNetworkReply> hanging(m_nam->get(request));
    record(hanging.get(), &events);
    QTest::qWait(50);
    QVERIFY(!hanging->isFinished());
    hanging->abort(); // finishes at once, as QNetworkReplyHttpImpl does
    QVERIFY(hanging->isFinished());
    QCOMPARE(hanging->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(events,
             QStringList({ QStringLiteral("error %1").arg(int(QNetworkReply::OperationCanceledError)),
                           QStringLiteral("finished") }));
    QCOMPARE(m_nam->openReplies(), 0);
    QCOMPARE(m_nam->requests().size(), 3);
    QVERIFY(m_nam->requests().at(2).finishedAtNs >= m_nam->requests().at(2).sentAtNs + 50 * 1000000);
}

void TestApiClient::urlJoinsBasePathAndQuery()
{
    ConnectionProfile p = profile();
    p.baseUrl = QUrl(QStringLiteral("https://acme.jfrog.io:8443/j%20frog/"));
    m_client->setProfile(p);
    m_nam->enqueue(Response::json(200, "{}"));
    ApiCall call = ApiCall::get(QStringLiteral("/worker/api/v1/execution_history"));
    call.query.addQueryItem(QStringLiteral("workerKey"), QStringLiteral("runtime-alerting"));
    call.query.addQueryItem(QStringLiteral("showTestRun"), QStringLiteral("true"));
    QVERIFY(!sendAndWait(call)->error());
    QCOMPARE(m_nam->requests().first().url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://acme.jfrog.io:8443/j%20frog/worker/api/v1/execution_history"
                            "?workerKey=runtime-alerting&showTestRun=true"));
}

void TestApiClient::retryAfterSecondsHonoured()
{
    m_nam->enqueue(Response::json(429, R"({"message":"Too many requests"})").withHeader("Retry-After", "1"));
    m_nam->enqueue(Response::json(200, "{}"));
    ApiReply *reply = m_client->send(ApiCall::get(kTagsPath), nullptr);
    m_replies.append(reply);
    QSignalSpy retrying(reply, &ApiReply::retrying);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(5000));

    QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(retrying.size(), 1);
    QVERIFY(retrying.first().at(1).toLongLong() >= 1000);
    const auto &requests = m_nam->requests();
    QCOMPARE(requests.size(), 2);
    // Never earlier than the header says, measured from the moment the 429 arrived.
    const qint64 waited = msBetween(requests.at(0).finishedAtNs, requests.at(1).sentAtNs);
    QVERIFY2(waited >= 1000, qPrintable(QStringLiteral("retried after %1 ms").arg(waited)));
}

void TestApiClient::retryAfterDateHonoured()
{
    // An HTTP date two seconds ahead (whole seconds, as the header carries them).
    const QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(2);
    const QByteArray date = QLocale::c().toString(notBefore, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
    const QDateTime notBeforeWhole = notBefore.addMSecs(-notBefore.time().msec());
    QDateTime retriedAt;
    int calls = 0;
    m_nam->setHandler([&](const FakeNetworkAccessManager::Request &) -> std::optional<Response> {
        if (calls++ == 0)
            return Response::json(503, R"({"error":"maintenance"})").withHeader("Retry-After", date);
        retriedAt = QDateTime::currentDateTimeUtc();
        return Response::json(200, "{}");
    });
    ApiReply *reply = sendAndWait(ApiCall::get(kTagsPath), 5000);
    QVERIFY(reply->isFinished());
    QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
    QCOMPARE(reply->attempts(), 2);
    QVERIFY2(retriedAt >= notBeforeWhole,
             qPrintable(QStringLiteral("retried at %1, header said %2")
                            .arg(retriedAt.toString(Qt::ISODateWithMs), QString::fromLatin1(date))));
}

void TestApiClient::transientFailuresRetried_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("503") << Response::json(503, R"({"error":"unavailable"})") << Kind::Server;
    QTest::newRow("502") << Response::text(502, "Bad Gateway") << Kind::Server;
    QTest::newRow("504") << Response::text(504, "Gateway Timeout") << Kind::Server;
    QTest::newRow("500") << Response::json(500, R"({"errors":[{"status":500,"message":"boom"}]})")
                         << Kind::Server;
    QTest::newRow("408") << Response::text(408, "Request Timeout") << Kind::Client;
    QTest::newRow("429 without Retry-After") << Response::json(429, "{}") << Kind::RateLimited;
    QTest::newRow("remote host closed")
        << Response::networkError(QNetworkReply::RemoteHostClosedError) << Kind::Network;
    QTest::newRow("connection refused")
        << Response::networkError(QNetworkReply::ConnectionRefusedError) << Kind::Network;
    QTest::newRow("host not found") << Response::networkError(QNetworkReply::HostNotFoundError)
                                    << Kind::Network;
    QTest::newRow("socket timeout") << Response::networkError(QNetworkReply::TimeoutError) << Kind::Timeout;
}

void TestApiClient::transientFailuresRetried()
{
    QFETCH(Response, response);
    QFETCH(Kind, kind);
    const RetryPolicy policy = profile().retry;
    m_nam->setHandler(
        [response](const FakeNetworkAccessManager::Request &) { return std::optional<Response>(response); });

    ApiReply *reply = m_client->send(ApiCall::get(kTagsPath), nullptr);
    m_replies.append(reply);
    QSignalSpy retrying(reply, &ApiReply::retrying);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(5000));

    QCOMPARE(reply->error().kind, kind);
    QCOMPARE(reply->attempts(), policy.maxAttempts);
    QCOMPARE(m_nam->requests().size(), policy.maxAttempts);
    QCOMPARE(retrying.size(), policy.maxAttempts - 1);
    for (int i = 0; i < retrying.size(); ++i) {
        const int attempt = retrying.at(i).at(0).toInt();
        const qint64 delay = retrying.at(i).at(1).toLongLong();
        QCOMPARE(attempt, i + 1);
        // Full jitter: uniformly in [0, min(maxDelay, baseDelay * 2^(attempt-1))].
        const qint64 cap =
            std::min<qint64>(policy.maxDelay.count(), policy.baseDelay.count() << (attempt - 1));
        QVERIFY2(
            delay >= 0 && delay <= cap,
            qPrintable(QStringLiteral("attempt %1 waited %2 ms, cap %3").arg(attempt).arg(delay).arg(cap)));
        const qint64 waited =
            msBetween(m_nam->requests().at(i).finishedAtNs, m_nam->requests().at(i + 1).sentAtNs);
        QVERIFY2(waited >= delay,
                 qPrintable(QStringLiteral("announced %1 ms, waited %2 ms").arg(delay).arg(waited)));
    }
}

void TestApiClient::permanentFailuresNotRetried_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("400") << Response::json(400, R"({"message":"limit should be between 1 and 100"})")
                         << Kind::BadRequest;
    QTest::newRow("401") << Response::json(401, R"({"errors":[{"status":401,"message":"Bad credentials"}]})")
                         << Kind::Unauthorized;
    QTest::newRow("403") << Response::json(403, R"({"error":"forbidden"})") << Kind::Forbidden;
    QTest::newRow("404") << Response::json(404, R"({"error":"error message"})") << Kind::NotFound;
    QTest::newRow("405") << Response::json(405, "{}") << Kind::Client;
    QTest::newRow("501") << Response::json(501, "{}") << Kind::Server;
    QTest::newRow("404 with Retry-After")
        << Response::json(404, "{}").withHeader("Retry-After", "1") << Kind::NotFound;
    QTest::newRow("tls handshake") << Response::networkError(QNetworkReply::SslHandshakeFailedError)
                                   << Kind::Tls;
}

void TestApiClient::permanentFailuresNotRetried()
{
    QFETCH(Response, response);
    QFETCH(Kind, kind);
    m_nam->setHandler(
        [response](const FakeNetworkAccessManager::Request &) { return std::optional<Response>(response); });
    ApiReply *reply = sendAndWait(ApiCall::get(kTagsPath));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, kind);
    QCOMPARE(reply->attempts(), 1);
    QTest::qWait(50); // no retry sneaks in later
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestApiClient::nonIdempotentPostNeverRetried()
{
    m_nam->setHandler([](const FakeNetworkAccessManager::Request &) {
        return std::optional<Response>(Response::json(503, R"({"error":"unavailable"})"));
    });
    for (const QByteArray &method : { QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE") }) {
        ApiCall call =
            ApiCall::postJson(QStringLiteral("/worker/api/v1/test/runtime-alerting"), R"({"code":"x"})");
        call.method = method;
        ApiReply *reply = sendAndWait(call);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, Kind::Server);
        QCOMPARE(reply->attempts(), 1);
    }
    ApiReply *lost = sendAndWait(ApiCall::postJson(QStringLiteral("/worker/api/v2/workers"), "{}"));
    QCOMPARE(lost->attempts(), 1);
    QTest::qWait(50);
    QCOMPARE(m_nam->requests().size(), 4);
}

void TestApiClient::recoversAfterTransientFailures()
{
    m_nam->enqueue(Response::networkError(QNetworkReply::RemoteHostClosedError));
    m_nam->enqueue(Response::json(502, "{}"));
    m_nam->enqueue(Response::json(200, R"({"ok":true})"));
    ApiReply *reply = sendAndWait(ApiCall::get(kTagsPath));
    QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->body(), QByteArray(R"({"ok":true})"));
    QCOMPARE(reply->rawHeader("content-type"), QByteArray("application/json"));
}

void TestApiClient::retryAfterAboveTheCapFailsAtOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("message");
    QTest::newRow("429, 121 s") << 429 << QByteArray("121")
                                << QStringLiteral("429 from /runtime/api/v1/images/tags: rate limited; "
                                                  "the platform asks to wait 121 s");
    QTest::newRow("503, a day") << 503 << QByteArray("86400")
                                << QStringLiteral("503 from /runtime/api/v1/images/tags: rate limited; "
                                                  "the platform asks to wait 86400 s");
    QTest::newRow("429, twenty digits")
        << 429 << QByteArray("18446744073709551616")
        << QStringLiteral("429 from /runtime/api/v1/images/tags: rate limited; "
                          "the platform asks to wait 9999999999 s");
}

void TestApiClient::retryAfterAboveTheCapFailsAtOnce()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, message);
    m_nam->enqueue(Response::json(status, "{}").withHeader("Retry-After", retryAfter));
    QElapsedTimer clock;
    clock.start();
    ApiReply *reply = sendAndWait(ApiCall::get(kTagsPath));
    QVERIFY(reply->isFinished());
    QVERIFY(clock.elapsed() < 1000);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(reply->error().httpStatus, status);
    QCOMPARE(reply->error().message(), message);
    QTest::qWait(50);
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestApiClient::hangingReplyHitsTheTotalDeadline()
{
    ConnectionProfile p = profile();
    p.totalTimeout = 300ms;
    p.retry.maxAttempts = 2;
    m_client->setProfile(p);
    m_nam->enqueue(Response::hanging());
    m_nam->enqueue(Response::hanging());

    QElapsedTimer clock;
    clock.start();
    ApiReply *reply = sendAndWait(ApiCall::get(kTagsPath), 5000);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, Kind::Timeout);
    QCOMPARE(reply->attempts(), 2);
    // Each attempt ran into the deadline: a coarse timer may end it up to 5% early, never later than T + 2 s
    // (NET-6).
    for (const auto &request : m_nam->requests()) {
        const qint64 lasted = msBetween(request.sentAtNs, request.finishedAtNs);
        QVERIFY2(lasted >= 285 && lasted < 2300, qPrintable(QString::number(lasted)));
    }
    QVERIFY2(clock.elapsed() < 4600, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_nam->openReplies(), 0); // both attempts were aborted, not left running
}

void TestApiClient::stalledReplyHitsTheTransferTimeout()
{
    ConnectionProfile p = profile();
    p.transferTimeout = 200ms;
    p.retry.maxAttempts = 1;
    m_client->setProfile(p);
    m_nam->enqueue(Response::stalled());

    QElapsedTimer clock;
    clock.start();
    ApiReply *reply = sendAndWait(ApiCall::get(kTagsPath), 5000);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, Kind::Timeout);
    QCOMPARE(reply->error().message(),
             QStringLiteral("/runtime/api/v1/images/tags: the platform did not answer in time"));
    QVERIFY(clock.elapsed() >= 200);
    QVERIFY2(clock.elapsed() < 2200, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_nam->requests().first().transferTimeout, 200);
}

void TestApiClient::abortCancels()
{
    m_nam->enqueue(Response::hanging());
    ApiReply *reply = m_client->send(ApiCall::get(kTagsPath), nullptr);
    m_replies.append(reply);
    QSignalSpy finished(reply, &ApiReply::finished);
    QTRY_COMPARE(m_nam->requests().size(), 1);
    reply->abort();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind, Kind::Cancelled);
    QCOMPARE(reply->error().exitCode(), 2);
    QCOMPARE(reply->attempts(), 1);
    reply->abort(); // a second abort is harmless
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_nam->requests().size(), 1);
    QCOMPARE(m_nam->openReplies(), 0);
}

void TestApiClient::abortDuringRetryWaitCancels()
{
    ConnectionProfile p = profile();
    p.retry.baseDelay = 5s;
    p.retry.maxDelay = 5s;
    m_client->setProfile(p);
    m_nam->enqueue(Response::json(503, "{}").withHeader("Retry-After", "3"));
    ApiReply *reply = m_client->send(ApiCall::get(kTagsPath), nullptr);
    m_replies.append(reply);
    QSignalSpy retrying(reply, &ApiReply::retrying);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(retrying.wait(2000));
    reply->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind, Kind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestApiClient::bodyOverTheCapIsTooLarge()
{
    const QByteArray huge(Limits::maxResponseBytes + 1, 'x');
    m_nam->enqueue(Response::json(200, huge).inChunks(4 * 1024 * 1024));
    ApiReply *reply = sendAndWait(ApiCall::get(kTagsPath), 10000);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, Kind::TooLarge);
    QCOMPARE(reply->error().exitCode(), 3);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(reply->body().size() <= Limits::maxResponseBytes);
    QCOMPARE(m_nam->openReplies(), 0);
}

void TestApiClient::bodyAtTheCapIsAccepted()
{
    QByteArray exact(Limits::maxResponseBytes, 'x');
    m_nam->enqueue(Response::text(200, exact).inChunks(4 * 1024 * 1024));
    ApiReply *reply = sendAndWait(ApiCall::get(kTagsPath), 10000);
    QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
    QCOMPARE(reply->body().size(), Limits::maxResponseBytes);
}

void TestApiClient::unexpectedSuccessStatusIsProtocolError()
{
    m_nam->enqueue(Response::json(201, R"({"access_token":"x"})"));
    ApiReply *reply = sendAndWait(ApiCall::get(kTagsPath));
    QCOMPARE(reply->error().kind, Kind::Protocol);
    QCOMPARE(reply->error().httpStatus, 201);

    ApiCall created = ApiCall::postJson(QStringLiteral("/runtime/api/v1/registration_token"), "{}");
    created.expectedStatuses = { 201 };
    m_nam->enqueue(Response::json(201, R"({"access_token":"x"})"));
    QVERIFY(!sendAndWait(created)->error());
}

void TestApiClient::redirects()
{
    // Same origin: followed, with the token.
    m_nam->enqueue(Response::json(301, "").withHeader("Location", "/runtime/api/v1/images/tags/"));
    m_nam->enqueue(Response::json(200, "{}"));
    ApiReply *followed = sendAndWait(ApiCall::get(kTagsPath));
    QVERIFY2(!followed->error(), qPrintable(followed->error().message()));
    QCOMPARE(m_nam->requests().size(), 2);
    QCOMPARE(m_nam->requests().at(1).url.path(), QStringLiteral("/runtime/api/v1/images/tags/"));

    // Another origin, or down to http: refused before any request leaves (NET-9).
    for (const QByteArray &location :
         { QByteArray("https://evil.example/steal"), QByteArray("http://acme.jfrog.io/x"),
           QByteArray("https://acme.jfrog.io:444/x") }) {
        m_nam->reset();
        m_nam->enqueue(Response::json(302, "").withHeader("Location", location));
        ApiReply *refused = sendAndWait(ApiCall::get(kTagsPath));
        QCOMPARE(refused->error().kind, Kind::Redirect);
        QCOMPARE(refused->attempts(), 1);
        QCOMPARE(m_nam->requests().size(), 1);
        for (const auto &request : m_nam->requests())
            QCOMPARE(request.url.host(), QStringLiteral("acme.jfrog.io"));
    }
}

void TestApiClient::tokenNeverLogged()
{
    {
        QMutexLocker lock(&logMutex);
        logLines.clear();
    }
    previousHandler = qInstallMessageHandler(captureMessage);
    previousFilter = QLoggingCategory::installFilter(enableRuntimeDeskDebug);
    auto restore = qScopeGuard([] {
        QLoggingCategory::installFilter(previousFilter);
        qInstallMessageHandler(previousHandler);
    });

    ConnectionProfile p = profile();
    p.baseUrl = QUrl(QStringLiteral("https://admin:") + kToken + QStringLiteral("@acme.jfrog.io"));
    p.totalTimeout = 200ms;
    p.retry.maxAttempts = 2;
    m_client->setProfile(p);

    const QByteArray echo = QByteArray(R"({"errors":[{"status":401,"message":"Bad credentials"}]})");
    m_nam->enqueue(Response::json(200, fixture(QStringLiteral("list-image-tags.json"))));
    m_nam->enqueue(Response::json(503, "{}"));
    m_nam->enqueue(Response::json(200, "{}"));
    m_nam->enqueue(Response::json(401, echo));
    m_nam->enqueue(Response::networkError(QNetworkReply::ConnectionRefusedError));
    m_nam->enqueue(Response::hanging());

    ApiCall withQuery = ApiCall::get(kTagsPath);
    withQuery.query.addQueryItem(QStringLiteral("access_token"), kToken);
    sendAndWait(withQuery);
    sendAndWait(ApiCall::get(kTagsPath));
    sendAndWait(ApiCall::postJson(kTagsPath, "{}"));
    ApiCall refused = ApiCall::postJson(kTagsPath, "{}");
    sendAndWait(refused);
    ApiCall hang = ApiCall::postJson(kTagsPath, "{}");
    sendAndWait(hang);
    restore.dismiss();
    QLoggingCategory::installFilter(previousFilter);
    qInstallMessageHandler(previousHandler);

    QStringList lines;
    {
        QMutexLocker lock(&logMutex);
        lines = logLines;
    }
    // The check is only worth something if the client did log these calls.
    QVERIFY2(lines.size() >= 6, qPrintable(lines.join(u'\n')));
    QVERIFY(
        std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(kTagsPath); }));
    QVERIFY(
        std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(u"retrying"); }));
    for (const QString &line : std::as_const(lines)) {
        QVERIFY2(!line.contains(kToken), qPrintable(line));
        QVERIFY2(!line.contains(kToken.left(16)), qPrintable(line));
        QVERIFY2(!line.contains(u"Bearer"), qPrintable(line));
        QVERIFY2(!line.contains(u"access_token"), qPrintable(line));
    }
}

void TestApiClient::imageTagsPageRequestBody()
{
    RuntimeQuery query;
    query.limit = 50;
    query.nextKey = QStringLiteral("key-7");
    query.orderBy = QStringLiteral("risks");
    query.timePeriod = QStringLiteral("24 hours");
    query.clusters = { QStringLiteral("azprod-aue") };
    query.namespaces = { QStringLiteral("production") };
    query.cveIds = { QStringLiteral("CVE-2013-7285") };
    query.risks = { RiskNames::filterValue(Risk::UntrustedRegistry),
                    RiskNames::filterValue(Risk::CriticalApplicableCves) };
    query.applicability = { QStringLiteral("applicable") };
    query.severities = { QStringLiteral("Critical"), QStringLiteral("High") };

    m_nam->enqueue(Response::json(200, fixture(QStringLiteral("list-image-tags.json"))));
    m_nam->enqueue(Response::json(200, fixture(QStringLiteral("list-image-tags.json"))));
    ImageTagsPageRequest full(m_client.get(), query, nullptr);
    QVERIFY(waitFor(full));
    ImageTagsPageRequest first(m_client.get(), RuntimeQuery {}, nullptr);
    QVERIFY(waitFor(first));

    const auto &sent = m_nam->requests().at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.url.path(), kTagsPath);
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "limit": 50, "next_key": "key-7", "order_by": "risks",
        "filters": { "time_period": "24 hours", "cluster": ["azprod-aue"], "namespace": ["production"],
                     "cve_id": ["CVE-2013-7285"], "risk": ["untrusted_registry", "critical_applicable_cve"],
                     "applicability": ["applicable"], "severity": ["Critical", "High"] } })")
                                     .object();
    QCOMPARE(QJsonDocument::fromJson(sent.body).object(), expected);
    // No filters, no key, no order: only the limit.
    const QJsonObject onlyLimit { { QStringLiteral("limit"), 100 } };
    QCOMPARE(QJsonDocument::fromJson(m_nam->requests().at(1).body).object(), onlyLimit);
}

void TestApiClient::imageTagsPageRequestParses()
{
    const QByteArray body = fixture(QStringLiteral("list-image-tags.json"));
    m_nam->enqueue(Response::json(200, body));
    ImageTagsPageRequest request(m_client.get(), RuntimeQuery {}, nullptr);
    QVERIFY(waitFor(request));
    QVERIFY2(!request.error(), qPrintable(request.error().message()));
    QCOMPARE(request.result().items.size(), 1);
    QCOMPARE(request.result().items.first().name, QStringLiteral("demo-security"));
    QCOMPARE(request.result().nextKey, QStringLiteral("1"));
    QCOMPARE(request.result().totalCount, std::optional<qint64>(38));
    QCOMPARE(request.bodyBytes(), body.size());
}

void TestApiClient::imageTagsPageRequestIsRetriedAsARead()
{
    m_nam->enqueue(Response::json(503, "{}"));
    m_nam->enqueue(Response::json(200, fixture(QStringLiteral("list-image-tags.images_tags.json"))));
    ImageTagsPageRequest request(m_client.get(), RuntimeQuery {}, nullptr);
    QSignalSpy retrying(&request, &ApiRequest::retrying);
    QVERIFY(waitFor(request));
    QVERIFY2(!request.error(), qPrintable(request.error().message()));
    QCOMPARE(request.attempts(), 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(m_nam->requests().at(0).body, m_nam->requests().at(1).body);
    QCOMPARE(request.result().items.size(), 1);
}

void TestApiClient::imageTagsPageRequestRefusesAnUnreadableBody()
{
    m_nam->enqueue(Response::text(200, "<html>login</html>"));
    ImageTagsPageRequest request(m_client.get(), RuntimeQuery {}, nullptr);
    QVERIFY(waitFor(request));
    QCOMPARE(request.error().kind, Kind::Protocol);
    QCOMPARE(request.error().exitCode(), 3);
    QVERIFY2(
        request.error().message().startsWith(QStringLiteral("/runtime/api/v1/images/tags: malformed JSON")),
        qPrintable(request.error().message()));
    QCOMPARE(request.attempts(), 1);
}

void TestApiClient::workloadsAndClustersPages()
{
    m_nam->enqueue(Response::json(200, fixture(QStringLiteral("list-workloads.json"))));
    m_nam->enqueue(Response::json(200, fixture(QStringLiteral("list-clusters.json"))));
    RuntimeQuery query;
    query.limit = 10;
    query.namespaces = { QStringLiteral("my-namespace") };
    WorkloadsPageRequest workloads(m_client.get(), query, nullptr);
    QVERIFY(waitFor(workloads));
    QVERIFY2(!workloads.error(), qPrintable(workloads.error().message()));
    QCOMPARE(workloads.result().items.size(), 1);
    QCOMPARE(workloads.result().totalCount, std::optional<qint64>(105));
    ClustersPageRequest clusters(m_client.get(), 10, QStringLiteral("k"), nullptr);
    QVERIFY(waitFor(clusters));
    QVERIFY2(!clusters.error(), qPrintable(clusters.error().message()));
    QCOMPARE(clusters.result().items.first().id, QStringLiteral("2"));

    QCOMPARE(m_nam->requests().at(0).url.path(), QStringLiteral("/runtime/api/v1/workloads"));
    QCOMPARE(QJsonDocument::fromJson(m_nam->requests().at(0).body).object(),
             QJsonDocument::fromJson(R"({"limit":10,"filters":{"namespace":["my-namespace"]}})").object());
    QCOMPARE(m_nam->requests().at(1).url.path(), QStringLiteral("/runtime/api/v1/clusters"));
    QCOMPARE(QJsonDocument::fromJson(m_nam->requests().at(1).body).object(),
             QJsonDocument::fromJson(R"({"limit":10,"next_key":"k"})").object());
}

void TestApiClient::clusterRequestFallsBackOn404()
{
    m_nam->enqueue(Response::json(404, fixture(QStringLiteral("error-runtime.json"))));
    m_nam->enqueue(Response::json(200, fixture(QStringLiteral("cluster-detail.json"))));
    ClusterRequest request(m_client.get(), QStringLiteral("2"), nullptr);
    QVERIFY(waitFor(request));
    QVERIFY2(!request.error(), qPrintable(request.error().message()));
    QCOMPARE(m_nam->requests().size(), 2);
    QCOMPARE(m_nam->requests().at(0).method, QByteArray("GET"));
    QCOMPARE(m_nam->requests().at(0).url.path(), QStringLiteral("/runtime/api/v1/cluster/2"));
    QCOMPARE(m_nam->requests().at(1).url.path(), QStringLiteral("/runtime/api/v1/clusters/2/"));
    QCOMPARE(request.result().name, QStringLiteral("z0runtime"));
    QCOMPARE(request.result().nodes.size(), 1);
    QCOMPARE(request.attempts(), 2);
}

void TestApiClient::clusterRequestGivesUpAfterBothPaths()
{
    m_nam->enqueue(Response::json(404, fixture(QStringLiteral("error-runtime.json"))));
    m_nam->enqueue(Response::json(404, fixture(QStringLiteral("error-runtime.json"))));
    ClusterRequest request(m_client.get(), QStringLiteral("2"), nullptr);
    QVERIFY(waitFor(request));
    QCOMPARE(request.error().kind, Kind::NotFound);
    QCOMPARE(request.error().message(),
             QStringLiteral("404 from /runtime/api/v1/clusters/2/: error message"));
    QTest::qWait(50);
    QCOMPARE(m_nam->requests().size(), 2);
}

void TestApiClient::clusterRequestNoFallbackOnOtherErrors()
{
    m_nam->enqueue(Response::json(403, R"({"error":"admin only"})"));
    ClusterRequest request(m_client.get(), QStringLiteral("2"), nullptr);
    QVERIFY(waitFor(request));
    QCOMPARE(request.error().kind, Kind::Forbidden);
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestApiClient::idsArePercentEncoded_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << QStringLiteral("2") << QStringLiteral("2");
    QTest::newRow("dot dot slash") << QStringLiteral("../x") << QStringLiteral("..%2Fx");

    QTest::newRow("query and fragment") << QStringLiteral("a?b#c") << QStringLiteral("a%3Fb%23c");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("a%20b");
    QTest::newRow("a percent sign") << QStringLiteral("%2F") << QStringLiteral("%252F");
    QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9") << QStringLiteral("caf%C3%A9");
}

void TestApiClient::idsArePercentEncoded()
{
    QFETCH(QString, id);
    QFETCH(QString, encoded);
    m_nam->enqueue(Response::json(200, fixture(QStringLiteral("cluster-detail.json"))));
    m_nam->enqueue(Response::json(200, fixture(QStringLiteral("image-tag-detail.assumed.json"))));
    ClusterRequest cluster(m_client.get(), id, nullptr);
    QVERIFY(waitFor(cluster));
    ImageTagDetailRequest detail(m_client.get(), id, nullptr);
    QVERIFY(waitFor(detail));

    // On the wire the id is exactly one segment, and decodes back to itself.
    const QUrl clusterUrl = m_nam->requests().at(0).url;
    QCOMPARE(clusterUrl.path(QUrl::FullyEncoded), QStringLiteral("/runtime/api/v1/cluster/") + encoded);
    const QString lastSegment = clusterUrl.path(QUrl::FullyEncoded).section(u'/', -1);
    QCOMPARE(QUrl::fromPercentEncoding(lastSegment.toLatin1()), id);
    QCOMPARE(m_nam->requests().at(1).url.path(QUrl::FullyEncoded),
             QStringLiteral("/runtime/api/v1/images/tags/") + encoded);
}

void TestApiClient::dotSegmentIdsNeverLeaveThePath()
{
    for (const QString &id : { QStringLiteral("."), QStringLiteral("..") }) {
        m_nam->enqueue(Response::json(404, R"({"error":"cluster not found"})"));
        m_nam->enqueue(Response::json(404, R"({"error":"cluster not found"})"));
        ClusterRequest cluster(m_client.get(), id, nullptr);
        QVERIFY(waitFor(cluster));
        for (const auto &request : m_nam->requests())
            QVERIFY2(!request.url.path().contains(QLatin1StringView("/.."))
                         && !request.url.path().endsWith(u'.'),
                     qPrintable(request.url.path()));
        m_nam->reset();
    }
}

void TestApiClient::imageTagDetailAvailability_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<bool>("available");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("200") << Response::json(200, fixture(QStringLiteral("image-tag-detail.assumed.json")))
                         << true << Kind::None;
    QTest::newRow("404: not on this platform")
        << Response::json(404, R"({"error":"not found"})") << false << Kind::NotFound;
    QTest::newRow("405") << Response::json(405, "{}") << false << Kind::Client;
    QTest::newRow("501") << Response::json(501, "{}") << false << Kind::Server;
    QTest::newRow("403: there but refused") << Response::json(403, "{}") << true << Kind::Forbidden;
}

void TestApiClient::imageTagDetailAvailability()
{
    QFETCH(Response, response);
    QFETCH(bool, available);
    QFETCH(Kind, kind);
    m_nam->enqueue(response);
    const QString digest =
        QStringLiteral("sha256:35c2979c963e316314dee20bd3fadb197166f687567174d8c098a01ea29e96f2");
    ImageTagDetailRequest request(m_client.get(), digest, nullptr);
    QVERIFY(waitFor(request));
    QCOMPARE(request.available(), available);
    QCOMPARE(request.error().kind, kind);
    QCOMPARE(m_nam->requests().size(), 1);
    QCOMPARE(m_nam->requests().first().url.path(QUrl::FullyEncoded),
             QStringLiteral("/runtime/api/v1/images/tags/"
                            "sha256%3A35c2979c963e316314dee20bd3fadb197166f687567174d8c098a01ea29e96f2"));
    if (kind == Kind::None) {
        QVERIFY(request.result().has_value());
        QCOMPARE(request.result()->deployedBy, std::optional<QString>(QStringLiteral("jenkins-user")));
    } else {
        QVERIFY(!request.result().has_value());
    }
}

void TestApiClient::tokenInfoAndPing()
{
    m_nam->enqueue(Response::json(200, fixture(QStringLiteral("token-info.json"))));
    m_nam->enqueue(Response::text(200, "OK"));
    m_nam->enqueue(Response::text(200, "<html>proxy login</html>"));

    TokenInfoRequest token(m_client.get(), nullptr);
    QVERIFY(waitFor(token));
    QVERIFY2(!token.error(), qPrintable(token.error().message()));
    QCOMPARE(m_nam->requests().at(0).url.path(), QStringLiteral("/access/api/v1/tokens/me"));
    QCOMPARE(token.result().tokenId, QStringLiteral("<id>"));
    QCOMPARE(token.result().subject, QStringLiteral("<subject>"));
    QCOMPARE(token.result().issuer, QStringLiteral("<issuer>"));
    QCOMPARE(token.result().description, QStringLiteral("<optional>"));
    QCOMPARE(token.result().expiry, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));

    PingRequest ping(m_client.get(), nullptr);
    QVERIFY(waitFor(ping));
    QVERIFY(!ping.error());
    PingRequest proxied(m_client.get(), nullptr);
    QVERIFY(waitFor(proxied));
    QCOMPARE(proxied.error().kind, Kind::Protocol);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
