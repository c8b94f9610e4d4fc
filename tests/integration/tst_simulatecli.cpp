// The alarm harness from the command line, through the built binary (RD_CLI) against a demo platform on
// its own thread: simulate (JSON shape, masking, event errors, events from the cache), simulate --send to
// the demo sinks over TLS and the delivery log, golden cases (rules cases, rules test and its exit code),
// rules backtest, and the usage errors.
#include "demoalarmsetup.h"
#include "demohost.h"
#include "rulejson.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

struct Result
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSimulateCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoHost> m_host;
    QString m_db;
    QString m_rule;
    QString m_secrets;
    QString m_event;

    Result run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JFROG_URL"), m_host->url().toString());
        env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), m_host->platform()->token());
        process.setProcessEnvironment(env);
        process.start(TestEnvironment::cliPath(), QStringList { QStringLiteral("--db"), m_db } + args);
        Result r;
        if (!process.waitForFinished(120000))
            return r;
        r.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    // With --send, the clock is now: receivers check the webhook timestamp.
    QStringList simulateArgs(const QStringList &extra = {}) const
    {
        QStringList args { QStringLiteral("simulate"),
                           QStringLiteral("--rule"),
                           m_rule,
                           QStringLiteral("--event"),
                           m_event,
                           QStringLiteral("--secrets"),
                           m_secrets,
                           QStringLiteral("--format"),
                           QStringLiteral("json") };
        if (!extra.contains(QStringLiteral("--send")))
            args << QStringLiteral("--time") << QStringLiteral("1700000000");
        return args + extra;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY2(QFileInfo::exists(TestEnvironment::cliPath()),
                 "RD_CLI must name the built runtime-desk-cli");
        DemoPlatform::Options options;
        options.tags = 300;
        options.seed = 5;
        m_host = std::make_unique<DemoHost>(options);
        QString error;
        QVERIFY2(m_host->start(&error), qPrintable(error));
        m_db = path(QStringLiteral("desk.sqlite"));
        const Result sync = run({ QStringLiteral("--ca"), m_host->platform()->caCertificatePath(),
                                  QStringLiteral("sync"), QStringLiteral("--quiet") });
        QVERIFY2(sync.exit == 0, sync.err.constData());

        // The integrity-violation template with its e-mail channel on the demo, and secrets for the sinks.
        const Result created = run({ QStringLiteral("rules"), QStringLiteral("new"),
                                     QStringLiteral("--template"), QStringLiteral("integrity-violation") });
        QCOMPARE(created.exit, 0);
        m_rule = QString::fromLatin1(created.out.trimmed());
        const Result exported = run({ QStringLiteral("rules"), QStringLiteral("export"), m_rule });
        QCOMPARE(exported.exit, 0);
        const auto parsed = RuleJson::parse(exported.out);
        QVERIFY(parsed.rule);
        const DemoSinkEndpoints endpoints = m_host->platform()->sinkEndpoints();
        QVERIFY(write(path(QStringLiteral("rule.json")),
                      RuleJson::write(DemoAlarmSetup::pointedAtDemo(*parsed.rule, endpoints))));
        QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("import"), QStringLiteral("--replace"),
                       path(QStringLiteral("rule.json")) })
                     .exit,
                 0);
        QJsonObject secrets;
        const QHash<QString, QString> values = DemoAlarmSetup::secretsFor(*parsed.rule, endpoints);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            secrets.insert(it.key(), it.value());
        m_secrets = path(QStringLiteral("secrets.json"));
        QVERIFY(write(m_secrets, QJsonDocument(secrets).toJson()));

        QJsonObject event = QJsonDocument::fromJson(TestEnvironment::readData(
                                                        QStringLiteral("events/workload-changed-event.json")))
                                .object();
        QJsonArray images = event.value(QLatin1StringView("image_tags_object")).toArray();
        QJsonObject image = images[0].toObject();
        image.insert(QStringLiteral("risks"), QJsonArray { QStringLiteral("integrity_violation") });
        images.replace(0, image);
        event.insert(QStringLiteral("image_tags_object"), images);
        m_event = path(QStringLiteral("integrity.json"));
        QVERIFY(write(m_event, QJsonDocument(event).toJson()));
    }

    void simulateJsonShape()
    {
        const Result r = run(simulateArgs());
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.keys(), (QStringList { QStringLiteral("event"), QStringLiteral("rules") }));
        QCOMPARE(out.value(QLatin1StringView("event"))
                     .toObject()
                     .value(QLatin1StringView("change_type"))
                     .toString(),
                 QStringLiteral("workload"));
        const QJsonArray rules = out.value(QLatin1StringView("rules")).toArray();
        QCOMPARE(rules.size(), 1);
        const QJsonObject rule = rules[0].toObject();
        QCOMPARE(rule.keys(),
                 (QStringList { QStringLiteral("calls"), QStringLiteral("conditions"),
                                QStringLiteral("fired"), QStringLiteral("id"), QStringLiteral("name") }));
        QCOMPARE(rule.value(QLatin1StringView("id")).toString(), m_rule);
        QVERIFY(rule.value(QLatin1StringView("fired")).toBool());
        const QJsonObject condition = rule.value(QLatin1StringView("conditions")).toArray()[0].toObject();
        QCOMPARE(condition.keys(),
                 (QStringList { QStringLiteral("passed"), QStringLiteral("text"), QStringLiteral("value") }));
        QVERIFY(condition.value(QLatin1StringView("passed")).toBool());
        const QJsonArray calls = rule.value(QLatin1StringView("calls")).toArray();
        QCOMPARE(calls.size(), 3);
        for (const QJsonValue &value : calls) {
            const QJsonObject call = value.toObject();
            QCOMPARE(
                call.keys(),
                (QStringList { QStringLiteral("body"), QStringLiteral("channel"), QStringLiteral("headers"),
                               QStringLiteral("method"), QStringLiteral("url") }));
            QCOMPARE(call.value(QLatin1StringView("method")).toString(), QStringLiteral("POST"));
        }
        // Secrets are masked: the Slack and webhook URLs, the signing key, the mail key.
        const QByteArray secrets = [&] {
            QFile f(m_secrets);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const QJsonObject values = QJsonDocument::fromJson(secrets).object();
        for (auto it = values.begin(); it != values.end(); ++it)
            QVERIFY2(!r.out.contains(it.value().toString().toUtf8()), qPrintable(it.key()));
        QCOMPARE(calls[0].toObject().value(QLatin1StringView("url")).toString(),
                 m_host->url().toString() + QStringLiteral("/•••"));
        QCOMPARE(calls[2]
                     .toObject()
                     .value(QLatin1StringView("headers"))
                     .toObject()
                     .value(QLatin1StringView("authorization")),
                 QJsonValue(QStringLiteral("Bearer •••")));
        // The same bytes `rules plan` makes.
        const Result plan =
            run({ QStringLiteral("rules"), QStringLiteral("plan"), m_rule, QStringLiteral("--event"), m_event,
                  QStringLiteral("--secrets"), m_secrets, QStringLiteral("--time"),
                  QStringLiteral("1700000000"), QStringLiteral("--mask") });
        QCOMPARE(plan.exit, 0);
        const QJsonArray planned = QJsonDocument::fromJson(plan.out).array();
        for (qsizetype i = 0; i < planned.size(); ++i)
            QCOMPARE(calls[i].toObject().value(QLatin1StringView("body")),
                     planned[i].toObject().value(QLatin1StringView("body")));
    }

    void eventErrorsNameTheField()
    {
        QJsonObject event = QJsonDocument::fromJson(TestEnvironment::readData(
                                                        QStringLiteral("events/workload-changed-event.json")))
                                .object();
        QJsonArray images = event.value(QLatin1StringView("image_tags_object")).toArray();
        QJsonObject image = images[0].toObject();
        image.insert(QStringLiteral("sha256"), 42);
        images.replace(0, image);
        event.insert(QStringLiteral("image_tags_object"), images);
        const QString bad = path(QStringLiteral("bad.json"));
        QVERIFY(write(bad, QJsonDocument(event).toJson()));
        QStringList args = simulateArgs();
        args[args.indexOf(m_event)] = bad;
        const Result r = run(args);
        QCOMPARE(r.exit, 3);
        QVERIFY2(r.err.contains("bad.json: image_tags_object[0].sha256: expected a string, got a number"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void eventFromTheCache()
    {
        const Result images =
            run({ QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(images.exit, 0);
        QString digest;
        for (const QJsonValue &tag : QJsonDocument::fromJson(images.out).array()) {
            if (!tag.toObject().value(QLatin1StringView("workloads")).toArray().isEmpty()) {
                digest = tag.toObject().value(QLatin1StringView("digest")).toString();
                break;
            }
        }
        QVERIFY(!digest.isEmpty());
        const Result r = run({ QStringLiteral("simulate"), QStringLiteral("--all"), QStringLiteral("--kind"),
                               QStringLiteral("integrity-violation"), QStringLiteral("--ref"), digest,
                               QStringLiteral("--secrets"), m_secrets, QStringLiteral("--format"),
                               QStringLiteral("json") });
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        const QJsonObject image = out.value(QLatin1StringView("event"))
                                      .toObject()
                                      .value(QLatin1StringView("image_tags_object"))
                                      .toArray()[0]
                                      .toObject();
        QCOMPARE(image.value(QLatin1StringView("sha256")).toString(), digest);
        QVERIFY(image.value(QLatin1StringView("risks"))
                    .toArray()
                    .contains(QStringLiteral("integrity_violation")));
        QVERIFY(out.value(QLatin1StringView("rules"))
                    .toArray()[0]
                    .toObject()
                    .value(QLatin1StringView("fired"))
                    .toBool());
        const Result unknown =
            run({ QStringLiteral("simulate"), QStringLiteral("--all"), QStringLiteral("--kind"),
                  QStringLiteral("integrity"), QStringLiteral("--ref"), digest });
        QCOMPARE(unknown.exit, 1);
    }

    void sendForReal()
    {
        m_host->platform()->sinks().clear();
        const Result r = run(
            simulateArgs({ QStringLiteral("--send"), QStringLiteral("--ca"),
                           m_host->platform()->caCertificatePath(), QStringLiteral("--allow-loopback") }));
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonArray calls = QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QLatin1StringView("rules"))
                                     .toArray()[0]
                                     .toObject()
                                     .value(QLatin1StringView("calls"))
                                     .toArray();
        QCOMPARE(calls.size(), 3);
        for (const QJsonValue &call : calls) {
            const QJsonObject result = call.toObject().value(QLatin1StringView("result")).toObject();
            QCOMPARE(result.value(QLatin1StringView("outcome")).toString(), QStringLiteral("delivered"));
            QCOMPARE(result.value(QLatin1StringView("attempts")).toInt(), 1);
            QCOMPARE(result.value(QLatin1StringView("origin")).toString(), m_host->url().toString());
        }
        QCOMPARE(m_host->platform()->sinks().count(), 3);
        for (const DemoSinkDelivery &d : m_host->platform()->sinks().deliveries())
            QVERIFY2(d.verified, qPrintable(d.check));

        const Result log =
            run({ QStringLiteral("deliveries"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(log.exit, 0);
        const QJsonArray rows = QJsonDocument::fromJson(log.out).array();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0].toObject().value(QLatin1StringView("delivered")).toBool());

        // Without --allow-loopback nothing leaves, and the exit code says so.
        const Result refused = run(simulateArgs({ QStringLiteral("--send") }));
        QCOMPARE(refused.exit, 2);
        QVERIFY(refused.out.contains("refused_by_policy"));
        QCOMPARE(m_host->platform()->sinks().count(), 3);
    }

    void goldenCases()
    {
        const Result added = run(
            { QStringLiteral("rules"), QStringLiteral("cases"), QStringLiteral("add"), m_rule,
              QStringLiteral("--event"), m_event, QStringLiteral("--expect-fire"),
              QStringLiteral("--expect-channel"), QStringLiteral("slack"), QStringLiteral("--expect-channel"),
              QStringLiteral("webhook"), QStringLiteral("--expect-channel"), QStringLiteral("email"),
              QStringLiteral("--expect-text"), QStringLiteral("frontend-service") });
        QVERIFY2(added.exit == 0, added.err.constData());
        QVERIFY(added.err.isEmpty());
        Result test = run({ QStringLiteral("rules"), QStringLiteral("test") });
        QVERIFY2(test.exit == 0, test.out.constData());
        QVERIFY(test.out.contains("1 of 1 cases passed"));

        // A case that expects the opposite fails, and `rules test` exits 3 for CI.
        const Result wrong =
            run({ QStringLiteral("rules"), QStringLiteral("cases"), QStringLiteral("add"), m_rule,
                  QStringLiteral("--event"), m_event, QStringLiteral("--expect-quiet"),
                  QStringLiteral("--name"), QStringLiteral("should be quiet") });
        QCOMPARE(wrong.exit, 0);
        QVERIFY(wrong.err.contains("warning: the case fails now: expected the rule to stay quiet"));
        test = run({ QStringLiteral("rules"), QStringLiteral("test"), m_rule.left(8) });
        QCOMPARE(test.exit, 3);
        QVERIFY(
            test.out.contains("FAIL case \"should be quiet\": expected the rule to stay quiet; it fires"));
        QVERIFY(test.err.contains("1 of 2 cases failed"));
        const Result json = run({ QStringLiteral("rules"), QStringLiteral("test"), QStringLiteral("--format"),
                                  QStringLiteral("json") });
        QCOMPARE(json.exit, 3);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value(QLatin1StringView("ok")).toBool(), false);
        QCOMPARE(report.value(QLatin1StringView("failures")).toArray().size(), 1);

        const Result list = run({ QStringLiteral("rules"), QStringLiteral("cases"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(list.exit, 0);
        QString failing;
        for (const QJsonValue &c : QJsonDocument::fromJson(list.out).array()) {
            if (c.toObject().value(QLatin1StringView("name")).toString() == u"should be quiet")
                failing = c.toObject().value(QLatin1StringView("id")).toString();
        }
        QVERIFY(!failing.isEmpty());
        QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("cases"), QStringLiteral("remove"),
                       failing.left(8) })
                     .exit,
                 0);
        QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("test") }).exit, 0);
        // A channel the rule does not have is a usage error.
        QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("cases"), QStringLiteral("add"), m_rule,
                       QStringLiteral("--event"), m_event, QStringLiteral("--expect-channel"),
                       QStringLiteral("pager") })
                     .exit,
                 1);
    }

    void backtest()
    {
        Result r = run({ QStringLiteral("rules"), QStringLiteral("backtest"), m_rule });
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains("a backtest needs two synced generations; the cache has 1"));
        for (int i = 0; i < 2; ++i) {
            m_host->platform()->advance();
            QCOMPARE(run({ QStringLiteral("--ca"), m_host->platform()->caCertificatePath(),
                           QStringLiteral("sync"), QStringLiteral("--quiet") })
                         .exit,
                     0);
        }
        r = run({ QStringLiteral("rules"), QStringLiteral("backtest"), m_rule, QStringLiteral("--format"),
                  QStringLiteral("json") });
        QCOMPARE(r.exit, 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QLatin1StringView("generations")).toArray().size(), 3);
        QVERIFY(out.value(QLatin1StringView("events")).toInt() > 0);
        for (const QJsonValue &alarm : out.value(QLatin1StringView("alarms")).toArray())
            QVERIFY(!alarm.toObject().value(QLatin1StringView("why")).toArray().isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(run({ QStringLiteral("simulate"), QStringLiteral("--event"), m_event }).exit, 1);
        QCOMPARE(run({ QStringLiteral("simulate"), QStringLiteral("--all"), QStringLiteral("--rule"), m_rule,
                       QStringLiteral("--event"), m_event })
                     .exit,
                 1);
        QCOMPARE(run({ QStringLiteral("simulate"), QStringLiteral("--all"), QStringLiteral("--event"),
                       m_event, QStringLiteral("--kind"), QStringLiteral("none"), QStringLiteral("--ref"),
                       QStringLiteral("x:y") })
                     .exit,
                 1);
        QCOMPARE(run({ QStringLiteral("simulate"), QStringLiteral("--all"), QStringLiteral("--event"),
                       m_event, QStringLiteral("--allow-loopback") })
                     .exit,
                 1);
        QCOMPARE(run({ QStringLiteral("simulate"), QStringLiteral("--rule"), QStringLiteral("ffffffff"),
                       QStringLiteral("--event"), m_event })
                     .exit,
                 3);
        QCOMPARE(run({ QStringLiteral("deliveries"), QStringLiteral("--limit"), QStringLiteral("0") }).exit,
                 1);
        QCOMPARE(run(simulateArgs() + QStringList { QStringLiteral("--send") }).exit,
                 1); // --time with --send
    }
};

QTEST_GUILESS_MAIN(TestSimulateCli)
#include "tst_simulatecli.moc"
