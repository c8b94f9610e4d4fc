// SEC-4: no keyring (no Secret Service on the session bus). The app keeps the token for the
// session only, says so, and asks again in the next session; the CLI's `login` refuses to store
// it rather than writing it anywhere else, and `sync` asks for JFROG_ACCESS_TOKEN. Every file
// written meanwhile is scanned for the token: 0 hits.
#include "canaryscan.h"
#include "cliprocess.h"
#include "connectioncontroller.h"
#include "demofixture.h"
#include "demohost.h"
#include "figures.h"
#include "keychainsecretstore.h"
#include "synccheck.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QMutex logMutex;
QByteArray capturedLog;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    capturedLog +=
        QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
}

} // namespace

class TestNoKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appKeepsTheTokenForTheSessionAndAsksAgain();
    void cliRefusesToStoreTheTokenElsewhere();
    void nothingWasWritten();

private:
    QString path(const QString &relative) const { return m_sandbox.filePath(relative); }
    QProcessEnvironment environment() const;

    QTemporaryDir m_sandbox;
    const QString m_token = Canaries::jwtToken();
    const QString m_reference = Canaries::referenceToken();
    int m_runs = 0;
};

void TestNoKeyring::initTestCase()
{
    for (const char *dir : { "home", "config", "data", "cache", "tmp", "logs" })
        QVERIFY(QDir(m_sandbox.path()).mkpath(QLatin1StringView(dir)));
    qputenv("TMPDIR", path(QStringLiteral("tmp")).toUtf8());
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", path(QStringLiteral("cache")).toUtf8());
    TestEnvironment::init();
    qInstallMessageHandler(capture);
    QString why;
    QVERIFY2(!KeychainSecretStore::probe(&why), "a keychain answers: this test needs none");
    qInfo().noquote() << "no keychain:" << why;
}

QProcessEnvironment TestNoKeyring::environment() const
{
    QProcessEnvironment env =
        QProcessEnvironment::systemEnvironment(); // the session bus is already a dead end
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    env.remove(QStringLiteral("JFROG_ACCESS_TOKEN"));
    env.remove(QStringLiteral("JFROG_URL"));
    return env;
}

void TestNoKeyring::appKeepsTheTokenForTheSessionAndAsksAgain()
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.token = m_token;
    options.directory = path(QStringLiteral("tmp/demo-app"));
    DemoFixture fixture(options);
    QVERIFY(fixture.start());
    const Workspace workspace = Workspace::fromLocalPath(path(QStringLiteral("data/app/desk.sqlite")));
    Database::OpenResult local = workspace.openLocal();
    QVERIFY(local.database);
    {
        // This session: the token typed on the connection page is checked and used.
        FallbackSecretStore secrets(new KeychainSecretStore());
        ApiClient client(fixture.networkAccessManager());
        ConnectionController connection(&client, &secrets, local.database.get());
        QSignalSpy ready(&connection, &ConnectionController::ready);
        connection.connectTo(fixture.platform().url().toString(), fixture.platform().caCertificatePath(),
                             m_token);
        QVERIFY(ready.wait(30000));
        QVERIFY(!connection.secureStorage());
        QVERIFY2(
            connection.property("status").toString().contains(QLatin1StringView("for this session only")),
            qPrintable(connection.property("status").toString()));
        QVERIFY(SyncCheck::openCache(workspace.cachePath));
        QCOMPARE(int(SyncCheck::run(&client, workspace.cachePath).outcome),
                 int(SyncResult::Outcome::Completed));
    }
    {
        // The next session knows the platform, not the token: it asks.
        FallbackSecretStore secrets(new KeychainSecretStore());
        ApiClient client(fixture.networkAccessManager());
        ConnectionController connection(&client, &secrets, local.database.get());
        QSignalSpy changed(&connection, &ConnectionController::changed);
        QSignalSpy ready(&connection, &ConnectionController::ready);
        connection.restore();
        QTRY_VERIFY_WITH_TIMEOUT(!connection.property("busy").toBool(), 30000);
        QVERIFY(ready.isEmpty());
        QVERIFY(!connection.connected());
        QVERIFY2(
            connection.property("status").toString().startsWith(QLatin1StringView("Enter the access token")),
            qPrintable(connection.property("status").toString()));
    }
}

void TestNoKeyring::cliRefusesToStoreTheTokenElsewhere()
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.token = m_reference;
    options.directory = path(QStringLiteral("tmp/demo-cli"));
    DemoHost host(options);
    QVERIFY(host.start());
    const QStringList global { QStringLiteral("--db"),  path(QStringLiteral("data/cli/desk.sqlite")),
                               QStringLiteral("--url"), host.url().toString(),
                               QStringLiteral("--ca"),  host.platform()->caCertificatePath() };
    QProcessEnvironment env = environment();
    auto run = [&](const QString &label, const QStringList &args, const QByteArray &input = {}) {
        const CliProcess::Result r = CliProcess::run(global + args, env, 120000, input);
        QFile log(path(QStringLiteral("logs/%1.%2.log").arg(++m_runs).arg(label)));
        if (log.open(QIODevice::WriteOnly))
            log.write(r.out + r.err);
        return r;
    };
    CliProcess::Result r =
        run(QStringLiteral("login"), { QStringLiteral("login") }, m_reference.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("the keychain refused the token"), r.err.constData());
    r = run(QStringLiteral("sync-without-token"), { QStringLiteral("sync") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("set JFROG_ACCESS_TOKEN") && r.err.contains("keychain is unavailable"),
             r.err.constData());
    env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), m_reference);
    r = run(QStringLiteral("sync-with-token"), { QStringLiteral("sync") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestNoKeyring::nothingWasWritten()
{
    CanaryScan scan;
    scan.add(QStringLiteral("platform token (JWT)"), m_token, m_token.section(u'.', 2));
    scan.add(QStringLiteral("platform token (reference)"), m_reference, m_reference.mid(5));
    {
        QMutexLocker lock(&logMutex);
        QFile log(path(QStringLiteral("logs/this-process.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(capturedLog);
    }
    int files = 0;
    const QList<CanaryScan::Hit> hits = scan.scanTree(m_sandbox.path(), &files);
    QStringList where;
    for (const CanaryScan::Hit &hit : hits)
        where.append(hit.describe());
    QVERIFY(files >= 8);
    Figures::report(
        QStringLiteral(
            "SEC  no keyring: the app kept the token for the session and asked again, the CLI refused to "
            "store it; %1 hits in %2 files")
            .arg(hits.size())
            .arg(files));
    QVERIFY2(hits.isEmpty(), qPrintable(where.join(u'\n')));
}

int main(int argc, char **argv)
{
    // No Secret Service: the session bus points nowhere, for this process and the CLI it starts.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/runtime-desk-test-bus");
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QCoreApplication app(argc, argv);
    TestNoKeyring test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeyring.moc"
