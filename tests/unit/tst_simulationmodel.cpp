// SimulationModel and PlannedCallModel: the harness's dry run as QML reads it. A rule's row gives
// its conditions and calls as nested models; a call's status changes only its own row's `status`
// role; the masked request is what the rows show.
#include "callpreview.h"
#include "callstatus.h"
#include "conditionverdictmodel.h"
#include "plannedcallmodel.h"
#include "simulationmodel.h"
#include "slackblockmodel.h"
#include "testenvironment.h"

#include <QSignalSpy>
#include <QtTest>

class TestSimulationModel : public QObject
{
    Q_OBJECT

private:
    static SimulationResult twoRules()
    {
        SimulationResult result;
        RuleSimulation quiet;
        quiet.ruleId = QStringLiteral("quiet");
        quiet.ruleName = QStringLiteral("Quiet rule");
        quiet.state = QStringLiteral("draft");
        quiet.conditions = { { QStringLiteral("namespace matches \"prod*\""), false,
                               QStringLiteral("\"dev\""), QStringLiteral("criteria.all[0]") } };
        RuleSimulation fires;
        fires.ruleId = QStringLiteral("fires");
        fires.ruleName = QStringLiteral("Firing rule");
        fires.state = QStringLiteral("deployed");
        fires.fired = true;
        for (const QString &channel : { QStringLiteral("slack"), QStringLiteral("email") }) {
            SimulatedCall call;
            call.type = channel == u"slack" ? RuleChannel::Type::Slack : RuleChannel::Type::Email;
            call.shown = { channel,
                           "POST",
                           QStringLiteral("https://example.com/•••"),
                           { { "Content-Type", "application/json" } },
                           "{}" };
            call.preview.type = call.type;
            call.preview.subject = QStringLiteral("Subject");
            if (call.type == RuleChannel::Type::Slack)
                call.preview.blocks = { { QStringLiteral("header"),
                                          QStringLiteral("plain_text"),
                                          QStringLiteral("H"),
                                          QStringLiteral("H"),
                                          {},
                                          {} } };
            fires.calls.append(call);
        }
        result.rules = { quiet, fires };
        return result;
    }

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void rowsAndNestedModels()
    {
        SimulationModel model;
        QVERIFY(!model.simulated());
        QSignalSpy changed(&model, &SimulationModel::resultChanged);
        model.setResult(twoRules(), QStringLiteral("1 of 2 rules fire"), QStringLiteral("event"), {});
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.simulated());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.plannedCalls(), 2);
        QCOMPARE(model.indexOf(QStringLiteral("fires")), 1);
        QCOMPARE(model.indexOf(QStringLiteral("none")), -1);
        QCOMPARE(model.data(model.index(0), SimulationModel::StateRole).toString(), QStringLiteral("draft"));
        QVERIFY(!model.data(model.index(0), SimulationModel::FiredRole).toBool());

        auto *conditions =
            model.data(model.index(0), SimulationModel::ConditionsRole).value<ConditionVerdictModel *>();
        QVERIFY(conditions);
        QCOMPARE(conditions->rowCount(), 1);
        QCOMPARE(conditions->data(conditions->index(0), ConditionVerdictModel::ValueRole).toString(),
                 QStringLiteral("\"dev\""));

        auto *calls = model.data(model.index(1), SimulationModel::CallsRole).value<PlannedCallModel *>();
        QVERIFY(calls);
        QCOMPARE(calls->rowCount(), 2);
        QCOMPARE(calls->data(calls->index(0), PlannedCallModel::HeadRole).toString(),
                 QStringLiteral("POST https://example.com/•••\nContent-Type: application/json"));
        QCOMPARE(calls->data(calls->index(1), PlannedCallModel::PreviewRole).value<CallPreview>().type,
                 QStringLiteral("email"));
        auto *blocks = calls->data(calls->index(0), PlannedCallModel::BlocksRole).value<SlackBlockModel *>();
        QVERIFY(blocks);
        QCOMPARE(blocks->rowCount(), 1);
        QCOMPARE(calls->data(calls->index(0), PlannedCallModel::StatusRole).value<CallStatus>().state,
                 QStringLiteral("planned"));
    }

    void statusChangesOneRow()
    {
        SimulationModel model;
        model.setResult(twoRules(), QString(), QString(), {});
        PlannedCallModel *calls = model.calls(1);
        QSignalSpy dataChanged(calls, &QAbstractItemModel::dataChanged);
        model.setCallStatus(1, 1, CallStatus::pending(QStringLiteral("sending")));
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(dataChanged.first().at(2).value<QList<int>>(), QList<int> { PlannedCallModel::StatusRole });
        QCOMPARE(model.callStatus(1, 1).state, QStringLiteral("sending"));
        QCOMPARE(model.callStatus(1, 0).state, QStringLiteral("planned"));

        DeliveryResult result;
        result.outcome = DeliveryOutcome::Delivered;
        result.httpStatus = 200;
        result.attempts = 1;
        model.setCallResult(1, 1, result);
        QCOMPARE(model.callStatus(1, 1).state, QStringLiteral("delivered"));
        QCOMPARE(model.callStatus(1, 1).httpStatus, 200);
        QVERIFY(model.result()->rules[1].calls[1].result.has_value()); // next to its call
        model.setCallStatus(5, 0, CallStatus::pending(QStringLiteral("queued"))); // no such rule: ignored

        // A new simulation starts with every call planned.
        model.setResult(twoRules(), QString(), QString(), {});
        QCOMPARE(model.callStatus(1, 1).state, QStringLiteral("planned"));
    }
};

QTEST_GUILESS_MAIN(TestSimulationModel)
#include "tst_simulationmodel.moc"
