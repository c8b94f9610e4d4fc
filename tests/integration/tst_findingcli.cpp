// `runtime-desk-cli triage | ticket | outbox | tracker | export` end to end: the built binary
// against the demo platform (its Jira- and GitHub-compatible endpoints) in its own thread, the
// real keychain (with-keyring.sh), `sha256sum -c` on the evidence pack, and canary credentials
// that must never reach the SQLite files, the output, the logs or the exported evidence.
#include "demohost.h"
#include "evidencepack.h"
#include "testenvironment.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString jiraCanary = QStringLiteral("CANARY-jira-4b1d9e0c7a");
const QString githubCanary = QStringLiteral("CANARY-ghp-77aa31f5e2");

struct Result
{
    int exit = -1;
    QString out;
    QString err;
};
} // namespace

class TestFindingCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoHost> m_host;
    QString m_db;
    QString m_ref;
    ImageTag m_tag;
    QString m_transcript; // everything the CLI printed, stdout and stderr

    DemoPlatform &platform() { return *m_host->platform(); }

    QProcessEnvironment environment(const QString &tracker = {}, bool withToken = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "JIRA_URL", "JIRA_PROJECT", "JIRA_USER", "JIRA_API_TOKEN", "JIRA_CA_FILE",
                                  "GITHUB_API_URL", "GITHUB_REPOSITORY", "GITHUB_TOKEN", "GITHUB_CA_FILE" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("JFROG_URL"), m_host->url().toString());
        env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), platform().token());
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("rtdesk.*=true")); // every log line, for the canary check
        if (tracker == u"jira") {
            env.insert(QStringLiteral("JIRA_URL"), platform().jiraUrl().toString());
            env.insert(QStringLiteral("JIRA_PROJECT"), QStringLiteral("SEC"));
            env.insert(QStringLiteral("JIRA_USER"), platform().trackers().credentials().jiraUser);
            env.insert(QStringLiteral("JIRA_CA_FILE"), platform().caCertificatePath());
            if (withToken)
                env.insert(QStringLiteral("JIRA_API_TOKEN"), jiraCanary);
        } else if (tracker == u"github") {
            env.insert(QStringLiteral("GITHUB_API_URL"), platform().githubUrl().toString());
            env.insert(QStringLiteral("GITHUB_REPOSITORY"), QStringLiteral("demo-org/findings"));
            env.insert(QStringLiteral("GITHUB_CA_FILE"), platform().caCertificatePath());
            if (withToken)
                env.insert(QStringLiteral("GITHUB_TOKEN"), githubCanary);
        }
        return env;
    }

    Result run(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(TestEnvironment::cliPath(),
                      QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--ca"),
                                    platform().caCertificatePath() }
                          + args);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        Result r;
        if (!process.waitForFinished(60000))
            return r;
        r.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        m_transcript += r.out + r.err;
        return r;
    }
    Result run(const QStringList &args) { return run(args, environment()); }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY2(QFileInfo::exists(TestEnvironment::cliPath()),
                 "RD_CLI must name the built runtime-desk-cli");
        DemoPlatform::Options options;
        options.tags = 80;
        options.seed = 5;
        options.jiraToken = jiraCanary;
        options.githubToken = githubCanary;
        m_host = std::make_unique<DemoHost>(options);
        QString error;
        QVERIFY2(m_host->start(&error), qPrintable(error));
        m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
        const Result sync = run({ QStringLiteral("sync"), QStringLiteral("--quiet") });
        QVERIFY2(sync.exit == 0, qPrintable(sync.err));
        for (const ImageTag &t : platform().expectedTags()) {
            if (!t.workloads.isEmpty() && t.buildInfo && !t.buildInfo->owner.isEmpty()
                && !t.digest.isEmpty()) {
                m_tag = t;
                break;
            }
        }
        QVERIFY(!m_tag.name.isEmpty());
        m_ref = m_tag.registry + u'/' + m_tag.repositoryPath + u'/' + m_tag.reference();
    }

    void triage()
    {
        Result r = run({ QStringLiteral("triage"), m_ref, QStringLiteral("--status"),
                         QStringLiteral("investigating"), QStringLiteral("--note"),
                         QStringLiteral("Owner **paged**.") });
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral(": investigating")));
        // Refusals are usage errors, one line, and change nothing.
        r = run({ QStringLiteral("triage"), m_ref, QStringLiteral("--status"), QStringLiteral("accepted") });
        QCOMPARE(r.exit, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        r = run({ QStringLiteral("triage"), m_ref, QStringLiteral("--status"), QStringLiteral("accepted"),
                  QStringLiteral("--until"), QStringLiteral("2001-01-01") });
        QCOMPARE(r.exit, 1);
        r = run({ QStringLiteral("triage"), m_ref, QStringLiteral("--status"), QStringLiteral("closed") });
        QCOMPARE(r.exit, 1);
        r = run({ QStringLiteral("triage"), QStringLiteral("no-such-image:1.0"), QStringLiteral("--status"),
                  QStringLiteral("new") });
        QCOMPARE(r.exit, 3);
        r = run({ QStringLiteral("triage"), m_tag.digest, QStringLiteral("--format"),
                  QStringLiteral("json") }); // by digest
        QCOMPARE(r.exit, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QLatin1StringView("status")).toString(), QStringLiteral("investigating"));
        QCOMPARE(shown.value(QLatin1StringView("notes")).toArray().size(), 1);
        QCOMPARE(shown.value(QLatin1StringView("journal")).toArray().size(), 2); // status, note
    }

    void ticketDryRunSendsNothing()
    {
        const Result r = run({ QStringLiteral("ticket"), m_ref, QStringLiteral("--tracker"),
                               QStringLiteral("jira"), QStringLiteral("--dry-run") },
                             environment(QStringLiteral("jira"), false));
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("POST ") + platform().jiraUrl().toString()
                                 + QStringLiteral("/rest/api/2/issue\n")));
        QVERIFY(r.out.contains(m_tag.buildInfo->owner));
        QVERIFY(r.out.contains(m_tag.digest));
        QCOMPARE(platform().trackers().issues().size(), 0);
    }

    void ticketSentThenOfflineQueued()
    {
        Result r =
            run({ QStringLiteral("ticket"), m_ref, QStringLiteral("--tracker"), QStringLiteral("jira") },
                environment(QStringLiteral("jira")));
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("SEC-1 ") + platform().jiraUrl().toString()
                     + QStringLiteral("/browse/SEC-1"));
        QCOMPARE(platform().trackers().issues(QStringLiteral("jira")).size(), 1);
        r = run({ QStringLiteral("triage"), m_ref, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1StringView("status")).toString(),
            QStringLiteral("ticketed"));

        // Offline: exit 2, "queued in the outbox", and it goes out once on the next send.
        QProcessEnvironment offline = environment(QStringLiteral("github"));
        offline.insert(QStringLiteral("GITHUB_API_URL"), QStringLiteral("https://127.0.0.1:1/github"));
        r = run({ QStringLiteral("ticket"), m_ref, QStringLiteral("--tracker"), QStringLiteral("github"),
                  QStringLiteral("--title"), QStringLiteral("Integrity violation in prod") },
                offline);
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("queued in the outbox: #")), qPrintable(r.err));
        r = run({ QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exit, 0);
        const QJsonArray waiting = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0].toObject().value(QLatin1StringView("state")).toString(),
                 QStringLiteral("pending"));
        r = run({ QStringLiteral("outbox"), QStringLiteral("--send") }, offline);
        QCOMPARE(r.exit, 2);
        r = run({ QStringLiteral("outbox"), QStringLiteral("--send") },
                environment(QStringLiteral("github")));
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("the outbox is empty")));
        const QList<DemoTrackersApi::Issue> issues = platform().trackers().issues(QStringLiteral("github"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().title, QStringLiteral("Integrity violation in prod"));
        r = run({ QStringLiteral("outbox"), QStringLiteral("--send") },
                environment(QStringLiteral("github")));
        QCOMPARE(r.exit, 0);
        QCOMPARE(platform().trackers().issues(QStringLiteral("github")).size(), 1);
    }

    // Credentials from the keychain: `tracker` reads the token from stdin, `ticket` finds it.
    void keychainCredential()
    {
        Result r = run({ QStringLiteral("tracker"), QStringLiteral("jira"), QStringLiteral("--tracker-url"),
                         platform().jiraUrl().toString(), QStringLiteral("--project"), QStringLiteral("OPS"),
                         QStringLiteral("--jira-user"), platform().trackers().credentials().jiraUser,
                         QStringLiteral("--tracker-ca"), platform().caCertificatePath() },
                       environment(), jiraCanary.toUtf8() + '\n');
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = run({ QStringLiteral("ticket"), m_ref, QStringLiteral("--tracker"), QStringLiteral("jira") });
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("OPS-1 ")));
    }

    void exportEvidence()
    {
        const QString target = m_dir.filePath(QStringLiteral("evidence"));
        QVERIFY(QDir().mkpath(target));
        const Result r = run({ QStringLiteral("export"), m_ref, QStringLiteral("--evidence"), target });
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QString folder = r.out.trimmed();
        QCOMPARE(QFileInfo(folder).absolutePath(), QFileInfo(target).absoluteFilePath());
        QCOMPARE(QFileInfo(folder).fileName(), EvidencePack::folderName(m_tag));
        // coreutils agrees with the manifest, and so does our own check.
        QProcess sums;
        sums.setWorkingDirectory(folder);
        sums.start(QStringLiteral("sha256sum"), { QStringLiteral("-c"), QStringLiteral("SHA256SUMS") });
        QVERIFY(sums.waitForFinished(30000));
        const QString checked = QString::fromUtf8(sums.readAllStandardOutput());
        QVERIFY2(sums.exitCode() == 0, qPrintable(checked));
        QCOMPARE(checked.count(QStringLiteral(": OK")), 4);
        QString error;
        QVERIFY2(EvidencePack::verify(folder, &error), qPrintable(error));
        QFile md(folder + QStringLiteral("/evidence.md"));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.contains(m_tag.buildInfo->owner));
        QVERIFY(text.contains(QStringLiteral("/browse/"))); // the ticket link
        QVERIFY(text.contains(QStringLiteral("Owner **paged**.")));
        QVERIFY(text.contains(m_tag.workloads.constFirst().name));
        const Result bad = run({ QStringLiteral("export"), m_ref, QStringLiteral("--evidence"),
                                 m_dir.filePath(QStringLiteral("nowhere")) });
        QCOMPARE(bad.exit, 3);
    }

    // The canary credentials went through env, the keychain and the wire, and nowhere else.
    void credentialsLeaveNoTrace()
    {
        QVERIFY(platform().requests().size() > 0);
        QVERIFY(!m_transcript.isEmpty());
        QVERIFY2(!m_transcript.contains(jiraCanary) && !m_transcript.contains(githubCanary),
                 "a credential reached the output or logs");
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            QVERIFY2(!bytes.contains(jiraCanary.toUtf8()) && !bytes.contains(githubCanary.toUtf8()),
                     qPrintable(file.fileName()));
            const QByteArray basic =
                (platform().trackers().credentials().jiraUser + u':' + jiraCanary).toUtf8().toBase64();
            QVERIFY2(!bytes.contains(basic), qPrintable(file.fileName()));
        }
        QVERIFY(files >= 6); // the local file and the cache, the evidence pack
    }
};

QTEST_GUILESS_MAIN(TestFindingCli)
#include "tst_findingcli.moc"
