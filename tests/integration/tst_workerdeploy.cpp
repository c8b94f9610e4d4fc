// Deploying rules' workers through the Workers API against the demo platform over real TLS:
// WorkerDeployJob (create, update, enable, disable, remove, refusals), the platform's worker list
// with read-only foreign workers, import of a deployed worker, and secrets that reach the platform
// but never a log line, the local database or the demo's request log.
#include "caserunner.h"
#include "database.h"
#include "demofixture.h"
#include "demoworkersapi.h"
#include "platformworker.h"
#include "rulejson.h"
#include "rulesecrets.h"
#include "ruletemplates.h"
#include "secretstore.h"
#include "testenvironment.h"
#include "workerdeployjob.h"
#include "workergenerator.h"
#include "workersrequests.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Canary values: if any of them shows up where it must not, the test names it.
QHash<QString, QString> canaries()
{
    return { { QStringLiteral("SLACK_WEBHOOK_URL"),
               QStringLiteral("https://hooks.slack.com/services/T0CANARY/B0CANARY/slackcanary7f3a91") },
             { QStringLiteral("WEBHOOK_URL"),
               QStringLiteral("https://receiver.example.com/hooks/webhookcanary52e8") },
             { QStringLiteral("WEBHOOK_SIGNING_KEY"), QStringLiteral("signingcanaryQm2ZpX9rTb4LwN8vYc3HsD") },
             { QStringLiteral("MAIL_API_KEY"), QStringLiteral("SG.mailcanary.0c1d2e3f4a5b6c7d8e9f") } };
}

QMutex s_logMutex;
QStringList s_log;

QtMessageHandler s_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (type >= QtWarningMsg && s_previousHandler)
        s_previousHandler(type, context, message);
}

void enableEveryCategory(QLoggingCategory *category)
{
    category->setEnabled(QtDebugMsg, true);
    category->setEnabled(QtInfoMsg, true);
}

} // namespace

class TestWorkerDeploy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RuleStore> m_store;
    MemorySecretStore m_secrets;

    StoredRule newRule(const QString &templateName, bool withSecrets = true)
    {
        const Rule rule = *RuleTemplates::make(templateName);
        if (!m_store->insert(rule))
            qFatal("insert failed");
        if (withSecrets) {
            for (const QString &name : rule.secretNames())
                RuleSecrets::write(m_secrets, rule, name, canaries().value(name));
        }
        return *m_store->find(rule.id);
    }

    StoredRule stored(const QString &id) { return *m_store->find(id); }

    // Runs one operation of a fresh job to its end.
    WorkerDeployJob::Result run(const std::function<void(WorkerDeployJob &)> &start,
                                QList<WorkerDeployJob::Step> *steps = nullptr)
    {
        WorkerDeployJob job(&m_demo->client(), m_store.get(), &m_secrets,
                            CaseRunner::deployGate(m_store->database()));
        QSignalSpy finished(&job, &WorkerDeployJob::finished);
        start(job);
        if (finished.isEmpty() && !finished.wait(30000))
            qWarning("the job did not finish");
        if (steps)
            *steps = job.steps();
        return job.result();
    }

    QStringList endpointsSince(int from)
    {
        QStringList out;
        const auto entries = m_demo->platform().requests().entries();
        for (qsizetype i = from; i < entries.size(); ++i)
            out.append(entries[i].endpoint + u' ' + QString::number(entries[i].status));
        return out;
    }

    QJsonObject bodyOf(int from, const QString &endpoint)
    {
        const auto entries = m_demo->platform().requests().entries();
        for (qsizetype i = from; i < entries.size(); ++i) {
            if (entries[i].endpoint == endpoint)
                return QJsonDocument::fromJson(entries[i].body).object();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY(m_dir.isValid());
        // Every category at debug level, captured: the secret scan at the end reads all of it.
        QLoggingCategory::installFilter(enableEveryCategory);
        s_previousHandler = qInstallMessageHandler(captureLog);
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        m_db = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite"))).openLocal().database;
        QVERIFY(m_db);
        m_store = std::make_unique<RuleStore>(*m_db);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previousHandler);
        QLoggingCategory::installFilter(nullptr);
    }

    void deployCreatesTheWorker()
    {
        const StoredRule rule = newRule(QStringLiteral("untrusted-registry"));
        const QString key = WorkerGenerator::suggestedKey(*rule.rule);
        const int from = m_demo->platform().requests().size();
        QList<WorkerDeployJob::Step> steps;
        const auto result = run([&](WorkerDeployJob &job) { job.deploy(rule, false); }, &steps);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.created);
        QCOMPARE(result.message, QStringLiteral("Deployed %1 (created, disabled)").arg(key));
        for (const auto &step : steps) // the deploy gate has nothing to run: no golden case for this rule
            QCOMPARE(WorkerDeployJob::stateName(step.state),
                     step.id == u"cases" ? QStringLiteral("skipped") : QStringLiteral("done"));
        // What `jf worker deploy` calls, in its order.
        QCOMPARE(endpointsSince(from),
                 (QStringList { QStringLiteral("GET /worker/api/v2/actions 200"),
                                QStringLiteral("GET /worker/api/v1/options 200"),
                                QStringLiteral("GET /worker/api/v1/workers/{key} 404"),
                                QStringLiteral("POST /worker/api/v2/workers 201") }));
        const QJsonObject body = bodyOf(from, QStringLiteral("POST /worker/api/v2/workers"));
        QCOMPARE(body.value(QLatin1StringView("key")).toString(), key);
        QCOMPARE(body.value(QLatin1StringView("action")).toObject(),
                 (QJsonObject { { QStringLiteral("application"), QStringLiteral("runtime") },
                                { QStringLiteral("name"), QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE") } }));
        QCOMPARE(body.value(QLatin1StringView("enabled")).toBool(true), false);
        QCOMPARE(body.value(QLatin1StringView("sourceCode")).toString(),
                 QString::fromUtf8(WorkerGenerator::workerSource(*rule.rule)));
        QCOMPARE(body.value(QLatin1StringView("version"))
                     .toObject()
                     .value(QLatin1StringView("versionNumber"))
                     .toString(),
                 QStringLiteral("1"));
        QStringList sentKeys;
        for (const QJsonValue &s : body.value(QLatin1StringView("secrets")).toArray()) {
            sentKeys.append(s.toObject().value(QLatin1StringView("key")).toString());
            QCOMPARE(s.toObject().value(QLatin1StringView("value")).toString(),
                     QStringLiteral("•••")); // masked in the log
        }
        QCOMPARE(sentKeys, rule.rule->secretNames());

        // The platform got the values themselves, and the code as text.
        const auto worker = m_demo->platform().workers().worker(key);
        QVERIFY(worker);
        QVERIFY(!worker->receivedBase64);
        QCOMPARE(worker->sourceCode, QString::fromUtf8(WorkerGenerator::workerSource(*rule.rule)));
        for (const QString &name : rule.rule->secretNames())
            QCOMPARE(worker->secrets.value(name), canaries().value(name));
        const StoredRule after = stored(rule.id);
        QCOMPARE(after.state(), DeploymentState::Deployed);
        QCOMPARE(after.workerKey, key);
        QCOMPARE(after.deployedRevision.value_or(-1), qint64(1));
    }

    void base64WhenTheOptionsAskForIt()
    {
        m_demo->platform().workers().setOptions({ 100000, true });
        const StoredRule rule = newRule(QStringLiteral("integrity-violation"));
        const int from = m_demo->platform().requests().size();
        const auto result = run([&](WorkerDeployJob &job) { job.deploy(rule, true); });
        m_demo->platform().workers().setOptions({});
        QVERIFY2(result.ok, qPrintable(result.message));
        const QString sent = bodyOf(from, QStringLiteral("POST /worker/api/v2/workers"))
                                 .value(QLatin1StringView("sourceCode"))
                                 .toString();
        QVERIFY(sent.startsWith(QLatin1StringView("base64:")));
        QCOMPARE(QByteArray::fromBase64(sent.mid(7).toLatin1()), WorkerGenerator::workerSource(*rule.rule));
        const auto worker = m_demo->platform().workers().worker(result.workerKey);
        QVERIFY(worker && worker->receivedBase64 && worker->enabled);
        QCOMPARE(stored(rule.id).state(), DeploymentState::Enabled);
    }

    void redeployUpdates()
    {
        StoredRule rule = newRule(QStringLiteral("deployment-status-change"));
        QVERIFY(run([&](WorkerDeployJob &job) { job.deploy(rule, true); }).ok);
        Rule changed = *rule.rule;
        changed.message.title = QStringLiteral("Changed: {{workload.name}}");
        QVERIFY(m_store->update(changed));
        QCOMPARE(stored(rule.id).state(), DeploymentState::OutOfDate);

        const int from = m_demo->platform().requests().size();
        const auto result = run([&](WorkerDeployJob &job) { job.deploy(stored(rule.id), false); });
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(!result.created);
        QVERIFY(result.enabled); // a redeploy keeps the worker enabled
        QCOMPARE(endpointsSince(from).last(), QStringLiteral("PUT /worker/api/v2/workers 204"));
        // As jf worker deploy: each secret the platform has is marked for removal, then sent anew.
        const QJsonArray secrets = bodyOf(from, QStringLiteral("PUT /worker/api/v2/workers"))
                                       .value(QLatin1StringView("secrets"))
                                       .toArray();
        const int names = int(changed.secretNames().size());
        QCOMPARE(secrets.size(), 2 * names);
        for (int i = 0; i < names; ++i) {
            QVERIFY(secrets[i].toObject().value(QLatin1StringView("markedForRemoval")).toBool());
            QCOMPARE(secrets[names + i].toObject().value(QLatin1StringView("value")).toString(),
                     QStringLiteral("•••"));
        }
        const auto worker = m_demo->platform().workers().worker(result.workerKey);
        QCOMPARE(worker->sourceCode, QString::fromUtf8(WorkerGenerator::workerSource(changed)));
        QCOMPARE(worker->secrets.value(QStringLiteral("MAIL_API_KEY")),
                 canaries().value(QStringLiteral("MAIL_API_KEY")));
        QCOMPARE(stored(rule.id).state(), DeploymentState::Enabled);
        QCOMPARE(stored(rule.id).deployedRevision.value_or(-1), qint64(2));
    }

    void enableAndDisableFlipTheWorker()
    {
        const StoredRule rule = newRule(QStringLiteral("untrusted-registry"));
        QVERIFY(run([&](WorkerDeployJob &job) { job.deploy(rule, false); }).ok);
        const QString key = stored(rule.id).workerKey;
        const QString deployedCode = m_demo->platform().workers().worker(key)->sourceCode;
        // A local change does not reach the platform through enable: only deploy sends new code.
        Rule changed = *rule.rule;
        changed.cooldownSeconds = 60;
        QVERIFY(m_store->update(changed));

        const int from = m_demo->platform().requests().size();
        auto result = run([&](WorkerDeployJob &job) { job.setEnabled(stored(rule.id), true); });
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(endpointsSince(from),
                 (QStringList { QStringLiteral("GET /worker/api/v1/options 200"),
                                QStringLiteral("GET /worker/api/v1/workers/{key} 200"),
                                QStringLiteral("PUT /worker/api/v2/workers 204") }));
        const QJsonObject put = bodyOf(from, QStringLiteral("PUT /worker/api/v2/workers"));
        QCOMPARE(put.value(QLatin1StringView("enabled")).toBool(), true);
        QCOMPARE(put.value(QLatin1StringView("secrets")).toArray(), QJsonArray());
        auto worker = m_demo->platform().workers().worker(key);
        QVERIFY(worker->enabled);
        QCOMPARE(worker->sourceCode, deployedCode);
        QCOMPARE(worker->secrets.size(), changed.secretNames().size()); // kept
        QVERIFY(stored(rule.id).enabled);

        result = run([&](WorkerDeployJob &job) { job.setEnabled(stored(rule.id), false); });
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(!m_demo->platform().workers().worker(key)->enabled);
        QVERIFY(!stored(rule.id).enabled);
        QCOMPARE(stored(rule.id).state(), DeploymentState::OutOfDate);
    }

    void removeDeletesTheWorker()
    {
        const StoredRule rule = newRule(QStringLiteral("integrity-violation"));
        QVERIFY(run([&](WorkerDeployJob &job) { job.deploy(rule, true); }).ok);
        const QString key = stored(rule.id).workerKey;
        int from = m_demo->platform().requests().size();
        auto result = run([&](WorkerDeployJob &job) { job.remove(stored(rule.id)); });
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(endpointsSince(from).last(), QStringLiteral("DELETE /worker/api/v1/workers/{key} 204"));
        QVERIFY(!m_demo->platform().workers().worker(key));
        QCOMPARE(stored(rule.id).state(), DeploymentState::Draft);
        // Removing what is not there: no DELETE, and the rule stays a draft.
        from = m_demo->platform().requests().size();
        result = run([&](WorkerDeployJob &job) { job.remove(stored(rule.id)); });
        QVERIFY(result.ok);
        QVERIFY(result.message.contains(QLatin1StringView("was not on the platform")));
        QCOMPARE(endpointsSince(from),
                 QStringList { QStringLiteral("GET /worker/api/v1/workers/{key} 404") });
        // Enabling a rule that is not deployed is refused before any call.
        result = run([&](WorkerDeployJob &job) { job.setEnabled(stored(rule.id), true); });
        QVERIFY(!result.ok);
        QCOMPARE(result.exitCode, 3);
    }

    void foreignWorkersAreReadOnly()
    {
        WorkersListRequest list(&m_demo->client(), QString(), nullptr);
        QVERIFY(DemoFixture::run(list));
        QVERIFY2(!list.error(), qPrintable(list.error().message()));
        bool sawForeign = false;
        bool sawOurs = false;
        for (const WorkerDetails &details : list.result()) {
            const PlatformWorker worker = PlatformWorker::fromDetails(details);
            QVERIFY(!details.secretKeys.isEmpty() || details.key != u"cleanup-stale-builds");
            if (details.key == u"cleanup-stale-builds") {
                sawForeign = true;
                QVERIFY(worker.readOnly());
                QCOMPARE(details.action, QStringLiteral("GENERIC_EVENT"));
                QVERIFY(details.sourceCode.contains(QLatin1StringView("deleteAll")));
                QVERIFY(!worker.problem.isEmpty());
            } else if (worker.rule) {
                sawOurs = true;
                QVERIFY(!worker.readOnly());
                QVERIFY(m_store->find(worker.rule->id));
            }
        }
        QVERIFY(sawForeign && sawOurs);

        // A worker made elsewhere under the key a rule would use is never overwritten.
        const StoredRule rule = newRule(QStringLiteral("untrusted-registry"));
        DemoWorkersApi::Worker squatter;
        squatter.key = WorkerGenerator::suggestedKey(*rule.rule);
        squatter.application = QStringLiteral("runtime");
        squatter.action = QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE");
        squatter.sourceCode = QStringLiteral("export default async () => ({ message: 'mine' });\n");
        m_demo->platform().workers().put(squatter);
        const int from = m_demo->platform().requests().size();
        const auto result = run([&](WorkerDeployJob &job) { job.deploy(rule, true); });
        QVERIFY(!result.ok);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.message.contains(QLatin1StringView("was not made by Runtime Desk")),
                 qPrintable(result.message));
        QCOMPARE(endpointsSince(from).last(), QStringLiteral("GET /worker/api/v1/workers/{key} 200"));
        QCOMPARE(m_demo->platform().workers().worker(squatter.key)->sourceCode, squatter.sourceCode);
        QCOMPARE(stored(rule.id).state(), DeploymentState::Draft);
    }

    void codeOverTheLimitIsRefusedBeforeSending()
    {
        m_demo->platform().workers().setOptions({ 20000, false });
        const StoredRule rule = newRule(QStringLiteral("deployment-status-change"));
        const int from = m_demo->platform().requests().size();
        QList<WorkerDeployJob::Step> steps;
        const auto result = run([&](WorkerDeployJob &job) { job.deploy(rule, false); }, &steps);
        m_demo->platform().workers().setOptions({});
        QVERIFY(!result.ok);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.message.contains(QLatin1StringView("more than the platform accepts")),
                 qPrintable(result.message));
        QCOMPARE(endpointsSince(from),
                 (QStringList { QStringLiteral("GET /worker/api/v2/actions 200"),
                                QStringLiteral("GET /worker/api/v1/options 200") }));
        QCOMPARE(steps.constLast().id, QStringLiteral("record"));
        QCOMPARE(WorkerDeployJob::stateName(steps.constLast().state), QStringLiteral("skipped"));
        QVERIFY(!m_demo->platform().workers().worker(WorkerGenerator::suggestedKey(*rule.rule)));
    }

    void missingSecretsAreRefused()
    {
        const StoredRule rule = newRule(QStringLiteral("integrity-violation"), false);
        const auto result = run([&](WorkerDeployJob &job) { job.deploy(rule, false); });
        QVERIFY(!result.ok);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.message.contains(
                     QLatin1StringView("SLACK_WEBHOOK_URL, WEBHOOK_URL, WEBHOOK_SIGNING_KEY, MAIL_API_KEY")),
                 qPrintable(result.message));
        QVERIFY(!m_demo->platform().workers().worker(WorkerGenerator::suggestedKey(*rule.rule)));
    }

    void importingADeployedWorkerGivesTheSameRule()
    {
        const StoredRule rule = newRule(QStringLiteral("untrusted-registry"));
        Rule edited = *rule.rule;
        RuleCondition inProd;
        inProd.field = RuleCondition::Field::Namespace;
        inProd.op = RuleCondition::Op::In;
        inProd.patterns = { QStringLiteral("prod"), QStringLiteral("prod-eu") };
        RuleCondition severe;
        severe.kind = RuleCondition::Kind::SeverityAtLeast;
        severe.severity = Severity::High;
        edited.criteria.children.append(
            CriteriaNode::any({ CriteriaNode::leaf(inProd), CriteriaNode::leaf(severe) }));
        QVERIFY(m_store->update(edited));
        QVERIFY(run([&](WorkerDeployJob &job) { job.deploy(stored(rule.id), false); }).ok);
        WorkerRequest get(&m_demo->client(), stored(rule.id).workerKey, nullptr);
        QVERIFY(DemoFixture::run(get));
        QVERIFY(get.result());
        bool changedByHand = true;
        const RuleJson::Result back =
            WorkerGenerator::importWorker(get.result()->sourceCode.toUtf8(), &changedByHand);
        QCOMPARE(back.errors, QStringList());
        QVERIFY(back.rule == edited);
        QVERIFY(!changedByHand);
        QVERIFY(PlatformWorker::fromDetails(*get.result()).isMadeFrom(rule.id));
    }

    void testRunsAndHistory()
    {
        const StoredRule rule = newRule(QStringLiteral("untrusted-registry"));
        QVERIFY(run([&](WorkerDeployJob &job) { job.deploy(rule, true); }).ok);
        const QString key = stored(rule.id).workerKey;
        WorkerTestRequest test(&m_demo->client(),
                               { key,
                                 m_demo->platform().workers().worker(key)->sourceCode,
                                 Rule::action,
                                 WorkerGenerator::sampleEvent(),
                                 {},
                                 false },
                               nullptr);
        QVERIFY(DemoFixture::run(test));
        QVERIFY2(!test.error(), qPrintable(test.error().message()));
        QVERIFY(test.result().message.startsWith(QLatin1StringView("fired: 3 notification(s) planned")));
        QCOMPARE(test.result().executionStatus, QStringLiteral("STATUS_SUCCESS"));
        QVERIFY(test.result().logs.contains(QLatin1StringView("would send POST")));
        QVERIFY(!test.result().logs.contains(canaries().value(QStringLiteral("SLACK_WEBHOOK_URL"))));
        ExecutionHistoryRequest withoutTests(&m_demo->client(), key, false, nullptr);
        QVERIFY(DemoFixture::run(withoutTests));
        QCOMPARE(withoutTests.result().size(), 0);
        ExecutionHistoryRequest withTests(&m_demo->client(), key, true, nullptr);
        QVERIFY(DemoFixture::run(withTests));
        QCOMPARE(withTests.result().size(), 1);
        QVERIFY(withTests.result().constFirst().testRun);
        QCOMPARE(withTests.result().constFirst().workerType, Rule::action);
    }

    // Last: everything above sent canaries; none may be in a log line, the database or the demo's log.
    void secretsNeverLeak()
    {
        QVERIFY(m_demo->platform().workers().keys().size() > 5);
        QStringList log;
        {
            QMutexLocker lock(&s_logMutex);
            log = s_log;
        }
        QVERIFY2(log.size() > 20, "the log capture did not work");
        QByteArray files;
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile file(m_dir.filePath(QStringLiteral("desk.sqlite")) + suffix);
            if (file.open(QIODevice::ReadOnly))
                files += file.readAll();
        }
        QVERIFY(files.size() > 4096);
        QByteArray requestLog;
        for (const auto &entry : m_demo->platform().requests().entries())
            requestLog += entry.body;
        QVERIFY(requestLog.contains("\"secrets\""));
        const QString allLog = log.join(u'\n');
        for (const QString &value : canaries()) {
            for (const QByteArray &form :
                 { value.toUtf8(), value.toUtf8().toBase64(), QUrl::toPercentEncoding(value) }) {
                QVERIFY2(!allLog.contains(QString::fromUtf8(form)), form.constData());
                QVERIFY2(!files.contains(form), form.constData());
                QVERIFY2(!requestLog.contains(form), form.constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkerDeploy)
#include "tst_workerdeploy.moc"
