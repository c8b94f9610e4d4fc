// Golden cases: the store (local schema v3, journalled, removed with their rule) and the runner that the
// rule-save and deploy paths call: cases pass while the rule does what they expect, and fail, with a reason
// that says what was expected and what happened, when an edit changes whether it fires, where it sends,
// or what the message says.
#include "caserunner.h"
#include "casestore.h"
#include "database.h"
#include "rulestore.h"
#include "ruletemplates.h"
#include "schema.h"
#include "simulation.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

namespace {

const qint64 planTime = 1700000000; // 2023-11-14T22:13:20Z

QJsonObject sample()
{
    return QJsonDocument::fromJson(
               TestEnvironment::readData(QStringLiteral("events/workload-changed-event.json")))
        .object();
}

QJsonObject withIntegrityViolation()
{
    QJsonObject event = sample();
    QJsonArray images = event.value(QLatin1StringView("image_tags_object")).toArray();
    QJsonObject image = images[0].toObject();
    QJsonArray risks = image.value(QLatin1StringView("risks")).toArray();
    risks.append(QStringLiteral("integrity_violation"));
    image.insert(QStringLiteral("risks"), risks);
    images.replace(0, image);
    event.insert(QStringLiteral("image_tags_object"), images);
    return event;
}

} // namespace

class TestCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Rule m_rule;

    GoldenCase makeCase(const QString &name, const QJsonObject &event, bool fire,
                        std::optional<QStringList> channels = std::nullopt, QStringList texts = {})
    {
        GoldenCase c;
        c.id = GoldenCase::newId();
        c.ruleId = m_rule.id;
        c.name = name;
        c.event = event;
        c.planTime = planTime;
        c.expectFire = fire;
        c.expectChannels = channels;
        c.expectTexts = texts;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        m_db = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite"))).openLocal().database;
        QVERIFY(m_db);
        m_rule = *RuleTemplates::make(QStringLiteral("integrity-violation"));
        m_rule.message.title = QStringLiteral("{{rule.name}} on {{workload.name}} at {{time}}");
        QVERIFY(RuleStore(*m_db).insert(m_rule));
    }

    void storeRoundTrip()
    {
        CaseStore store(*m_db);
        store.setClock([] { return qint64(1234); });
        GoldenCase c =
            makeCase(QStringLiteral("round trip"), sample(), false, QStringList { QStringLiteral("slack") },
                     { QStringLiteral("a"), QStringLiteral("b") });
        QVERIFY(store.insert(c));
        auto back = store.find(c.id);
        QVERIFY(back);
        c.createdAt = c.updatedAt = 1234;
        QCOMPARE(*back, c);
        QCOMPARE(store.idsStartingWith(c.id.left(6)), QStringList { c.id });
        c.expectChannels.reset();
        c.name = QStringLiteral("renamed");
        QVERIFY(store.update(c));
        QCOMPARE(store.find(c.id)->expectChannels, std::nullopt);
        QCOMPARE(store.find(c.id)->name, QStringLiteral("renamed"));
        QVERIFY(store.remove(c.id));
        QVERIFY(!store.find(c.id));
        QVERIFY(!store.remove(c.id));
        // Every change is journalled.
        QSqlQuery q =
            m_db->prepare(QStringLiteral("SELECT action FROM journal WHERE subject = ? ORDER BY id"));
        q.addBindValue(QString(QStringLiteral("case:") + c.id));
        QVERIFY(m_db->exec(q));
        QStringList actions;
        while (q.next())
            actions.append(q.value(0).toString());
        QCOMPARE(actions,
                 (QStringList { QStringLiteral("add"), QStringLiteral("update"), QStringLiteral("remove") }));
        // A case belongs to a rule that exists.
        GoldenCase orphan = makeCase(QStringLiteral("orphan"), sample(), true);
        orphan.ruleId = QStringLiteral("ffffffffffffffffffffffffffffffff");
        QVERIFY(!store.insert(orphan));
    }

    void passAndFail()
    {
        CaseStore store(*m_db);
        const QStringList all { QStringLiteral("slack"), QStringLiteral("webhook"), QStringLiteral("email") };
        QVERIFY(store.insert(
            makeCase(QStringLiteral("integrity fires"), withIntegrityViolation(), true, all,
                     { QStringLiteral("frontend-service"), QStringLiteral("2023-11-14T22:13:20Z") })));
        QVERIFY(store.insert(makeCase(QStringLiteral("sample is quiet"), sample(), false)));
        CaseRunner runner(*m_db);
        CaseCheck check = runner.check(m_rule.id);
        QVERIFY2(check.ok, qPrintable(check.lines().join(u'\n')));
        QCOMPARE(check.cases, 2);
        QCOMPARE(check.passed, 2);

        // An edit that drops a channel.
        Rule edited = m_rule;
        edited.channels.removeLast();
        check = runner.check(edited);
        QVERIFY(!check.ok);
        QCOMPARE(check.passed, 1);
        QCOMPARE(check.lines(),
                 QStringList { QStringLiteral("case \"integrity fires\": expected channels [email, slack, "
                                              "webhook], it sends to [slack, webhook]") });

        // An edit of the message.
        edited = m_rule;
        edited.message.title = QStringLiteral("{{rule.name}}");
        edited.message.text = QStringLiteral("Something happened");
        check = runner.check(edited);
        QCOMPARE(check.failures.size(), 6); // two texts, three channels each
        QCOMPARE(check.failures[0].reason,
                 QStringLiteral("the slack message does not contain \"frontend-service\""));
        QCOMPARE(check.failures[0].caseName, QStringLiteral("integrity fires"));

        // An edit of the criteria: the first case no longer fires, the second starts to.
        edited = m_rule;
        edited.criteria.children[0].condition.risk = Risk::UntrustedRegistry;
        check = runner.check(edited);
        QCOMPARE(check.passed, 1); // the sample's workload is untrusted: it fires on both
        QCOMPARE(check.lines(),
                 QStringList { QStringLiteral(
                     "case \"sample is quiet\": expected the rule to stay quiet; it fires: the "
                     "workload or an image has the risk Untrusted registry (saw "
                     "untrusted_registry_images, critical_and_applicable_cves)") });
        edited.criteria.children[0].condition.risk = Risk::Malicious;
        check = runner.check(edited);
        QCOMPARE(check.lines().first(),
                 QStringLiteral(
                     "case \"integrity fires\": expected the rule to fire; it does not: the workload or an "
                     "image has the risk Malicious package (saw untrusted_registry_images, "
                     "critical_and_applicable_cves, integrity_violation)"));
    }

    void secretsDoNotMatter()
    {
        // Cases run with stand-in secrets: every channel plans, whatever this machine's keychain holds.
        const QHash<QString, QString> standIn = CaseRunner::standInSecrets(m_rule);
        QCOMPARE(standIn.size(), m_rule.secretNames().size());
        QVERIFY(NotificationPlanner::problems(m_rule, standIn).isEmpty());
    }

    void savedSimulationPassesAsItIs()
    {
        const RuleSimulation s =
            Simulation::simulate({ m_rule, QString(), {} }, withIntegrityViolation(), planTime);
        QVERIFY(s.fired);
        QVERIFY(s.calls.isEmpty()); // no secrets: nothing would be sent...
        GoldenCase c =
            GoldenCase::fromSimulation(s, withIntegrityViolation(), planTime, QStringLiteral("saved"));
        QCOMPARE(c.expectChannels, QStringList());
        // ...so a snapshot taken without secrets names no channel, and the runner (with stand-ins) says so.
        QCOMPARE(CaseRunner::failures(c, m_rule),
                 QStringList { QStringLiteral("expected channels [], it sends to [email, slack, webhook]") });
        const RuleSimulation configured = Simulation::simulate(
            { m_rule, QString(), CaseRunner::standInSecrets(m_rule) }, withIntegrityViolation(), planTime);
        c = GoldenCase::fromSimulation(configured, withIntegrityViolation(), planTime,
                                       QStringLiteral("saved"));
        QCOMPARE(CaseRunner::failures(c, m_rule), QStringList());
    }

    // Local schema v3 adds the cases and the delivery log to a v2 file and keeps its rules.
    void migratesAVersionTwoFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("v2.sqlite"));
        Database::Options options;
        options.durability = Database::Durability::Full;
        const Rule rule = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
        {
            auto v2 = Database::open(file, Schema::local().upTo(2), options).database;
            QVERIFY(v2);
            QCOMPARE(v2->schemaVersion(), 2);
            QVERIFY(RuleStore(*v2).insert(rule));
        }
        auto db = Database::open(file, Schema::local(), options).database;
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Schema::local().currentVersion());
        QVERIFY(RuleStore(*db).find(rule.id)->rule);
        GoldenCase c = makeCase(QStringLiteral("after migration"), sample(), true);
        c.ruleId = rule.id;
        QVERIFY(CaseStore(*db).insert(c));
        QCOMPARE(CaseRunner(*db).check(rule.id).cases, 1);
        QSqlQuery q = db->prepare(QStringLiteral("SELECT count(*) FROM deliveries"));
        QVERIFY(db->exec(q) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void unknownRuleAndCascade()
    {
        CaseRunner runner(*m_db);
        const CaseCheck none = runner.check(QStringLiteral("00000000000000000000000000000000"));
        QVERIFY(!none.ok);
        QCOMPARE(none.error, QStringLiteral("no rule 00000000000000000000000000000000"));

        Rule other = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
        QVERIFY(RuleStore(*m_db).insert(other));
        CaseStore store(*m_db);
        GoldenCase c = makeCase(QStringLiteral("other"), sample(), true);
        c.ruleId = other.id;
        QVERIFY(store.insert(c));
        QCOMPARE(runner.checkAll().cases, 3);
        QVERIFY(RuleStore(*m_db).remove(other.id));
        QVERIFY(!store.find(c.id)); // the rule's cases go with it
        QCOMPARE(runner.checkAll().cases, 2);
    }
};

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
