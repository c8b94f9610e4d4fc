// `runtime-desk-cli rules deploy|enable|disable|remove|workers|secret` end to end: the built binary
// (RD_CLI) against the demo platform over TLS, secrets from a file and from the real keychain
// (run by tests/support/with-keyring.sh), and the exit codes of each failure.
#include "demofixture.h"
#include "demoworkersapi.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

const QHash<QString, QString> &values()
{
    static const QHash<QString, QString> v {
        { QStringLiteral("SLACK_WEBHOOK_URL"),
          QStringLiteral("https://hooks.slack.com/services/T1/B1/clicanary01") },
        { QStringLiteral("WEBHOOK_URL"), QStringLiteral("https://receiver.example.com/hooks/clicanary02") },
        { QStringLiteral("WEBHOOK_SIGNING_KEY"), QStringLiteral("clicanary03Qm2ZpX9rTb4LwN8vYc3HsD6f") },
        { QStringLiteral("MAIL_API_KEY"), QStringLiteral("SG.clicanary04.abcdef") }
    };
    return v;
}

} // namespace

class TestWorkerDeployCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoFixture> m_demo;
    QString m_db;
    QString m_secretsFile;

    // The demo serves in this thread, so the process is waited for with the event loop running.
    Result cli(const QStringList &args, const QByteArray &input = {}, const QString &url = {},
               const QString &token = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JFROG_URL"), url.isEmpty() ? m_demo->platform().url().toString() : url);
        env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"),
                   token.isEmpty() ? m_demo->platform().token() : token);
        env.remove(QStringLiteral("QT_LOGGING_RULES")); // the CLI's own default: no informational lines
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(TestEnvironment::cliPath(),
                      QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--ca"),
                                    m_demo->platform().caCertificatePath(), QStringLiteral("rules") }
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

    QString state(const QString &id)
    {
        const Result list =
            cli({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        for (const QJsonValue &rule : QJsonDocument::fromJson(list.out).array()) {
            if (rule.toObject().value(QLatin1StringView("id")).toString() == id)
                return rule.toObject().value(QLatin1StringView("state")).toString();
        }
        return {};
    }

    QString create(const QString &templateName)
    {
        const Result r = cli({ QStringLiteral("new"), QStringLiteral("--template"), templateName });
        return r.exit == 0 ? QString::fromLatin1(r.out.trimmed()) : QString();
    }

    QString keyOf(const QString &id)
    {
        const Result show =
            cli({ QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json") });
        return QJsonDocument::fromJson(show.out).object().value(QLatin1StringView("worker_key")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY2(QFileInfo::exists(TestEnvironment::cliPath()),
                 "RD_CLI must name the built runtime-desk-cli");
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
        QJsonObject object;
        for (auto it = values().begin(); it != values().end(); ++it)
            object.insert(it.key(), it.value());
        m_secretsFile = m_dir.filePath(QStringLiteral("secrets.json"));
        QFile file(m_secretsFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(object).toJson());
    }

    void deployEnableDisableRemove()
    {
        const QString id = create(QStringLiteral("integrity-violation"));
        QVERIFY(!id.isEmpty());
        const QString key = keyOf(id);
        QVERIFY(key.startsWith(QLatin1StringView("rd-integrity-violation-")));

        Result r = cli({ QStringLiteral("deploy"), id, QStringLiteral("--secrets"), m_secretsFile });
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("Deployed " + key.toLatin1() + " (created, disabled)\n"));
        QVERIFY(r.err.contains("done     write"));
        auto worker = m_demo->platform().workers().worker(key);
        QVERIFY(worker && !worker->enabled);
        QCOMPARE(worker->secrets.value(QStringLiteral("MAIL_API_KEY")),
                 values().value(QStringLiteral("MAIL_API_KEY")));
        QCOMPARE(state(id), QStringLiteral("deployed"));

        r = cli({ QStringLiteral("enable"), id.left(8) });
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(m_demo->platform().workers().worker(key)->enabled);
        QCOMPARE(state(id), QStringLiteral("enabled"));

        r = cli({ QStringLiteral("workers"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exit, 0);
        bool ours = false;
        bool foreign = false;
        for (const QJsonValue &w : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = w.toObject();
            if (o.value(QLatin1StringView("key")).toString() == key) {
                ours = !o.value(QLatin1StringView("read_only")).toBool(true)
                    && o.value(QLatin1StringView("rule_id")).toString() == id
                    && o.value(QLatin1StringView("enabled")).toBool();
            } else if (o.value(QLatin1StringView("key")).toString() == u"cleanup-stale-builds") {
                foreign = o.value(QLatin1StringView("read_only")).toBool()
                    && o.value(QLatin1StringView("source_code"))
                           .toString()
                           .contains(QLatin1StringView("deleteAll"));
            }
        }
        QVERIFY(ours && foreign);
        r = cli({ QStringLiteral("workers") });
        QVERIFY(r.out.contains("read-only: a GENERIC_EVENT worker"));

        r = cli({ QStringLiteral("disable"), id });
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(!m_demo->platform().workers().worker(key)->enabled);
        QCOMPARE(state(id), QStringLiteral("deployed"));

        r = cli({ QStringLiteral("remove"), id });
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(r.out.startsWith(QByteArray("Removed " + key.toLatin1())));
        QVERIFY(!m_demo->platform().workers().worker(key));
        QCOMPARE(state(id), QStringLiteral("draft"));
    }

    void secretsFromTheKeychain()
    {
        const QString id = create(QStringLiteral("untrusted-registry"));
        // Nothing stored yet: refused before anything is created, a data error.
        Result r = cli({ QStringLiteral("deploy"), id });
        QCOMPARE(r.exit, 3);
        QVERIFY2(r.err.contains("no value for the secret(s) SLACK_WEBHOOK_URL"), r.err.constData());
        QVERIFY(!m_demo->platform().workers().worker(keyOf(id)));

        r = cli({ QStringLiteral("secret"), QStringLiteral("list"), id });
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out.count("missing"), 4);
        for (auto it = values().begin(); it != values().end(); ++it) {
            r = cli({ QStringLiteral("secret"), QStringLiteral("set"), id, it.key() },
                    it.value().toUtf8() + '\n');
            QVERIFY2(r.exit == 0, r.err.constData());
        }
        r = cli({ QStringLiteral("secret"), QStringLiteral("list"), id });
        QCOMPARE(r.out.count("stored"), 4);
        QVERIFY(!r.out.contains(values().value(QStringLiteral("MAIL_API_KEY")).toUtf8()));
        QCOMPARE(
            cli({ QStringLiteral("secret"), QStringLiteral("set"), id, QStringLiteral("NOT_USED") }, "x\n")
                .exit,
            1);
        QCOMPARE(
            cli({ QStringLiteral("secret"), QStringLiteral("set"), id, QStringLiteral("MAIL_API_KEY") }).exit,
            1);

        r = cli({ QStringLiteral("deploy"), id, QStringLiteral("--enable") });
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(r.out.contains("(created, enabled)"));
        const auto worker = m_demo->platform().workers().worker(keyOf(id));
        QVERIFY(worker && worker->enabled);
        for (auto it = values().begin(); it != values().end(); ++it)
            QCOMPARE(worker->secrets.value(it.key()), it.value());
        QCOMPARE(state(id), QStringLiteral("enabled"));
        // Nothing of them in what the CLI printed, or in its database.
        QByteArray db;
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile file(m_db + suffix);
            if (file.open(QIODevice::ReadOnly))
                db += file.readAll();
        }
        for (const QString &value : values())
            QVERIFY(!db.contains(value.toUtf8()) && !r.out.contains(value.toUtf8())
                    && !r.err.contains(value.toUtf8()));
    }

    void errorsAndExitCodes()
    {
        const QString id = create(QStringLiteral("deployment-status-change"));
        Result r = cli({ QStringLiteral("enable"), id });
        QCOMPARE(r.exit, 3); // not deployed
        QVERIFY(r.err.contains("the rule is not deployed"));
        QCOMPARE(cli({ QStringLiteral("deploy") }).exit, 1);
        QCOMPARE(cli({ QStringLiteral("deploy"), QStringLiteral("ffffffff") }).exit, 3);
        QCOMPARE(cli({ QStringLiteral("deploy"), id, QStringLiteral("--secrets"),
                       m_dir.filePath(QStringLiteral("none.json")) })
                     .exit,
                 3);
        QCOMPARE(cli({ QStringLiteral("secret"), QStringLiteral("frobnicate"), id }).exit, 1);
        // A platform that does not answer: a network error, and the rule stays a draft.
        r = cli({ QStringLiteral("deploy"), id, QStringLiteral("--secrets"), m_secretsFile }, {},
                QStringLiteral("https://127.0.0.1:1"));
        QCOMPARE(r.exit, 2);
        // The steps, then one error line.
        const QList<QByteArray> lines =
            r.err.endsWith('\n') ? r.err.chopped(1).split('\n') : r.err.split('\n');
        QVERIFY(lines.constLast().startsWith("runtime-desk-cli: "));
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(lines[i].startsWith("  "), lines[i].constData());
        QCOMPARE(state(id), QStringLiteral("draft"));
        // The platform refuses the token: a platform error naming the endpoint.
        r = cli({ QStringLiteral("deploy"), id, QStringLiteral("--secrets"), m_secretsFile }, {}, {},
                QStringLiteral("wrong"));
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains("401 from /worker/api/v2/actions"), r.err.constData());
        r = cli({ QStringLiteral("workers") }, {}, {}, QStringLiteral("wrong"));
        QCOMPARE(r.exit, 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkerDeployCli)
#include "tst_workerdeploycli.moc"
