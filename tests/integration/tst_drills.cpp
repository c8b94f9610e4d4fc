// Fire drills end to end against the demo platform over TLS: DrillRunner drills a rule through the
// Dispatcher to the demo's Slack, webhook and SendGrid sinks (every channel delivered; then one
// faulted), and the report is compared with what the sinks received, [DRILL] titles included; a
// deployed rule is drilled through the platform's test endpoint with the marked event. Then the
// built runtime-desk-cli (secrets in the real keychain, run by tests/support/with-keyring.sh):
// `drill schedule`, `drill run` (exit 0, exit 2 when a channel failed), `drill report --format json`.
#include "deliverylogstore.h"
#include "demoalarmsetup.h"
#include "demofixture.h"
#include "demoworkersapi.h"
#include "dispatcher.h"
#include "drillrunner.h"
#include "drillstore.h"
#include "notificationplanner.h"
#include "ruleengine.h"
#include "rulejson.h"
#include "rulesecrets.h"
#include "rulestore.h"
#include "ruletemplates.h"
#include "secretstore.h"
#include "testenvironment.h"
#include "workergenerator.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

const char *slackFault = R"({"path":"/services/{team}/{bot}/{secret}","fault":"status","status":404,)"
                         R"("body":"channel_not_found","count":1})";

} // namespace

class TestDrills : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager *m_nam = nullptr;
    std::unique_ptr<Dispatcher> m_dispatcher;
    MemorySecretStore m_secrets;
    Rule m_rule;

    Rule addRule(const QString &templateName)
    {
        Rule rule = DemoAlarmSetup::pointedAtDemo(*RuleTemplates::make(templateName),
                                                  m_demo->platform().sinkEndpoints());
        if (!RuleStore(*m_db).insert(rule))
            qWarning("the rule was not stored");
        const QString error =
            DemoAlarmSetup::seedSecrets(m_secrets, rule, m_demo->platform().sinkEndpoints());
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return rule;
    }

    DrillRunRecord drill(const QString &ruleId, DrillRunner::PlatformProvider platform = {})
    {
        DrillRunner runner(*m_db, m_dispatcher.get(), &m_secrets, std::move(platform));
        QSignalSpy finished(&runner, &DrillRunner::finished);
        if (!runner.start(ruleId) || !finished.wait(30000))
            return {};
        return runner.result();
    }

    // What the sinks received, in order, since the last clear.
    QList<DemoSinkDelivery> received() { return m_demo->platform().sinks().deliveries(); }

    // The report says what each sink answered; every body the sinks got is marked as a drill.
    void compareWithSinks(const DrillRunRecord &run)
    {
        const QList<DemoSinkDelivery> got = received();
        QCOMPARE(got.size(), run.channels.size());
        for (const DrillChannelResult &c : run.channels) {
            const QString sink = c.channelType == u"email" ? QStringLiteral("sendgrid") : c.channelType;
            const auto d = std::find_if(got.begin(), got.end(),
                                        [&](const DemoSinkDelivery &x) { return x.sink == sink; });
            QVERIFY2(d != got.end(), qPrintable(c.channel));
            QCOMPARE(c.httpStatus, d->status);
            QCOMPARE(c.delivered, d->status >= 200 && d->status < 300);
            const QJsonObject body = QJsonDocument::fromJson(d->body).object();
            if (sink == u"slack") {
                QVERIFY(body.value(u"text").toString().startsWith(u"[DRILL] "));
                const QJsonObject header = body.value(u"blocks").toArray().first().toObject();
                QVERIFY(header.value(u"text").toObject().value(u"text").toString().startsWith(u"[DRILL] "));
            } else if (sink == u"webhook") {
                QVERIFY(body.value(u"drill").toBool());
                QVERIFY(body.value(u"data").toObject().value(u"title").toString().startsWith(u"[DRILL] "));
                QVERIFY(d->verified); // signed as any alarm is
            } else {
                QVERIFY(body.value(u"subject").toString().startsWith(u"[DRILL] "));
            }
        }
    }

    Result cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JFROG_URL"), m_demo->platform().url().toString());
        env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), m_demo->platform().token());
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished); // the demo serves in this thread
        process.start(TestEnvironment::cliPath(),
                      QStringList { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cli.sqlite")) }
                          + args);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        Result r;
        if (!finished.wait(60000))
            return r;
        r.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        m_db = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite"))).openLocal().database;
        QVERIFY(m_db);
        m_nam = Dispatcher::createNetworkAccessManager(this);
        Dispatcher::Options options;
        options.allowLoopback = true;
        options.extraCaCertificates = { m_demo->platform().caCertificate() };
        options.slackInterval = std::chrono::milliseconds(0);
        m_dispatcher = std::make_unique<Dispatcher>(m_nam, options);
        m_rule = addRule(QStringLiteral("integrity-violation"));
    }

    void init()
    {
        m_demo->platform().sinks().clear();
        m_demo->platform().faults().clear();
    }

    // The sample event has no integrity violation: the rule would not fire, the drill goes anyway.
    void everyChannelDelivers()
    {
        QVERIFY(!RuleEngine::evaluate(m_rule, WorkerGenerator::sampleEvent()).fired);
        DeliveryLogStore log(*m_db);
        m_dispatcher->setDeliveryLog(&log);
        const DrillRunRecord run = drill(m_rule.id);
        m_dispatcher->setDeliveryLog(nullptr);
        QCOMPARE(run.path, QStringLiteral("direct"));
        QVERIFY2(run.ok, qPrintable(run.message));
        QCOMPARE(run.channels.size(), 3);
        compareWithSinks(run);
        QCOMPARE(run.channels[0].httpStatus, 200);
        QCOMPARE(run.channels[2].httpStatus, 202); // SendGrid
        QCOMPARE(log.recent(10, m_rule.id).size(), 3); // the delivery log, as for any send
        const auto stored = DrillStore(*m_db).last(m_rule.id);
        QVERIFY(stored && stored->ok);
        for (const DrillChannelResult &c : stored->channels)
            QCOMPARE(c.lastSuccessMs, run.finishedAtMs);
    }

    void aFailingChannelIsReported()
    {
        const qint64 before = DrillStore(*m_db).last(m_rule.id)->finishedAtMs;
        QVERIFY(m_demo->arm(QJsonDocument::fromJson(QByteArray(slackFault)).object()));
        const DrillRunRecord run = drill(m_rule.id);
        QVERIFY(!run.ok);
        QCOMPARE(run.failedCount(), 1);
        compareWithSinks(run);
        const auto stored = DrillStore(*m_db).last(m_rule.id);
        QVERIFY(stored);
        const DrillChannelResult &slack = stored->channels[0];
        QCOMPARE(slack.channel, QStringLiteral("slack"));
        QVERIFY(!slack.delivered);
        QCOMPARE(slack.httpStatus, 404);
        QVERIFY2(slack.verdict.contains(u"channel_not_found"), qPrintable(slack.verdict));
        QCOMPARE(slack.lastSuccessMs, before); // the drill before
        QVERIFY(stored->channels[1].delivered && stored->channels[1].lastSuccessMs == run.finishedAtMs);
    }

    void aChannelWithoutItsSecret()
    {
        Rule rule = addRule(QStringLiteral("untrusted-registry"));
        QVERIFY(m_secrets.writeNow(RuleSecrets::keychainKey(rule.id, QStringLiteral("MAIL_API_KEY")), {})
                    .isEmpty());
        const DrillRunRecord run = drill(rule.id);
        QVERIFY(!run.ok);
        QCOMPARE(received().size(), 2); // nothing went to SendGrid
        QVERIFY(!run.channels[2].delivered);
        QVERIFY2(run.channels[2].verdict.contains(u"MAIL_API_KEY"), qPrintable(run.channels[2].verdict));
        QVERIFY(RuleStore(*m_db).remove(rule.id));
    }

    // A deployed rule is drilled by its worker on the platform, through the test endpoint. The demo
    // platform plans the calls the worker would make and sends nothing (src/demo/README.md), so each
    // channel is reported as the worker's log line says.
    void aDeployedRuleRunsOnThePlatform()
    {
        Rule rule = addRule(QStringLiteral("deployment-status-change"));
        const QString key = WorkerGenerator::suggestedKey(rule);
        DemoWorkersApi::Worker worker;
        worker.key = key;
        worker.sourceCode = QString::fromUtf8(WorkerGenerator::workerSource(rule));
        worker.application = QStringLiteral("runtime");
        worker.action = Rule::action;
        const QHash<QString, QString> values =
            DemoAlarmSetup::secretsFor(rule, m_demo->platform().sinkEndpoints());
        for (auto it = values.begin(); it != values.end(); ++it)
            worker.secrets.insert(it.key(), it.value());
        m_demo->platform().workers().put(worker);
        QVERIFY(RuleStore(*m_db).markDeployed(rule.id, key, RuleStore(*m_db).find(rule.id)->revision));
        m_demo->platform().requests().clear();

        const DrillRunRecord run = drill(rule.id, [this] { return &m_demo->client(); });
        QCOMPARE(run.path, QStringLiteral("platform"));
        QVERIFY2(run.message.contains(u"drill: 3 notification(s) planned"), qPrintable(run.message));
        QCOMPARE(run.channels.size(), 3);
        QVERIFY(received().isEmpty());
        for (const DrillChannelResult &c : run.channels)
            QVERIFY2(c.verdict.startsWith(u"would send POST"), qPrintable(c.verdict));
        bool tested = false;
        for (const DemoRequestLog::Entry &e : m_demo->platform().requests().entries()) {
            if (e.path != u"/worker/api/v1/test/" + key)
                continue;
            const QJsonObject data = QJsonDocument::fromJson(e.body).object().value(u"data").toObject();
            tested = NotificationPlanner::isDrill(data);
        }
        QVERIFY(tested);

        // A worker deployed before drills existed would take the drill for a real event: refused.
        worker.sourceCode.replace(NotificationPlanner::drillKey, QStringLiteral("an_older_runtime"));
        m_demo->platform().workers().put(worker);
        const DrillRunRecord refused = drill(rule.id, [this] { return &m_demo->client(); });
        QVERIFY(!refused.ok);
        QVERIFY2(refused.channels[0].verdict.contains(u"predates drills"),
                 qPrintable(refused.channels[0].verdict));
        QVERIFY(RuleStore(*m_db).remove(rule.id));
    }

    void cli()
    {
        QVERIFY2(QFileInfo::exists(TestEnvironment::cliPath()),
                 "RD_CLI must name the built runtime-desk-cli");
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
        const QString ruleFile = m_dir.filePath(QStringLiteral("rule.json"));
        QFile file(ruleFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(RuleJson::write(m_rule));
        file.close();
        Result r = cli({ QStringLiteral("rules"), QStringLiteral("import"), ruleFile });
        QVERIFY2(r.exit == 0, r.err.constData());
        const QHash<QString, QString> values =
            DemoAlarmSetup::secretsFor(m_rule, m_demo->platform().sinkEndpoints());
        for (auto it = values.begin(); it != values.end(); ++it) {
            r = cli({ QStringLiteral("rules"), QStringLiteral("secret"), QStringLiteral("set"), m_rule.id,
                      it.key() },
                    it.value().toUtf8());
            QVERIFY2(r.exit == 0, r.err.constData());
        }
        const QString ca = m_demo->platform().caCertificatePath();
        const QString prefix = m_rule.id.left(8);

        r = cli({ QStringLiteral("drill"), QStringLiteral("schedule"), prefix, QStringLiteral("hourly") });
        QCOMPARE(r.exit, 1);
        r = cli({ QStringLiteral("drill"), QStringLiteral("schedule"), prefix, QStringLiteral("daily") });
        QVERIFY2(r.exit == 0, r.err.constData());

        // Due: never drilled. Every channel delivers: exit 0.
        r = cli({ QStringLiteral("drill"), QStringLiteral("run"), QStringLiteral("--due"),
                  QStringLiteral("--ca"), ca, QStringLiteral("--allow-loopback"), QStringLiteral("--format"),
                  QStringLiteral("json") });
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonArray drills = QJsonDocument::fromJson(r.out).object().value(u"drills").toArray();
        QCOMPARE(drills.size(), 1);
        QCOMPARE(drills[0].toObject().value(u"rule_id").toString(), m_rule.id);
        QCOMPARE(received().size(), 3);
        // Just drilled: no longer due.
        r = cli({ QStringLiteral("drill"), QStringLiteral("run"), QStringLiteral("--due") });
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out, QByteArray("no drill is due\n"));
        QCOMPARE(received().size(), 3);

        // One channel fails: exit 2, and the text report names it.
        QVERIFY(m_demo->arm(QJsonDocument::fromJson(QByteArray(slackFault)).object()));
        r = cli({ QStringLiteral("drill"), QStringLiteral("run"), prefix, QStringLiteral("--ca"), ca,
                  QStringLiteral("--allow-loopback") });
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.out.contains("FAILED    HTTP 404"), r.out.constData());
        QVERIFY(r.out.contains("2 of 3 channels delivered"));

        r = cli({ QStringLiteral("drill"), QStringLiteral("report"), QStringLiteral("--format"),
                  QStringLiteral("json") });
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonArray rules = QJsonDocument::fromJson(r.out).object().value(u"rules").toArray();
        QCOMPARE(rules.size(), 1);
        const QJsonObject rule = rules[0].toObject();
        QCOMPARE(rule.value(u"schedule").toString(), QStringLiteral("daily"));
        QCOMPARE(rule.value(u"due").toBool(), false);
        const QJsonObject last = rule.value(u"last_run").toObject();
        QCOMPARE(last.value(u"ok").toBool(), false);
        QCOMPARE(last.value(u"path").toString(), QStringLiteral("direct"));
        const QJsonArray channels = last.value(u"channels").toArray();
        QCOMPARE(channels.size(), 3);
        const QJsonObject slack = channels[0].toObject();
        QCOMPARE(slack.value(u"outcome").toString(), QStringLiteral("failed"));
        QCOMPARE(slack.value(u"http_status").toInt(), 404);
        QVERIFY(!slack.value(u"last_success").toString().isEmpty()); // the first drill
        const QJsonObject hook = channels[1].toObject();
        QCOMPARE(hook.value(u"outcome").toString(), QStringLiteral("delivered"));
        QCOMPARE(hook.value(u"http_status").toInt(), 200);
        // What the sinks answered is what the report says.
        const QList<DemoSinkDelivery> got = received();
        QCOMPARE(got.size(), 6);
        const auto refused = std::count_if(got.begin(), got.end(), [](const DemoSinkDelivery &d) {
            return d.sink == u"slack" && d.status == 404;
        });
        QCOMPARE(refused, 1);
    }
};

QTEST_GUILESS_MAIN(TestDrills)
#include "tst_drills.moc"
