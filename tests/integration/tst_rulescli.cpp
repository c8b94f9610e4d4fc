// `runtime-desk-cli rules …` end to end, through the built binary (RD_CLI): new, list, show,
// export, import, codegen, plan, signing-key, and their exit codes.
#include "notificationplanner.h"
#include "rulejson.h"
#include "standardwebhooks.h"
#include "testenvironment.h"
#include "workergenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

QHash<QString, QString> secrets()
{
    return { { QStringLiteral("SLACK_WEBHOOK_URL"),
               QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXXXXXX") },
             { QStringLiteral("WEBHOOK_URL"), QStringLiteral("https://receiver.example.com/hooks/runtime") },
             { QStringLiteral("WEBHOOK_SIGNING_KEY"), QStringLiteral("k7Qm2ZpX9rTb4LwN8vYc3HsD6fGj1aEu") },
             { QStringLiteral("MAIL_API_KEY"), QStringLiteral("SG.test-key.0123456789") } };
}

} // namespace

class TestRulesCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_secrets;

    Result run(const QStringList &args)
    {
        QProcess process;
        process.start(TestEnvironment::cliPath(),
                      QStringList { QStringLiteral("--db"), m_db, QStringLiteral("rules") } + args);
        Result r;
        if (!process.waitForFinished(60000))
            return r;
        r.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    QString create(const QString &templateName)
    {
        const Result r = run({ QStringLiteral("new"), QStringLiteral("--template"), templateName });
        if (r.exit != 0)
            return {};
        return QString::fromLatin1(r.out.trimmed());
    }

    QString path(const QString &name) { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY2(QFileInfo::exists(TestEnvironment::cliPath()),
                 "RD_CLI must name the built runtime-desk-cli");
        m_db = path(QStringLiteral("desk.sqlite"));
        QJsonObject object;
        const QHash<QString, QString> values = secrets();
        for (auto it = values.begin(); it != values.end(); ++it)
            object.insert(it.key(), it.value());
        m_secrets = path(QStringLiteral("secrets.json"));
        QFile file(m_secrets);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(object).toJson());
    }

    void newListShow()
    {
        const QString id = create(QStringLiteral("untrusted-registry"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
        const Result named =
            run({ QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("integrity-violation"),
                  QStringLiteral("--name"), QStringLiteral("Integrity in prod") });
        QCOMPARE(named.exit, 0);
        QVERIFY(named.err.contains("SLACK_WEBHOOK_URL, WEBHOOK_URL, WEBHOOK_SIGNING_KEY, MAIL_API_KEY"));

        const Result list =
            run({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(list.exit, 0);
        const QJsonArray rules = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[0].toObject().value(QLatin1StringView("name")).toString(),
                 QStringLiteral("Integrity in prod"));
        QCOMPARE(rules[1].toObject().value(QLatin1StringView("id")).toString(), id);
        QCOMPARE(rules[1].toObject().value(QLatin1StringView("state")).toString(), QStringLiteral("draft"));
        const Result table = run({ QStringLiteral("list") });
        QVERIFY(table.out.contains(id.left(8).toLatin1()));

        const Result show =
            run({ QStringLiteral("show"), id.left(6), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(show.exit, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(shown.value(QLatin1StringView("id")).toString(), id);
        QCOMPARE(shown.value(QLatin1StringView("secrets")).toArray(),
                 QJsonArray({ QStringLiteral("SLACK_WEBHOOK_URL"), QStringLiteral("WEBHOOK_URL"),
                              QStringLiteral("WEBHOOK_SIGNING_KEY"), QStringLiteral("MAIL_API_KEY") }));
        QCOMPARE(shown.value(QLatin1StringView("worker_key")).toString(),
                 QStringLiteral("rd-untrusted-registry-") + id.left(8));
        QVERIFY(RuleJson::fromJson(shown.value(QLatin1StringView("rule")).toObject()).rule);
        const Result text = run({ QStringLiteral("show"), id });
        QVERIFY(text.out.contains("the workload or an image has the risk Untrusted registry"));
    }

    void errorsAndExitCodes()
    {
        const Result unknownTemplate =
            run({ QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("nope") });
        QCOMPARE(unknownTemplate.exit, 1);
        QVERIFY(unknownTemplate.err.contains("unknown template \"nope\" (use deployment-status-change, "
                                             "integrity-violation, untrusted-registry)"));
        QCOMPARE(run({ QStringLiteral("show"), QStringLiteral("ab") }).exit, 1); // too short to name a rule
        QCOMPARE(run({ QStringLiteral("show"), QStringLiteral("ffffffff") }).exit, 3); // no such rule
        QCOMPARE(run({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml") }).exit, 1);
        QCOMPARE(run({ QStringLiteral("frobnicate") }).exit, 1);
        QCOMPARE(run({}).exit, 1);
        QCOMPARE(run({ QStringLiteral("--help") }).exit, 0);
        QFile broken(path(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"schema\": \"runtime-desk.rule\", \"version\": 1}");
        broken.close();
        const Result imported = run({ QStringLiteral("import"), broken.fileName() });
        QCOMPARE(imported.exit, 3);
        QVERIFY(imported.err.contains("id: required\n"));
        QVERIFY(imported.err.contains("criteria: required\n"));
    }

    void exportImport()
    {
        const QString id = create(QStringLiteral("deployment-status-change"));
        const Result exported = run({ QStringLiteral("export"), id });
        QCOMPARE(exported.exit, 0);
        const RuleJson::Result rule = RuleJson::parse(exported.out);
        QVERIFY(rule.rule);
        QCOMPARE(rule.rule->id, id);
        QCOMPARE(exported.out, RuleJson::write(*rule.rule) + '\n'); // the canonical document
        QFile file(path(QStringLiteral("exported.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exported.out);
        file.close();
        QCOMPARE(run({ QStringLiteral("import"), file.fileName() }).exit, 3); // the id exists
        const Result replaced =
            run({ QStringLiteral("import"), file.fileName(), QStringLiteral("--replace") });
        QCOMPARE(replaced.exit, 0);
        QCOMPARE(QString::fromLatin1(replaced.out.trimmed()), id);
        const Result copy = run({ QStringLiteral("import"), file.fileName(), QStringLiteral("--new-id") });
        QCOMPARE(copy.exit, 0);
        QVERIFY(QString::fromLatin1(copy.out.trimmed()) != id);
    }

    void codegenAndImportTheWorker()
    {
        const QString id = create(QStringLiteral("untrusted-registry"));
        const QString out = path(QStringLiteral("worker-") + id.left(8));
        const Result generated = run({ QStringLiteral("codegen"), id, QStringLiteral("--out"), out });
        QCOMPARE(generated.exit, 0);
        for (const char *file : { "worker.ts", "manifest.json", "types.ts", "worker.spec.ts", "package.json",
                                  "tsconfig.json", "README.md" })
            QVERIFY2(QFileInfo::exists(QDir(out).filePath(QLatin1StringView(file))), file);
        const Result back = run({ QStringLiteral("import"), QDir(out).filePath(QStringLiteral("worker.ts")),
                                  QStringLiteral("--replace") });
        QCOMPARE(back.exit, 0);
        QCOMPARE(QString::fromLatin1(back.out.trimmed()), id);
        QVERIFY(!back.err.contains("changed after"));
        QCOMPARE(run({ QStringLiteral("codegen"), id }).exit, 1); // --out is required
    }

    void plan()
    {
        const QString id = create(QStringLiteral("untrusted-registry"));
        const RuleJson::Result rule = RuleJson::parse(run({ QStringLiteral("export"), id }).out);
        QVERIFY(rule.rule);
        const QString event = TestEnvironment::dataPath(QStringLiteral("rules/sample-event.json"));
        const Result planned =
            run({ QStringLiteral("plan"), id, QStringLiteral("--event"), event, QStringLiteral("--secrets"),
                  m_secrets, QStringLiteral("--time"), QStringLiteral("1700000000"),
                  QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(planned.exit, 0);
        const QJsonObject payload =
            QJsonDocument::fromJson(TestEnvironment::readData(QStringLiteral("rules/sample-event.json")))
                .object();
        QCOMPARE(planned.out,
                 NotificationPlanner::toJson(
                     NotificationPlanner::plan(*rule.rule, payload, secrets(), { 1700000000, {} }))
                     + '\n');
        const QJsonArray calls = QJsonDocument::fromJson(planned.out).array();
        QCOMPARE(calls.size(), 3);
        for (const char *key : { "channel", "method", "url", "headers", "body" })
            QVERIFY(calls[1].toObject().contains(QLatin1StringView(key)));
        QVERIFY(calls[1]
                    .toObject()
                    .value(QLatin1StringView("headers"))
                    .toObject()
                    .contains(QLatin1StringView("webhook-signature")));
        QVERIFY(planned.err.isEmpty() || !planned.err.contains("warning"));

        const Result masked = run({ QStringLiteral("plan"), id, QStringLiteral("--event"), event,
                                    QStringLiteral("--secrets"), m_secrets, QStringLiteral("--mask") });
        QCOMPARE(masked.exit, 0);
        for (const QString &value : secrets())
            QVERIFY(!masked.out.contains(value.toUtf8()));
        QVERIFY(masked.out.contains("•••"));

        QFile partial(path(QStringLiteral("partial-secrets.json")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("{\"SLACK_WEBHOOK_URL\": \"https://hooks.slack.com/services/T/B/X\"}");
        partial.close();
        const Result some = run({ QStringLiteral("plan"), id, QStringLiteral("--event"), event,
                                  QStringLiteral("--secrets"), partial.fileName() });
        QCOMPARE(some.exit, 0);
        QCOMPARE(QJsonDocument::fromJson(some.out).array().size(), 1);
        QVERIFY(some.err.contains("warning: channel webhook is skipped: the secret WEBHOOK_URL is not set"));

        const Result text =
            run({ QStringLiteral("plan"), id, QStringLiteral("--event"), event, QStringLiteral("--secrets"),
                  m_secrets, QStringLiteral("--format"), QStringLiteral("text") });
        QVERIFY(text.out.startsWith("fires\n"));
        QVERIFY(!text.out.contains(
            secrets().value(QStringLiteral("MAIL_API_KEY")).toUtf8())); // text shows masked calls

        const QString integrity = create(QStringLiteral("integrity-violation"));
        const Result quiet = run({ QStringLiteral("plan"), integrity, QStringLiteral("--event"), event,
                                   QStringLiteral("--secrets"), m_secrets });
        QCOMPARE(quiet.exit, 0);
        QCOMPARE(quiet.out, QByteArray("[]\n"));

        QCOMPARE(run({ QStringLiteral("plan"), id, QStringLiteral("--event"), event }).exit, 1);
        QCOMPARE(run({ QStringLiteral("plan"), id, QStringLiteral("--event"), m_db,
                       QStringLiteral("--secrets"), m_secrets })
                     .exit,
                 3);
    }

    void signingKey()
    {
        const Result r =
            run({ QStringLiteral("signing-key"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exit, 0);
        const QJsonObject keys = QJsonDocument::fromJson(r.out).object();
        const QByteArray raw = keys.value(QLatin1StringView("worker_secret")).toString().toLatin1();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9]{32}$"))
                    .match(QString::fromLatin1(raw))
                    .hasMatch());
        QCOMPARE(StandardWebhooks::fromWhsec(keys.value(QLatin1StringView("receiver_secret")).toString()),
                 raw);
    }

    // Last: it sets the profile's team address and a directory entry, which every later plan would use.
    // Channels picked on the command line, the team address kept for the profile, and the people
    // directory routing the plan and embedded in the generated worker.
    void channelsTeamAddressAndPeople()
    {
        Result made =
            run({ QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("integrity-violation"),
                  QStringLiteral("--channels"), QStringLiteral("slack,email,pagerduty,splunk,teams"),
                  QStringLiteral("--team-address"), QStringLiteral("team@corp.example") });
        QCOMPARE(made.exit, 0);
        const QString id = QString::fromLatin1(made.out.trimmed());
        const RuleJson::Result rule = RuleJson::parse(run({ QStringLiteral("export"), id }).out);
        QVERIFY(rule.rule);
        QStringList types;
        for (const RuleChannel &ch : rule.rule->channels)
            types.append(RuleJson::channelTypeName(ch.type));
        QCOMPARE(types,
                 (QStringList { QStringLiteral("slack"), QStringLiteral("email"), QStringLiteral("pagerduty"),
                                QStringLiteral("splunk"), QStringLiteral("teams") }));
        const RuleChannel &mail = rule.rule->channels[1];
        QCOMPARE(mail.to, QStringList { QStringLiteral("team@corp.example") });
        QCOMPARE(mail.fallback, QStringLiteral("team@corp.example"));
        QCOMPARE(mail.toPeople, QList<RuleChannel::Person> { RuleChannel::Person::BuildOwner });
        // The address stays with the profile.
        const QString next = create(QStringLiteral("untrusted-registry"));
        const RuleJson::Result second = RuleJson::parse(run({ QStringLiteral("export"), next }).out);
        QVERIFY(second.rule);
        QCOMPARE(second.rule->channels[2].to, QStringList { QStringLiteral("team@corp.example") });
        QCOMPARE(
            run({ QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("untrusted-registry"),
                  QStringLiteral("--channels"), QStringLiteral("slack,sms") })
                .exit,
            1);

        // The directory knows the sample's build owner: the mail goes to them, Slack mentions them.
        QProcess people;
        people.start(TestEnvironment::cliPath(),
                     { QStringLiteral("--db"), m_db, QStringLiteral("people"), QStringLiteral("set"),
                       QStringLiteral("devops-team"), QStringLiteral("--email"),
                       QStringLiteral("devops@corp.example"), QStringLiteral("--slack-id"),
                       QStringLiteral("U024BE7LH") });
        QVERIFY(people.waitForFinished(60000));
        QCOMPARE(people.exitCode(), 0);
        const Result planned =
            run({ QStringLiteral("plan"), id, QStringLiteral("--event"),
                  TestEnvironment::dataPath(QStringLiteral("rules/integrity-event.json")),
                  QStringLiteral("--secrets"), m_secrets, QStringLiteral("--time"),
                  QStringLiteral("1700000000"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(planned.exit, 0);
        QVERIFY(planned.out.contains("devops@corp.example"));
        QVERIFY(planned.out.contains("Build owner: <@U024BE7LH>"));
        QVERIFY(planned.out.contains("Integrity: Integrity violation"));
        const QString out = path(QStringLiteral("people-worker"));
        QCOMPARE(run({ QStringLiteral("codegen"), id, QStringLiteral("--out"), out }).exit, 0);
        QFile worker(QDir(out).filePath(QStringLiteral("worker.ts")));
        QVERIFY(worker.open(QIODevice::ReadOnly));
        const QByteArray source = worker.readAll();
        QVERIFY(source.contains("\"devops-team\": {"));
        QVERIFY(source.contains("\"slack_id\": \"U024BE7LH\""));
    }
};

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rulescli.moc"
