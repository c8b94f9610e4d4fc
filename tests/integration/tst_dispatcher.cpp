// Dispatcher over real TLS to the demo platform's sinks: the classification table (one row per outcome,
// faults from the demo's fault rules), DNS, TLS and connection failures, the address policy at send
// time (loopback, every resolved address, the checked address is the one connected to), redirects not
// followed, Slack pacing on the wire, the single retry with the same webhook-id, the delivery log, and
// no secret in any message or log line.
#include "database.h"
#include "deliverylogstore.h"
#include "demoalarmsetup.h"
#include "demofixture.h"
#include "dispatcher.h"
#include "notificationplanner.h"
#include "rulejson.h"
#include "ruletemplates.h"
#include "standardwebhooks.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

Q_DECLARE_METATYPE(DeliveryOutcome)
Q_DECLARE_METATYPE(RuleChannel::Type)

namespace {

const QString slackPath = QStringLiteral("/services/TDEMO0001/BTEST0001/s3cr3tPathPart0123456789");

QString cat(const QString &a, const QString &b)
{
    return a + b;
}

QStringList captured;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    captured.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoFixture> m_demo;
    QNetworkAccessManager *m_nam = nullptr;

    QString base() const { return m_demo->platform().url().toString(); }

    Dispatcher::Options options(std::chrono::milliseconds timeout = std::chrono::milliseconds(3000)) const
    {
        Dispatcher::Options o;
        o.allowLoopback = true;
        o.extraCaCertificates = { m_demo->platform().caCertificate() };
        o.timeout = timeout;
        o.maxRetryAfter = std::chrono::milliseconds(5000);
        return o;
    }

    DispatchRequest request(RuleChannel::Type type, const QString &url = {}) const
    {
        DispatchRequest r;
        r.ruleId = QStringLiteral("0123456789abcdef0123456789abcdef");
        r.ruleName = QStringLiteral("Test rule");
        r.channelType = type;
        r.call.method = "POST";
        r.call.channel = RuleJson::channelTypeName(type);
        switch (type) {
        case RuleChannel::Type::Slack:
            r.call.url = url.isEmpty() ? base() + slackPath : url;
            r.call.headers = { { "content-type", "application/json" } };
            r.call.body = "{\"text\":\"hello\",\"blocks\":[]}";
            break;
        case RuleChannel::Type::Webhook: {
            r.call.url = url.isEmpty() ? base() + QStringLiteral("/hooks/test") : url;
            r.call.body = "{\"type\":\"runtime_desk.rule.fired\",\"data\":{}}";
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            const QString id = QStringLiteral("msg_0123456789abcdef0123456789abcdef");
            r.call.headers = { { "content-type", "application/json" },
                               { "webhook-id", id.toUtf8() },
                               { "webhook-timestamp", QByteArray::number(now) },
                               { "webhook-signature",
                                 StandardWebhooks::sign(m_demo->platform().sinks().webhookKey(), id, now,
                                                        r.call.body) } };
            break;
        }
        case RuleChannel::Type::Email:
            r.call.url = url.isEmpty() ? base() + QStringLiteral("/v3/mail/send") : url;
            r.call.headers = { { "authorization",
                                 "Bearer " + m_demo->platform().sinks().mailApiKey().toUtf8() },
                               { "content-type", "application/json" } };
            r.call.body = "{\"personalizations\":[{\"to\":[{\"email\":\"a@example.com\"}]}],"
                          "\"from\":{\"email\":\"b@example.com\"},\"subject\":\"s\",\"content\":[]}";
            break;
        case RuleChannel::Type::Teams:
        case RuleChannel::Type::PagerDuty:
        case RuleChannel::Type::Splunk:
            r.call.url = url; // moreToolsRefuse sets their headers and bodies
            break;
        }
        return r;
    }

    QList<DeliveryResult> send(Dispatcher &dispatcher, const QList<DispatchRequest> &requests,
                               int waitMs = 30000)
    {
        QSignalSpy finished(&dispatcher, &Dispatcher::batchFinished);
        const QString batch = dispatcher.send(requests);
        if (!finished.wait(waitMs))
            return {};
        if (finished.first().at(0).toString() != batch)
            return {};
        return finished.first().at(1).value<QList<DeliveryResult>>();
    }

    bool arm(const char *json)
    {
        QString text = QString::fromUtf8(json);
        text.replace(QStringLiteral("BASE"), base());
        return m_demo->arm(QJsonDocument::fromJson(text.toUtf8()).object());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        qRegisterMetaType<QList<DeliveryResult>>();
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        m_nam = Dispatcher::createNetworkAccessManager(this);
    }

    void init()
    {
        m_demo->platform().faults().clear();
        m_demo->platform().sinks().clear();
        m_demo->platform().requests().clear();
    }

    void classification_data()
    {
        QTest::addColumn<RuleChannel::Type>("type");
        QTest::addColumn<QString>("fault"); // a fault rule on the sink's path, "" for none
        QTest::addColumn<DeliveryOutcome>("outcome");
        QTest::addColumn<int>("status");
        using T = RuleChannel::Type;
        using O = DeliveryOutcome;
        const QString slack =
            QStringLiteral("{\"path\":\"/services/{team}/{bot}/{secret}\",\"fault\":\"status\",");
        const QString hook = QStringLiteral("{\"path\":\"/hooks/{name}\",\"fault\":\"status\",");
        QTest::newRow("slack 200") << T::Slack << QString() << O::Delivered << 200;
        QTest::newRow("webhook 200") << T::Webhook << QString() << O::Delivered << 200;
        QTest::newRow("sendgrid 202") << T::Email << QString() << O::Delivered << 202;
        for (int status : { 301, 302, 307, 308 })
            QTest::addRow("redirect %d", status)
                << T::Webhook
                << QStringLiteral(
                       "{\"path\":\"/hooks/{name}\",\"fault\":\"redirect\",\"status\":%1,\"location\":\"BASE/"
                       "elsewhere\"}")
                       .arg(status)
                << O::RedirectRefused << status;
        QTest::newRow("slack 400 invalid_payload")
            << T::Slack << cat(slack, QStringLiteral("\"status\":400,\"body\":\"invalid_payload\"}"))
            << O::InvalidPayload << 400;
        QTest::newRow("slack 400 user_not_found")
            << T::Slack << cat(slack, QStringLiteral("\"status\":400,\"body\":\"user_not_found\"}"))
            << O::UserNotFound << 400;
        QTest::newRow("webhook 400") << T::Webhook << cat(hook, QStringLiteral("\"status\":400}"))
                                     << O::BadRequest << 400;
        QTest::newRow("slack 403 action_prohibited")
            << T::Slack << cat(slack, QStringLiteral("\"status\":403,\"body\":\"action_prohibited\"}"))
            << O::ActionProhibited << 403;
        QTest::newRow("webhook 403") << T::Webhook << cat(hook, QStringLiteral("\"status\":403}"))
                                     << O::Forbidden << 403;
        QTest::newRow("slack 404 channel_not_found")
            << T::Slack << cat(slack, QStringLiteral("\"status\":404,\"body\":\"channel_not_found\"}"))
            << O::ChannelNotFound << 404;
        QTest::newRow("webhook 404") << T::Webhook << cat(hook, QStringLiteral("\"status\":404}"))
                                     << O::NotFound << 404;
        QTest::newRow("slack 410 channel_is_archived")
            << T::Slack << cat(slack, QStringLiteral("\"status\":410,\"body\":\"channel_is_archived\"}"))
            << O::ChannelArchived << 410;
        QTest::newRow("webhook 410") << T::Webhook << cat(hook, QStringLiteral("\"status\":410}")) << O::Gone
                                     << 410;
        QTest::newRow("slack 429 retry-after beyond the cap")
            << T::Slack
            << cat(slack, QStringLiteral("\"status\":429,\"retry_after\":120,\"body\":\"rate_limited\"}"))
            << O::RateLimited << 429;
        QTest::newRow("webhook 418") << T::Webhook << cat(hook, QStringLiteral("\"status\":418}"))
                                     << O::ClientError << 418;
        QTest::newRow("slack 500 rollup_error")
            << T::Slack << cat(slack, QStringLiteral("\"status\":500,\"body\":\"rollup_error\"}"))
            << O::ServerError << 500;
        QTest::newRow("webhook 502") << T::Webhook << cat(hook, QStringLiteral("\"status\":502}"))
                                     << O::BadGateway << 502;
        QTest::newRow("webhook 503 without retry-after")
            << T::Webhook << cat(hook, QStringLiteral("\"status\":503}")) << O::ServiceUnavailable << 503;
        QTest::newRow("webhook 504") << T::Webhook << cat(hook, QStringLiteral("\"status\":504}"))
                                     << O::GatewayTimeout << 504;
        QTest::newRow("webhook 600") << T::Webhook << cat(hook, QStringLiteral("\"status\":600}"))
                                     << O::UnexpectedStatus << 600;
        QTest::newRow("sendgrid wrong key (401)")
            << T::Email << QStringLiteral("wrong-key") << O::Unauthorized << 401;
        QTest::newRow("timeout (hang)")
            << T::Webhook << QStringLiteral("{\"path\":\"/hooks/{name}\",\"fault\":\"hang\"}") << O::Timeout
            << 0;
        QTest::newRow("connection closed")
            << T::Webhook << QStringLiteral("{\"path\":\"/hooks/{name}\",\"fault\":\"close\",\"count\":-1}")
            << O::ConnectionFailed << 0;
    }

    void classification()
    {
        QFETCH(RuleChannel::Type, type);
        QFETCH(QString, fault);
        QFETCH(DeliveryOutcome, outcome);
        QFETCH(int, status);
        DispatchRequest r = request(type);
        if (fault == u"wrong-key")
            r.call.headers[0].second = "Bearer SG.wrong";
        else if (!fault.isEmpty())
            QVERIFY(arm(fault.toUtf8().constData()));
        Dispatcher dispatcher(m_nam, options(std::chrono::milliseconds(1500)));
        QElapsedTimer clock;
        clock.start();
        const QList<DeliveryResult> results = send(dispatcher, { r });
        QCOMPARE(results.size(), 1);
        const DeliveryResult &result = results.first();
        QCOMPARE(DeliveryClassifier::outcomeName(result.outcome), DeliveryClassifier::outcomeName(outcome));
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.attempts, 1);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(result.origin, base());
        QCOMPARE(result.address, QStringLiteral("127.0.0.1"));
        QVERIFY2(!result.message.contains(QLatin1StringView("s3cr3t")), qPrintable(result.message));
        // The sink got the request exactly once: nothing is followed or repeated.
        // (Qt itself sends a request again, once, when a kept-alive connection closes before any answer.)
        if (outcome != DeliveryOutcome::Timeout && outcome != DeliveryOutcome::ConnectionFailed)
            QCOMPARE(m_demo->platform().sinks().count(), 1);
        if (outcome == DeliveryOutcome::RedirectRefused)
            QCOMPARE(m_demo->platform().requests().count(QStringLiteral("POST /elsewhere")), 0);
        if (outcome == DeliveryOutcome::Timeout)
            QVERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 5000,
                     qPrintable(QString::number(clock.elapsed())));
        if (outcome == DeliveryOutcome::Delivered)
            QVERIFY(m_demo->platform().sinks().deliveries().first().verified);
    }

    // An integrity alarm planned for every tool, sent over TLS to the demo's sinks, which check each
    // body as strictly as the services document: the build owner's resolved address gets the mail,
    // Slack mentions them, and each message carries the integrity line.
    void everyToolAcceptsTheAlarm()
    {
        RuleTemplates::Options every;
        every.channels = RuleJson::channelTypes();
        every.teamAddress = QStringLiteral("secops@example.com");
        const Rule rule =
            DemoAlarmSetup::pointedAtDemo(*RuleTemplates::make(QStringLiteral("integrity-violation"), every),
                                          m_demo->platform().sinks().endpoints(base()));
        const QHash<QString, QString> secrets =
            DemoAlarmSetup::secretsFor(rule, m_demo->platform().sinks().endpoints(base()));
        const QJsonObject event =
            QJsonDocument::fromJson(TestEnvironment::readData(QStringLiteral("rules/integrity-event.json")))
                .object();
        PlanContext context { QDateTime::currentSecsSinceEpoch(), {}, {} };
        context.people.insert(QStringLiteral("devops-team"),
                              { QStringLiteral("devops-team"), QStringLiteral("devops@corp.example"),
                                QStringLiteral("U024BE7LH"), QStringLiteral("Platform"),
                                Person::Source::Yours });
        const QList<PlannedCall> calls = NotificationPlanner::plan(rule, event, secrets, context);
        QCOMPARE(calls.size(), 6);
        QList<DispatchRequest> requests;
        for (qsizetype i = 0; i < calls.size(); ++i)
            requests.append({ rule.id, rule.name, rule.channels[i].type, calls[i] });
        Dispatcher dispatcher(m_nam, options());
        const QList<DeliveryResult> results = send(dispatcher, requests);
        QCOMPARE(results.size(), 6);
        for (const DeliveryResult &result : results)
            QVERIFY2(result.outcome == DeliveryOutcome::Delivered,
                     qPrintable(result.channel + u' ' + result.message));
        QStringList sinks;
        for (const DemoSinkDelivery &d : m_demo->platform().sinks().deliveries()) {
            QVERIFY2(d.verified, qPrintable(d.sink + u' ' + d.check));
            sinks.append(d.sink);
            QVERIFY2(QString::fromUtf8(d.body).contains(QLatin1StringView("Integrity violation")),
                     qPrintable(d.sink));
            if (d.sink == u"slack")
                QVERIFY(d.body.contains("Build owner: <@U024BE7LH>"));
            if (d.sink == u"sendgrid")
                QVERIFY(d.body.contains(
                    "{\"email\":\"secops@example.com\"},{\"email\":\"devops@corp.example\"}"));
            if (d.sink == u"teams" || d.sink == u"pagerduty")
                QCOMPARE(d.status, 202);
        }
        sinks.sort();
        QCOMPARE(
            sinks,
            (QStringList { QStringLiteral("pagerduty"), QStringLiteral("sendgrid"), QStringLiteral("slack"),
                           QStringLiteral("splunk"), QStringLiteral("teams"), QStringLiteral("webhook") }));
    }

    // What the new tools answer a wrong credential or a body they refuse, and how that reads.
    void moreToolsRefuse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("check");
        QTest::newRow("splunk without token")
            << QStringLiteral("/services/collector/event") << QByteArray()
            << QByteArray("{\"event\":{\"a\":1}}") << 401 << QStringLiteral("Token is required");
        QTest::newRow("splunk without scheme")
            << QStringLiteral("/services/collector/event") << QByteArray("Bearer x")
            << QByteArray("{\"event\":{\"a\":1}}") << 401 << QStringLiteral("Invalid authorization");
        QTest::newRow("splunk index not allowed")
            << QStringLiteral("/services/collector/event") << QByteArray("SPLUNK")
            << QByteArray("{\"index\":\"finance\",\"event\":{\"a\":1}}") << 400
            << QStringLiteral("Incorrect index");
        QTest::newRow("splunk wrong token")
            << QStringLiteral("/services/collector/event") << QByteArray("Splunk nope")
            << QByteArray("{\"event\":{\"a\":1}}") << 403 << QStringLiteral("Invalid token");
        QTest::newRow("splunk no event")
            << QStringLiteral("/services/collector/event") << QByteArray("SPLUNK")
            << QByteArray("{\"time\":1}") << 400 << QStringLiteral("Event field is required");
        QTest::newRow("splunk blank event")
            << QStringLiteral("/services/collector/event") << QByteArray("SPLUNK")
            << QByteArray("{\"event\":\"\"}") << 400 << QStringLiteral("Event field cannot be blank");
        QTest::newRow("pagerduty wrong key")
            << QStringLiteral("/v2/enqueue") << QByteArray()
            << QByteArray("{\"routing_key\":\"nope\",\"event_action\":\"trigger\"}") << 400
            << QStringLiteral("Invalid routing key");
        QTest::newRow("pagerduty no summary")
            << QStringLiteral("/v2/enqueue") << QByteArray()
            << QByteArray("{\"routing_key\":\"PDKEY\",\"event_action\":\"trigger\",\"payload\":{\"source\":"
                          "\"s\",\"severity\":\"info\"}}")
            << 400 << QStringLiteral("'payload.summary' is missing or longer than 1024 characters");
        QTest::newRow("pagerduty bad severity")
            << QStringLiteral("/v2/enqueue") << QByteArray()
            << QByteArray("{\"routing_key\":\"PDKEY\",\"event_action\":\"trigger\",\"payload\":{\"summary\":"
                          "\"x\",\"source\":\"s\",\"severity\":\"high\"}}")
            << 400
            << QStringLiteral(
                   "'payload.severity' is invalid (must be one of critical, error, warning, info)");
        QTest::newRow("teams wrong sig")
            << QStringLiteral("/workflows/x/triggers/manual/paths/invoke?sig=nope") << QByteArray()
            << QByteArray("{}") << 401
            << QStringLiteral("The request must be authenticated only by Shared Access scheme.");
        QTest::newRow("teams not a card")
            << QStringLiteral("/workflows/x/triggers/manual/paths/invoke?sig=TEAMSSIG") << QByteArray()
            << QByteArray("{\"type\":\"message\",\"text\":\"hi\"}") << 400
            << QStringLiteral("attachments is empty");
    }

    void moreToolsRefuse()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, check);
        const DemoSinkEndpoints endpoints = m_demo->platform().sinks().endpoints(base());
        path.replace(QStringLiteral("TEAMSSIG"), endpoints.teamsSignature);
        body.replace("PDKEY", endpoints.pagerDutyKey.toUtf8());
        authorization.replace("SPLUNK", QByteArray("Splunk " + endpoints.splunkToken.toUtf8()));
        DispatchRequest r = request(RuleChannel::Type::Webhook, base() + path);
        r.channelType = path.startsWith(u"/v2") ? RuleChannel::Type::PagerDuty
            : path.startsWith(u"/services")     ? RuleChannel::Type::Splunk
                                                : RuleChannel::Type::Teams;
        r.call.headers = { { "content-type", "application/json" } };
        if (!authorization.isEmpty())
            r.call.headers.append({ "authorization", authorization });
        r.call.body = body;
        Dispatcher dispatcher(m_nam, options());
        const QList<DeliveryResult> results = send(dispatcher, { r });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().httpStatus, status);
        QVERIFY(results.first().outcome != DeliveryOutcome::Delivered);
        QVERIFY2(results.first().message.contains(check),
                 qPrintable(results.first().message)); // the service's words
        QCOMPARE(m_demo->platform().sinks().deliveries().size(), 1);
        QCOMPARE(m_demo->platform().sinks().deliveries().first().check, check);
        QVERIFY(!m_demo->platform().sinks().deliveries().first().verified);
    }

    // NOTIF-2: every outcome has a message of its own.
    void everyOutcomeHasItsOwnMessage()
    {
        QSet<QString> messages;
        QSet<QString> names;
        for (DeliveryOutcome outcome : DeliveryClassifier::all()) {
            names.insert(DeliveryClassifier::outcomeName(outcome));
            QString message;
            switch (outcome) {
            case DeliveryOutcome::InvalidPayload:
                message = DeliveryClassifier::fromStatus(RuleChannel::Type::Slack, 400, "invalid_payload", {})
                              .message;
                break;
            default:
                message = DeliveryClassifier::fromOutcome(outcome, QStringLiteral("detail")).message;
            }
            messages.insert(message);
        }
        QCOMPARE(names.size(), DeliveryClassifier::all().size());
        const QList<int> statuses { 200, 301, 400, 401, 403, 404, 410, 418, 429, 500, 502, 503, 504, 600 };
        QSet<QString> statusMessages;
        for (int status : statuses)
            statusMessages.insert(
                DeliveryClassifier::fromStatus(RuleChannel::Type::Webhook, status, {}, {}).message);
        for (const char *token : { "invalid_payload", "user_not_found", "action_prohibited",
                                   "channel_not_found", "channel_is_archived", "rollup_error" }) {
            const int status = QByteArray(token) == "invalid_payload" || QByteArray(token) == "user_not_found"
                ? 400
                : QByteArray(token) == "action_prohibited"   ? 403
                : QByteArray(token) == "channel_not_found"   ? 404
                : QByteArray(token) == "channel_is_archived" ? 410
                                                             : 500;
            statusMessages.insert(
                DeliveryClassifier::fromStatus(RuleChannel::Type::Slack, status, token, {}).message);
        }
        QCOMPARE(statusMessages.size(), statuses.size() + 6);
    }

    void dnsFailure()
    {
        Dispatcher dispatcher(m_nam, options());
        const QList<DeliveryResult> results = send(
            dispatcher,
            { request(RuleChannel::Type::Webhook,
                      QStringLiteral("https://sink.invalid:%1/hooks/x").arg(m_demo->platform().port())) });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].outcome, DeliveryOutcome::DnsFailure);
        QCOMPARE(results[0].attempts, 0);
        QVERIFY(results[0].message.contains(QLatin1StringView("sink.invalid")));
    }

    void tlsFailureWithAnotherCa()
    {
        Dispatcher::Options o = options();
        o.extraCaCertificates = { CertificateFactory::createCa(QStringLiteral("Some Other CA")).certificate };
        Dispatcher dispatcher(m_nam, o);
        const QList<DeliveryResult> results = send(dispatcher, { request(RuleChannel::Type::Slack) });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].outcome, DeliveryOutcome::TlsFailure);
        QCOMPARE(m_demo->platform().sinks().count(), 0); // refused before any request byte
    }

    void connectionRefused()
    {
        Dispatcher dispatcher(m_nam, options());
        const QList<DeliveryResult> results =
            send(dispatcher,
                 { request(RuleChannel::Type::Webhook, QStringLiteral("https://127.0.0.1:1/hooks/x")) });
        QCOMPARE(results[0].outcome, DeliveryOutcome::ConnectionFailed);
        QVERIFY(results[0].message.contains(QLatin1StringView("refused")));
    }

    void loopbackRefusedUnlessAllowed()
    {
        Dispatcher::Options o = options();
        o.allowLoopback = false;
        Dispatcher dispatcher(m_nam, o);
        const QList<DeliveryResult> results =
            send(dispatcher, { request(RuleChannel::Type::Slack), request(RuleChannel::Type::Webhook) });
        QCOMPARE(results.size(), 2);
        for (const DeliveryResult &r : results) {
            QCOMPARE(r.outcome, DeliveryOutcome::RefusedByPolicy);
            QCOMPARE(r.attempts, 0);
            QVERIFY(r.message.contains(QLatin1StringView("loopback")));
        }
        QCOMPARE(m_demo->platform().sinks().count(), 0);
        // And plain http never goes out, loopback allowed or not.
        Dispatcher allowed(m_nam, options());
        const auto http =
            send(allowed,
                 { request(RuleChannel::Type::Webhook,
                           QStringLiteral("http://127.0.0.1:%1/hooks/x").arg(m_demo->platform().port())) });
        QCOMPARE(http[0].outcome, DeliveryOutcome::RefusedByPolicy);
        QCOMPARE(m_demo->platform().requests().size(), 0);
    }

    // The name is resolved once, every address is checked, and the checked address is the one used.
    void connectsToTheCheckedAddress()
    {
        const QString url = QStringLiteral("https://localhost:%1/hooks/named").arg(m_demo->platform().port());
        Dispatcher dispatcher(m_nam, options());
        QList<QHostAddress> answer { QHostAddress(QStringLiteral("127.0.0.1")) };
        int lookups = 0;
        dispatcher.setResolver([&](const QString &host, QObject *, Dispatcher::ResolveDone done) {
            ++lookups;
            QVERIFY(host == u"localhost" || host == u"sink.test");
            done(answer, {});
        });
        QList<DeliveryResult> results = send(dispatcher, { request(RuleChannel::Type::Webhook, url) });
        QCOMPARE(results[0].outcome, DeliveryOutcome::Delivered);
        QCOMPARE(lookups, 1);
        // TLS checked the name (the certificate is for localhost) and the sink saw it in Host.
        QCOMPARE(m_demo->platform().sinks().deliveries().first().header("Host"),
                 QStringLiteral("localhost:%1").arg(m_demo->platform().port()).toUtf8());

        // A name that also resolves to a private address is refused whole, before anything is sent.
        answer = { QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("10.0.0.7")) };
        results = send(dispatcher, { request(RuleChannel::Type::Webhook, url) });
        QCOMPARE(results[0].outcome, DeliveryOutcome::RefusedByPolicy);
        QVERIFY2(results[0].message.contains(QLatin1StringView("localhost resolves to 10.0.0.7")),
                 qPrintable(results[0].message));
        // The resolver's answer is where the connection goes: nothing listens on 127.0.0.2.
        answer = { QHostAddress(QStringLiteral("127.0.0.2")) };
        results = send(dispatcher, { request(RuleChannel::Type::Webhook, url) });
        QCOMPARE(results[0].outcome, DeliveryOutcome::ConnectionFailed);
        QCOMPARE(results[0].address, QStringLiteral("127.0.0.2"));
        QCOMPARE(m_demo->platform().sinks().count(), 1);

        // TLS checks the name even when a connection to the same address is open: the demo's certificate
        // is for localhost and 127.0.0.1, not for sink.test.
        answer = { QHostAddress(QStringLiteral("127.0.0.1")) };
        results = send(
            dispatcher,
            { request(RuleChannel::Type::Webhook),
              request(RuleChannel::Type::Webhook,
                      QStringLiteral("https://sink.test:%1/hooks/other").arg(m_demo->platform().port())) });
        QCOMPARE(results[0].outcome, DeliveryOutcome::Delivered);
        QCOMPARE(results[1].outcome, DeliveryOutcome::TlsFailure);
        QVERIFY2(results[1].message.contains(QLatin1StringView("host name")), qPrintable(results[1].message));
    }

    void retriesOnceWithTheSameWebhookId()
    {
        QVERIFY(arm("{\"path\":\"/hooks/"
                    "{name}\",\"fault\":\"status\",\"status\":429,\"retry_after\":1,\"count\":1}"));
        Dispatcher dispatcher(m_nam, options());
        const QList<DeliveryResult> results = send(dispatcher, { request(RuleChannel::Type::Webhook) });
        QCOMPARE(results[0].outcome, DeliveryOutcome::Delivered);
        QCOMPARE(results[0].attempts, 2);
        QVERIFY(results[0].message.contains(QLatin1StringView("after one retry")));
        const QList<DemoSinkDelivery> got = m_demo->platform().sinks().deliveries();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].header("webhook-id"), got[1].header("webhook-id"));
        QCOMPARE(got[0].body, got[1].body);
        QCOMPARE(QString::fromUtf8(got[1].header("webhook-id")), results[0].webhookId);
        QVERIFY2(got[1].atMs - got[0].atMs >= 1000, qPrintable(QString::number(got[1].atMs - got[0].atMs)));
        QVERIFY(got[1].verified);

        // 503 with Retry-After: the same; twice in a row: one retry only.
        QVERIFY(arm("{\"path\":\"/hooks/"
                    "{name}\",\"fault\":\"status\",\"status\":503,\"retry_after\":1,\"count\":2}"));
        m_demo->platform().sinks().clear();
        const QList<DeliveryResult> twice = send(dispatcher, { request(RuleChannel::Type::Webhook) });
        QCOMPARE(twice[0].outcome, DeliveryOutcome::ServiceUnavailable);
        QCOMPARE(twice[0].attempts, 2);
        QCOMPARE(m_demo->platform().sinks().count(), 2);

        // No Retry-After, or a 500: no retry.
        QVERIFY(arm("{\"path\":\"/hooks/{name}\",\"fault\":\"status\",\"status\":429,\"count\":1}"));
        QVERIFY(arm("{\"path\":\"/services/{team}/{bot}/"
                    "{secret}\",\"fault\":\"status\",\"status\":500,\"retry_after\":1,\"count\":1}"));
        const QList<DeliveryResult> none =
            send(dispatcher, { request(RuleChannel::Type::Webhook), request(RuleChannel::Type::Slack) });
        QCOMPARE(none[0].outcome, DeliveryOutcome::RateLimited);
        QCOMPARE(none[0].attempts, 1);
        QCOMPARE(none[1].outcome, DeliveryOutcome::ServerError);
        QCOMPARE(none[1].attempts, 1);
    }

    // NOTIF-3: a burst to one Slack URL reaches Slack at most once a second; another URL is not held up.
    void slackIsPacedPerUrl()
    {
        Dispatcher dispatcher(m_nam, options());
        const QString other =
            base() + QStringLiteral("/services/TDEMO0001/BOTHER001/anotherSecretPart000000");
        QList<DispatchRequest> burst;
        for (int i = 0; i < 5; ++i)
            burst.append(request(RuleChannel::Type::Slack));
        burst.append(request(RuleChannel::Type::Slack, other));
        const QList<DeliveryResult> results = send(dispatcher, burst);
        QCOMPARE(results.size(), 6);
        for (const DeliveryResult &r : results)
            QCOMPARE(r.outcome, DeliveryOutcome::Delivered);
        QList<qint64> times;
        qint64 otherAt = 0;
        for (const DemoSinkDelivery &d : m_demo->platform().sinks().deliveries()) {
            if (d.path == slackPath)
                times.append(d.atMs);
            else
                otherAt = d.atMs;
        }
        QCOMPARE(times.size(), 5);
        for (qsizetype i = 1; i < times.size(); ++i)
            QVERIFY2(times[i] - times[i - 1] >= 1000, qPrintable(QString::number(times[i] - times[i - 1])));
        QVERIFY(times.last() - times.first() >= 4000);
        QVERIFY2(otherAt < times[1], "the other URL waited for the first one's lane");
    }

    void cancelStopsWhatIsPending()
    {
        QVERIFY(arm("{\"path\":\"/hooks/{name}\",\"fault\":\"hang\"}"));
        Dispatcher dispatcher(m_nam, options(std::chrono::milliseconds(10000)));
        QSignalSpy finished(&dispatcher, &Dispatcher::batchFinished);
        QSignalSpy started(&dispatcher, &Dispatcher::deliveryStarted);
        const QString batch = dispatcher.send({ request(RuleChannel::Type::Webhook) });
        QVERIFY(started.wait(5000));
        QTest::qWait(200);
        dispatcher.cancel(batch);
        QCOMPARE(finished.size(), 1);
        const auto results = finished.first().at(1).value<QList<DeliveryResult>>();
        QCOMPARE(results[0].outcome, DeliveryOutcome::Cancelled);
        QVERIFY(!dispatcher.isBusy());
    }

    void deliveryLogHoldsNoSecret()
    {
        QTemporaryDir dir;
        auto local = Workspace::fromLocalPath(dir.filePath(QStringLiteral("desk.sqlite"))).openLocal();
        QVERIFY(local.database);
        DeliveryLogStore log(*local.database);
        Dispatcher dispatcher(m_nam, options());
        dispatcher.setDeliveryLog(&log);
        QVERIFY(arm("{\"path\":\"/services/{team}/{bot}/"
                    "{secret}\",\"fault\":\"status\",\"status\":404,\"body\":\"channel_not_found\"}"));
        captured.clear();
        previousHandler = qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(QStringLiteral("rtdesk.*=true\nqt.network.*=true"));
        const QList<DeliveryResult> results =
            send(dispatcher, { request(RuleChannel::Type::Slack), request(RuleChannel::Type::Email) });
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previousHandler);
        QCOMPARE(results.size(), 2);
        const QList<DeliveryRecord> rows = log.recent(10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].outcome, QStringLiteral("channel_not_found"));
        QCOMPARE(rows[1].httpStatus, 404);
        QCOMPARE(rows[1].origin, base());
        QCOMPARE(rows[1].attempts, 1);
        QCOMPARE(rows[0].outcome, QStringLiteral("delivered"));
        QCOMPARE(rows[0].channelType, QStringLiteral("email"));
        QVERIFY(!captured.isEmpty());
        const QString mailKey = m_demo->platform().sinks().mailApiKey();
        for (const QString &line : std::as_const(captured)) {
            QVERIFY2(!line.contains(QLatin1StringView("s3cr3t")), qPrintable(line));
            QVERIFY2(!line.contains(mailKey), qPrintable(line));
        }
        // The file holds no secret either.
        local.database.reset();
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains("s3cr3t"), qPrintable(name));
            QVERIFY2(!bytes.contains(mailKey.toUtf8()), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
