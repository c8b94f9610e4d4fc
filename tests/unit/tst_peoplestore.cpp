// The people directory in a real local database: precedence between the user's own entries, the
// platform's answers and failures; CSV and JSON imports, good and bad (all or nothing); and the
// Build Owner / Deployed By counts of a real cache generation, against counts made here from the tags.
#include "imagestore.h"
#include "peoplefile.h"
#include "peopleroster.h"
#include "peoplestore.h"
#include "sampledata.h"
#include "schema.h"
#include "testenvironment.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

std::unique_ptr<Database> openLocal(const QString &path)
{
    Database::Options options;
    options.durability = Database::Durability::Full;
    return Database::open(path, Schema::local(), options).database;
}

Person make(const QString &name, Person::Source source, const QString &email = {}, const QString &reason = {})
{
    Person p;
    p.name = name;
    p.email = email;
    p.source = source;
    p.reason = reason;
    p.resolvedAt = QDateTime::fromMSecsSinceEpoch(1765000000000, Qt::UTC);
    return p;
}

} // namespace

class TestPeopleStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_local = openLocal(m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_n)));
        QVERIFY(m_local);
    }
    void cleanup() { m_local.reset(); }

    void precedence()
    {
        PeopleStore store(*m_local);
        bool kept = false;
        QVERIFY(store.upsert(
            make(QStringLiteral("alice"), Person::Source::Yours, QStringLiteral("a@x.example")), &kept));
        QVERIFY(kept);
        // A platform answer never replaces the user's own entry.
        QVERIFY(store.upsert(
            make(QStringLiteral("alice"), Person::Source::Platform, QStringLiteral("p@x.example")), &kept));
        QVERIFY(!kept);
        QCOMPARE(store.person(QStringLiteral("alice"))->email, QStringLiteral("a@x.example"));
        QCOMPARE(store.person(QStringLiteral("alice"))->source, Person::Source::Yours);
        // A failure never replaces what is known.
        QVERIFY(store.upsert(
            make(QStringLiteral("alice"), Person::Source::Unresolved, {}, QStringLiteral("403")), &kept));
        QVERIFY(!kept);
        Person bob = make(QStringLiteral("bob"), Person::Source::Platform, QStringLiteral("bob@x.example"));
        bob.groups = QStringList { QStringLiteral("readers"), QStringLiteral("développeurs") };
        bob.status = QStringLiteral("enabled");
        QVERIFY(store.upsert(bob));
        QVERIFY(store.upsert(
            make(QStringLiteral("bob"), Person::Source::Unresolved, {}, QStringLiteral("403")), &kept));
        QVERIFY(!kept);
        QCOMPARE(*store.person(QStringLiteral("bob")), bob);
        // An unresolved name takes a later answer, and the user's entry replaces the platform's.
        QVERIFY(store.upsert(make(QStringLiteral("ci-bot"), Person::Source::Unresolved, {},
                                  QStringLiteral("not a platform user"))));
        QVERIFY(store.upsert(make(QStringLiteral("ci-bot"), Person::Source::Unresolved, {},
                                  QStringLiteral("the platform refused (403)")),
                             &kept));
        QVERIFY(kept);
        QCOMPARE(store.person(QStringLiteral("ci-bot"))->reason,
                 QStringLiteral("the platform refused (403)"));
        QVERIFY(store.upsert(
            make(QStringLiteral("bob"), Person::Source::Yours, QStringLiteral("b@y.example")), &kept));
        QVERIFY(kept);

        QCOMPARE(store.directory().keys().size(), 2);
        QVERIFY(store.directory().contains(QStringLiteral("alice")));
        QVERIFY(store.directory().contains(QStringLiteral("bob")));
        QCOMPARE(store.yours().size(), 2);
        QCOMPARE(store.unresolvedNames(), QStringList { QStringLiteral("ci-bot") });
        QVERIFY(store.upsert(make(QStringLiteral("zoë.müller"), Person::Source::Platform)));
        QCOMPARE(store.yours().size(), 2);
        QCOMPARE(store.directory().size(), 3);

        // A bad entry is refused and nothing changes.
        QVERIFY(!store.upsert(
            make(QStringLiteral("alice"), Person::Source::Yours, QStringLiteral("not-an-address"))));
        Person badSlack = make(QStringLiteral("carol"), Person::Source::Yours);
        badSlack.slackId = QStringLiteral("u123");
        QVERIFY(!store.upsert(badSlack));
        QVERIFY(!store.upsert(make(QStringLiteral("line\nbreak"), Person::Source::Yours)));
        QCOMPARE(store.person(QStringLiteral("alice"))->email, QStringLiteral("a@x.example"));
        QVERIFY(!store.person(QStringLiteral("carol")));
    }

    void importGood_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << QByteArray("\xEF\xBB\xBFname,email,slack_id,team\r\n"
                                           "alice.nguyen,alice@acme.example,U01ABCDEF,payments\r\n"
                                           "\"Müller, José\",jose@acme.example,,\"the \"\"core\"\" team\"\r\n"
                                           "\r\n"
                                           "zoë.müller,,W0XYZ,\n")
                             << int(PeopleFile::Format::Csv);
        QTest::newRow("csv, other column order")
            << QByteArray("team,name,slack_id,email\npayments,alice.nguyen,U01ABCDEF,alice@acme.example\n"
                          "\"the \"\"core\"\" team\",\"Müller, José\",,jose@acme.example\n")
            << int(PeopleFile::Format::Csv);
        QTest::newRow("json") << QByteArray("[{\"name\":\"alice.nguyen\",\"email\":\"alice@acme.example\","
                                            "\"slack_id\":\"U01ABCDEF\",\"team\":\"payments\"},{\"name\":"
                                            "\"Müller, José\",\"email\":\"jose@acme.example\",\"team\":"
                                            "\"the \\\"core\\\" team\",\"slack_id\":null}]")
                              << int(PeopleFile::Format::Json);
    }
    void importGood()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        const PeopleFile::Parsed parsed = PeopleFile::parse(bytes, PeopleFile::Format(format));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        PeopleStore store(*m_local);
        QVERIFY(store.importYours(parsed.people));
        const QHash<QString, Person> yours = store.yours();
        QCOMPARE(yours.value(QStringLiteral("alice.nguyen")).slackId, QStringLiteral("U01ABCDEF"));
        QCOMPARE(yours.value(QStringLiteral("alice.nguyen")).team, QStringLiteral("payments"));
        QCOMPARE(yours.value(QStringLiteral("Müller, José")).email, QStringLiteral("jose@acme.example"));
        QCOMPARE(yours.value(QStringLiteral("Müller, José")).team, QStringLiteral("the \"core\" team"));
        QCOMPARE(yours.value(QStringLiteral("Müller, José")).source, Person::Source::Yours);
        if (QTest::currentDataTag() == QByteArray("csv")) {
            QCOMPARE(yours.size(), 3);
            QCOMPARE(yours.value(QStringLiteral("zoë.müller")).slackId, QStringLiteral("W0XYZ"));
        }
    }

    void importBad_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("error");
        const int csv = int(PeopleFile::Format::Csv), json = int(PeopleFile::Format::Json);
        QTest::newRow("bad e-mail") << QByteArray(
            "name,email\nnew.one,new@acme.example\nbad,not-an-address\n")
                                    << csv << QStringLiteral("line 3: \"not-an-address\" is not a plausible");
        QTest::newRow("bad slack id") << QByteArray("name,slack_id\nnew.one,U01ABC\nbad,C0123\n") << csv
                                      << QStringLiteral("line 3: \"C0123\" is not a Slack member ID");
        QTest::newRow("control in a name") << QByteArray("name\nnew.one\n\"a\x01b\"\n") << csv
                                           << QStringLiteral("line 3: the name contains control characters");
        QTest::newRow("unclosed quote") << QByteArray("name\nnew.one\n\"open,\n") << csv
                                        << QStringLiteral("line 3: a quoted field is not closed");
        QTest::newRow("unknown column") << QByteArray("name,phone\nnew.one,1\n") << csv
                                        << QStringLiteral("line 1: the header has \"phone\"");
        QTest::newRow("field count") << QByteArray("name,email\nnew.one,a@b.example,extra\n") << csv
                                     << QStringLiteral("line 2: 3 fields, the header has 2");
        QTest::newRow("empty name") << QByteArray("name,email\n,a@b.example\n") << csv
                                    << QStringLiteral("line 2: the name is empty");
        QTest::newRow("not utf-8") << QByteArray("name\n\xff\xfe\n") << csv
                                   << QStringLiteral("the file is not UTF-8 text");
        QTest::newRow("json entry") << QByteArray(R"([{"name":"new.one"},{"name":"x","email":"@"}])") << json
                                    << QStringLiteral("entry 2: \"@\" is not a plausible");
        QTest::newRow("json key") << QByteArray(R"([{"name":"new.one","phone":"1"}])") << json
                                  << QStringLiteral("entry 1: unknown key \"phone\"");
        QTest::newRow("json not array") << QByteArray(R"({"name":"new.one"})") << json
                                        << QStringLiteral("the JSON is not an array of people");
        QTest::newRow("json syntax") << QByteArray(R"([{"name":)") << json
                                     << QStringLiteral("not JSON at offset");
    }
    void importBad()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QFETCH(QString, error);
        PeopleStore store(*m_local);
        QVERIFY(store.upsert(
            make(QStringLiteral("before"), Person::Source::Yours, QStringLiteral("b@x.example"))));
        const PeopleFile::Parsed parsed = PeopleFile::parse(bytes, PeopleFile::Format(format));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.startsWith(error), qPrintable(parsed.error));
        QCOMPARE(store.all().size(), 1);
    }

    void importIsOneTransaction()
    {
        PeopleStore store(*m_local);
        QList<Person> people;
        for (int i = 0; i < 5; ++i)
            people.append(make(QStringLiteral("p%1").arg(i), Person::Source::Yours));
        m_local->failAfter(4); // BEGIN, three inserts, then the fourth fails
        QVERIFY(!store.importYours(people));
        m_local->failAfter(0);
        m_local->clearError();
        QCOMPARE(store.all().size(), 0);
        QVERIFY(store.importYours(people));
        QCOMPARE(store.all().size(), 5);
    }

    void countsOfACacheGeneration()
    {
        QList<ImageTag> tags = SampleData::tags(60, 6);
        const QStringList names { QStringLiteral("alice.nguyen"), QStringLiteral("José Müller"),
                                  QStringLiteral("ci-bot"), QStringLiteral("bob@acme.example") };
        QMap<QString, QPair<int, int>> expected;
        for (int i = 0; i < tags.size(); ++i) {
            ImageTag &t = tags[i];
            QSet<QString> people;
            if (i % 5 != 0) {
                t.buildInfo = BuildInfo { names.at(i % 3), QStringLiteral("build"), QString::number(i), {} };
                people.insert(names.at(i % 3));
            } else {
                t.buildInfo.reset();
            }
            if (i % 4 != 0) {
                t.deployedBy = names.at((i / 2) % 4);
                people.insert(*t.deployedBy);
            } else {
                t.deployedBy.reset();
            }
            for (const QString &name : people) {
                expected[name].first += 1;
                expected[name].second += t.risks != Risks() ? 1 : 0;
            }
        }
        const auto cache =
            SampleData::openCache(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_n)));
        const qint64 generation = SampleData::commitGeneration(*cache, tags);
        QVERIFY(generation > 0);
        bool ok = false;
        const QList<PersonTally> tallies = ImageStore(*cache).people(generation, &ok);
        QVERIFY(ok);
        QCOMPARE(tallies.size(), expected.size());
        for (const PersonTally &t : tallies) {
            QVERIFY2(expected.contains(t.name), qPrintable(t.name));
            QCOMPARE(t.tags, expected[t.name].first);
            QCOMPARE(t.riskyTags, expected[t.name].second);
        }

        // The roster joins them with the directory; only seen, unknown names are to be resolved.
        PeopleStore store(*m_local);
        QVERIFY(store.upsert(
            make(QStringLiteral("alice.nguyen"), Person::Source::Yours, QStringLiteral("a@x.example"))));
        QVERIFY(store.upsert(
            make(QStringLiteral("gone.person"), Person::Source::Platform, QStringLiteral("g@x.example"))));
        QVERIFY(store.upsert(make(QStringLiteral("ci-bot"), Person::Source::Unresolved, {},
                                  QStringLiteral("not a platform user"))));
        const QList<PeopleRoster::Entry> roster = PeopleRoster::build(*m_local, cache.get(), &ok);
        QVERIFY(ok);
        QCOMPARE(roster.size(), expected.size() + 1);
        QCOMPARE(roster.constLast().person.name, QStringLiteral("gone.person"));
        QVERIFY(!roster.constLast().seen);
        QStringList toResolve = PeopleRoster::toResolve(roster);
        toResolve.sort();
        QCOMPARE(toResolve,
                 (QStringList { QStringLiteral("José Müller"), QStringLiteral("bob@acme.example"),
                                QStringLiteral("ci-bot") }));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_local;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestPeopleStore)
#include "tst_peoplestore.moc"
