// DrillStore over a real SQLite file: schedules, when a drill is due (daily, weekly, with the clock
// given), runs with their per-channel results and each channel's last success; DrillRunner's reading
// of a deployed worker's log and its refusal of a worker that predates drills.
#include "database.h"
#include "drillrunner.h"
#include "drillstore.h"
#include "notificationplanner.h"
#include "rulestore.h"
#include "ruletemplates.h"
#include "testenvironment.h"
#include "workergenerator.h"
#include "workspace.h"

#include <QtTest>

namespace {

constexpr qint64 t0 = 1765000000000; // unix ms
constexpr qint64 hour = 60 * 60 * 1000;

DrillRunRecord run(const QString &ruleId, qint64 at, bool slack, bool webhook)
{
    DrillRunRecord r;
    r.ruleId = ruleId;
    r.startedAtMs = at;
    r.finishedAtMs = at + 1500;
    r.path = QStringLiteral("direct");
    r.channels = { { QStringLiteral("slack"), QStringLiteral("slack"), slack, slack ? 200 : 404,
                     slack ? QStringLiteral("delivered") : QStringLiteral("channel_not_found"), 0 },
                   { QStringLiteral("webhook"), QStringLiteral("webhook"), webhook, webhook ? 200 : 0,
                     webhook ? QStringLiteral("delivered") : QStringLiteral("timed out"), 0 } };
    r.ok = r.failedCount() == 0;
    return r;
}

} // namespace

class TestDrillStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Rule m_rule;
    Rule m_other;

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        m_db = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite"))).openLocal().database;
        QVERIFY(m_db);
        m_rule = *RuleTemplates::make(QStringLiteral("integrity-violation"));
        m_other = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
        QVERIFY(RuleStore(*m_db).insert(m_rule));
        QVERIFY(RuleStore(*m_db).insert(m_other));
    }

    void dueComputation()
    {
        const qint64 day = DrillStore::dayMs;
        QVERIFY(!DrillStore::isDue(DrillCadence::Off, 0, t0));
        QVERIFY(DrillStore::isDue(DrillCadence::Daily, 0, t0)); // never drilled
        QVERIFY(DrillStore::isDue(DrillCadence::Weekly, 0, t0));
        QVERIFY(!DrillStore::isDue(DrillCadence::Daily, t0, t0 + 23 * hour));
        // A daily timer at the same hour finds the last drill a little less than a day old.
        QVERIFY(DrillStore::isDue(DrillCadence::Daily, t0, t0 + day - DrillStore::slackMs));
        QVERIFY(!DrillStore::isDue(DrillCadence::Daily, t0, t0 + day - DrillStore::slackMs - 1));
        QVERIFY(DrillStore::isDue(DrillCadence::Daily, t0, t0 + day));
        QVERIFY(!DrillStore::isDue(DrillCadence::Weekly, t0, t0 + 6 * day));
        QVERIFY(DrillStore::isDue(DrillCadence::Weekly, t0, t0 + 7 * day));
    }

    void schedulesAndDue()
    {
        DrillStore store(*m_db);
        QCOMPARE(store.schedule(m_rule.id), DrillCadence::Off);
        QVERIFY(store.due(t0).isEmpty()); // nothing scheduled
        QVERIFY(store.setSchedule(m_rule.id, DrillCadence::Daily, t0));
        QVERIFY(store.setSchedule(m_other.id, DrillCadence::Weekly, t0));
        QCOMPARE(store.schedule(m_rule.id), DrillCadence::Daily);
        QCOMPARE(store.schedules().size(), 2);
        QCOMPARE(store.due(t0).size(), 2); // neither was ever drilled

        DrillRunRecord first = run(m_rule.id, t0, true, true);
        QVERIFY(store.record(&first));
        DrillRunRecord other = run(m_other.id, t0, true, true);
        QVERIFY(store.record(&other));
        QVERIFY(store.due(t0 + hour).isEmpty());
        QCOMPARE(store.due(t0 + DrillStore::dayMs), QStringList { m_rule.id });
        QCOMPARE(store.due(t0 + 7 * DrillStore::dayMs).size(), 2);

        QVERIFY(store.setSchedule(m_other.id, DrillCadence::Off, t0));
        QCOMPARE(store.schedule(m_other.id), DrillCadence::Off);
        QCOMPARE(store.due(t0 + 7 * DrillStore::dayMs), QStringList { m_rule.id });
        QVERIFY(
            !store.setSchedule(QStringLiteral("0123456789abcdef0123456789abcdef"), DrillCadence::Daily, t0));
    }

    void lastRunAndLastSuccess()
    {
        DrillStore store(*m_db);
        DrillRunRecord second = run(m_rule.id, t0 + DrillStore::dayMs, true, false);
        QVERIFY(store.record(&second));
        QVERIFY(second.id > 0);
        const auto last = store.last(m_rule.id);
        QVERIFY(last);
        QCOMPARE(last->id, second.id);
        QVERIFY(!last->ok);
        QCOMPARE(last->failedCount(), 1);
        QCOMPARE(last->channels.size(), 2);
        QCOMPARE(last->channels[0].channel, QStringLiteral("slack"));
        QCOMPARE(last->channels[0].httpStatus, 200);
        QCOMPARE(last->channels[0].lastSuccessMs, second.finishedAtMs);
        QCOMPARE(last->channels[1].httpStatus, 0); // no answer came
        QCOMPARE(last->channels[1].verdict, QStringLiteral("timed out"));
        QCOMPARE(last->channels[1].lastSuccessMs, t0 + 1500); // the first drill's
        QCOMPARE(store.lastOfEach().size(), 2);
    }

    void goesWithItsRule()
    {
        DrillStore store(*m_db);
        QVERIFY(RuleStore(*m_db).remove(m_other.id));
        QVERIFY(!store.last(m_other.id));
        QCOMPARE(store.schedules().size(), 1);
    }

    void readsTheDeployedWorkersLog()
    {
        Rule rule = m_rule; // slack, webhook, email
        const QString logs = QStringLiteral("[info ] - slack: HTTP 200\n"
                                            "[error] - webhook: connect ECONNREFUSED 10.0.0.1:443\n"
                                            "[info ] - slack-2: HTTP 500\n");
        const QList<DrillChannelResult> results = DrillRunner::readLogs(rule, logs);
        QCOMPARE(results.size(), 3);
        QVERIFY(results[0].delivered);
        QCOMPARE(results[0].httpStatus, 200);
        QVERIFY(!results[1].delivered);
        QCOMPARE(results[1].verdict, QStringLiteral("connect ECONNREFUSED 10.0.0.1:443"));
        QVERIFY(!results[2].delivered); // no line: no call was made
        QCOMPARE(results[2].channel, QStringLiteral("email"));

        const QList<DrillChannelResult> refused =
            DrillRunner::readLogs(rule, QStringLiteral("slack: HTTP 404\n"));
        QVERIFY(!refused[0].delivered);
        QCOMPARE(refused[0].httpStatus, 404);
    }

    void refusesAWorkerThatPredatesDrills()
    {
        const QString code = QString::fromUtf8(WorkerGenerator::workerSource(m_rule));
        QVERIFY(DrillRunner::codeProblem(code).isEmpty());
        QString old = code;
        old.replace(NotificationPlanner::drillKey, QStringLiteral("something_else"));
        QVERIFY(!DrillRunner::codeProblem(old).isEmpty());
    }

    void theDrillEvent()
    {
        const QJsonObject a = DrillRunner::drillEvent(QStringLiteral("a"));
        const QJsonObject b = DrillRunner::drillEvent(QStringLiteral("b"));
        QVERIFY(NotificationPlanner::isDrill(a));
        QVERIFY(NotificationPlanner::webhookId(m_rule, a) != NotificationPlanner::webhookId(m_rule, b));
    }
};

QTEST_GUILESS_MAIN(TestDrillStore)
#include "tst_drillstore.moc"
