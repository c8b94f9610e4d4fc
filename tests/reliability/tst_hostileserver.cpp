// FUZZ-4: a hostile server. Canned responses (wrong JSON types, 1e999, -0, invalid UTF-8, U+0000,
// bidirectional overrides and zero-width characters, duplicate keys and rows, broken HTTP, a
// next_key that repeats or cycles) through the real sync over TLS, on a cache that holds a
// previous generation. Every one ends without a crash and with `PRAGMA integrity_check` ok: either
// a clean one-line error of the right category with the previous generation untouched, or a
// generation that holds exactly what was sent, hostile characters kept and shown escaped.
#include "demofixture.h"
#include "displaytext.h"
#include "figures.h"
#include "synccheck.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

enum class Expect { DataError, NetworkError, Stored };

const QString tagsEndpoint = QStringLiteral("POST /runtime/api/v1/images/tags");

QJsonObject canned(const QByteArray &body, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("body_base64"), QString::fromLatin1(body.toBase64()));
    if (!extra.contains(QStringLiteral("count")))
        extra.insert(QStringLiteral("count"), -1);
    if (!extra.contains(QStringLiteral("page")))
        extra.insert(QStringLiteral("page"), QStringLiteral("first"));
    return SyncCheck::fault("canned", extra);
}

QJsonObject raw(const QByteArray &bytes)
{
    return SyncCheck::fault("raw",
                            { { QStringLiteral("raw_base64"), QString::fromLatin1(bytes.toBase64()) },
                              { QStringLiteral("count"), -1 },
                              { QStringLiteral("page"), QStringLiteral("first") } });
}

// A page of these rows, and no next page.
QByteArray page(const QByteArray &rows, const QByteArray &pagination = "{\"limit\":100}")
{
    return "{\"image_tags\":[" + rows + "],\"pagination\":" + pagination + "}";
}

QByteArray row(const QByteArray &name, const QByteArray &tag = "\"v1\"", const QByteArray &more = {})
{
    return "{\"name\":" + name + ",\"tag\":" + tag
        + ",\"registry\":\"r.example\",\"repository_path\":\"team\""
        + (more.isEmpty() ? QByteArray() : "," + more) + "}";
}

bool plainLine(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return !text.isEmpty() && text.size() < 400;
}

struct Totals
{
    int cases = 0, passed = 0, errors = 0, stored = 0;
};
Totals totals;

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void responses_data();
    void responses();
    void cursorLoopsEndWithinOneRepeat_data();
    void cursorLoopsEndWithinOneRepeat();
    void cleanupTestCase();

private:
    std::unique_ptr<DemoFixture> start(QTemporaryDir &dir, QString *cachePath);
};

std::unique_ptr<DemoFixture> TestHostileServer::start(QTemporaryDir &dir, QString *cachePath)
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 300;
    options.seed = 41;
    auto fixture = std::make_unique<DemoFixture>(options);
    if (!fixture->start())
        return nullptr;
    ConnectionProfile profile = fixture->profile();
    profile.transferTimeout = std::chrono::milliseconds(1000);
    profile.retry.maxAttempts = 3;
    profile.retry.baseDelay = std::chrono::milliseconds(10);
    profile.retry.maxDelay = std::chrono::milliseconds(50);
    fixture->setProfile(profile);
    *cachePath = Workspace::fromLocalPath(dir.filePath(QStringLiteral("desk.sqlite"))).cachePath;
    if (!SyncCheck::openCache(*cachePath))
        return nullptr;
    return fixture;
}

void TestHostileServer::responses_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<int>("expect");
    QTest::addColumn<QStringList>("names"); // Stored: the names the generation holds, exactly
    QTest::addColumn<QString>("message"); // a part of the error the user reads

    const auto data = [](const char *name, const QByteArray &body, const QString &message = {}) {
        QTest::newRow(name) << canned(body) << int(Expect::DataError) << QStringList() << message;
    };
    // Wrong types and shapes.
    data("image_tags is a string", "{\"image_tags\":\"[]\",\"pagination\":{}}",
         QStringLiteral("is not an array"));
    data("image_tags is a number", "{\"image_tags\":42}");
    data("image_tags is an object", "{\"image_tags\":{\"name\":\"a\",\"tag\":\"b\"}}");
    data("top-level array", "[{\"name\":\"a\",\"tag\":\"b\"}]", QStringLiteral("expected a JSON object"));
    data("top-level string", "\"image_tags\"");
    data("top-level null", "null");
    data("empty body", "");
    data("empty object", "{}");
    data("image_tags null", "{\"image_tags\":null}");
    // Not JSON, or JSON past a limit.
    data("truncated JSON", "{\"image_tags\":[{\"name\":\"a\",\"tag\"");
    data("trailing garbage", "{\"image_tags\":[]} <html>");
    data("byte order mark", "\xef\xbb\xbf{\"image_tags\":[]}");
    data("1e999 in total_count", "{\"image_tags\":[],\"total_count\":1e999}");
    data("invalid UTF-8 in a name", page(row("\"a\xff\xfe\"")), QStringLiteral("invalid UTF-8"));
    data("overlong UTF-8 slash", page(row("\"a\xc0\xaf\"")));
    data("raw control character in a name", page(row("\"a\x01\x1b[2J\"")),
         QStringLiteral("control character"));
    data("raw newline in a name", page(row("\"a\nb\"")));
    data("invalid escape", page(row("\"a\\x41\"")));
    data("number without digits after the point", page(row("\"a\"", "\"v1\"", "\"x\":2.")));
    data("65 levels of nesting",
         page(row("\"a\"", "\"v1\"", "\"x\":" + QByteArray(62, '[') + QByteArray(62, ']'))),
         QStringLiteral("nests deeper than 64"));
    QByteArray many;
    for (int i = 0; i < 201; ++i)
        many += (i ? "," : "") + row("\"n" + QByteArray::number(i) + "\"");
    data("201 items", page(many), QStringLiteral("201 items, more than the limit of 200"));
    data("next_key of 4097 characters",
         page(row("\"a\""), "{\"next_key\":\"" + QByteArray(4097, 'k') + "\"}"),
         QStringLiteral("next_key is longer than 4096"));
    QTest::newRow("HTML error page with 200 and a JSON content type")
        << canned(
               "<html><body><h1>502 Bad Gateway</h1></body></html>",
               { { QStringLiteral("headers"),
                   QJsonObject { { QStringLiteral("Content-Type"), QStringLiteral("application/json") } } } })
        << int(Expect::DataError) << QStringList() << QStringLiteral("malformed JSON");

    // Broken HTTP (Qt's ioGetFromHttpBrokenServer rows): retried, then a network error; or, where
    // Qt hands over a body anyway, a data error about that body.
    const auto broken = [](const char *name, const QByteArray &bytes, Expect expect, const QString &message) {
        QTest::newRow(name) << raw(bytes) << int(expect) << QStringList() << message;
    };
    broken("invalid status line", "HTTP/1.0 fuu\r\n\r\n", Expect::NetworkError, QStringLiteral("closed"));
    broken("invalid HTTP version", "HTTP/a.\033 200 OK\r\n\r\n{}", Expect::NetworkError,
           QStringLiteral("closed"));
    broken("just two newlines", "\r\n\r\n", Expect::NetworkError, QStringLiteral("closed"));
    broken("empty, then disconnect", "", Expect::NetworkError, QStringLiteral("closed"));
    broken("only 100 Continue", "HTTP/1.1 100 Continue\r\n\r\n", Expect::NetworkError,
           QStringLiteral("closed"));
    // Qt reads an invalid chunk size as the end of the body, and ignores an invalid length.
    broken("broken chunked encoding",
           "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", Expect::DataError,
           QStringLiteral("malformed JSON"));
    broken("negative Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n{}", Expect::DataError,
           QStringLiteral("no \"image_tags\" array"));
    // Qt reports it as it reports a gzip bomb (tst_transport): a data error, never a crash.
    broken("gzip that is not gzip",
           "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: "
           "12\r\n\r\nnot gzip at all",
           Expect::DataError, QStringLiteral("could not be decompressed"));

    // Accepted, stored as sent, shown escaped.
    const auto stored = [](const char *name, const QByteArray &body, const QStringList &names) {
        QTest::newRow(name) << canned(body) << int(Expect::Stored) << names << QString();
    };
    stored("right-to-left override in a name", page(row("\"invoice\\u202Egnp.exe\"")),
           { QStringLiteral("invoice\u202Egnp.exe") });
    stored("zero-width characters", page(row("\"ng\\u200Binx\\uFEFF\"")),
           { QStringLiteral("ng\u200Binx\uFEFF") });
    stored("U+0000 in a name", page(row("\"nul\\u0000byte\"")),
           { QStringLiteral("nul") + QChar(0) + QStringLiteral("byte") });
    stored("escaped lone surrogate (stored as '?')", page(row("\"half\\ud800\"")),
           { QStringLiteral("half?") });
    stored("noncharacters U+FFFE and U+FFFF (shown as U+FFFD, as SQLite reads them back)",
           page(row("\"non\\uFFFEchar\\uffff\"", "\"v1\"",
                    "\"workloads\":[{\"name\":\"w\\uffff\",\"namespace\":\"n\\ufffe\",\"cluster\":\"c\"}]")),
           { QStringLiteral("non\uFFFDchar\uFFFD") });
    stored("markup in a name", page(row("\"<img src=\\\"http://127.0.0.1:1/x\\\">\"")),
           { QStringLiteral("<img src=\"http://127.0.0.1:1/x\">") });
    stored("duplicate keys in a row (the last wins)",
           page("{\"name\":\"first\",\"name\":\"second\",\"tag\":\"v1\"}"), { QStringLiteral("second") });
    stored("the same row twice in a page", page(row("\"twice\"") + "," + row("\"twice\"")),
           { QStringLiteral("twice") });
    stored("-0 and null where values go",
           page(row("\"zeroes\"", "\"v1\"",
                    "\"total_count\":-0,\"registry_trusted\":-0,\"risks\":null,\"vulnerabilities\":null,"
                    "\"workloads\":null,\"build_info\":null,\"deployed_by\":null")),
           { QStringLiteral("zeroes") });
    stored("wrong types in fields (those rows refused, the rest kept)",
           page(row("42") + "," + row("\"ok\"") + "," + row("\"a\"", "{\"x\":1}") + "," + row("null")),
           { QStringLiteral("42"),
             QStringLiteral("ok") }); // a number where text goes reads as its digits (integer ids)
    stored("unknown risks and numbers in lists",
           page(row("\"odd\"", "\"v1\"", "\"risks\":[\"quantum_flux\",7,null],\"cloud_providers\":[1e3]")),
           { QStringLiteral("odd") });
    QTest::newRow("valid JSON as text/plain")
        << canned(page(row("\"plain\"")),
                  { { QStringLiteral("headers"),
                      QJsonObject { { QStringLiteral("Content-Type"), QStringLiteral("text/plain") } } } })
        << int(Expect::Stored) << QStringList { QStringLiteral("plain") } << QString();
}

void TestHostileServer::responses()
{
    QFETCH(QJsonObject, rule);
    QFETCH(int, expect);
    QFETCH(QStringList, names);
    QFETCH(QString, message);
    ++totals.cases;
    QTemporaryDir dir;
    QString cachePath;
    auto fixture = start(dir, &cachePath);
    QVERIFY(fixture);
    QCOMPARE(int(SyncCheck::run(&fixture->client(), cachePath).outcome), int(SyncResult::Outcome::Completed));
    qint64 before = 0;
    const QMap<QString, ImageTag> kept = SyncCheck::cachedTags(cachePath, &before);

    QVERIFY(fixture->arm(rule));
    SyncOptions options;
    options.acceptShrink = true; // a stored case replaces 300 tags with a few, on purpose
    const SyncResult result = SyncCheck::run(&fixture->client(), cachePath, options);
    QCOMPARE(SyncCheck::integrity(cachePath), QStringLiteral("ok"));

    if (expect == int(Expect::Stored)) {
        QVERIFY2(result.outcome == SyncResult::Outcome::Completed, qPrintable(result.message));
        QStringList storedNames;
        for (const ImageTag &t : SyncCheck::currentRows(cachePath))
            storedNames.append(t.name);
        QCOMPARE(storedNames, names); // exactly what was sent, once; nothing of the previous generation
        for (const QString &name : std::as_const(names)) {
            const QString shown = DisplayText::visible(name);
            QVERIFY2(plainLine(shown), qPrintable(shown)); // nothing hides or reorders text when shown
        }
        QVERIFY(plainLine(result.message));
        ++totals.stored;
    } else {
        qInfo().noquote() << "error:" << result.message;
        QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Failed));
        QCOMPARE(result.exitCode(), expect == int(Expect::DataError) ? 3 : 2);
        QVERIFY2(plainLine(result.message), qPrintable(result.message)); // one clean line for the user
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
        qint64 after = 0;
        QCOMPARE(SyncCheck::cachedTags(cachePath, &after), kept);
        QCOMPARE(after, before);
        ++totals.errors;
    }
    ++totals.passed;
}

void TestHostileServer::cursorLoopsEndWithinOneRepeat_data()
{
    QTest::addColumn<QStringList>("cursors");
    QTest::addColumn<int>("requests");
    QTest::newRow("next_key repeats") << QStringList { QStringLiteral("A"), QStringLiteral("A") } << 2;
    QTest::newRow("next_key cycles A, B, A")
        << QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A") } << 3;
    QTest::newRow("next_key returns to the first page's")
        << QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("B") }
        << 4;
}

void TestHostileServer::cursorLoopsEndWithinOneRepeat()
{
    QFETCH(QStringList, cursors);
    QFETCH(int, requests);
    ++totals.cases;
    QTemporaryDir dir;
    QString cachePath;
    auto fixture = start(dir, &cachePath);
    QVERIFY(fixture);
    QCOMPARE(int(SyncCheck::run(&fixture->client(), cachePath).outcome), int(SyncResult::Outcome::Completed));
    const QMap<QString, ImageTag> kept = SyncCheck::cachedTags(cachePath);
    fixture->platform().requests().clear();
    // One rule per response, in order: each answers one request with a page that points at `cursor`.
    for (int i = 0; i < cursors.size(); ++i) {
        const QByteArray body = page(row("\"loop-" + QByteArray::number(i) + "\""),
                                     "{\"limit\":100,\"next_key\":\"" + cursors.at(i).toLatin1() + "\"}");
        QJsonObject rule = canned(
            body, { { QStringLiteral("count"), 1 }, { QStringLiteral("page"), QStringLiteral("any") } });
        QVERIFY(fixture->arm(rule));
    }
    const SyncResult result = SyncCheck::run(&fixture->client(), cachePath);
    QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Failed));
    QVERIFY2(result.message.contains(QLatin1StringView("next_key")), qPrintable(result.message));
    QVERIFY(plainLine(result.message));
    QCOMPARE(fixture->platform().requests().count(tagsEndpoint), requests); // stopped at the first repeat
    QCOMPARE(SyncCheck::cachedTags(cachePath), kept);
    QCOMPARE(SyncCheck::integrity(cachePath), QStringLiteral("ok"));
    ++totals.errors;
    ++totals.passed;
}

void TestHostileServer::cleanupTestCase()
{
    Figures::report(
        QStringLiteral(
            "FUZZ hostile server: %1/%2 canned responses handled, 0 crashes, integrity ok in every one "
            "(%3 clean one-line errors with the previous generation kept, %4 stored as sent)")
            .arg(totals.passed)
            .arg(totals.cases)
            .arg(totals.errors)
            .arg(totals.stored));
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
