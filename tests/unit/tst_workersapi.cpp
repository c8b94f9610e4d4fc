// The Workers API client against the fake QNAM: tolerant parsing of every documented variant
// (WorkerJson), what each request class sends, which statuses are answers (a 404 lookup) and which
// are failures, and that a create is never retried while a lookup is.
#include "apiclient.h"
#include "fakenetworkaccessmanager.h"
#include "testenvironment.h"
#include "workerjson.h"
#include "workersrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;
using Response = FakeNetworkAccessManager::Response;

class TestWorkersApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;

    bool run(ApiRequest &request)
    {
        QSignalSpy finished(&request, &ApiRequest::finished);
        request.start();
        return !finished.isEmpty() || finished.wait(5000);
    }

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void init()
    {
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        ConnectionProfile p;
        p.baseUrl = QUrl(QStringLiteral("https://acme.jfrog.io"));
        p.retry.maxAttempts = 3;
        p.retry.baseDelay = 5ms;
        p.retry.maxDelay = 20ms;
        m_client->setProfile(p);
        m_client->setToken(QStringLiteral("token"));
    }

    void cleanup()
    {
        const QStringList violations = m_nam->violations();
        m_client.reset();
        m_nam.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void actionNames()
    {
        QCOMPARE(WorkerJson::normaliseAction(QStringLiteral("afterWorkloadStateChange")),
                 QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE"));
        QCOMPARE(WorkerJson::normaliseAction(QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE")),
                 QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE"));
        QCOMPARE(WorkerJson::normaliseAction(QStringLiteral("beforeDownload")),
                 QStringLiteral("BEFORE_DOWNLOAD"));
        QCOMPARE(WorkerJson::normaliseAction(QStringLiteral("generic_event")),
                 QStringLiteral("GENERIC_EVENT"));
    }

    void sourceCodeForms()
    {
        const QString code = QStringLiteral("export default async () => ({ message: 'é ✓' });\n");
        const QString encoded = WorkerJson::encodeSource(code, true);
        QVERIFY(encoded.startsWith(QLatin1StringView("base64:")));
        QCOMPARE(WorkerJson::decodeSource(encoded), code);
        QCOMPARE(WorkerJson::encodeSource(code, false), code);
        QCOMPARE(WorkerJson::decodeSource(code), code);
        QCOMPARE(WorkerJson::decodeSource(QStringLiteral("base64:!!not base64")),
                 QStringLiteral("base64:!!not base64"));
    }

    void workerDetailsVariants()
    {
        // The documented GET shape: action as a string, secrets without values.
        QString error;
        auto d = WorkerJson::parseDetails("{\"key\":\"w\",\"description\":\"d\",\"enabled\":true,\"debug\":"
                                          "false,\"sourceCode\":\"base64:eA==\","
                                          "\"action\":\"AFTER_WORKLOAD_STATE_CHANGE\",\"secrets\":[{\"key\":"
                                          "\"A\",\"value\":\"\",\"markedForRemoval\":false},"
                                          "{\"key\":\"B\",\"markedForRemoval\":true}],\"projectKey\":\"\"}",
                                          &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->sourceCode, QStringLiteral("x"));
        QCOMPARE(d->action, QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE"));
        QCOMPARE(d->secretKeys, QStringList { QStringLiteral("A") });
        QVERIFY(d->enabled);
        // The v2 shape (an action object), a camelCase workerType, "true" as a string.
        d = WorkerJson::parseDetails(
            "{\"key\":\"w\",\"enabled\":\"true\",\"workerType\":\"afterWorkloadStateChange\"}", &error);
        QVERIFY(d);
        QCOMPARE(d->action, QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE"));
        QVERIFY(d->enabled);
        d = WorkerJson::parseDetails("{\"key\":\"w\",\"action\":{\"application\":\"runtime\",\"name\":"
                                     "\"AFTER_WORKLOAD_STATE_CHANGE\"}}",
                                     &error);
        QCOMPARE(d->application, QStringLiteral("runtime"));
        QVERIFY(!WorkerJson::parseDetails("{\"description\":\"no key\"}", &error));
        QVERIFY(!WorkerJson::parseDetails("[1]", &error));

        // Lists: {"workers": […]}, a bare array, {"keys": […]}; a keyless entry is dropped.
        auto list =
            WorkerJson::parseWorkers("{\"workers\":[{\"key\":\"a\"},{\"nokey\":1},{\"key\":\"b\"}]}", &error);
        QCOMPARE(list->size(), 2);
        QCOMPARE(WorkerJson::parseWorkers("[{\"key\":\"a\"}]", &error)->size(), 1);
        QCOMPARE(WorkerJson::parseWorkers("{\"keys\":[\"a\",\"b\",\"c\"]}", &error)->size(), 3);
        QVERIFY(!WorkerJson::parseWorkers("{\"other\":[]}", &error));
        QVERIFY(error.contains(QLatin1StringView("workers")));
        QVERIFY(!WorkerJson::parseWorkers("{\"workers\":", &error));
    }

    void actionsAndOptions()
    {
        QString error;
        const auto actions =
            WorkerJson::parseActions("[{\"action\":{\"application\":\"runtime\",\"name\":\"AFTER_WORKLOAD_"
                                     "STATE_CHANGE\"},\"samplePayload\":\"{}\","
                                     "\"mandatoryFilter\":false,\"filterType\":\"\"},"
                                     "{\"action\":\"BEFORE_DOWNLOAD\",\"application\":\"artifactory\","
                                     "\"samplePayload\":{\"a\":1},\"mandatoryFilter\":true}]",
                                     &error);
        QVERIFY2(actions, qPrintable(error));
        QCOMPARE(actions->size(), 2);
        QCOMPARE(actions->at(0).application, QStringLiteral("runtime"));
        QCOMPARE(actions->at(1).application, QStringLiteral("artifactory"));
        QCOMPARE(actions->at(1).samplePayload, QStringLiteral("{\"a\":1}")); // an object is kept as JSON text
        QVERIFY(actions->at(1).mandatoryFilter);

        auto options =
            WorkerJson::parseOptions("{\"edition\":{\"maxCodeChars\":5000,\"maxVersionNumberChars\":64},"
                                     "\"shouldEncodeSourceCodeInBase64\":true}",
                                     &error);
        QCOMPARE(options->maxCodeChars, 5000);
        QVERIFY(options->encodeSourceCodeInBase64);
        options =
            WorkerJson::parseOptions("{\"maxCodeChars\":\"7000\"}", &error); // flat, and a number as text
        QCOMPARE(options->maxCodeChars, 7000);
        QVERIFY(!options->encodeSourceCodeInBase64);
        QVERIFY(!WorkerJson::parseOptions("{\"edition\":{\"maxCodeChars\":0}}", &error));
    }

    void testResultAndHistory()
    {
        QString error;
        const auto result =
            WorkerJson::parseTestResult("{\"logs\":\"[info ] "
                                        "a\\n\",\"beforeDownload\":{\"status\":1,\"message\":\"proceed\","
                                        "\"executionStatus\":\"STATUS_SUCCESS\"}}",
                                        &error);
        QCOMPARE(result->logs, QStringLiteral("[info ] a\n"));
        QCOMPARE(result->message, QStringLiteral("proceed"));
        QCOMPARE(result->executionStatus, QStringLiteral("STATUS_SUCCESS"));
        QVERIFY(!result->result.contains(QLatin1StringView("logs")));
        const auto history = WorkerJson::parseHistory(
            "[{\"workerKey\":\"w\",\"workerType\":\"beforeDownload\",\"executionStatus\":\"STATUS_FAIL\","
            "\"testRun\":true,"
            "\"executionResult\":{\"result\":{\"m\":1},\"logs\":\"x\"},\"startTimeMillis\":1747741357485}]",
            &error);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->at(0).workerType, QStringLiteral("BEFORE_DOWNLOAD"));
        QCOMPARE(history->at(0).logs, QStringLiteral("x"));
        QCOMPARE(history->at(0).startTimeMillis, 1747741357485LL);
        QVERIFY(history->at(0).testRun);
    }

    void lookupOf404IsAnAnswer()
    {
        m_nam->enqueue(
            Response::json(404, "{\"errors\":[{\"status\":404,\"message\":\"Worker w not found\"}]}"));
        WorkerRequest request(m_client.get(), QStringLiteral("w/../x"), nullptr);
        QVERIFY(run(request));
        QVERIFY2(!request.error(), qPrintable(request.error().message()));
        QVERIFY(!request.result());
        QCOMPARE(m_nam->requests().size(), 1); // not retried
        QCOMPARE(m_nam->requests().at(0).url.path(QUrl::FullyEncoded),
                 QStringLiteral("/worker/api/v1/workers/w%2F..%2Fx"));
    }

    void lookupFailuresAreRetriedAndReported()
    {
        m_nam->enqueue(Response::json(503, "{}"));
        m_nam->enqueue(
            Response::json(401, "{\"errors\":[{\"status\":401,\"message\":\"Bad credentials\"}]}"));
        WorkerRequest request(m_client.get(), QStringLiteral("w"), nullptr);
        QVERIFY(run(request));
        QCOMPARE(request.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(request.error().message(),
                 QStringLiteral("401 from /worker/api/v1/workers/w: token rejected (Bad credentials)"));
        QCOMPARE(m_nam->requests().size(), 2);
    }

    void createIsNeverRetried()
    {
        m_nam->enqueue(Response::json(503, "{}"));
        WorkerDeployment d;
        d.key = QStringLiteral("w");
        d.sourceCode = QStringLiteral("code");
        d.application = QStringLiteral("runtime");
        d.action = QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE");
        d.secrets = { { QStringLiteral("OLD"), {}, true },
                      { QStringLiteral("A"), QStringLiteral("value"), false } };
        CreateWorkerRequest request(m_client.get(), d, true, nullptr);
        QVERIFY(run(request));
        QCOMPARE(request.error().kind, ApiError::Kind::Server);
        QCOMPARE(m_nam->requests().size(), 1);
        const auto &sent = m_nam->requests().at(0);
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.url.path(), QStringLiteral("/worker/api/v2/workers"));
        const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(body.value(QLatin1StringView("sourceCode")).toString(), QStringLiteral("base64:Y29kZQ=="));
        QCOMPARE(body.value(QLatin1StringView("action"))
                     .toObject()
                     .value(QLatin1StringView("application"))
                     .toString(),
                 QStringLiteral("runtime"));
        const QJsonArray secrets = body.value(QLatin1StringView("secrets")).toArray();
        QCOMPARE(secrets.size(), 2);
        QCOMPARE(secrets[0].toObject(),
                 (QJsonObject { { QStringLiteral("key"), QStringLiteral("OLD") },
                                { QStringLiteral("markedForRemoval"), true } }));
        QCOMPARE(secrets[1].toObject().value(QLatin1StringView("value")).toString(), QStringLiteral("value"));
    }

    void updateIsAPutAndAnswers204()
    {
        m_nam->enqueue(Response::json(204, QByteArray()));
        WorkerDeployment d;
        d.key = QStringLiteral("w");
        d.enabled = true;
        UpdateWorkerRequest request(m_client.get(), d, false, nullptr);
        QVERIFY(run(request));
        QVERIFY2(!request.error(), qPrintable(request.error().message()));
        QCOMPARE(m_nam->requests().at(0).method, QByteArray("PUT"));
        QVERIFY(QJsonDocument::fromJson(m_nam->requests().at(0).body)
                    .object()
                    .value(QLatin1StringView("enabled"))
                    .toBool());
    }

    void deleteOf404IsAnAnswer()
    {
        m_nam->enqueue(Response::json(404, "{}"));
        DeleteWorkerRequest request(m_client.get(), QStringLiteral("gone"), nullptr);
        QVERIFY(run(request));
        QVERIFY(!request.error());
        QVERIFY(!request.existed());
        QCOMPARE(m_nam->requests().at(0).method, QByteArray("DELETE"));
    }

    void historyQuery()
    {
        m_nam->enqueue(Response::json(200, "[]"));
        ExecutionHistoryRequest request(m_client.get(), QStringLiteral("w"), true, nullptr);
        QVERIFY(run(request));
        QVERIFY(!request.error());
        QCOMPARE(m_nam->requests().at(0).url.query(), QStringLiteral("workerKey=w&showTestRun=true"));
    }
};

QTEST_GUILESS_MAIN(TestWorkersApi)
#include "tst_workersapi.moc"
