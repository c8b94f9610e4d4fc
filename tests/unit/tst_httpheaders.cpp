#include "httpheaders.h"
#include "testenvironment.h"

#include <QtTest>

#include <ctime>

using std::chrono::milliseconds;
using OptionalMs = std::optional<milliseconds>;

// Retry-After (RFC 9110 10.2.3) in every form a server may send, and URL redaction for logs.
class TestHttpHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void cleanup();

    void retryAfter_data();
    void retryAfter();
    void httpDate_data();
    void httpDate();
    void httpDateInALocalClockGap();
    void redactedUrl_data();
    void redactedUrl();

private:
    QByteArray m_savedTz;
    bool m_tzChanged = false;
};

namespace {
// 30 seconds before the RFC 9110 example date, Sun, 06 Nov 1994 08:49:37 GMT.
const QDateTime exampleNow(QDate(1994, 11, 6), QTime(8, 49, 7), Qt::UTC);
const QDateTime exampleDate(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
} // namespace

void TestHttpHeaders::cleanup()
{
    if (m_tzChanged) {
        if (m_savedTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", m_savedTz);
        tzset();
        m_tzChanged = false;
    }
}

void TestHttpHeaders::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<OptionalMs>("expected");

    const OptionalMs none;
    QTest::newRow("seconds") << QByteArray("120") << exampleNow << OptionalMs(milliseconds(120000));
    QTest::newRow("one second") << QByteArray("1") << exampleNow << OptionalMs(milliseconds(1000));
    QTest::newRow("zero") << QByteArray("0") << exampleNow << OptionalMs(milliseconds(0));
    QTest::newRow("leading zeros") << QByteArray("007") << exampleNow << OptionalMs(milliseconds(7000));
    QTest::newRow("padded") << QByteArray(" 5 \t") << exampleNow << OptionalMs(milliseconds(5000));
    QTest::newRow("ten digits") << QByteArray("9999999999") << exampleNow
                                << OptionalMs(milliseconds(9999999999000));
    // Longer than any sensible wait: still a wait (so the caller gives up), never "no header".
    QTest::newRow("eleven digits") << QByteArray("99999999999") << exampleNow
                                   << OptionalMs(milliseconds(9999999999000));
    QTest::newRow("2^64") << QByteArray("18446744073709551616") << exampleNow
                          << OptionalMs(milliseconds(9999999999000));

    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << exampleNow
                                 << OptionalMs(milliseconds(30000));
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << exampleNow
                             << OptionalMs(milliseconds(30000));
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << exampleNow
                             << OptionalMs(milliseconds(30000));
    QTest::newRow("asctime, two-digit day")
        << QByteArray("Wed Nov 16 08:49:37 1994") << QDateTime(QDate(1994, 11, 16), QTime(8, 49, 0), Qt::UTC)
        << OptionalMs(milliseconds(37000));
    QTest::newRow("date now") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << exampleDate
                              << OptionalMs(milliseconds(0));
    QTest::newRow("date in the past")
        << QByteArray("Sat, 05 Nov 1994 08:49:37 GMT") << exampleNow << OptionalMs(milliseconds(0));
    QTest::newRow("date in 2000") << QByteArray("Sat, 01 Jan 2000 00:00:10 GMT")
                                  << QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)
                                  << OptionalMs(milliseconds(10000));

    QTest::newRow("empty") << QByteArray() << exampleNow << none;
    QTest::newRow("blank") << QByteArray("   ") << exampleNow << none;
    QTest::newRow("word") << QByteArray("soon") << exampleNow << none;
    QTest::newRow("negative") << QByteArray("-5") << exampleNow << none;
    QTest::newRow("plus sign") << QByteArray("+5") << exampleNow << none;
    QTest::newRow("fraction") << QByteArray("1.5") << exampleNow << none;
    QTest::newRow("unit") << QByteArray("5s") << exampleNow << none;
    QTest::newRow("two numbers") << QByteArray("5 6") << exampleNow << none;
    QTest::newRow("hex") << QByteArray("0x10") << exampleNow << none;
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET") << exampleNow << none;
    QTest::newRow("no such day") << QByteArray("Sun, 32 Nov 1994 08:49:37 GMT") << exampleNow << none;
    QTest::newRow("no such hour") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << exampleNow << none;
    QTest::newRow("ISO 8601") << QByteArray("1994-11-06T08:49:37Z") << exampleNow << none;
    QTest::newRow("long garbage") << QByteArray(300, 'A') << exampleNow << none;
    QTest::newRow("binary") << QByteArray("\x00\xff\x01", 3) << exampleNow << none;
}

void TestHttpHeaders::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, now);
    QFETCH(OptionalMs, expected);
    const OptionalMs parsed = HttpHeaders::parseRetryAfter(value, now);
    QCOMPARE(parsed.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(parsed->count(), expected->count());
}

void TestHttpHeaders::httpDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << exampleDate;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << exampleDate;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << exampleDate;
    QTest::newRow("surrounding space") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << exampleDate;
    QTest::newRow("garbage") << QByteArray("yesterday") << QDateTime();
}

void TestHttpHeaders::httpDate()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = HttpHeaders::parseHttpDate(value);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

void TestHttpHeaders::httpDateInALocalClockGap()
{
    // An HTTP date is GMT: the machine's own clock changes must not matter. 02:30 on 31 March 2024
    // does not exist on a Berlin wall clock, but it is a perfectly good GMT time.
    m_savedTz = qgetenv("TZ");
    m_tzChanged = true;
    qputenv("TZ", "Europe/Berlin");
    tzset();

    const QDateTime expected(QDate(2024, 3, 31), QTime(2, 30), Qt::UTC);
    const std::optional<QDateTime> parsed = HttpHeaders::parseHttpDate("Sun, 31 Mar 2024 02:30:00 GMT");
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, expected);
    const std::optional<QDateTime> asctime = HttpHeaders::parseHttpDate("Sun Mar 31 02:30:00 2024");
    QVERIFY(asctime.has_value());
    QCOMPARE(*asctime, expected);

    const OptionalMs wait = HttpHeaders::parseRetryAfter(
        "Sun, 31 Mar 2024 02:30:00 GMT", QDateTime(QDate(2024, 3, 31), QTime(2, 29), Qt::UTC));
    QVERIFY(wait.has_value());
    QCOMPARE(wait->count(), 60000);
}

void TestHttpHeaders::redactedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user info, query and fragment")
        << QStringLiteral(
               "https://user:s3cret@acme.jfrog.io/runtime/api/v1/images/tags?access_token=abc&x=1#frag")
        << QStringLiteral("https://acme.jfrog.io/runtime/api/v1/images/tags");
    QTest::newRow("password only") << QStringLiteral("https://:pw@acme.jfrog.io/p")
                                   << QStringLiteral("https://acme.jfrog.io/p");
    QTest::newRow("port kept") << QStringLiteral("https://acme.jfrog.io:8443/artifactory/api/system/ping")
                               << QStringLiteral("https://acme.jfrog.io:8443/artifactory/api/system/ping");
    QTest::newRow("empty query") << QStringLiteral("https://acme.jfrog.io/p?")
                                 << QStringLiteral("https://acme.jfrog.io/p");
    QTest::newRow("fragment with a question mark")
        << QStringLiteral("https://acme.jfrog.io/p#a?b=c") << QStringLiteral("https://acme.jfrog.io/p");
    QTest::newRow("encoded segment kept encoded")
        << QStringLiteral("https://acme.jfrog.io/runtime/api/v1/cluster/..%2Fx")
        << QStringLiteral("https://acme.jfrog.io/runtime/api/v1/cluster/..%2Fx");
    QTest::newRow("nothing to strip")
        << QStringLiteral("http://127.0.0.1:8080/") << QStringLiteral("http://127.0.0.1:8080/");
}

void TestHttpHeaders::redactedUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const QString redacted = HttpHeaders::redactedUrl(QUrl(url));
    QCOMPARE(redacted, expected);
    for (const char *secret : { "s3cret", "access_token", "abc", "frag", "pw@", "b=c" })
        QVERIFY2(!redacted.contains(QLatin1StringView(secret)), secret);
}

QTEST_GUILESS_MAIN(TestHttpHeaders)
#include "tst_httpheaders.moc"
