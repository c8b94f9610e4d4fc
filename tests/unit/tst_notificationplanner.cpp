// NotificationPlanner: golden plans for the three templates against the documented sample event,
// Standard Webhooks signing (the published vector), masking, skipped channels, cooldown, escaping.
#include "eventview.h"
#include "jstext.h"
#include "notificationplanner.h"
#include "person.h"
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
        // Nobody resolved the build owner: the team, which is also the fallback, once.
        QCOMPARE(to.size(), 1);
        QCOMPARE(to[0].toObject().value(QLatin1StringView("email")).toString(),
                 QStringLiteral("security@example.com"));
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
        mail.toPeople.clear();
        mail.fallback.clear();
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
        QCOMPARE(NotificationPlanner::recipients(mail, rule, EventView(e), { now, {}, {} }),
                 (QStringList { QStringLiteral("Sec@Example.com"), QStringLiteral("devops-team@example.com"),
                                QStringLiteral("alice@example.com"),
                                QStringLiteral("production-oncall@example.com") }));
        // No recipient at all: no call.
        mail.to = { QStringLiteral("{{image.build_owner}}@example.com") };
        e.insert(QStringLiteral("image_tags_object"), QJsonArray());
        QCOMPARE(NotificationPlanner::plan(rule, e, secrets(), { now, {} }).size(), 2);
    }

    // E-mail to each image's people at the directory's address, the fallback for whoever it does not
    // resolve; a name that is an address is its own.
    void recipientsThroughThePeopleDirectory()
    {
        Rule rule = templateRule(QStringLiteral("deployment-status-change"));
        RuleChannel &mail = rule.channels[2];
        QCOMPARE(mail.to, QStringList { QStringLiteral("security@example.com") });
        QCOMPARE(mail.toPeople, QList<RuleChannel::Person> { RuleChannel::Person::BuildOwner });
        mail.to = { QStringLiteral("team@example.com") };
        mail.toPeople = { RuleChannel::Person::BuildOwner, RuleChannel::Person::DeployedBy };
        mail.fallback = QStringLiteral("triage@example.com");
        QJsonObject e = sample(); // build owner devops-team, deployed by jenkins-user
        QJsonArray images = e.value(QLatin1StringView("image_tags_object")).toArray();
        QJsonObject second = images[0].toObject();
        second.insert(QStringLiteral("build_info"),
                      QJsonObject { { QStringLiteral("build_owner"), QStringLiteral("zoë.müller") } });
        second.insert(QStringLiteral("deployed_by"), QStringLiteral("Bob@Corp.example"));
        images.append(second);
        e.insert(QStringLiteral("image_tags_object"), images);
        PlanContext context { now, {}, {} };
        // Nobody resolved: the fallback once, and the address that is a name.
        QCOMPARE(NotificationPlanner::recipients(mail, rule, EventView(e), context),
                 (QStringList { QStringLiteral("team@example.com"), QStringLiteral("triage@example.com"),
                                QStringLiteral("Bob@Corp.example") }));
        context.people.insert(QStringLiteral("devops-team"),
                              { QStringLiteral("devops-team"),
                                QStringLiteral("devops@corp.example"),
                                {},
                                {},
                                Person::Source::Yours });
        context.people.insert(QStringLiteral("zoë.müller"),
                              { QStringLiteral("zoë.müller"),
                                QStringLiteral("zoe@corp.example"),
                                {},
                                {},
                                Person::Source::Platform });
        QCOMPARE(NotificationPlanner::recipients(mail, rule, EventView(e), context),
                 (QStringList { QStringLiteral("team@example.com"), QStringLiteral("devops@corp.example"),
                                QStringLiteral("triage@example.com"), QStringLiteral("zoe@corp.example"),
                                QStringLiteral("Bob@Corp.example") }));
        // Without a fallback an unresolved person is left out; the call still goes to the others.
        mail.fallback.clear();
        context.people.remove(QStringLiteral("devops-team"));
        QCOMPARE(NotificationPlanner::recipients(mail, rule, EventView(e), context),
                 (QStringList { QStringLiteral("team@example.com"), QStringLiteral("zoe@corp.example"),
                                QStringLiteral("Bob@Corp.example") }));
        QCOMPARE(NotificationPlanner::peopleToResolve(rule, EventView(e)),
                 (QStringList { QStringLiteral("devops-team"), QStringLiteral("jenkins-user"),
                                QStringLiteral("zoë.müller"), QStringLiteral("Bob@Corp.example") }));
    }

    void slackMentionsKnownMembers()
    {
        const Rule rule = templateRule(QStringLiteral("deployment-status-change"));
        PlanContext context { now, {}, {} };
        auto contextBlock = [&] {
            const QJsonArray blocks =
                bodyOf(NotificationPlanner::plan(rule, sample(), secrets(), context).constFirst())
                    .value(QLatin1StringView("blocks"))
                    .toArray();
            const QJsonObject last = blocks.last().toObject();
            return last.value(QLatin1StringView("type")).toString() == u"context"
                ? last.value(QLatin1StringView("elements"))
                      .toArray()[0]
                      .toObject()
                      .value(QLatin1StringView("text"))
                      .toString()
                : QString();
        };
        QCOMPARE(contextBlock(), QString()); // nobody known: no mention, no empty block
        context.people.insert(
            QStringLiteral("devops-team"),
            { QStringLiteral("devops-team"), {}, QStringLiteral("not-an-id"), {}, Person::Source::Yours });
        QCOMPARE(contextBlock(), QString());
        context.people[QStringLiteral("devops-team")].slackId = QStringLiteral("U024BE7LH");
        QCOMPARE(contextBlock(), QStringLiteral("Build owner: <@U024BE7LH>"));
    }

    void integrityLineInEveryTemplate_data()
    {
        QTest::addColumn<QJsonValue>("risks");
        QTest::addColumn<QString>("line");
        QTest::newRow("none") << QJsonValue(QJsonArray())
                              << QStringLiteral("• Integrity: No integrity violation reported");
        QTest::newRow("event spelling") << QJsonValue(QJsonArray { QStringLiteral("integrity_violation") })
                                        << QStringLiteral("• Integrity: Integrity violation");
        QTest::newRow("display spelling") << QJsonValue(
            QJsonArray { QStringLiteral("untrusted_registry_images"), QStringLiteral("Integrity Violation") })
                                          << QStringLiteral("• Integrity: Integrity violation");
    }

    void integrityLineInEveryTemplate()
    {
        QFETCH(QJsonValue, risks);
        QFETCH(QString, line);
        QJsonObject e = sample();
        QJsonArray images = e.value(QLatin1StringView("image_tags_object")).toArray();
        QJsonObject image = images[0].toObject();
        image.insert(QStringLiteral("risks"), risks);
        images[0] = image;
        e.insert(QStringLiteral("image_tags_object"), images);
        Rule rule = templateRule(QStringLiteral("deployment-status-change"));
        const QList<PlannedCall> calls = NotificationPlanner::plan(rule, e, secrets(), { now, {} });
        QCOMPARE(calls.size(), 3);
        for (const PlannedCall &call : calls)
            QVERIFY2(QString::fromUtf8(call.body).contains(line), qPrintable(call.channel));
    }

    // Teams, PagerDuty and Splunk in the shapes those services document.
    void moreTools()
    {
        Rule rule = templateRule(QStringLiteral("untrusted-registry"));
        rule.channels = { RuleTemplates::channel(RuleChannel::Type::Teams),
                          RuleTemplates::channel(RuleChannel::Type::PagerDuty),
                          RuleTemplates::channel(RuleChannel::Type::Splunk) };
        rule.message.title = QString(1100, u'T');
        QHash<QString, QString> s { { QStringLiteral("TEAMS_WORKFLOW_URL"),
                                      QStringLiteral("https://teams.example/wf?sig=abc") },
                                    { QStringLiteral("PAGERDUTY_ROUTING_KEY"), QStringLiteral("R0UTINGKEY") },
                                    { QStringLiteral("SPLUNK_HEC_TOKEN"), QStringLiteral("hec-token") } };
        PlanContext context { now, {}, {} };
        context.people.insert(QStringLiteral("devops-team"),
                              { QStringLiteral("devops-team"),
                                QStringLiteral("devops@corp.example"),
                                {},
                                {},
                                Person::Source::Platform });
        const QList<PlannedCall> calls = NotificationPlanner::plan(rule, sample(), s, context);
        QCOMPARE(calls.size(), 3);

        QCOMPARE(calls[0].url, s.value(QStringLiteral("TEAMS_WORKFLOW_URL")));
        const QJsonObject teams = bodyOf(calls[0]);
        QCOMPARE(teams.value(QLatin1StringView("type")).toString(), QStringLiteral("message"));
        const QJsonObject attachment = teams.value(QLatin1StringView("attachments")).toArray()[0].toObject();
        QCOMPARE(attachment.value(QLatin1StringView("contentType")).toString(),
                 QStringLiteral("application/vnd.microsoft.card.adaptive"));
        const QJsonObject card = attachment.value(QLatin1StringView("content")).toObject();
        QCOMPARE(card.value(QLatin1StringView("type")).toString(), QStringLiteral("AdaptiveCard"));
        const QString cardText = QString::fromUtf8(calls[0].body);
        QVERIFY(cardText.contains(
            QLatin1StringView("{\"title\":\"Integrity\",\"value\":\"No integrity violation reported\"}")));
        QVERIFY(
            cardText.contains(QLatin1StringView("{\"title\":\"Build owner\",\"value\":\"devops-team\"}")));

        QCOMPARE(calls[1].url, QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
        const QJsonObject pd = bodyOf(calls[1]);
        QCOMPARE(pd.value(QLatin1StringView("routing_key")).toString(), QStringLiteral("R0UTINGKEY"));
        QCOMPARE(pd.value(QLatin1StringView("event_action")).toString(), QStringLiteral("trigger"));
        QCOMPARE(pd.value(QLatin1StringView("dedup_key")).toString(),
                 rule.id + QStringLiteral(":production-euc1/production/frontend-service"));
        const QJsonObject payload = pd.value(QLatin1StringView("payload")).toObject();
        QCOMPARE(JsText::codePointCount(payload.value(QLatin1StringView("summary")).toString()), 1024);
        QCOMPARE(payload.value(QLatin1StringView("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(payload.value(QLatin1StringView("source")).toString(),
                 QStringLiteral("production-euc1/production/frontend-service"));
        const QJsonObject image =
            payload.value(QLatin1StringView("custom_details"))[QLatin1StringView("images")][0].toObject();
        QCOMPARE(image.value(QLatin1StringView("build_owner_email")).toString(),
                 QStringLiteral("devops@corp.example"));
        QCOMPARE(image.value(QLatin1StringView("integrity")).toString(),
                 QStringLiteral("No integrity violation reported"));
        QVERIFY(!NotificationPlanner::masked(calls, s)[1].body.contains("R0UTINGKEY"));

        QCOMPARE(calls[2].url, QStringLiteral("https://splunk.example.com:8088/services/collector/event"));
        QCOMPARE(header(calls[2], "authorization"), QByteArray("Splunk hec-token"));
        const QJsonObject splunk = bodyOf(calls[2]);
        QCOMPARE(splunk.value(QLatin1StringView("sourcetype")).toString(),
                 QStringLiteral("jfrog:runtime:alarm"));
        QCOMPARE(splunk.value(QLatin1StringView("time")).toInteger(), now);
        QVERIFY(!splunk.contains(QLatin1StringView("index")));
        QCOMPARE(splunk.value(QLatin1StringView("event"))[QLatin1StringView("type")].toString(),
                 NotificationPlanner::webhookType);

        // A dedupe key too long for PagerDuty is hashed, never cut.
        rule.dedupeKey = QString(300, u'k');
        const QString dedup = bodyOf(NotificationPlanner::plan(rule, sample(), s, context)[1])
                                  .value(QLatin1StringView("dedup_key"))
                                  .toString();
        QCOMPARE(dedup.size(), 32 + 1 + 64);
        QVERIFY(dedup.startsWith(rule.id + u':'));
    }
};

QTEST_GUILESS_MAIN(TestNotificationPlanner)
#include "tst_notificationplanner.moc"
