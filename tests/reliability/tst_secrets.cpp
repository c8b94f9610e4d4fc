// SEC-1, SEC-3, SEC-5, SEC-6 with the real keychain (run by tests/support/with-keyring.sh): the
// end-to-end flows with canary secrets (a platform token in JWT and reference-token form, a Slack
// hook URL, a webhook URL, a webhook signing key, a mail API key) and every logging category at
// debug, Qt's qt.network.* included. Then every file the app, the CLI and this process wrote
// (profile databases with their -wal and -shm, settings, the QML disk cache, exports, generated
// workers, temporary files, the captured logs) is scanned for the canaries, raw and encoded:
// 0 hits. Database files are 0600 and the directories the app made 0700. After logout the
// keychain holds no token.
#include "canaryscan.h"
#include "cliprocess.h"
#include "connectioncontroller.h"
#include "demofixture.h"
#include "demohost.h"
#include "figures.h"
#include "keychainsecretstore.h"
#include "notificationplanner.h"
#include "rulesecrets.h"
#include "rulestore.h"
#include "synccheck.h"
#include "testenvironment.h"
#include "workergenerator.h"
#include "workspace.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

QMutex logMutex;
QByteArray capturedLog;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    capturedLog +=
        QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
}

int mode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

struct Canary
{
    const char *name;
    QString value;
    QString core;
};

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

public:
    TestSecrets();

private Q_SLOTS:
    void initTestCase();
    void cliSyncWithTheTokenInTheEnvironment_data();
    void cliSyncWithTheTokenInTheEnvironment();
    void cliLoginKeepsTheTokenInTheKeychain();
    void rulesWithTheirSecretsInTheKeychain();
    void appConnectsSyncsAndLogsOut();
    void applicationBinary();
    void nothingWasWrittenAnywhere();
    void filesArePrivate();

private:
    QString path(const QString &relative) const { return m_sandbox.filePath(relative); }
    QProcessEnvironment environment() const;
    CliProcess::Result cli(const QString &label, const QStringList &args, const QProcessEnvironment &env,
                           const QByteArray &input = {});

    QTemporaryDir m_sandbox; // everything the flows write goes below it
    QTemporaryDir m_inputs; // what the user hands the CLI (the plan's secrets file): not scanned
    QList<Canary> m_canaries;
    QString m_ruleId;
    int m_runs = 0;
};

TestSecrets::TestSecrets()
{
    m_canaries = { { "platform token (JWT)", Canaries::jwtToken(), {} },
                   { "platform token (reference)", Canaries::referenceToken(), {} },
                   { "Slack hook URL", Canaries::slackHookUrl(), {} },
                   { "webhook URL", Canaries::webhookUrl(), {} },
                   { "webhook signing key", Canaries::signingKey(), {} },
                   { "mail API key", Canaries::mailApiKey(), {} } };
    m_canaries[0].core = m_canaries[0].value.section(u'.', 2); // the JWT's signature
    m_canaries[1].core = m_canaries[1].value.mid(5); // after the fixed "cmVmd"
    m_canaries[2].core = m_canaries[2].value.section(u'/', -1); // the hook's secret part
    m_canaries[3].core = m_canaries[3].value.section(u'=', -1); // the receiver's token
}

void TestSecrets::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/support/with-keyring.sh");
    for (const char *dir :
         { "home", "config", "data", "cache", "state", "tmp", "logs", "exports", "runtime" })
        QVERIFY(QDir(m_sandbox.path()).mkpath(QLatin1StringView(dir)));
    QFile::setPermissions(path(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // This process writes below the sandbox too: its temporary files and standard paths.
    qputenv("TMPDIR", path(QStringLiteral("tmp")).toUtf8());
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", path(QStringLiteral("cache")).toUtf8());
    TestEnvironment::init();
    qInstallMessageHandler(capture);
    QVERIFY(KeychainSecretStore::probe(nullptr));
}

QProcessEnvironment TestSecrets::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), path(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
    env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    env.remove(QStringLiteral("JFROG_ACCESS_TOKEN"));
    env.remove(QStringLiteral("JFROG_URL"));
    return env;
}

// Runs the CLI; its standard output and error go to logs/ (scanned later), as a user's shell would keep them.
CliProcess::Result TestSecrets::cli(const QString &label, const QStringList &args,
                                    const QProcessEnvironment &env, const QByteArray &input)
{
    const CliProcess::Result result = CliProcess::run(args, env, 120000, input);
    ++m_runs;
    QFile out(path(QStringLiteral("logs/%1.%2.out").arg(m_runs).arg(label)));
    QFile err(path(QStringLiteral("logs/%1.%2.err").arg(m_runs).arg(label)));
    if (out.open(QIODevice::WriteOnly))
        out.write(result.out);
    if (err.open(QIODevice::WriteOnly))
        err.write(result.err);
    return result;
}

void TestSecrets::cliSyncWithTheTokenInTheEnvironment_data()
{
    QTest::addColumn<int>("canary");
    QTest::newRow("JWT") << 0;
    QTest::newRow("reference token") << 1;
}

void TestSecrets::cliSyncWithTheTokenInTheEnvironment()
{
    QFETCH(int, canary);
    const QString token = m_canaries.at(canary).value;
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.token = token;
    options.directory = path(QStringLiteral("tmp/demo-%1").arg(canary));
    DemoHost host(options);
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("JFROG_URL"), host.url().toString());
    env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), token);
    const QString db = path(QStringLiteral("data/cli-%1/desk.sqlite").arg(canary));
    const QStringList global { QStringLiteral("--db"), db, QStringLiteral("--ca"),
                               host.platform()->caCertificatePath() };

    CliProcess::Result r = cli(QStringLiteral("sync"), global + QStringList { QStringLiteral("sync") }, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(
        QStringLiteral("images-json"),
        global + QStringList { QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("json") },
        env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile exported(path(QStringLiteral("exports/images-%1.csv").arg(canary)));
    r = cli(QStringLiteral("images-csv"),
            global
                + QStringList { QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("csv") },
            env);
    QVERIFY(exported.open(QIODevice::WriteOnly));
    exported.write(r.out);
    exported.close();
    // A failed sync's error says why without quoting the credential: the other canary is refused.
    env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), m_canaries.at(1 - canary).value);
    r = cli(QStringLiteral("sync-401"), global + QStringList { QStringLiteral("sync") }, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("401"), r.err.constData());
    QCOMPARE(host.platform()->requests().withAuthorization(), host.platform()->requests().size());
}

void TestSecrets::cliLoginKeepsTheTokenInTheKeychain()
{
    const QString token = m_canaries.at(1).value;
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.token = token;
    options.directory = path(QStringLiteral("tmp/demo-login"));
    DemoHost host(options);
    QVERIFY(host.start());
    const QString db = path(QStringLiteral("data/cli-login/desk.sqlite"));
    const QStringList global { QStringLiteral("--db"),  db,
                               QStringLiteral("--url"), host.url().toString(),
                               QStringLiteral("--ca"),  host.platform()->caCertificatePath() };
    QProcessEnvironment env = environment();
    CliProcess::Result r = cli(QStringLiteral("login"), global + QStringList { QStringLiteral("login") }, env,
                               token.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // No token in the environment: it comes from the keychain.
    r = cli(QStringLiteral("sync-keychain"), global + QStringList { QStringLiteral("sync") }, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    KeychainSecretStore keychain;
    const SecretStore::ReadResult stored =
        keychain.readNow(SecretStore::platformTokenKey(host.platform()->url().toString()));
    QCOMPARE(stored.value.value_or(QString()), token);
    QCOMPARE(keychain.removeNow(SecretStore::platformTokenKey(host.platform()->url().toString())), QString());
}

void TestSecrets::rulesWithTheirSecretsInTheKeychain()
{
    const QString db = path(QStringLiteral("data/rules/desk.sqlite"));
    const QProcessEnvironment env = environment();
    CliProcess::Result r = cli(QStringLiteral("rules-new"),
                               { QStringLiteral("--db"), db, QStringLiteral("rules"), QStringLiteral("new"),
                                 QStringLiteral("--template"), QStringLiteral("integrity-violation") },
                               env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_ruleId = QString::fromLatin1(r.out.trimmed());

    // The secret values go to the keychain, nowhere else.
    std::optional<StoredRule> stored;
    {
        Database::OpenResult local = Workspace::fromLocalPath(db).openLocal();
        QVERIFY(local.database);
        stored = RuleStore(*local.database).find(m_ruleId);
    }
    QVERIFY(stored && stored->rule);
    const Rule &rule = *stored->rule;
    KeychainSecretStore keychain;
    const QHash<QString, QString> values { { QStringLiteral("SLACK_WEBHOOK_URL"), m_canaries.at(2).value },
                                           { QStringLiteral("WEBHOOK_URL"), m_canaries.at(3).value },
                                           { QStringLiteral("WEBHOOK_SIGNING_KEY"), m_canaries.at(4).value },
                                           { QStringLiteral("MAIL_API_KEY"), m_canaries.at(5).value } };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        QCOMPARE(RuleSecrets::write(keychain, rule, it.key(), it.value()), QString());
    QStringList missing;
    QString error;
    const QHash<QString, QString> read = RuleSecrets::read(keychain, rule, &missing, &error);
    QCOMPARE(read, values);

    // Plans in this process: computed with the values, logged and shown masked.
    PlanContext context;
    context.unixTime = 1700000000;
    const QJsonObject event =
        QJsonDocument::fromJson(TestEnvironment::readData(QStringLiteral("rules/integrity-event.json")))
            .object();
    const QList<PlannedCall> calls = NotificationPlanner::plan(rule, event, read, context);
    QCOMPARE(calls.size(), 3);
    qDebug().noquote() << NotificationPlanner::toJson(NotificationPlanner::masked(calls, read));

    // The CLI: export, codegen, show, and a masked plan from a secrets file the user wrote.
    const QString secretsFile = m_inputs.filePath(QStringLiteral("secrets.json"));
    QJsonObject secretsJson;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        secretsJson.insert(it.key(), it.value());
    QFile file(secretsFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(secretsJson).toJson());
    file.close();
    const QString eventFile = TestEnvironment::dataPath(QStringLiteral("rules/integrity-event.json"));
    const QStringList rules { QStringLiteral("--db"), db, QStringLiteral("rules") };
    r = cli(QStringLiteral("rules-export"), rules + QStringList { QStringLiteral("export"), m_ruleId }, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile exported(path(QStringLiteral("exports/rule.json")));
    QVERIFY(exported.open(QIODevice::WriteOnly));
    exported.write(r.out);
    exported.close();
    r = cli(QStringLiteral("rules-codegen"),
            rules
                + QStringList { QStringLiteral("codegen"), m_ruleId, QStringLiteral("--out"),
                                path(QStringLiteral("exports/worker")) },
            env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(path(QStringLiteral("exports/worker/worker.ts"))));
    r = cli(QStringLiteral("rules-show"),
            rules
                + QStringList { QStringLiteral("show"), m_ruleId, QStringLiteral("--format"),
                                QStringLiteral("json") },
            env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char *format : { "json", "text" }) {
        r = cli(QStringLiteral("rules-plan-masked-%1").arg(QLatin1StringView(format)),
                rules
                    + QStringList { QStringLiteral("plan"), m_ruleId, QStringLiteral("--event"), eventFile,
                                    QStringLiteral("--secrets"), secretsFile, QStringLiteral("--time"),
                                    QStringLiteral("1700000000"), QStringLiteral("--mask"),
                                    QStringLiteral("--format"), QLatin1StringView(format) },
                env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(NotificationPlanner::maskText.toUtf8()));
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        QCOMPARE(keychain.removeNow(RuleSecrets::keychainKey(rule.id, it.key())), QString());
}

void TestSecrets::appConnectsSyncsAndLogsOut()
{
    const QString token = m_canaries.at(0).value;
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.token = token;
    options.directory = path(QStringLiteral("tmp/demo-app"));
    DemoFixture fixture(options);
    QVERIFY(fixture.start());
    const QString db = path(QStringLiteral("data/app/desk.sqlite"));
    Database::OpenResult local = Workspace::fromLocalPath(db).openLocal();
    QVERIFY(local.database);
    FallbackSecretStore secrets(new KeychainSecretStore());
    ApiClient client(fixture.networkAccessManager());
    {
        // The connection page: URL, CA file and token; checked with the platform, then kept in the keychain.
        ConnectionController connection(&client, &secrets, local.database.get());
        QSignalSpy ready(&connection, &ConnectionController::ready);
        connection.connectTo(fixture.platform().url().toString(), fixture.platform().caCertificatePath(),
                             token);
        QVERIFY(ready.wait(20000));
        QVERIFY(secrets.isPersistent());
        const QString cachePath = Workspace::fromLocalPath(db).cachePath;
        QVERIFY(SyncCheck::openCache(cachePath));
        QCOMPARE(int(SyncCheck::run(&client, cachePath).outcome), int(SyncResult::Outcome::Completed));
    }
    {
        // The next session reads it back from the keychain, then the user logs out.
        ApiClient next(fixture.networkAccessManager());
        ConnectionController connection(&next, &secrets, local.database.get());
        QSignalSpy ready(&connection, &ConnectionController::ready);
        connection.restore();
        QVERIFY(ready.wait(20000));
        QVERIFY(connection.connected());
        connection.forget();
        QTRY_VERIFY(!KeychainSecretStore()
                         .readNow(SecretStore::platformTokenKey(fixture.platform().url().toString()))
                         .value);
        QVERIFY(!next.hasCredentials());
    }
}

void TestSecrets::applicationBinary()
{
    // The app itself, its profile in the default place (XDG_DATA_HOME), the token from the environment.
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.token = m_canaries.at(1).value;
    options.directory = path(QStringLiteral("tmp/demo-binary"));
    DemoHost host(options);
    QVERIFY(host.start());
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("JFROG_URL"), host.url().toString());
    env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), options.token);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(TestEnvironment::appPath(),
              { QStringLiteral("--screenshot"), path(QStringLiteral("tmp/app.png")) });
    QVERIFY(app.waitForFinished(120000));
    QFile log(path(QStringLiteral("logs/app.err")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(app.readAllStandardError() + app.readAllStandardOutput());
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(QFile::exists(path(QStringLiteral("data/RuntimeDesk/runtime-desk/desk.sqlite"))));
}

void TestSecrets::nothingWasWrittenAnywhere()
{
    CanaryScan scan;
    for (const Canary &c : std::as_const(m_canaries))
        scan.add(QLatin1StringView(c.name), c.value, c.core);
    {
        QMutexLocker lock(&logMutex);
        QFile log(path(QStringLiteral("logs/this-process.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(capturedLog);
    }
    // Qt's categories and ours logged at debug level (in a release Qt, qt.network.* says little).
    QVERIFY2(capturedLog.contains("qt."), "Qt's categories did not log: the scan would miss them");
    QVERIFY2(capturedLog.contains("rtdesk.network: POST"), "our network category did not log at debug level");
    int files = 0;
    const QList<CanaryScan::Hit> hits = scan.scanTree(m_sandbox.path(), &files);
    QStringList where;
    for (const CanaryScan::Hit &hit : hits)
        where.append(hit.describe());
    // The scan finds what it looks for: the canaries are in the input file the user wrote.
    QVERIFY(!scan.scanTree(m_inputs.path()).isEmpty());
    QVERIFY(files > 40);
    Figures::report(
        QStringLiteral(
            "SEC  canary scan: %1 hits in %2 files (%3 canaries x %4 forms; logs at debug incl. qt.network, "
            "profile SQLite with -wal/-shm, settings, QML cache, exports, workers, temp files)")
            .arg(hits.size())
            .arg(files)
            .arg(m_canaries.size())
            .arg(scan.patternCount() / m_canaries.size()));
    QVERIFY2(hits.isEmpty(), qPrintable(where.join(u'\n')));
}

void TestSecrets::filesArePrivate()
{
    int checked = 0;
    QStringList wrong;
    QDirIterator it(
        path(QStringLiteral("data")),
        { QStringLiteral("*.sqlite"), QStringLiteral("*.sqlite-wal"), QStringLiteral("*.sqlite-shm") },
        QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        ++checked;
        if (mode(file) != 0600)
            wrong.append(QStringLiteral("%1 is %2").arg(file).arg(mode(file), 0, 8));
    }
    // The directories the app made for its default profile.
    for (const char *dir : { "data/RuntimeDesk", "data/RuntimeDesk/runtime-desk" }) {
        ++checked;
        if (mode(path(QLatin1StringView(dir))) != 0700)
            wrong.append(QStringLiteral("%1 is %2")
                             .arg(QLatin1StringView(dir))
                             .arg(mode(path(QLatin1StringView(dir))), 0, 8));
    }
    QVERIFY(checked > 10);
    Figures::report(
        QStringLiteral("SEC  file permissions: %1/%2 database files 0600 and profile directories 0700")
            .arg(checked - wrong.size())
            .arg(checked));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

int main(int argc, char **argv)
{
    // Every category at debug, Qt's own included, before anything reads the rules.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QCoreApplication app(argc, argv);
    TestSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
