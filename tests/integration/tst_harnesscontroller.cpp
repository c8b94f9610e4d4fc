// HarnessController, the harness page's logic, against the demo platform over TLS: a synced cache,
// the guide's three rules pointed at the demo sinks, the real Dispatcher. Source selection, the dry
// run (nothing sent, nothing secret in what QML gets), send with live statuses and the delivery log,
// a failing sink, the edited-JSON source, golden cases from a simulation, the deploy gate through
// RulesController and through `runtime-desk-cli rules deploy`, the rule editor's case check, run on
// the platform (POST /worker/api/v1/test/{key} and the execution history), and the backtest.
#include "alarmharness.h"
#include "backtest.h"
#include "callpreview.h"
#include "callstatus.h"
#include "casestore.h"
#include "conditionverdictmodel.h"
#include "database.h"
#include "demoalarmsetup.h"
#include "demofixture.h"
#include "demoworkersapi.h"
#include "dispatcher.h"
#include "harnesscontroller.h"
#include "inventory.h"
#include "plannedcallmodel.h"
#include "ruleeditorcontroller.h"
#include "rulescontroller.h"
#include "rulestore.h"
#include "ruletemplates.h"
#include "secretstore.h"
#include "slackblockmodel.h"
#include "sourcematchmodel.h"
#include "syncjob.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "workergenerator.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

class TestHarnessController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<Database> m_local;
    Inventory *m_inventory = nullptr;
    MemorySecretStore m_secrets;
    RulesController *m_rules = nullptr;
    Dispatcher *m_dispatcher = nullptr;
    AlarmHarness *m_alarms = nullptr;
    HarnessController *m_harness = nullptr;
    QHash<QString, QString> m_ruleIds; // template name -> rule id
    qint64 m_tagRow = 0;
    QString m_tagReference;

    bool sync()
    {
        SyncJob job(&m_demo->client(), m_dir.filePath(QStringLiteral("desk.cache.sqlite")), {});
        QSignalSpy finished(&job, &SyncJob::finished);
        job.start();
        if (!finished.wait(60000))
            return false;
        m_inventory->reload();
        return finished.first().first().value<SyncResult>().outcome == SyncResult::Outcome::Completed;
    }

    bool firedOf(const QString &ruleId) const
    {
        SimulationModel *simulation = m_harness->simulation();
        const int row = simulation->indexOf(ruleId);
        return row >= 0 && simulation->data(simulation->index(row), SimulationModel::FiredRole).toBool();
    }

    // The status of every call that was sent (a planned call has none yet).
    QList<CallStatus> sentStatuses() const
    {
        QList<CallStatus> statuses;
        SimulationModel *simulation = m_harness->simulation();
        for (int rule = 0; rule < simulation->rowCount(); ++rule) {
            for (int call = 0; call < simulation->calls(rule)->rowCount(); ++call) {
                const CallStatus status = simulation->callStatus(rule, call);
                if (status.isSent())
                    statuses.append(status);
            }
        }
        return statuses;
    }

    // Every value the models QML binds to hold, one a line: nested models and value types included.
    static QByteArray shownText(const QAbstractItemModel *model)
    {
        QByteArray text;
        const QHash<int, QByteArray> roles = model->roleNames();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
                const QVariant value = model->data(model->index(row, 0), it.key());
                if (value.metaType().flags().testFlag(QMetaType::PointerToQObject)) {
                    if (const auto *nested =
                            qobject_cast<const QAbstractItemModel *>(value.value<QObject *>()))
                        text += shownText(nested);
                } else if (const QMetaObject *gadget = value.metaType().metaObject()) {
                    for (int i = gadget->propertyOffset(); i < gadget->propertyCount(); ++i) {
                        const QVariant member = gadget->property(i).readOnGadget(value.constData());
                        text +=
                            member.toStringList().join(u'\n').toUtf8() + member.toString().toUtf8() + '\n';
                    }
                } else {
                    text += value.toStringList().join(u'\n').toUtf8() + value.toString().toUtf8() + '\n';
                }
            }
        }
        return text;
    }

    bool waitSent()
    {
        return QTest::qWaitFor([this] { return !m_harness->sending(); }, 30000);
    }

    QString cliDeploy(const QString &ruleId, int *exit)
    {
        const auto stored = RuleStore(*m_local).find(ruleId);
        QJsonObject secrets;
        const QHash<QString, QString> values =
            DemoAlarmSetup::secretsFor(*stored->rule, m_demo->platform().sinkEndpoints());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            secrets.insert(it.key(), it.value());
        const QString file = m_dir.filePath(QStringLiteral("secrets.json"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write the secrets file");
        out.write(QJsonDocument(secrets).toJson());
        out.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JFROG_URL"), m_demo->platform().url().toString());
        env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), m_demo->platform().token());
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(TestEnvironment::cliPath(),
                      { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("desk.sqlite")),
                        QStringLiteral("--ca"), m_demo->platform().caCertificatePath(),
                        QStringLiteral("rules"), QStringLiteral("deploy"), ruleId,
                        QStringLiteral("--secrets"), file });
        if (!finished.wait(60000))
            return QStringLiteral("the CLI did not finish");
        *exit = process.exitCode();
        return QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        qRegisterMetaType<QList<DeliveryResult>>();
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        const Workspace workspace = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite")));
        m_local = workspace.openLocal().database;
        auto cache = workspace.openCache().database;
        QVERIFY(m_local && cache);
        m_inventory = new Inventory(std::move(cache), this);
        QVERIFY(sync());
        QVERIFY(m_inventory->hasData());

        m_rules = new RulesController(&m_demo->client(), &m_secrets, m_local.get(), this);
        QStringList created;
        QCOMPARE(DemoAlarmSetup::prepare(m_rules->store(), m_secrets, m_demo->platform().sinkEndpoints(),
                                         &created),
                 QString());
        m_rules->reload();
        for (const RuleTemplates::Info &info : RuleTemplates::list()) {
            for (const StoredRule &stored : m_rules->store().list()) {
                if (stored.name == info.title)
                    m_ruleIds.insert(info.name, stored.id);
            }
        }
        QCOMPARE(m_ruleIds.size(), 3);

        Dispatcher::Options options;
        options.allowLoopback = true;
        options.extraCaCertificates = { m_demo->platform().caCertificate() };
        m_dispatcher = new Dispatcher(Dispatcher::createNetworkAccessManager(this), options, this);
        m_alarms = new AlarmHarness(*m_local, m_inventory->database(), m_secrets, *m_dispatcher, this);
        m_harness = new HarnessController(this);
        m_harness->setAlarms(m_alarms);
        m_harness->setInventory(m_inventory);
        m_harness->setRules(m_rules);

        for (const StoredTag &t : m_inventory->tags().query(m_inventory->generation(), {})) {
            if (!t.tag.workloads.isEmpty() && !t.tag.risks.testFlag(Risk::IntegrityViolation)
                && !t.tag.risks.testFlag(Risk::UntrustedRegistry)) {
                m_tagRow = t.rowId;
                m_tagReference = EventFactory::tagReference(t.tag);
                break;
            }
        }
        QVERIFY(m_tagRow > 0);
    }

    void init()
    {
        m_demo->platform().sinks().clear();
        m_demo->platform().faults().clear();
    }

    void pickAndSimulate()
    {
        // The list searches the cache; a digest finds its tag.
        HarnessSource *source = m_harness->source();
        QVERIFY(source->matches()->rowCount() > 0);
        const auto tag = m_inventory->tags().byRowId(m_tagRow);
        source->setSearch(tag->tag.digest.section(u':', 1).left(16));
        const QList<SourceMatch> matches = source->matches()->matches();
        QVERIFY(std::any_of(matches.cbegin(), matches.cend(),
                            [&](const SourceMatch &m) { return m.rowId == m_tagRow; }));

        source->selectTag(m_tagRow);
        QCOMPARE(source->selectedReference(), m_tagReference);
        QVERIFY(!source->tagWorkloads().isEmpty());
        source->setChangeKind(QStringLiteral("integrity-violation"));
        QVERIFY(source->eventReady());
        QVERIFY2(source->eventSummary().startsWith(QStringLiteral("Integrity violation: ")),
                 qPrintable(source->eventSummary()));
        QVERIFY(source->eventText().contains(QStringLiteral("integrity_violation")));

        QVERIFY(m_harness->simulate());
        QCOMPARE(m_demo->platform().sinks().count(), 0); // a dry run sends nothing
        SimulationModel *simulation = m_harness->simulation();
        QCOMPARE(simulation->rowCount(), 3);
        const int integrity = simulation->indexOf(m_ruleIds.value(QStringLiteral("integrity-violation")));
        QVERIFY(firedOf(m_ruleIds.value(QStringLiteral("integrity-violation"))));
        const ConditionVerdictModel *conditions = simulation->conditions(integrity);
        QCOMPARE(conditions->rowCount(), 1);
        QVERIFY(conditions->data(conditions->index(0), ConditionVerdictModel::PassedRole).toBool());
        QVERIFY(conditions->data(conditions->index(0), ConditionVerdictModel::ValueRole)
                    .toString()
                    .contains(QStringLiteral("integrity_violation")));
        const PlannedCallModel *calls = simulation->calls(integrity);
        QCOMPARE(calls->rowCount(), 3);
        QStringList types;
        for (int i = 0; i < calls->rowCount(); ++i)
            types.append(calls->data(calls->index(i), PlannedCallModel::TypeRole).toString());
        QCOMPARE(
            types,
            (QStringList { QStringLiteral("slack"), QStringLiteral("webhook"), QStringLiteral("email") }));
        const auto *slackBlocks =
            calls->data(calls->index(0), PlannedCallModel::BlocksRole).value<SlackBlockModel *>();
        QVERIFY(slackBlocks);
        QCOMPARE(slackBlocks->data(slackBlocks->index(0), SlackBlockModel::TypeRole).toString(),
                 QStringLiteral("header"));
        QCOMPARE(calls->data(calls->index(2), PlannedCallModel::PreviewRole).value<CallPreview>().subject,
                 slackBlocks->data(slackBlocks->index(0), SlackBlockModel::DisplayTextRole).toString());
        QVERIFY(simulation->summary().contains(QStringLiteral("nothing was sent")));
        // The deployment-status rule does not fire on this kind of change, and says why.
        QVERIFY(!firedOf(m_ruleIds.value(QStringLiteral("untrusted-registry"))));

        // Nothing QML gets holds a secret value: not the Slack path, the webhook URL or key, the mail key.
        const QByteArray shown = shownText(simulation);
        for (const QString &ruleId : m_ruleIds) {
            const auto stored = RuleStore(*m_local).find(ruleId);
            const QHash<QString, QString> secrets =
                DemoAlarmSetup::secretsFor(*stored->rule, m_demo->platform().sinkEndpoints());
            for (const QString &value : secrets) {
                const QString secretPart = value.startsWith(QLatin1StringView("https://"))
                    ? QUrl(value).path().section(u'/', 2) // the path past its first segment
                    : value;
                QVERIFY2(!shown.contains(secretPart.toUtf8()), qPrintable(secretPart));
            }
        }
        QVERIFY(shown.contains("•••"));
    }

    void sendConfirmsEachDelivery()
    {
        const QString ruleId = m_ruleIds.value(QStringLiteral("integrity-violation"));
        QSignalSpy changed(m_harness, &HarnessController::deliveryChanged);
        QVERIFY(m_harness->send(ruleId));
        QVERIFY(m_harness->sending());
        QVERIFY(!m_harness->send(ruleId)); // one send at a time
        QVERIFY(waitSent());
        const QList<CallStatus> statuses = sentStatuses();
        QCOMPARE(statuses.size(), 3);
        for (const CallStatus &s : statuses) {
            QCOMPARE(s.state, QStringLiteral("delivered"));
            QVERIFY(s.httpStatus == 200 || s.httpStatus == 202);
            QCOMPARE(s.attempts, 1);
        }
        // Live: each call went through queued/sending before its result (several changes, not one).
        QVERIFY(changed.size() >= 1 + 3 + 1);
        QVERIFY(!m_harness->sendFailed());
        QCOMPARE(m_harness->sendMessage(), QStringLiteral("All 3 message(s) delivered"));
        QCOMPARE(m_demo->platform().sinks().count(), 3);
        for (const DemoSinkDelivery &d : m_demo->platform().sinks().deliveries())
            QVERIFY2(d.verified, qPrintable(d.check));
        // The delivery log model has them, newest first, with the origin only.
        DeliveryLogModel *log = m_harness->deliveries();
        QCOMPARE(log->rowCount(), 3);
        for (int i = 0; i < 3; ++i) {
            const QModelIndex index = log->index(i);
            QVERIFY(log->data(index, DeliveryLogModel::DeliveredRole).toBool());
            QCOMPARE(log->data(index, DeliveryLogModel::OriginRole).toString(),
                     m_demo->platform().url().toString());
            QCOMPARE(log->data(index, DeliveryLogModel::RuleRole).toString(), RuleTemplates::list()[1].title);
        }
    }

    void failingSinkIsReported()
    {
        QVERIFY(m_demo->arm(
            QJsonDocument::fromJson("{\"path\":\"/services/{team}/{bot}/{secret}\",\"fault\":\"status\","
                                    "\"status\":404,\"body\":\"channel_not_found\"}")
                .object()));
        QVERIFY(m_harness->simulate());
        QVERIFY(sentStatuses().isEmpty()); // a new simulation starts with no status
        QVERIFY(m_harness->send(m_ruleIds.value(QStringLiteral("integrity-violation"))));
        QVERIFY(waitSent());
        QVERIFY(m_harness->sendFailed());
        QVERIFY2(m_harness->sendMessage().startsWith(
                     QStringLiteral("2 of 3 message(s) delivered; slack (Integrity violation): ")),
                 qPrintable(m_harness->sendMessage()));
        int failed = 0;
        for (const CallStatus &s : sentStatuses()) {
            if (s.state == u"failed") {
                ++failed;
                QCOMPARE(s.outcome, QStringLiteral("channel_not_found"));
                QCOMPARE(s.httpStatus, 404);
            }
        }
        QCOMPARE(failed, 1);
        QCOMPARE(m_harness->deliveries()->rowCount(), 6);
        QVERIFY(!m_harness->deliveries()
                     ->data(m_harness->deliveries()->index(0), DeliveryLogModel::DeliveredRole)
                     .toBool()
                || !m_harness->deliveries()
                        ->data(m_harness->deliveries()->index(1), DeliveryLogModel::DeliveredRole)
                        .toBool()
                || !m_harness->deliveries()
                        ->data(m_harness->deliveries()->index(2), DeliveryLogModel::DeliveredRole)
                        .toBool());
    }

    void editedJsonNamesTheField()
    {
        HarnessSource *source = m_harness->source();
        source->setMode(QStringLiteral("json"));
        QVERIFY(source->eventReady()); // the built event, as JSON, is valid
        QVERIFY(source->eventErrors().isEmpty());
        QString text = source->eventText();
        const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString sha = event.value(QLatin1StringView("image_tags_object"))
                                .toArray()[0]
                                .toObject()
                                .value(QLatin1StringView("sha256"))
                                .toString();
        QVERIFY(!sha.isEmpty());
        text.replace(u'"' + sha + u'"', QStringLiteral("42"));
        source->setEventText(text);
        QVERIFY(!source->eventReady());
        QVERIFY2(source->eventErrors().contains(
                     QStringLiteral("image_tags_object[0].sha256: expected a string, got a number")),
                 qPrintable(source->eventErrors().join(u'\n')));
        QVERIFY(!m_harness->simulate());
        source->setEventText(QStringLiteral("{\"workload_changed_object\": "));
        QVERIFY(!source->eventErrors().isEmpty());
        QVERIFY(source->eventErrors().constFirst().startsWith(QStringLiteral("line ")));
        // Back to the tag: the event is built from the rows again.
        source->resetEvent();
        QVERIFY(source->eventReady());
        QCOMPARE(source->mode(), QStringLiteral("json"));
        source->setMode(QStringLiteral("tag"));
        QCOMPARE(source->selectedReference(), m_tagReference);
    }

    void openTagFromTheDetailedView()
    {
        m_harness->openTag(m_tagReference, QStringLiteral("untrusted-registry"));
        QCOMPARE(m_harness->source()->changeKind(), QStringLiteral("untrusted-registry"));
        QVERIFY(m_harness->simulation()->simulated());
        QVERIFY(firedOf(m_ruleIds.value(QStringLiteral("untrusted-registry"))));
        QVERIFY(!firedOf(m_ruleIds.value(QStringLiteral("integrity-violation"))));
        m_harness->openTag(QStringLiteral("no-such-image:0"), QString());
        QVERIFY(m_harness->source()->error().contains(QStringLiteral("no-such-image:0")));
        QVERIFY(!m_harness->source()->eventReady());
    }

    void goldenCaseGatesTheDeploy()
    {
        const QString ruleId = m_ruleIds.value(QStringLiteral("integrity-violation"));
        m_harness->openTag(m_tagReference, QStringLiteral("integrity-violation"));
        const CasePrefill prefill = m_harness->casePrefill(ruleId);
        QCOMPARE(prefill.expectation, QStringLiteral("fires, sends to slack, webhook, email"));
        const QString workload = prefill.texts;
        QVERIFY(!workload.isEmpty());
        QVERIFY(!m_harness->saveCase(ruleId, QStringLiteral("  "), workload));
        QVERIFY(m_harness->cases()->messageFailed());
        QVERIFY(m_harness->saveCase(ruleId, QStringLiteral("integrity on a real row"),
                                    workload + QStringLiteral("\n\n")));
        GoldenCaseModel *cases = m_harness->cases();
        QCOMPARE(cases->rowCount(), 1);
        QVERIFY(cases->allPass());
        QCOMPARE(cases->data(cases->index(0), GoldenCaseModel::TextsRole).toStringList(),
                 QStringList { workload });

        // The editor breaks the case (a channel dropped): saving works and shows the failure.
        RuleEditorController editor;
        editor.setRules(m_rules);
        QVERIFY(editor.load(ruleId));
        QCOMPARE(editor.cases()->count(), 1);
        QVERIFY(editor.cases()->passing());
        editor.channels()->remove(0);
        QVERIFY(editor.save());
        QVERIFY(!editor.cases()->passing());
        QVERIFY(editor.status().failed);
        QVERIFY2(
            editor.cases()->lines().constFirst().contains(QStringLiteral("it sends to [email, webhook]")),
            qPrintable(editor.cases()->lines().join(u'\n')));
        QVERIFY(!cases->allPass()); // the harness's list follows the rule's save
        QVERIFY(cases->data(cases->index(0), GoldenCaseModel::ReasonsRole)
                    .toStringList()
                    .constFirst()
                    .contains(QStringLiteral("expected channels [email, slack, webhook]")));

        // The deploy is refused, with the reason, before anything reaches the platform.
        m_demo->platform().requests().clear();
        QSignalSpy finished(m_rules, &RulesController::operationFinished);
        QVERIFY(editor.deploy(false));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); // refused at once: nothing to wait for
        QCOMPARE(finished.first().first().toBool(), false);
        const QString message = m_rules->operation()->message();
        QVERIFY2(message.startsWith(QStringLiteral(
                     "Not deployed: 1 of 1 golden case(s) fail: case \"integrity on a real row\"")),
                 qPrintable(message));
        QCOMPARE(m_demo->platform().requests().size(), 0);
        QCOMPARE(RuleStore(*m_local).find(ruleId)->state(), DeploymentState::Draft);

        // Put the channel back: the case passes, and the deploy goes through.
        // The same channel: id "slack", secret SLACK_WEBHOOK_URL.
        editor.channels()->add(QStringLiteral("slack"));
        editor.channels()->move(editor.channels()->rowCount() - 1, -2);
        QVERIFY(editor.save());
        QVERIFY2(editor.cases()->passing(), qPrintable(editor.cases()->lines().join(u'\n')));
        finished.clear();
        QVERIFY(editor.deploy(false));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(m_rules->operation()->message()));
        QCOMPARE(RuleStore(*m_local).find(ruleId)->state(), DeploymentState::Deployed);
        QVERIFY(cases->allPass());
    }

    void cliDeployIsGatedToo()
    {
        // A case the untrusted-registry rule fails: it expects the rule to stay quiet on an untrusted image.
        const QString ruleId = m_ruleIds.value(QStringLiteral("untrusted-registry"));
        m_harness->openTag(m_tagReference, QStringLiteral("untrusted-registry"));
        QVERIFY(m_harness->saveCase(ruleId, QStringLiteral("untrusted passes"), QString()));
        GoldenCase wrong = CaseStore(*m_local).forRule(ruleId).constFirst();
        wrong.id = GoldenCase::newId();
        wrong.name = QStringLiteral("stays quiet on untrusted");
        wrong.expectFire = false;
        wrong.expectChannels.reset();
        QVERIFY(CaseStore(*m_local).insert(wrong));

        int exit = -1;
        QString output = cliDeploy(ruleId, &exit);
        QCOMPARE(exit, 3);
        QVERIFY2(output.contains(QStringLiteral(
                     "case \"stays quiet on untrusted\": expected the rule to stay quiet; it fires")),
                 qPrintable(output));
        const QString key = WorkerGenerator::suggestedKey(*RuleStore(*m_local).find(ruleId)->rule);
        QVERIFY(!m_demo->platform().workers().worker(key)); // nothing reached the platform

        QVERIFY(CaseStore(*m_local).remove(wrong.id));
        output = cliDeploy(ruleId, &exit);
        QVERIFY2(exit == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral(" cases "))
                     && output.contains(QStringLiteral("1 golden case(s) pass")),
                 qPrintable(output));
        QVERIFY(m_demo->platform().workers().worker(key));
    }

    void runOnThePlatform()
    {
        const QString ruleId = m_ruleIds.value(QStringLiteral("integrity-violation"));
        m_rules->reload();
        QCOMPARE(m_harness->deployedRules()->rowCount(), 2); // integrity (GUI) and untrusted (CLI)
        m_harness->openTag(m_tagReference, QStringLiteral("integrity-violation"));
        const int before = m_demo->platform().workers().historySize();
        QSignalSpy changed(m_harness->platformRun(), &PlatformRunModel::runChanged);
        m_harness->runOnPlatform(ruleId);
        const PlatformRunModel *run = m_harness->platformRun();
        QVERIFY(run->running());
        QVERIFY(QTest::qWaitFor([run] { return !run->running(); }, 30000));
        QVERIFY2(run->ok(), qPrintable(run->message()));
        QVERIFY(run->message().contains(QStringLiteral("fired: 3 notification(s) planned")));
        QCOMPARE(run->status(), QStringLiteral("STATUS_SUCCESS"));
        QVERIFY(run->logs().contains(QStringLiteral("[info ] pass")));
        QVERIFY(run->result().contains(QStringLiteral("\"executionStatus\"")));
        QCOMPARE(m_demo->platform().workers().historySize(), before + 1);
        QVERIFY(run->rowCount() > 0);
        QVERIFY(run->data(run->index(0), PlatformRunModel::TestRunRole).toBool());
        QCOMPARE(run->testRuns(), run->rowCount());
        QCOMPARE(m_demo->platform().sinks().count(), 0); // a test run on the platform sends nothing here

        // A rule that is not deployed is refused with the reason, without a request.
        m_harness->runOnPlatform(m_ruleIds.value(QStringLiteral("deployment-status-change")));
        QVERIFY(!run->running());
        QVERIFY(run->message().contains(QStringLiteral("is not deployed")));
    }

    void backtestOverTwoSyncs()
    {
        const QString ruleId = m_ruleIds.value(QStringLiteral("integrity-violation"));
        m_harness->runBacktest(ruleId);
        const BacktestModel *result = m_harness->backtest();
        QCOMPARE(result->generations(), 1);
        QVERIFY(result->summary().startsWith(QStringLiteral("Only one")));

        m_demo->platform().advance();
        QVERIFY(sync());
        m_harness->runBacktest(ruleId);
        QCOMPARE(result->generations(), 2);
        const BacktestResult direct =
            Backtest::run(*RuleStore(*m_local).find(ruleId)->rule, m_inventory->database());
        QVERIFY(direct.changedTags > 0);
        QCOMPARE(result->changedTags(), direct.changedTags);
        QCOMPARE(result->rowCount(), int(direct.alarms.size()));
        for (int i = 0; i < result->rowCount(); ++i)
            QVERIFY(!result->data(result->index(i), BacktestModel::WhyRole).toStringList().isEmpty());
        // The chosen tag is found again by its reference in the new generation (or reported gone).
        QVERIFY(m_harness->source()->selectedReference() == m_tagReference
                || !m_harness->source()->error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHarnessController)
#include "tst_harnesscontroller.moc"
