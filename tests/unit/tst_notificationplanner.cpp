// NotificationPlanner: golden plans for the three templates against the documented sample event,
// Standard Webhooks signing (the published vector), masking, skipped channels, cooldown, escaping.
#include "eventview.h"
#include "jstext.h"
#include "notificationplanner.h"
#include "ruletemplates.h"
#include "standardwebhooks.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QtTest>

namespace {

const qint64 now = 1700000000;

Rule templateRule(const QString &name)
{
    Rule rule = *RuleTemplates::make(name);
    rule.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    return rule;
}

QHash<QString, QString> secrets()
{
    return { { QStringLiteral("SLACK_WEBHOOK_URL"),
               QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXXXXXX") },
             { QStringLiteral("WEBHOOK_URL"), QStringLiteral("https://receiver.example.com/hooks/runtime") },
             { QStringLiteral("WEBHOOK_SIGNING_KEY"), QStringLiteral("k7Qm2ZpX9rTb4LwN8vYc3HsD6fGj1aEu") },
             { QStringLiteral("MAIL_API_KEY"), QStringLiteral("SG.test-key.0123456789") } };
}

QJsonObject sample()
{
    return QJsonDocument::fromJson(TestEnvironment::readData(QStringLiteral("rules/sample-event.json")))
        .object();
}

QJsonObject bodyOf(const PlannedCall &call)
{
    return QJsonDocument::fromJson(call.body).object();
}

QByteArray header(const PlannedCall &call, const QByteArray &name)
{
    for (const auto &h : call.headers) {
        if (h.first == name)
            return h.second;
    }
    return {};
}

} // namespace

class TestNotificationPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void goldenPlans_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("event");
        QTest::addColumn<int>("calls");
        // The documented sample (docs/jfrog-api.md 4.3) has no integrity risk; integrity-event.json adds one.
        QTest::newRow("deployment-status-change")
            << QStringLiteral("deployment-status-change") << QStringLiteral("sample-event") << 3;
        QTest::newRow("integrity-violation, sample")
            << QStringLiteral("integrity-violation") << QStringLiteral("sample-event") << 0;
        QTest::newRow("integrity-violation")
            << QStringLiteral("integrity-violation") << QStringLiteral("integrity-event") << 3;
        QTest::newRow("untrusted-registry")
            << QStringLiteral("untrusted-registry") << QStringLiteral("sample-event") << 3;
    }

    // tests/data/rules/<template>.<event>.plan.json; RD_UPDATE_GOLDEN=1 rewrites them (review the diff).
    void goldenPlans()
    {
        QFETCH(QString, name);
        QFETCH(QString, event);
        QFETCH(int, calls);
        const QJsonObject payload =
            QJsonDocument::fromJson(TestEnvironment::readData(QStringLiteral("rules/%1.json").arg(event)))
                .object();
        const QList<PlannedCall> planned =
            NotificationPlanner::plan(templateRule(name), payload, secrets(), { now, {} });
        QCOMPARE(planned.size(), calls);
        const QByteArray plan = NotificationPlanner::toJson(planned) + '\n';
        const QString file = QStringLiteral("rules/%1.%2.plan.json").arg(name, event);
        if (qEnvironmentVariableIsSet("RD_UPDATE_GOLDEN")) {
            QFile out(TestEnvironment::dataPath(file));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(plan);
        }
        QCOMPARE(plan, TestEnvironment::readData(file));
    }

    void sampleEventCallsInDetail()
    {
        const QList<PlannedCall> calls = NotificationPlanner::plan(
            templateRule(QStringLiteral("untrusted-registry")), sample(), secrets(), { now, {} });
        QCOMPARE(calls[0].channel, QStringLiteral("slack"));
        QCOMPARE(calls[0].url, secrets().value(QStringLiteral("SLACK_WEBHOOK_URL")));
        const QJsonObject slack = bodyOf(calls[0]);
        QCOMPARE(slack.value(QLatin1StringView("blocks"))
                     .toArray()[0]
                     .toObject()
                     .value(QLatin1StringView("type"))
                     .toString(),
                 QStringLiteral("header"));
        const QString section = slack.value(QLatin1StringView("blocks"))
                                    .toArray()[1]
                                    .toObject()
                                    .value(QLatin1StringView("text"))
                                    .toObject()
                                    .value(QLatin1StringView("text"))
                                    .toString();
        for (const char *expected :
             { "Name: frontend-service", "Namespace: production", "Cluster: production-euc1",
               "Nodes: node-1, node-2", "Risks: Untrusted registry, Critical applicable CVEs",
               "*Image frontend-image:v1.2.3*", "Registry: docker.io", "Repository path: company/frontend",
               "Deployed by: jenkins-user", "Build owner: devops-team", "Build: frontend-service #456",
               "Vulnerabilities: 1 (1 Critical)" })
            QVERIFY2(section.contains(QLatin1StringView(expected)), expected);

        QCOMPARE(calls[1].channel, QStringLiteral("webhook"));
        QCOMPARE(header(calls[1], "webhook-timestamp"), QByteArray("1700000000"));
        const QByteArray id = header(calls[1], "webhook-id");
        QVERIFY(id.startsWith("msg_") && id.size() == 36);
        QVERIFY(StandardWebhooks::verify(secrets().value(QStringLiteral("WEBHOOK_SIGNING_KEY")).toUtf8(),
                                         QString::fromLatin1(id), now, calls[1].body,
                                         header(calls[1], "webhook-signature")));

        QCOMPARE(calls[2].url, QStringLiteral("https://api.sendgrid.com/v3/mail/send"));
        QCOMPARE(header(calls[2], "authorization"), QByteArray("Bearer SG.test-key.0123456789"));
        const QJsonObject mail = bodyOf(calls[2]);
        const QJsonArray to = mail.value(QLatin1StringView("personalizations"))
                                  .toArray()[0]
                                  .toObject()
                                  .value(QLatin1StringView("to"))
                                  .toArray();
        QCOMPARE(to.size(), 2);
        QCOMPARE(to[1].toObject().value(QLatin1StringView("email")).toString(),
                 QStringLiteral("devops-team@example.com")); // the build owner
    }

    void standardWebhooksPublishedVector()
    {
        const QByteArray key =
            StandardWebhooks::fromWhsec(QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        QCOMPARE(key.size(), 24);
        const QByteArray payload("{\"test\": 2432232314}");
        const QByteArray signature =
            StandardWebhooks::sign(key, QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"), 1614265330, payload);
        QCOMPARE(signature, QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
        QVERIFY(StandardWebhooks::verify(key, QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"), 1614265330,
                                         payload, signature));
        QVERIFY(StandardWebhooks::verify(key, QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"), 1614265330,
                                         payload,
                                         "v1,Zm9vYmFy " + signature)); // rotation: several signatures
        QVERIFY(!StandardWebhooks::verify(key, QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"), 1614265331,
                                          payload, signature));
        QVERIFY(!StandardWebhooks::verify(key, QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"), 1614265330,
                                          payload + ' ', signature));
        QVERIFY(!StandardWebhooks::verify(QByteArray(), QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"),
                                          1614265330, payload, signature));
    }

    void githubPublishedVector()
    {
        // docs/TESTING.md NOTIF-1: the same HMAC-SHA256 primitive, GitHub's known answer.
        const QByteArray mac = QMessageAuthenticationCode::hash("Hello, World!", "It's a Secret to Everybody",
                                                                QCryptographicHash::Sha256);
        QCOMPARE(mac.toHex(), QByteArray("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
    }

    void generatedKeysArePrintableAndShareTheHmac()
    {
        const QByteArray a = StandardWebhooks::generateKey();
        const QByteArray b = StandardWebhooks::generateKey();
        QCOMPARE(a.size(), StandardWebhooks::generatedKeyBytes);
        QVERIFY(a != b);
        for (char c : a)
            QVERIFY(std::isalnum(static_cast<unsigned char>(c)));
        // The worker signs with the key as a string; the receiver decodes whsec_: same bytes, same signature.
        const QString whsec = StandardWebhooks::toWhsec(a);
        QVERIFY(whsec.startsWith(QLatin1StringView("whsec_")));
        QCOMPARE(StandardWebhooks::fromWhsec(whsec), a);
        QCOMPARE(
            StandardWebhooks::sign(JsText::utf8(QString::fromLatin1(a)), QStringLiteral("msg_1"), 5, "{}"),
            StandardWebhooks::sign(StandardWebhooks::fromWhsec(whsec), QStringLiteral("msg_1"), 5, "{}"));
        QCOMPARE(StandardWebhooks::fromWhsec(QStringLiteral("whsec_not base64!")), QByteArray());
    }

    void shortOrMissingSecretsSkipTheChannel()
    {
        const Rule rule = templateRule(QStringLiteral("deployment-status-change"));
        QHash<QString, QString> s = secrets();
        s.insert(QStringLiteral("WEBHOOK_SIGNING_KEY"), QString(23, u'k')); // NOTIF-1: < 24 bytes is refused
        s.remove(QStringLiteral("MAIL_API_KEY"));
        const QList<PlannedCall> calls = NotificationPlanner::plan(rule, sample(), s, { now, {} });
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].channel, QStringLiteral("slack"));
        QCOMPARE(
            NotificationPlanner::problems(rule, s),
            (QStringList { QStringLiteral("channel webhook is skipped: the signing key WEBHOOK_SIGNING_KEY "
                                          "has 23 bytes, fewer than the 24 Standard Webhooks needs"),
                           QStringLiteral("channel email is skipped: the secret MAIL_API_KEY is not set") }));
        s.insert(QStringLiteral("WEBHOOK_SIGNING_KEY"), QString(24, u'k'));
        QCOMPARE(NotificationPlanner::plan(rule, sample(), s, { now, {} }).size(), 2);
        QCOMPARE(NotificationPlanner::problems(rule, secrets()), QStringList());
    }

    void maskedHidesEverySecret()
    {
        const QHash<QString, QString> s = secrets();
        const QList<PlannedCall> calls = NotificationPlanner::masked(
            NotificationPlanner::plan(templateRule(QStringLiteral("untrusted-registry")), sample(), s,
                                      { now, {} }),
            s);
        QCOMPARE(calls[0].url, QStringLiteral("•••"));
        QCOMPARE(header(calls[2], "authorization"), QByteArray("Bearer •••"));
        for (const PlannedCall &call : calls) {
            for (const QString &value : s) {
                QVERIFY(!call.url.contains(value));
                QVERIFY(!call.body.contains(value.toUtf8()));
                for (const auto &h : call.headers)
                    QVERIFY(!h.second.contains(value.toUtf8()));
            }
        }
        // Unmasked plans do carry them: the mask is what hides them.
        const QList<PlannedCall> raw = NotificationPlanner::plan(
            templateRule(QStringLiteral("untrusted-registry")), sample(), s, { now, {} });
        QCOMPARE(raw[0].url, s.value(QStringLiteral("SLACK_WEBHOOK_URL")));
    }

    void notFiredMeansNoCalls()
    {
        QJsonObject quiet = sample();
        quiet.remove(QStringLiteral("image_tags_object"));
        QJsonObject workload = quiet.value(QLatin1StringView("workload_changed_object")).toObject();
        workload.insert(QStringLiteral("risks"),
                        QJsonArray { QStringLiteral("critical_and_applicable_cves") });
        quiet.insert(QStringLiteral("workload_changed_object"), workload);
        QCOMPARE(NotificationPlanner::plan(templateRule(QStringLiteral("untrusted-registry")), quiet,
                                           secrets(), { now, {} })
                     .size(),
                 0);
        QCOMPARE(NotificationPlanner::plan(templateRule(QStringLiteral("integrity-violation")), sample(),
                                           secrets(), { now, {} })
                     .size(),
                 0);
    }

    void cooldown()
    {
        const Rule rule = templateRule(QStringLiteral("untrusted-registry")); // 300 s
        const QString key = NotificationPlanner::cooldownKey(rule, EventView(sample()), now);
        QVERIFY(key.startsWith(QLatin1StringView("rd-cooldown-")));
        auto callsWithLast = [&](const QString &last) {
            return NotificationPlanner::plan(rule, sample(), secrets(), { now, { { key, last } } }).size();
        };
        QCOMPARE(callsWithLast(QString::number(now - 299)), 0);
        QCOMPARE(callsWithLast(QString::number(now - 300)), 3);
        QCOMPARE(callsWithLast(QStringLiteral("garbage")), 3);
        // Another workload has another dedupe key, so its own cooldown.
        QJsonObject other = sample();
        QJsonObject workload = other.value(QLatin1StringView("workload_changed_object")).toObject();
        workload.insert(QStringLiteral("name"), QStringLiteral("backend"));
        other.insert(QStringLiteral("workload_changed_object"), workload);
        QVERIFY(NotificationPlanner::cooldownKey(rule, EventView(other), now) != key);
        QCOMPARE(NotificationPlanner::plan(rule, other, secrets(), { now, { { key, QString::number(now) } } })
                     .size(),
                 3);
    }

    void webhookIdNamesTheEvent()
    {
        const Rule rule = templateRule(QStringLiteral("untrusted-registry"));
        const QString id = NotificationPlanner::webhookId(rule, sample());
        QCOMPARE(NotificationPlanner::webhookId(rule, sample()), id); // retries reuse it
        QJsonObject other = sample();
        other.insert(QStringLiteral("change_type"), QStringLiteral("image"));
        QVERIFY(NotificationPlanner::webhookId(rule, other) != id);
        Rule another = rule;
        another.id = QStringLiteral("fedcba9876543210fedcba9876543210");
        QVERIFY(NotificationPlanner::webhookId(another, sample()) != id);
    }

    void slackEscapesEventDataOnly()
    {
        Rule rule = templateRule(QStringLiteral("deployment-status-change"));
        rule.message.text = QStringLiteral("<!here> {{workload.name}}");
        QJsonObject e = sample();
        QJsonObject workload = e.value(QLatin1StringView("workload_changed_object")).toObject();
        workload.insert(QStringLiteral("name"), QStringLiteral("<!channel> & <https://evil|x>"));
        e.insert(QStringLiteral("workload_changed_object"), workload);
        const QList<PlannedCall> calls = NotificationPlanner::plan(rule, e, secrets(), { now, {} });
        const QString slack = bodyOf(calls[0])
                                  .value(QLatin1StringView("blocks"))
                                  .toArray()[1]
                                  .toObject()
                                  .value(QLatin1StringView("text"))
                                  .toObject()
                                  .value(QLatin1StringView("text"))
                                  .toString();
        QCOMPARE(slack, QStringLiteral("<!here> &lt;!channel&gt; &amp; &lt;https://evil|x&gt;"));
        const QString mail = bodyOf(calls[2])
                                 .value(QLatin1StringView("content"))
                                 .toArray()[0]
                                 .toObject()
                                 .value(QLatin1StringView("value"))
                                 .toString();
        QCOMPARE(mail, QStringLiteral("<!here> <!channel> & <https://evil|x>"));
    }

    void slackTextsAreClipped()
    {
        Rule rule = templateRule(QStringLiteral("deployment-status-change"));
        rule.message.title = QString(200, u'T');
        rule.message.text = QString(2000, QChar(u'x')) + QString::fromUtf8("🚀").repeated(2000);
        const QList<PlannedCall> calls = NotificationPlanner::plan(rule, sample(), secrets(), { now, {} });
        const QJsonArray blocks = bodyOf(calls[0]).value(QLatin1StringView("blocks")).toArray();
        const QString title = blocks[0]
                                  .toObject()
                                  .value(QLatin1StringView("text"))
                                  .toObject()
                                  .value(QLatin1StringView("text"))
                                  .toString();
        const QString text = blocks[1]
                                 .toObject()
                                 .value(QLatin1StringView("text"))
                                 .toObject()
                                 .value(QLatin1StringView("text"))
                                 .toString();
        QCOMPARE(JsText::codePointCount(title), 150);
        QVERIFY(title.endsWith(QChar(0x2026)));
        QCOMPARE(JsText::codePointCount(text), 3000);
        QVERIFY(text.endsWith(QString::fromUtf8("🚀…"))); // cut between code points, never inside one
        // E-mail has no such limit.
        QCOMPARE(bodyOf(calls[2]).value(QLatin1StringView("subject")).toString(), QString(200, u'T'));
    }

    void recipients()
    {
        Rule rule = templateRule(QStringLiteral("deployment-status-change"));
        RuleChannel &mail = rule.channels[2];
        mail.to = { QStringLiteral("Sec@Example.com"), QStringLiteral("sec@example.com"),
                    QStringLiteral("{{image.build_owner}}@example.com"),
                    QStringLiteral("{{image.deployed_by}}"),
                    QStringLiteral("{{workload.namespace}}-oncall@example.com") };
        QJsonObject e = sample();
        QJsonArray images = e.value(QLatin1StringView("image_tags_object")).toArray();
        QJsonObject second = images[0].toObject();
        second.insert(
            QStringLiteral("build_info"),
            QJsonObject { { QStringLiteral("build_owner"), QStringLiteral("") } }); // no owner: no address
        second.insert(QStringLiteral("deployed_by"), QStringLiteral("alice@example.com"));
        QJsonObject third = images[0].toObject();
        third.insert(
            QStringLiteral("build_info"),
            QJsonObject { { QStringLiteral("build_owner"), QStringLiteral("bad owner") } }); // not an address
        images.append(second);
        images.append(third);
        e.insert(QStringLiteral("image_tags_object"), images);
        QCOMPARE(NotificationPlanner::recipients(mail, rule, EventView(e), now),
                 (QStringList { QStringLiteral("Sec@Example.com"), QStringLiteral("devops-team@example.com"),
                                QStringLiteral("alice@example.com"),
                                QStringLiteral("production-oncall@example.com") }));
        // No recipient at all: no call.
        mail.to = { QStringLiteral("{{image.build_owner}}@example.com") };
        e.insert(QStringLiteral("image_tags_object"), QJsonArray());
        QCOMPARE(NotificationPlanner::plan(rule, e, secrets(), { now, {} }).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNotificationPlanner)
#include "tst_notificationplanner.moc"
