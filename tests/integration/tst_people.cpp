// The people directory's platform path over real HTTPS to the demo platform: AccessUserRequest for a
// user, a non-ASCII user, a name with a space or '/', a service account (404) and a token that is not
// admin-scoped (403), compared with the demo's users; PeopleResolveJob keeps going past refusals and
// keeps what is known; and `runtime-desk-cli people` list, import, set and resolve through the binary.
#include "accessrequests.h"
#include "apiclient.h"
#include "cliprocess.h"
#include "demoaccessusers.h"
#include "demofixture.h"
#include "demohost.h"
#include "peopleresolvejob.h"
#include "peopleroster.h"
#include "peoplestore.h"
#include "schema.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Estate
{
    std::unique_ptr<DemoHost> host;
    QObject owner;
    std::unique_ptr<ApiClient> client;
    DemoPlatform &platform() { return *host->platform(); }
};

std::unique_ptr<Estate> startEstate(bool accessAdmin)
{
    DemoPlatform::Options options = DemoFixture::defaultOptions();
    options.ownerTrail = false; // only the platform's Build Owner and Deployed By: counted here from its tags
    options.accessAdmin = accessAdmin;
    auto estate = std::make_unique<Estate>();
    estate->host = std::make_unique<DemoHost>(options);
    QString error;
    if (!estate->host->start(&error)) {
        qWarning("demo: %s", qPrintable(error));
        return nullptr;
    }
    estate->client = std::make_unique<ApiClient>(ApiClient::createNetworkAccessManager(&estate->owner));
    estate->client->setProfile(DemoFixture::defaultProfile(estate->platform()));
    estate->client->setToken(estate->platform().token());
    return estate;
}

struct Count
{
    int tags = 0;
    int risky = 0;
};

// Every Build Owner and Deployed By of the demo's tags, counted from what the platform lists.
QMap<QString, Count> expectedCounts(DemoPlatform &platform)
{
    QMap<QString, Count> counts;
    for (const ImageTag &t : platform.expectedTags()) {
        QSet<QString> people;
        if (t.buildInfo && !t.buildInfo->owner.isEmpty())
            people.insert(t.buildInfo->owner);
        if (t.deployedBy && !t.deployedBy->isEmpty())
            people.insert(*t.deployedBy);
        for (const QString &name : people) {
            counts[name].tags += 1;
            counts[name].risky += t.risks != Risks() ? 1 : 0;
        }
    }
    return counts;
}

std::unique_ptr<Database> openLocal(const QString &path)
{
    Database::Options options;
    options.durability = Database::Durability::Full;
    return Database::open(path, Schema::local(), options).database;
}

} // namespace

class TestPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_workspace = Workspace::fromLocalPath(m_dir->filePath(QStringLiteral("desk.sqlite")));
    }
    void cleanup() { m_dir.reset(); }

    void requestAnswers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("admin");
        QTest::addColumn<int>("status");
        QTest::newRow("user") << QStringLiteral("alice.nguyen") << true << 200;
        QTest::newRow("non-ASCII user") << QStringLiteral("zoë.müller") << true << 200;
        QTest::newRow("space and non-ASCII") << QStringLiteral("José Müller") << true << 200;
        QTest::newRow("e-mail address user") << QStringLiteral("alice.nguyen@acme.example") << true << 200;
        QTest::newRow("service account") << QStringLiteral("jenkins-user") << true << 404;
        QTest::newRow("team") << QStringLiteral("payments-team") << true << 404;
        QTest::newRow("slash") << QStringLiteral("payments/alice.nguyen") << true << 404;
        QTest::newRow("not admin-scoped") << QStringLiteral("alice.nguyen") << false << 403;
    }
    void requestAnswers()
    {
        QFETCH(QString, name);
        QFETCH(bool, admin);
        QFETCH(int, status);
        const auto estate = startEstate(admin);
        QVERIFY(estate);
        estate->platform().requests().clear();
        AccessUserRequest request(estate->client.get(), name, nullptr);
        QVERIFY(DemoFixture::run(request));
        const QList<DemoRequestLog::Entry> log = estate->platform().requests().entries();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().status, status);
        // The name went as one path segment, percent-encoded as UTF-8.
        QCOMPARE(log.constFirst().path,
                 QStringLiteral("/access/api/v2/users/")
                     + QString::fromLatin1(QUrl::toPercentEncoding(name)));
        if (status != 200) {
            QCOMPARE(request.error().httpStatus, status);
            if (status == 404) // the demo's users endpoint answered, not an unknown path
                QCOMPARE(request.error().serverMessage, QStringLiteral("User '%1' does not exist").arg(name));
            return;
        }
        QVERIFY2(!request.error(), qPrintable(request.error().message()));
        const auto served = DemoAccessUsers::find(name);
        QVERIFY(served);
        const AccessUserRequest::User &user = request.result();
        QCOMPARE(user.username, served->username);
        QCOMPARE(user.email, served->email);
        QCOMPARE(user.realm, served->realm);
        QCOMPARE(user.status, served->status);
        QCOMPARE(user.admin, served->admin);
        QCOMPARE(user.groups, served->groups);
    }

    void theJobKeepsGoingAndKeepsWhatIsKnown()
    {
        const auto local = openLocal(m_workspace.localPath);
        QVERIFY(local);
        PeopleStore store(*local);
        Person mine;
        mine.name = QStringLiteral("alice.nguyen");
        mine.email = QStringLiteral("alice@mine.example");
        mine.source = Person::Source::Yours;
        QVERIFY(store.upsert(mine));
        const QStringList names { QStringLiteral("alice.nguyen"), QStringLiteral("zoë.müller"),
                                  QStringLiteral("José Müller"), QStringLiteral("github-actions[bot]"),
                                  QStringLiteral("grace.kim") };
        {
            const auto refusing = startEstate(false);
            QVERIFY(refusing);
            PeopleResolveJob job(refusing->client.get(), *local);
            QSignalSpy finished(&job, &PeopleResolveJob::finished);
            job.start(names);
            QVERIFY(finished.wait(60000));
            QCOMPARE(job.summary().refused, int(names.size())); // every name asked, none given up on
            QCOMPARE(job.summary().refusedStatus, 403);
            QCOMPARE(refusing->platform().requests().entries().size(), names.size());
        }
        QCOMPARE(store.person(QStringLiteral("alice.nguyen"))->email, QStringLiteral("alice@mine.example"));
        QCOMPARE(store.person(QStringLiteral("grace.kim"))->reason,
                 QStringLiteral("the platform refused (403): reading users needs an admin-scoped token"));
        QCOMPARE(store.person(QStringLiteral("grace.kim"))->source, Person::Source::Unresolved);

        const auto estate = startEstate(true);
        QVERIFY(estate);
        PeopleResolveJob job(estate->client.get(), *local);
        QSignalSpy finished(&job, &PeopleResolveJob::finished);
        QSignalSpy progress(&job, &PeopleResolveJob::progress);
        job.start(names);
        QVERIFY(finished.wait(60000));
        QCOMPARE(progress.size(), names.size() + 1);
        QCOMPARE(job.summary().resolved, 4);
        QCOMPARE(job.summary().notUsers, 1);
        for (const QString &name : names) {
            const std::optional<Person> p = store.person(name);
            QVERIFY(p);
            if (name == QLatin1StringView("alice.nguyen")) {
                QCOMPARE(p->source, Person::Source::Yours); // the platform's answer did not replace it
                QCOMPARE(p->email, QStringLiteral("alice@mine.example"));
                continue;
            }
            const auto served = DemoAccessUsers::find(name);
            if (!served) {
                QCOMPARE(p->source, Person::Source::Unresolved);
                QCOMPARE(p->reason, QStringLiteral("not a platform user"));
                continue;
            }
            QCOMPARE(p->source, Person::Source::Platform);
            QCOMPARE(p->email, served->email);
            QCOMPARE(p->status, served->status);
            QCOMPARE(p->groups, served->groups);
            QVERIFY(p->resolvedAt.isValid());
        }

        // A later refusal keeps the platform's answers.
        const auto refusing = startEstate(false);
        QVERIFY(refusing);
        PeopleResolveJob again(refusing->client.get(), *local);
        QSignalSpy done(&again, &PeopleResolveJob::finished);
        again.start(names);
        QVERIFY(done.wait(60000));
        QCOMPARE(store.person(QStringLiteral("zoë.müller"))->source, Person::Source::Platform);
        QCOMPARE(store.person(QStringLiteral("zoë.müller"))->email,
                 QStringLiteral("zoe.muller@acme.example"));
    }

    void theCli()
    {
        auto estate = startEstate(false);
        QVERIFY(estate);
        const QStringList global { QStringLiteral("--db"), m_workspace.localPath, QStringLiteral("--ca"),
                                   estate->platform().caCertificatePath() };
        auto env = CliProcess::environment(estate->platform().url(), estate->platform().token());
        const auto cli = [&](const QStringList &args) { return CliProcess::run(global + args, env); };
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--quiet") }).exitCode, 0);
        const QMap<QString, Count> counts = expectedCounts(estate->platform());
        QVERIFY(counts.size() > 10);

        // list: every Build Owner and Deployed By with exactly the documented fields and the counts.
        const auto list = [&] {
            const CliProcess::Result r = cli({ QStringLiteral("people"), QStringLiteral("list"),
                                               QStringLiteral("--format"), QStringLiteral("json") });
            [&] { QCOMPARE(r.exitCode, 0); }();
            QMap<QString, QJsonObject> byName;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
                byName.insert(v[QLatin1StringView("name")].toString(), v.toObject());
            return byName;
        };
        QMap<QString, QJsonObject> listed = list();
        QCOMPARE(listed.size(), counts.size());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const QJsonObject o = listed.value(it.key());
            QCOMPARE(
                o.keys(),
                (QStringList { QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("risky_tags"),
                               QStringLiteral("slack_id"), QStringLiteral("source"), QStringLiteral("tags"),
                               QStringLiteral("team") }));
            QCOMPARE(o[QLatin1StringView("tags")].toInt(), it->tags);
            QCOMPARE(o[QLatin1StringView("risky_tags")].toInt(), it->risky);
            QCOMPARE(o[QLatin1StringView("source")].toString(), QStringLiteral("unresolved"));
        }

        // import: a good file, then a bad one that imports nothing.
        const QString person = counts.firstKey();
        QFile good(m_dir->filePath(QStringLiteral("people.csv")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(
            QStringLiteral("name,email,slack_id,team\n\"%1\",owner@mine.example,U0OWNER1,\"core, infra\"\n")
                .arg(QString(person).replace(u'"', QStringLiteral("\"\"")))
                .toUtf8());
        good.close();
        CliProcess::Result r = cli({ QStringLiteral("people"), QStringLiteral("import"), good.fileName() });
        QCOMPARE(r.exitCode, 0);
        QFile bad(m_dir->filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"([{"name":"new.person","email":"new@mine.example"},{"name":"x","slack_id":"C123"}])");
        bad.close();
        r = cli({ QStringLiteral("people"), QStringLiteral("import"), bad.fileName() });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("entry 2: \"C123\" is not a Slack member ID"), r.err.constData());
        listed = list();
        QVERIFY(!listed.contains(QStringLiteral("new.person")));
        QCOMPARE(listed[person][QLatin1StringView("email")].toString(), QStringLiteral("owner@mine.example"));
        QCOMPARE(listed[person][QLatin1StringView("slack_id")].toString(), QStringLiteral("U0OWNER1"));
        QCOMPARE(listed[person][QLatin1StringView("team")].toString(), QStringLiteral("core, infra"));
        QCOMPARE(listed[person][QLatin1StringView("source")].toString(), QStringLiteral("yours"));

        // set: a new entry, and a refused one.
        r = cli({ QStringLiteral("people"), QStringLiteral("set"), QStringLiteral("jenkins-user"),
                  QStringLiteral("--email"), QStringLiteral("ci@mine.example"), QStringLiteral("--team"),
                  QStringLiteral("build") });
        QCOMPARE(r.exitCode, 0);
        r = cli({ QStringLiteral("people"), QStringLiteral("set"), QStringLiteral("jenkins-user"),
                  QStringLiteral("--slack-id"), QStringLiteral("nope") });
        QCOMPARE(r.exitCode, 1);
        listed = list();
        QCOMPARE(listed[QStringLiteral("jenkins-user")][QLatin1StringView("email")].toString(),
                 QStringLiteral("ci@mine.example"));
        QVERIFY(listed[QStringLiteral("jenkins-user")][QLatin1StringView("slack_id")].isNull());

        // resolve against a token that is not admin-scoped: exit 2 naming the status; nothing lost.
        r = cli({ QStringLiteral("people"), QStringLiteral("resolve") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("the platform refused (403)"), r.err.constData());
        listed = list();
        QCOMPARE(listed[person][QLatin1StringView("source")].toString(), QStringLiteral("yours"));
        QCOMPARE(listed[QStringLiteral("jenkins-user")][QLatin1StringView("source")].toString(),
                 QStringLiteral("yours"));

        // resolve with an admin-scoped token: what the demo serves, for every name it knows.
        estate.reset();
        estate = startEstate(true);
        QVERIFY(estate);
        env = CliProcess::environment(estate->platform().url(), estate->platform().token());
        QStringList withCa = global;
        withCa[3] = estate->platform().caCertificatePath();
        r = CliProcess::run(withCa + QStringList { QStringLiteral("people"), QStringLiteral("resolve") },
                            env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        listed = list();
        int platformUsers = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const QJsonObject o = listed.value(it.key());
            const QString source = o[QLatin1StringView("source")].toString();
            if (it.key() == person || it.key() == QLatin1StringView("jenkins-user")) {
                QCOMPARE(source, QStringLiteral("yours"));
            } else if (const auto served = DemoAccessUsers::find(it.key())) {
                QCOMPARE(source, QStringLiteral("platform"));
                QCOMPARE(o[QLatin1StringView("email")].toString(), served->email);
                ++platformUsers;
            } else {
                QCOMPARE(source, QStringLiteral("unresolved"));
            }
        }
        QVERIFY(platformUsers > 3);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Workspace m_workspace;
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
