// NET-9, NET-10, NET-12 through the real sync: a redirect to another origin reaches it with no
// Authorization header (in fact with no request at all), https to http included; expired,
// wrong-host, self-signed and untrusted-root certificates are refused before one request byte is
// sent; an oversize body, a gzip bomb and a page of a million items are refused by a CLI whose
// peak memory stays within twice the body cap.
#include "demofixture.h"
#include "demohost.h"
#include "figures.h"
#include "inputlimits.h"
#include "probeservers.h"
#include "synccheck.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Totals
{
    int redirects = 0, redirectsPassed = 0;
    int tls = 0, tlsPassed = 0;
    int caps = 0, capsPassed = 0;
    qint64 worstGrowthKb = 0;
};
Totals totals;

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void redirectToAnotherOrigin_data();
    void redirectToAnotherOrigin();
    void refusedBeforeAnyRequestByte_data();
    void refusedBeforeAnyRequestByte();
    void sizeCapsWithBoundedMemory_data();
    void sizeCapsWithBoundedMemory();
    void cleanupTestCase();
};

void TestTransport::redirectToAnotherOrigin_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("plainHttp");
    for (int status : { 301, 302, 307, 308 }) {
        QTest::addRow("%d to another port", status) << status << false;
        QTest::addRow("%d to http", status) << status << true;
    }
}

void TestTransport::redirectToAnotherOrigin()
{
    QFETCH(int, status);
    QFETCH(bool, plainHttp);
    ++totals.redirects;
    QTemporaryDir dir;
    const QString cachePath = Workspace::fromLocalPath(dir.filePath(QStringLiteral("desk.sqlite"))).cachePath;
    DemoFixture fixture;
    QVERIFY(fixture.start());
    ConnectionProfile profile = fixture.profile();
    profile.retry.maxAttempts = 1;
    fixture.setProfile(profile);

    // The other origin knows the same token, so a forwarded Authorization header would be accepted there.
    DemoPlatform::Options otherOptions = DemoFixture::defaultOptions();
    otherOptions.token = fixture.platform().token();
    DemoPlatform other(otherOptions);
    QVERIFY(other.start());
    TcpProbeServer http;
    QVERIFY(http.listen());
    QUrl target = plainHttp ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(http.port())) : other.url();
    target.setPath(QStringLiteral("/runtime/api/v1/images/tags"));
    QVERIFY(fixture.arm(SyncCheck::fault("redirect",
                                         { { QStringLiteral("status"), status },
                                           { QStringLiteral("location"), target.toString() },
                                           { QStringLiteral("page"), 1 },
                                           { QStringLiteral("count"), -1 } })));
    QVERIFY(SyncCheck::openCache(cachePath));
    const SyncResult result = SyncCheck::run(&fixture.client(), cachePath);
    QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Failed));
    QCOMPARE(int(result.apiError.kind), int(ApiError::Kind::Redirect));
    QVERIFY(!result.message.contains(u'\n'));
    QTest::qWait(200); // time for a request that should not come
    QCOMPARE(other.requests().withAuthorization(), 0);
    QCOMPARE(other.requests().size(), 0);
    QCOMPARE(http.connections(), 0);
    QVERIFY(SyncCheck::cachedTags(cachePath).isEmpty()); // the first page was not made current
    ++totals.redirectsPassed;
}

void TestTransport::refusedBeforeAnyRequestByte_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("refused");
    QTest::newRow("valid (the probe sees a request)") << QStringLiteral("valid") << false;
    QTest::newRow("expired") << QStringLiteral("expired") << true;
    QTest::newRow("wrong host") << QStringLiteral("wrong-host") << true;
    QTest::newRow("self-signed") << QStringLiteral("self-signed") << true;
    QTest::newRow("untrusted root") << QStringLiteral("untrusted-root") << true;
}

void TestTransport::refusedBeforeAnyRequestByte()
{
    QFETCH(QString, certificate);
    QFETCH(bool, refused);
    if (refused)
        ++totals.tls;
    const IssuedCertificate trusted = CertificateFactory::createCa(QStringLiteral("Runtime Desk Test CA"));
    const IssuedCertificate stranger = CertificateFactory::createCa(QStringLiteral("Someone Else's CA"));
    QVERIFY(!trusted.isNull() && !stranger.isNull());
    IssuedCertificate leaf;
    if (certificate == u"valid")
        leaf = CertificateFactory::createLeaf(trusted);
    else if (certificate == u"expired")
        leaf = CertificateFactory::createExpiredLeaf(trusted);
    else if (certificate == u"wrong-host")
        leaf = CertificateFactory::createWrongHostLeaf(trusted);
    else if (certificate == u"self-signed")
        leaf = CertificateFactory::createSelfSignedLeaf();
    else
        leaf = CertificateFactory::createLeaf(stranger);
    QVERIFY(!leaf.isNull());
    TlsProbeServer probe(leaf);
    QVERIFY(probe.listen());

    QNetworkAccessManager *nam = ApiClient::createNetworkAccessManager(nullptr);
    ApiClient client(nam);
    ConnectionProfile profile;
    profile.baseUrl = probe.url();
    profile.caCertificates = { trusted.certificate };
    profile.transferTimeout = std::chrono::milliseconds(1000);
    profile.retry.maxAttempts = 1;
    client.setProfile(profile);
    client.setToken(QStringLiteral("not-for-this-server"));
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("desk.cache.sqlite"));
    QVERIFY(SyncCheck::openCache(cachePath));
    const SyncResult result = SyncCheck::run(&client, cachePath);
    delete nam;
    QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Failed));
    QVERIFY2(probe.connections() >= 1, "the client never reached the probe");
    if (refused) {
        QCOMPARE(int(result.apiError.kind), int(ApiError::Kind::Tls));
        qInfo().noquote() << result.message;
        QCOMPARE(probe.requestBytes(), 0);
        ++totals.tlsPassed;
    } else {
        // The control: with a certificate the client accepts, the probe does see the request.
        QCOMPARE(int(result.apiError.kind), int(ApiError::Kind::Timeout));
        QVERIFY(probe.requestBytes() > 0);
    }
}

void TestTransport::sizeCapsWithBoundedMemory_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QString>("expected"); // a part of the one-line error
    QTest::newRow("41 MiB body") << SyncCheck::fault("oversize", { { QStringLiteral("count"), -1 } })
                                 << QStringLiteral("larger than allowed");
    QTest::newRow("gzip bomb (1 GiB inflated)")
        << SyncCheck::fault("gzip_bomb", { { QStringLiteral("count"), -1 } })
        << QStringLiteral("could not be decompressed");
    QByteArray million = "{\"image_tags\":[";
    for (int i = 0; i < 1000000; ++i)
        million += i ? ",{\"name\":\"a\",\"tag\":\"1\"}" : "{\"name\":\"a\",\"tag\":\"1\"}";
    million += "],\"pagination\":{\"limit\":100}}";
    QTest::newRow("a page of 1,000,000 items") << SyncCheck::fault(
        "canned",
        { { QStringLiteral("body"), QString::fromLatin1(million) }, { QStringLiteral("count"), -1 } })
                                               << QStringLiteral("more than the limit of 200");
}

void TestTransport::sizeCapsWithBoundedMemory()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QString, expected);
    ++totals.caps;
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.tags = 500;
    DemoHost host(options); // its own thread: this one waits for the CLI
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JFROG_URL"), host.url().toString());
    env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), host.platform()->token());
    env.remove(QStringLiteral("QT_LOGGING_RULES")); // the CLI's own default: errors only, one line
    const QString db = dir.filePath(QStringLiteral("desk.sqlite"));
    const QStringList args { QStringLiteral("--db"), db,
                             QStringLiteral("--ca"), host.platform()->caCertificatePath(),
                             QStringLiteral("sync"), QStringLiteral("--quiet") };
    // The CLI under rd_peakrss, which measures its peak memory alone.
    const QString peakFile = dir.filePath(QStringLiteral("peak"));
    auto runCli = [&](QByteArray *stderrText, qint64 *peakKb) {
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(RD_PEAKRSS), QStringList { peakFile, TestEnvironment::cliPath() } + args);
        if (!cli.waitForFinished(120000) || cli.exitStatus() != QProcess::NormalExit)
            return -1;
        *stderrText = cli.readAllStandardError();
        QFile peak(peakFile);
        *peakKb = peak.open(QIODevice::ReadOnly) ? peak.readAll().trimmed().toLongLong() : -1;
        return cli.exitCode();
    };

    // The same CLI on a healthy sync of this platform: the baseline.
    QByteArray text;
    qint64 baselineKb = 0;
    QCOMPARE(runCli(&text, &baselineKb), 0);
    QVERIFY2(baselineKb > 5 * 1024,
             qPrintable(QString::number(baselineKb))); // the measurement sees the child

    QVERIFY(host.platform()->faults().install(rule));
    qint64 peakKb = 0;
    const int exit = runCli(&text, &peakKb);
    const qint64 growthKb = std::max<qint64>(0, peakKb - baselineKb);
    totals.worstGrowthKb = std::max(totals.worstGrowthKb, growthKb);
    qInfo("peak of the CLI: %lld MiB, %lld MiB over a healthy sync", peakKb / 1024, growthKb / 1024);
    QCOMPARE(exit, 3);
    QVERIFY2(text.trimmed().count('\n') == 0, text.constData());
    QVERIFY2(QString::fromUtf8(text).contains(expected), text.constData());
    QVERIFY2(growthKb < 2 * Limits::maxResponseBytes / 1024,
             qPrintable(QStringLiteral("peak grew %1 MiB, more than twice the %2 MiB cap")
                            .arg(growthKb / 1024)
                            .arg(Limits::maxResponseBytes / 1048576)));
    ++totals.capsPassed;
}

void TestTransport::cleanupTestCase()
{
    Figures::report(
        QStringLiteral(
            "NET  redirects to another origin: %1/%2 carried no Authorization (0 requests reached it)")
            .arg(totals.redirectsPassed)
            .arg(totals.redirects));
    Figures::report(QStringLiteral("NET  TLS refusals: %1/%2 refused before any request byte")
                        .arg(totals.tlsPassed)
                        .arg(totals.tls));
    Figures::report(
        QStringLiteral(
            "NET  size caps: %1/%2 refused, peak memory at most %3 MiB over a healthy sync (cap %4 MiB)")
            .arg(totals.capsPassed)
            .arg(totals.caps)
            .arg(totals.worstGrowthKb / 1024)
            .arg(2 * Limits::maxResponseBytes / 1048576));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
