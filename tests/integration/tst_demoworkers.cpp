// The demo platform's Workers API over real TLS, call by call: what it accepts, what it refuses
// (and with which status), that it never answers a secret value, and its test runs and history.
#include "demofixture.h"
#include "demoworkersapi.h"
#include "ruletemplates.h"
#include "testenvironment.h"
#include "workergenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace {

QJsonObject body(const QString &key,
                 const QJsonValue &action = QJsonObject {
                     { QStringLiteral("application"), QStringLiteral("runtime") },
                     { QStringLiteral("name"), QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE") } })
{
    return {
        { QStringLiteral("key"), key },
        { QStringLiteral("description"), QStringLiteral("d") },
        { QStringLiteral("enabled"), false },
        { QStringLiteral("debug"), false },
        { QStringLiteral("sourceCode"), QStringLiteral("export default async () => ({ message: 'ok' });") },
        { QStringLiteral("action"), action },
        { QStringLiteral("secrets"),
          QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("S") },
                                     { QStringLiteral("value"), QStringLiteral("secret-value-9z") } } } },
        { QStringLiteral("projectKey"), QString() }
    };
}

} // namespace

class TestDemoWorkers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoFixture> m_demo;

    struct Answer
    {
        int status = 0;
        QByteArray body;
    };

    Answer call(const QByteArray &method, const QString &path, const QJsonObject &json = {},
                const QString &query = {}, bool authenticated = true)
    {
        ApiCall c;
        c.method = method;
        c.path = path;
        c.query = QUrlQuery(query);
        if (!json.isEmpty())
            c.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        c.expectedStatuses = { 200, 201, 204, 400, 401, 404, 409 };
        c.authenticated = authenticated;
        ApiReply *reply = m_demo->client().send(c, nullptr);
        QSignalSpy finished(reply, &ApiReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        const Answer answer { reply->status(), reply->body() };
        delete reply;
        return answer;
    }

    static QString message(const Answer &a)
    {
        return QJsonDocument::fromJson(a.body)
            .object()
            .value(QLatin1StringView("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1StringView("message"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
    }

    void actionsAndOptions()
    {
        const Answer actions = call("GET", QStringLiteral("/worker/api/v2/actions"));
        QCOMPARE(actions.status, 200);
        const QJsonObject runtime = QJsonDocument::fromJson(actions.body).array().first().toObject();
        QCOMPARE(runtime.value(QLatin1StringView("action"))
                     .toObject()
                     .value(QLatin1StringView("application"))
                     .toString(),
                 QStringLiteral("runtime"));
        QCOMPARE(runtime.value(QLatin1StringView("mandatoryFilter")).toBool(true), false);
        QCOMPARE(
            QJsonDocument::fromJson(runtime.value(QLatin1StringView("samplePayload")).toString().toUtf8())
                .object(),
            WorkerGenerator::sampleEvent());
        const Answer options = call("GET", QStringLiteral("/worker/api/v1/options"));
        QCOMPARE(QJsonDocument::fromJson(options.body)
                     .object()
                     .value(QLatin1StringView("edition"))
                     .toObject()
                     .value(QLatin1StringView("maxCodeChars"))
                     .toInt(),
                 100000);
        QCOMPARE(call("GET", QStringLiteral("/worker/api/v2/actions"), {}, {}, false).status, 401);
    }

    void createGetUpdateDelete()
    {
        QCOMPARE(call("POST", QStringLiteral("/worker/api/v2/workers"), body(QStringLiteral("crud"))).status,
                 201);
        QCOMPARE(call("POST", QStringLiteral("/worker/api/v2/workers"), body(QStringLiteral("crud"))).status,
                 409);
        const Answer got = call("GET", QStringLiteral("/worker/api/v1/workers/crud"));
        QCOMPARE(got.status, 200);
        QVERIFY(!got.body.contains("secret-value-9z")); // keys only
        const QJsonObject details = QJsonDocument::fromJson(got.body).object();
        QCOMPARE(details.value(QLatin1StringView("action")).toString(),
                 QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE"));
        QCOMPARE(details.value(QLatin1StringView("secrets"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("key"))
                     .toString(),
                 QStringLiteral("S"));

        // An update keeps the secrets it does not name, and applies removals and values in order.
        QJsonObject update = body(QStringLiteral("crud"));
        update.insert(QStringLiteral("enabled"), true);
        update.insert(QStringLiteral("secrets"),
                      QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("T") },
                                                 { QStringLiteral("value"), QStringLiteral("t") } } });
        QCOMPARE(call("PUT", QStringLiteral("/worker/api/v2/workers"), update).status, 204);
        auto worker = m_demo->platform().workers().worker(QStringLiteral("crud"));
        QVERIFY(worker->enabled);
        QCOMPARE(worker->secrets.keys(), (QStringList { QStringLiteral("S"), QStringLiteral("T") }));
        update.insert(QStringLiteral("secrets"),
                      QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("S") },
                                                 { QStringLiteral("markedForRemoval"), true } } });
        QCOMPARE(call("PUT", QStringLiteral("/worker/api/v2/workers"), update).status, 204);
        QCOMPARE(m_demo->platform().workers().worker(QStringLiteral("crud"))->secrets.keys(),
                 QStringList { QStringLiteral("T") });

        QCOMPARE(call("PUT", QStringLiteral("/worker/api/v2/workers"), body(QStringLiteral("nobody"))).status,
                 404);
        QCOMPARE(call("DELETE", QStringLiteral("/worker/api/v1/workers/crud")).status, 204);
        QCOMPARE(call("DELETE", QStringLiteral("/worker/api/v1/workers/crud")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/worker/api/v1/workers/crud")).status, 404);
        // v1 takes the action as a string.
        QCOMPARE(call("POST", QStringLiteral("/worker/api/v1/workers"),
                      body(QStringLiteral("v1-worker"), QStringLiteral("GENERIC_EVENT")))
                     .status,
                 200);
        QCOMPARE(m_demo->platform().workers().worker(QStringLiteral("v1-worker"))->application,
                 QStringLiteral("worker"));
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("expected");
        QJsonObject o = body(QStringLiteral("bad key!"));
        QTest::newRow("key") << o << QStringLiteral("key must be");
        o = body(QStringLiteral("k1"),
                 QJsonObject { { QStringLiteral("application"), QStringLiteral("runtime") },
                               { QStringLiteral("name"), QStringLiteral("NO_SUCH_EVENT") } });
        QTest::newRow("unknown action") << o << QStringLiteral("action runtime/NO_SUCH_EVENT does not exist");
        o = body(QStringLiteral("k2"), QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE"));
        QTest::newRow("v2 action as a string") << o << QStringLiteral("action should be an object");
        o = body(QStringLiteral("k3"));
        o.insert(QStringLiteral("sourceCode"), QStringLiteral("base64:%%%"));
        QTest::newRow("bad base64") << o << QStringLiteral("not valid base64");
        o = body(QStringLiteral("k4"));
        o.insert(QStringLiteral("sourceCode"), QString(100001, u'x'));
        QTest::newRow("too long") << o << QStringLiteral("more than 100000");
        o = body(QStringLiteral("k5"));
        o.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
        QTest::newRow("enabled not a boolean") << o << QStringLiteral("enabled should be true or false");
        o = body(QStringLiteral("k6"));
        o.insert(QStringLiteral("secrets"),
                 QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("S") } } });
        QTest::newRow("secret without value") << o << QStringLiteral("secret S has no value");
        o = body(QStringLiteral("k7"),
                 QJsonObject { { QStringLiteral("application"), QStringLiteral("artifactory") },
                               { QStringLiteral("name"), QStringLiteral("BEFORE_DOWNLOAD") } });
        QTest::newRow("mandatory filter") << o << QStringLiteral("filterCriteria is required");
    }

    void refusals()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, expected);
        const Answer a = call("POST", QStringLiteral("/worker/api/v2/workers"), json);
        QCOMPARE(a.status, 400);
        QVERIFY2(message(a).contains(expected), qPrintable(message(a)));
        QVERIFY(!m_demo->platform().workers().worker(json.value(QLatin1StringView("key")).toString()));
    }

    void listFilters()
    {
        const Answer all = call("GET", QStringLiteral("/worker/api/v1/workers"));
        const int total = int(
            QJsonDocument::fromJson(all.body).object().value(QLatin1StringView("workers")).toArray().size());
        QCOMPARE(total, int(m_demo->platform().workers().keys().size()));
        const Answer generic =
            call("GET", QStringLiteral("/worker/api/v1/workers"), {}, QStringLiteral("action=GENERIC_EVENT"));
        for (const QJsonValue &w :
             QJsonDocument::fromJson(generic.body).object().value(QLatin1StringView("workers")).toArray())
            QCOMPARE(w.toObject().value(QLatin1StringView("action")).toString(),
                     QStringLiteral("GENERIC_EVENT"));
        const Answer keys =
            call("GET", QStringLiteral("/worker/api/v1/workers"), {}, QStringLiteral("keysOnly=true"));
        QCOMPARE(
            QJsonDocument::fromJson(keys.body).object().value(QLatin1StringView("keys")).toArray().size(),
            total);
        QVERIFY(!all.body.contains("secret-value-9z"));
    }

    void testRunsAndHistory()
    {
        const Rule rule = *RuleTemplates::make(QStringLiteral("integrity-violation"));
        const QJsonObject test { { QStringLiteral("code"),
                                   QString::fromUtf8(WorkerGenerator::workerSource(rule)) },
                                 { QStringLiteral("action"), Rule::action },
                                 { QStringLiteral("data"), WorkerGenerator::sampleEvent() } };
        Answer a = call("POST", QStringLiteral("/worker/api/v1/test/history-key"), test,
                        QStringLiteral("debug=true"));
        QCOMPARE(a.status, 200);
        QJsonObject result = QJsonDocument::fromJson(a.body).object();
        QCOMPARE(result.value(QLatin1StringView("afterWorkloadStateChange"))
                     .toObject()
                     .value(QLatin1StringView("message"))
                     .toString(),
                 QStringLiteral("not fired")); // the documented sample has no integrity violation
        QVERIFY(
            result.value(QLatin1StringView("logs")).toString().contains(QLatin1StringView("[info ] fail")));
        // Code the demo cannot interpret is not run.
        QJsonObject other = test;
        other.insert(QStringLiteral("code"),
                     QStringLiteral("export default async () => ({ message: 'x' });"));
        a = call("POST", QStringLiteral("/worker/api/v1/test/history-key"), other);
        result = QJsonDocument::fromJson(a.body).object();
        QVERIFY(result.value(QLatin1StringView("logs"))
                    .toString()
                    .contains(QLatin1StringView("this code was not run")));
        QCOMPARE(call("POST", QStringLiteral("/worker/api/v1/test/history-key"),
                      QJsonObject { { QStringLiteral("code"), QStringLiteral("x") } })
                     .status,
                 400);

        a = call("GET", QStringLiteral("/worker/api/v1/execution_history"), {},
                 QStringLiteral("workerKey=history-key&showTestRun=true"));
        const QJsonArray entries = QJsonDocument::fromJson(a.body).array();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries[0].toObject().value(QLatin1StringView("testRun")).toBool());
        QVERIFY(
            entries[0].toObject().value(QLatin1StringView("startTimeMillis")).toDouble()
            >= entries[1].toObject().value(QLatin1StringView("startTimeMillis")).toDouble()); // newest first
        a = call("GET", QStringLiteral("/worker/api/v1/execution_history"), {},
                 QStringLiteral("workerKey=history-key&showTestRun=false"));
        QCOMPARE(QJsonDocument::fromJson(a.body).array().size(), 0);
    }

    void requestLogMasksSecretValues()
    {
        bool sawSecrets = false;
        for (const auto &entry : m_demo->platform().requests().entries()) {
            QVERIFY(!entry.body.contains("secret-value-9z"));
            sawSecrets = sawSecrets
                || (entry.path.startsWith(u"/worker/") && entry.body.contains("\"value\":\"•••\""));
        }
        QVERIFY(sawSecrets);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkers)
#include "tst_demoworkers.moc"
