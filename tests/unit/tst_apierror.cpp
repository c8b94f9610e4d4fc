#include "apierror.h"
#include "testenvironment.h"

#include <QtTest>

using Kind = ApiError::Kind;

// Error classification in one place and the one-line messages the CLI prints (README.md "CLI").
class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void messageFromBody_data();
    void messageFromBody();
    void messageFromBodyFixtures_data();
    void messageFromBodyFixtures();
    void message_data();
    void message();
    void kindForStatus_data();
    void kindForStatus();
    void isTransient_data();
    void isTransient();
    void exitCode_data();
    void exitCode();
    void boolConversion();
};

void TestApiError::messageFromBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    // docs/jfrog-api.md 1.5: errors[0].message, then message, then error, then the raw body.
    QTest::newRow("errors[0].message wins over all") << QByteArray(
        R"({"errors":[{"status":404,"message":"first"},{"message":"second"}],"message":"m","error":"e"})")
                                                     << QStringLiteral("first");
    QTest::newRow("message before error")
        << QByteArray(R"({"message":"m","error":"e"})") << QStringLiteral("m");
    QTest::newRow("error alone") << QByteArray(R"({"error":"e"})") << QStringLiteral("e");
    QTest::newRow("errors[0] without message")
        << QByteArray(R"({"errors":[{"status":500}],"error":"e"})") << QStringLiteral("e");
    QTest::newRow("errors[0].message empty")
        << QByteArray(R"({"errors":[{"message":""}],"message":"m"})") << QStringLiteral("m");
    QTest::newRow("errors empty") << QByteArray(R"({"errors":[],"message":"m"})") << QStringLiteral("m");
    QTest::newRow("message empty") << QByteArray(R"({"message":"","error":"e"})") << QStringLiteral("e");
    QTest::newRow("message not a string")
        << QByteArray(R"({"message":{"text":"x"},"error":"e"})") << QStringLiteral("e");
    QTest::newRow("no known key: raw body")
        << QByteArray(R"({"detail":"x"})") << QStringLiteral(R"({"detail":"x"})");
    QTest::newRow("429 body of MCP") << QByteArray(R"({"message":"Too many requests","reset_at":1767225600})")
                                     << QStringLiteral("Too many requests");
    QTest::newRow("plain text") << QByteArray("Bad Gateway") << QStringLiteral("Bad Gateway");
    QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                          << QStringLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>");
    QTest::newRow("top-level array") << QByteArray(R"([{"message":"m"}])")
                                     << QStringLiteral(R"([{"message":"m"}])");
    QTest::newRow("empty") << QByteArray() << QString();
    // White space collapses; control and format characters become U+FFFD, so a message stays one plain line.
    QTest::newRow("new lines collapse")
        << QByteArray("line one\r\n  line two\n") << QStringLiteral("line one line two");
    QTest::newRow("control characters")
        << QByteArray(R"({"message":"a\u0001b\u001bc\u007f"})") << QStringLiteral("a\uFFFDb\uFFFDc\uFFFD");
    QTest::newRow("bidi override") << QByteArray(R"({"error":"safe\u202etxt.exe"})")
                                   << QStringLiteral("safe\uFFFDtxt.exe");
    QTest::newRow("NUL in raw body") << QByteArray("a\0b", 3) << QStringLiteral("a\uFFFDb");
    QTest::newRow("exactly 200") << QByteArray(200, 'x') << QString(200, u'x');
    QTest::newRow("201 cut to 200") << QByteArray(201, 'x') << QString(QString(200, u'x') + QChar(0x2026));
    QTest::newRow("long message cut") << (QByteArray(R"({"message":")") + QByteArray(5000, 'y') + "\"}")
                                      << QString(QString(200, u'y') + QChar(0x2026));
}

void TestApiError::messageFromBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::messageFromBody(body), expected);
}

void TestApiError::messageFromBodyFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Artifactory and Workers")
        << QStringLiteral("api/error-artifactory.json") << QStringLiteral("File not found.");
    QTest::newRow("Runtime") << QStringLiteral("api/error-runtime.json") << QStringLiteral("error message");
    QTest::newRow("Runtime validation") << QStringLiteral("api/error-runtime-validation.json")
                                        << QStringLiteral("limit should be between 1 and 100");
}

void TestApiError::messageFromBodyFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::messageFromBody(TestEnvironment::readData(file)), expected);
}

void TestApiError::message_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("expected");
    const QString tags = QStringLiteral("/runtime/api/v1/images/tags");

    // exit codes (README.md "CLI"): errors name the cause in one line.
    QTest::newRow("401 with the server's words")
        << ApiError { Kind::Unauthorized, 401, tags, QStringLiteral("Bad credentials"), {} }
        << QStringLiteral("401 from /runtime/api/v1/images/tags: token rejected (Bad credentials)");
    QTest::newRow("401 bare") << ApiError { Kind::Unauthorized, 401, tags, {}, {} }
                              << QStringLiteral("401 from /runtime/api/v1/images/tags: token rejected");
    QTest::newRow("403") << ApiError {
        Kind::Forbidden, 403, QStringLiteral("/runtime/api/v1/clusters"), {}, {}
    } << QStringLiteral("403 from /runtime/api/v1/clusters: the token lacks the permission for this");
    QTest::newRow("404 with Runtime's error") << ApiError {
        Kind::NotFound, 404, QStringLiteral("/runtime/api/v1/cluster/7"), QStringLiteral("error message"), {}
    } << QStringLiteral("404 from /runtime/api/v1/cluster/7: error message");
    QTest::newRow("400 validation") << ApiError {
        Kind::BadRequest, 400, tags, QStringLiteral("limit should be between 1 and 100"), {}
    } << QStringLiteral("400 from /runtime/api/v1/images/tags: limit should be between 1 and 100");
    QTest::newRow("429 with our detail over the server's words")
        << ApiError { Kind::RateLimited, 429, tags, QStringLiteral("slow down"),
                      QStringLiteral("rate limited; the platform asks to wait 600 s") }
        << QStringLiteral(
               "429 from /runtime/api/v1/images/tags: rate limited; the platform asks to wait 600 s");
    QTest::newRow("503 bare") << ApiError { Kind::Server, 503, tags, {}, {} }
                              << QStringLiteral("503 from /runtime/api/v1/images/tags: the platform failed");
    QTest::newRow("status without a path")
        << ApiError { Kind::Server, 500, {}, {}, {} } << QStringLiteral("500: the platform failed");
    QTest::newRow("timeout") << ApiError { Kind::Timeout, 0, tags, {}, {} }
                             << QStringLiteral(
                                    "/runtime/api/v1/images/tags: the platform did not answer in time");
    QTest::newRow("network with Qt's words")
        << ApiError { Kind::Network, 0, tags, {}, QStringLiteral("Connection refused") }
        << QStringLiteral("/runtime/api/v1/images/tags: Connection refused");
    QTest::newRow("tls") << ApiError { Kind::Tls, 0, tags, {}, {} }
                         << QStringLiteral(
                                "/runtime/api/v1/images/tags: the platform's certificate was refused");
    QTest::newRow("protocol hides the 200") << ApiError {
        Kind::Protocol, 200, tags, {}, QStringLiteral("malformed JSON at offset 0: illegal value")
    } << QStringLiteral("/runtime/api/v1/images/tags: malformed JSON at offset 0: illegal value");
    QTest::newRow("too large") << ApiError { Kind::TooLarge, 0, tags, {}, {} }
                               << QStringLiteral(
                                      "/runtime/api/v1/images/tags: the response is larger than allowed");
    QTest::newRow("redirect") << ApiError { Kind::Redirect, 0, tags, {}, {} }
                              << QStringLiteral(
                                     "/runtime/api/v1/images/tags: redirect to another origin refused");
    QTest::newRow("cancelled, no path")
        << ApiError { Kind::Cancelled, 0, {}, {}, {} } << QStringLiteral("cancelled");
    QTest::newRow("none") << ApiError {} << QString();
}

void TestApiError::message()
{
    QFETCH(ApiError, error);
    QFETCH(QString, expected);
    QCOMPARE(error.message(), expected);
    QVERIFY(!error.message().contains(u'\n'));
}

void TestApiError::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("0") << 0 << Kind::None;
    QTest::newRow("200") << 200 << Kind::None;
    QTest::newRow("204") << 204 << Kind::None;
    QTest::newRow("301") << 301 << Kind::Redirect;
    QTest::newRow("308") << 308 << Kind::Redirect;
    QTest::newRow("400") << 400 << Kind::BadRequest;
    QTest::newRow("401") << 401 << Kind::Unauthorized;
    QTest::newRow("403") << 403 << Kind::Forbidden;
    QTest::newRow("404") << 404 << Kind::NotFound;
    QTest::newRow("405") << 405 << Kind::Client;
    QTest::newRow("408") << 408 << Kind::Client;
    QTest::newRow("409") << 409 << Kind::Client;
    QTest::newRow("429") << 429 << Kind::RateLimited;
    QTest::newRow("500") << 500 << Kind::Server;
    QTest::newRow("501") << 501 << Kind::Server;
    QTest::newRow("503") << 503 << Kind::Server;
    QTest::newRow("599") << 599 << Kind::Server;
}

void TestApiError::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QCOMPARE(ApiError::kindForStatus(status), kind);
}

void TestApiError::isTransient_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("transient");
    auto status = [](int code) { return ApiError { ApiError::kindForStatus(code), code, {}, {}, {} }; };
    auto kind = [](Kind k) { return ApiError { k, 0, {}, {}, {} }; };

    QTest::newRow("network") << kind(Kind::Network) << true;
    QTest::newRow("timeout") << kind(Kind::Timeout) << true;
    QTest::newRow("408") << status(408) << true;
    QTest::newRow("429") << status(429) << true;
    QTest::newRow("500") << status(500) << true;
    QTest::newRow("502") << status(502) << true;
    QTest::newRow("503") << status(503) << true;
    QTest::newRow("504") << status(504) << true;

    QTest::newRow("none") << kind(Kind::None) << false;
    QTest::newRow("400") << status(400) << false;
    QTest::newRow("401") << status(401) << false;
    QTest::newRow("403") << status(403) << false;
    QTest::newRow("404") << status(404) << false;
    QTest::newRow("405") << status(405) << false;
    QTest::newRow("409") << status(409) << false;
    QTest::newRow("501") << status(501) << false;
    QTest::newRow("505") << status(505) << false;
    QTest::newRow("tls") << kind(Kind::Tls) << false;
    QTest::newRow("redirect") << kind(Kind::Redirect) << false;
    QTest::newRow("protocol") << kind(Kind::Protocol) << false;
    QTest::newRow("too large") << kind(Kind::TooLarge) << false;
    QTest::newRow("cancelled") << kind(Kind::Cancelled) << false;
}

void TestApiError::isTransient()
{
    QFETCH(ApiError, error);
    QFETCH(bool, transient);
    QCOMPARE(error.isTransient(), transient);
}

void TestApiError::exitCode_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("code");
    // exit codes (README.md "CLI"): 0 success, 2 network or platform error, 3 data error.
    QTest::newRow("none") << Kind::None << 0;
    for (Kind k :
         { Kind::Network, Kind::Timeout, Kind::Tls, Kind::Unauthorized, Kind::Forbidden, Kind::NotFound,
           Kind::RateLimited, Kind::Server, Kind::BadRequest, Kind::Client, Kind::Redirect, Kind::Cancelled })
        QTest::addRow("platform kind %d", int(k)) << k << 2;
    QTest::newRow("protocol") << Kind::Protocol << 3;
    QTest::newRow("too large") << Kind::TooLarge << 3;
}

void TestApiError::exitCode()
{
    QFETCH(Kind, kind);
    QFETCH(int, code);
    QCOMPARE((ApiError { kind, 0, {}, {}, {} }.exitCode()), code);
}

void TestApiError::boolConversion()
{
    QVERIFY(!ApiError {});
    QVERIFY(bool(ApiError { Kind::Cancelled, 0, {}, {}, {} }));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
