// MessagePreview: Slack mrkdwn drawn as Slack draws it (and nothing a server string could inject),
// and Teams, PagerDuty and Splunk calls read back as their recipients see them.
#include "messagepreview.h"
#include "notificationplanner.h"
#include "ruletemplates.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QtTest>

class TestMessagePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void slackRichText_data()
    {
        QTest::addColumn<QString>("mrkdwn");
        QTest::addColumn<QString>("html");
        QTest::newRow("bold, italic, strike")
            << QStringLiteral("*Workload* is _new_ and ~old~")
            << QStringLiteral("<b>Workload</b> is <i>new</i> and <s>old</s>");
        QTest::newRow("bold needs word edges")
            << QStringLiteral("2*3*4 and * not bold *") << QStringLiteral("2*3*4 and * not bold *");
        QTest::newRow("snake_case stays")
            << QStringLiteral("build_owner_email") << QStringLiteral("build_owner_email");
        QTest::newRow("code") << QStringLiteral("run `kubectl get pods` now")
                              << QStringLiteral("run <code>kubectl get pods</code> now");
        QTest::newRow("link with text")
            << QStringLiteral("see <https://example.com/a?b=1&amp;c=2|the report>")
            << QStringLiteral("see <a href=\"https://example.com/a?b=1&amp;c=2\">the report</a>");
        QTest::newRow("bold link") << QStringLiteral("*<https://x.example|x>*")
                                   << QStringLiteral("<b><a href=\"https://x.example\">x</a></b>");
        QTest::newRow("mention chip")
            << QStringLiteral("Build owner: <@U024BE7LH>")
            << QStringLiteral("Build owner: <span style=\"background-color:#e8f5fa;color:#1264a3\">"
                              "&nbsp;@U024BE7LH&nbsp;</span>");
        QTest::newRow("channel and here")
            << QStringLiteral("<#C123|sec> <!here>")
            << QStringLiteral("<span style=\"color:#1264a3\">#sec</span> <b>@here</b>");
        QTest::newRow("escaped server text stays text")
            << QStringLiteral("image &lt;img src=x onerror=1&gt; &amp; *bold*")
            << QStringLiteral("image &lt;img src=x onerror=1&gt; &amp; <b>bold</b>");
        QTest::newRow("quotes in a link target")
            << QStringLiteral("<https://x.example/\"onmouseover=\"|x>")
            << QStringLiteral("<a href=\"https://x.example/&quot;onmouseover=&quot;\">x</a>");
        QTest::newRow("lines") << QStringLiteral("a\nb") << QStringLiteral("a<br>b");
    }

    void slackRichText()
    {
        QFETCH(QString, mrkdwn);
        QFETCH(QString, html);
        QCOMPARE(MessagePreview::slackRichText(mrkdwn), html);
    }

    void moreToolsAsTheirRecipientsSeeThem()
    {
        Rule rule = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
        rule.channels = { RuleTemplates::channel(RuleChannel::Type::Teams),
                          RuleTemplates::channel(RuleChannel::Type::PagerDuty),
                          RuleTemplates::channel(RuleChannel::Type::Splunk) };
        const QHash<QString, QString> secrets {
            { QStringLiteral("TEAMS_WORKFLOW_URL"), QStringLiteral("https://t.example/x") },
            { QStringLiteral("PAGERDUTY_ROUTING_KEY"), QStringLiteral("pd-routing-key-0123") },
            { QStringLiteral("SPLUNK_HEC_TOKEN"), QStringLiteral("splunk-hec-token-0123") }
        };
        const QJsonObject event =
            QJsonDocument::fromJson(TestEnvironment::readData(QStringLiteral("rules/sample-event.json")))
                .object();
        const QList<PlannedCall> calls = NotificationPlanner::masked(
            NotificationPlanner::plan(rule, event, secrets, { 1700000000, {}, {} }), secrets);
        QCOMPARE(calls.size(), 3);

        const MessagePreview teams = MessagePreview::fromCall(RuleChannel::Type::Teams, calls[0]);
        QCOMPARE(teams.error, QString());
        QVERIFY(teams.subject.startsWith(rule.name + u':'));
        QVERIFY(teams.body.contains(u"• Integrity: No integrity violation reported"));
        QVERIFY(teams.facts.contains(QStringLiteral("Integrity: No integrity violation reported")));
        QVERIFY(teams.facts.contains(QStringLiteral("Build owner: devops-team")));

        const MessagePreview pd = MessagePreview::fromCall(RuleChannel::Type::PagerDuty, calls[1]);
        QCOMPARE(pd.subject, teams.subject);
        QVERIFY(pd.facts.contains(QStringLiteral("severity: critical")));
        QVERIFY(pd.facts.contains(QStringLiteral("source: production-euc1/production/frontend-service")));
        QVERIFY(pd.prettyJson.contains(QLatin1StringView("\"build_owner\": \"devops-team\"")));
        QVERIFY(!pd.readableText().contains(QLatin1StringView("pd-routing-key-0123")));

        const MessagePreview splunk = MessagePreview::fromCall(RuleChannel::Type::Splunk, calls[2]);
        QCOMPARE(splunk.subject, teams.subject);
        QVERIFY(splunk.facts.contains(QStringLiteral("sourcetype: jfrog:runtime:alarm")));
        QVERIFY(splunk.prettyJson.contains(QLatin1StringView("runtime_desk.rule.fired")));

        PlannedCall broken = calls[0];
        broken.body = "not json";
        QVERIFY(!MessagePreview::fromCall(RuleChannel::Type::Teams, broken).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMessagePreview)
#include "tst_messagepreview.moc"
