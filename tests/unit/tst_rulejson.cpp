// The rule document: round trips, versions, one exact line per validation error, and the limits
// (docs/TESTING.md FUZZ-5) at the boundary and one past it.
#include "jsonwriter.h"
#include "rulejson.h"
#include "ruletemplates.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

const QString fixedId = QStringLiteral("0123456789abcdef0123456789abcdef");

Rule templateRule(const QString &name = QStringLiteral("untrusted-registry"))
{
    Rule rule = *RuleTemplates::make(name);
    rule.id = fixedId;
    return rule;
}

QJsonObject validDocument()
{
    return QJsonDocument::fromJson(RuleJson::write(templateRule())).object();
}

// Sets (or, with an undefined value, removes) the value at a path such as {"criteria", "all", "0", "risk"}.
QJsonValue setAt(const QJsonValue &node, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.constFirst();
    const QStringList rest = path.mid(1);
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = head.toInt();
        if (i == array.size())
            array.append(setAt(QJsonValue(), rest, value));
        else
            array[i] = setAt(array[i], rest, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (rest.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, setAt(object.value(head), rest, value));
    return object;
}

QStringList errorsOf(const QJsonObject &document)
{
    return RuleJson::fromJson(document).errors;
}

QJsonObject leafMatch(const QJsonArray &values)
{
    return { { QStringLiteral("kind"), QStringLiteral("match") },
             { QStringLiteral("field"), QStringLiteral("namespace") },
             { QStringLiteral("op"), QStringLiteral("in") },
             { QStringLiteral("values"), values } };
}

QJsonObject withCriteria(const QJsonObject &criteria)
{
    QJsonObject document = validDocument();
    document.insert(QStringLiteral("criteria"), criteria);
    return document;
}

QJsonArray leaves(int n)
{
    QJsonArray array;
    for (int i = 0; i < n; ++i)
        array.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("risk") },
                                   { QStringLiteral("risk"), QStringLiteral("malicious") } });
    return array;
}

QJsonObject nested(int groups)
{
    QJsonObject node { { QStringLiteral("all"), leaves(1) } };
    for (int i = 1; i < groups; ++i)
        node = QJsonObject { { QStringLiteral("all"), QJsonArray { node } } };
    return node;
}

} // namespace

class TestRuleJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void templatesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &info : RuleTemplates::list())
            QTest::newRow(qPrintable(info.name)) << info.name;
    }

    void templatesRoundTrip()
    {
        QFETCH(QString, name);
        const Rule rule = templateRule(name);
        QCOMPARE(RuleJson::validate(rule), QStringList());
        const QByteArray written = RuleJson::write(rule);
        const RuleJson::Result read = RuleJson::parse(written);
        QCOMPARE(read.errors, QStringList());
        QVERIFY(read.rule == rule);
        QCOMPARE(RuleJson::write(*read.rule), written); // canonical: a second trip changes nothing
    }

    // Every channel type and every optional field survives a trip, in canonical form.
    void everyChannelTypeRoundTrips()
    {
        RuleTemplates::Options options;
        options.channels = RuleJson::channelTypes();
        options.teamAddress = QStringLiteral("team@example.com");
        Rule rule = *RuleTemplates::make(QStringLiteral("integrity-violation"), options);
        QCOMPARE(rule.channels.size(), 6);
        rule.channels[4].severity = QStringLiteral("info");
        rule.channels[5].index = QStringLiteral("runtime_alarms");
        rule.channels[2].to.clear(); // people alone are enough recipients
        rule.channels[2].toPeople = { RuleChannel::Person::DeployedBy, RuleChannel::Person::BuildOwner };
        QCOMPARE(RuleJson::validate(rule), QStringList());
        const QByteArray written = RuleJson::write(rule);
        QVERIFY(written.contains("\"routing_key_secret\": \"PAGERDUTY_ROUTING_KEY\""));
        QVERIFY(written.contains("\"token_secret\": \"SPLUNK_HEC_TOKEN\""));
        QVERIFY(!written.contains("\"to\": []"));
        const RuleJson::Result read = RuleJson::parse(written);
        QCOMPARE(read.errors, QStringList());
        QVERIFY(read.rule == rule);
        QCOMPARE(RuleJson::write(*read.rule), written);
        // E-mail with neither addresses nor people has no recipient.
        rule.channels[2].toPeople.clear();
        QCOMPARE(RuleJson::validate(rule),
                 QStringList { QStringLiteral("channels[2].to: expected at least one entry") });
        rule.channels[2].toPeople = { RuleChannel::Person::BuildOwner };
        rule.channels[4].severity = QStringLiteral("high");
        rule.channels[5].sourcetype = QStringLiteral("has space");
        QCOMPARE(RuleJson::validate(rule),
                 (QStringList {
                     QStringLiteral("channels[4].severity: expected critical, error, warning or info"),
                     QStringLiteral("channels[5].sourcetype: 1 to 128 of letters, digits and _ : . -") }));
    }

    void acceptsEverySpellingWritesOne()
    {
        QJsonObject doc = setAt(validDocument(),
                                { QStringLiteral("criteria"), QStringLiteral("all"), QStringLiteral("0"),
                                  QStringLiteral("risk") },
                                QStringLiteral("untrusted_registry_images"))
                              .toObject();
        doc = setAt(doc, { QStringLiteral("criteria"), QStringLiteral("all"), QStringLiteral("1") },
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("severity_at_least") },
                                  { QStringLiteral("severity"), QStringLiteral("critical") } })
                  .toObject();
        doc = setAt(doc, { QStringLiteral("channels"), QStringLiteral("2"), QStringLiteral("base_url") },
                    QStringLiteral("https://mail.example.com/api//"))
                  .toObject();
        const RuleJson::Result read = RuleJson::fromJson(doc);
        QCOMPARE(read.errors, QStringList());
        const QByteArray written = RuleJson::write(*read.rule);
        QVERIFY(written.contains("\"risk\": \"untrusted_registry\""));
        QVERIFY(written.contains("\"severity\": \"Critical\""));
        QVERIFY(written.contains("\"base_url\": \"https://mail.example.com/api\""));
    }

    void versions()
    {
        QCOMPARE(
            errorsOf(setAt(validDocument(), { QStringLiteral("version") }, QJsonValue::Undefined).toObject()),
            QStringList { QStringLiteral("version: required") });
        // A newer document is refused as a whole, before anything else is looked at.
        QJsonObject newer = setAt(validDocument(), { QStringLiteral("version") }, 2).toObject();
        newer.insert(QStringLiteral("future_field"), true);
        QCOMPARE(
            errorsOf(newer),
            QStringList { QStringLiteral("version: 2 is newer than this Runtime Desk understands (1)") });
        QCOMPARE(
            errorsOf(setAt(validDocument(), { QStringLiteral("version") }, QStringLiteral("1")).toObject()),
            QStringList { QStringLiteral("version: expected 1") });
        QCOMPARE(errorsOf(setAt(validDocument(), { QStringLiteral("version") }, 0).toObject()),
                 QStringList { QStringLiteral("version: expected 1") });
        QCOMPARE(
            errorsOf(
                setAt(validDocument(), { QStringLiteral("schema") }, QStringLiteral("other")).toObject()),
            QStringList { QStringLiteral("schema: expected \"runtime-desk.rule\"") });
    }

    void exactErrors_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        auto row = [](const char *name, const QStringList &path, const QJsonValue &value,
                      const QString &error) { QTest::newRow(name) << path << value << error; };
        const QStringList c0 { QStringLiteral("criteria"), QStringLiteral("all"), QStringLiteral("0") };
        auto at0 = [&](const QString &key) { return c0 + QStringList { key }; };
        const QJsonValue undefined(QJsonValue::Undefined);
        row("unknown root key", { QStringLiteral("colour") }, QStringLiteral("red"),
            QStringLiteral("colour: unknown key"));
        row("bad id", { QStringLiteral("id") }, QStringLiteral("ABC"),
            QStringLiteral("id: expected 32 lower-case hexadecimal digits"));
        row("missing id", { QStringLiteral("id") }, undefined, QStringLiteral("id: required"));
        row("empty name", { QStringLiteral("name") }, QString(), QStringLiteral("name: must not be empty"));
        row("name with newline", { QStringLiteral("name") }, QStringLiteral("a\nb"),
            QStringLiteral("name: control characters are not allowed"));
        row("name not a string", { QStringLiteral("name") }, 5, QStringLiteral("name: expected a string"));
        row("other event", { QStringLiteral("event"), QStringLiteral("action") },
            QStringLiteral("AFTER_CREATE"),
            QStringLiteral("event: only {\"application\": \"runtime\", \"action\": "
                           "\"AFTER_WORKLOAD_STATE_CHANGE\"} is supported"));
        row("no criteria", { QStringLiteral("criteria") }, undefined, QStringLiteral("criteria: required"));
        row("condition at the root", { QStringLiteral("criteria") },
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("risk") } },
            QStringLiteral("criteria: expected a group {\"all\": […]} or {\"any\": […]}"));
        row("all and any", { QStringLiteral("criteria"), QStringLiteral("any") }, QJsonArray(),
            QStringLiteral("criteria: a group has \"all\" or \"any\", not both"));
        row("empty any", { QStringLiteral("criteria") },
            QJsonObject { { QStringLiteral("any"), QJsonArray() } },
            QStringLiteral("criteria.any: an \"any\" group needs at least one entry"));
        row("group not an array", { QStringLiteral("criteria"), QStringLiteral("all") }, 3,
            QStringLiteral("criteria.all: expected an array"));
        row("entry not an object", c0, QStringLiteral("x"),
            QStringLiteral("criteria.all[0]: expected a group {\"all\": […]} or {\"any\": […]} or a "
                           "condition {\"kind\": …}"));
        row("unknown kind", at0(QStringLiteral("kind")), QStringLiteral("regex"),
            QStringLiteral("criteria.all[0].kind: unknown kind \"regex\" (use match, risk, severity_at_least "
                           "or vulnerabilities_at_least)"));
        row("unknown risk", at0(QStringLiteral("risk")), QStringLiteral("bogus"),
            QStringLiteral("criteria.all[0].risk: unknown risk \"bogus\" (use malicious, "
                           "integrity_violation, untrusted_registry or critical_applicable_cves)"));
        row("extra key in a condition", at0(QStringLiteral("flags")), 1,
            QStringLiteral("criteria.all[0].flags: unknown key"));
        row("unknown field", c0,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("match") },
                          { QStringLiteral("field"), QStringLiteral("nmespace") },
                          { QStringLiteral("op"), QStringLiteral("matches") },
                          { QStringLiteral("pattern"), QStringLiteral("p") } },
            QStringLiteral("criteria.all[0].field: unknown field \"nmespace\" (use change_type, cluster, "
                           "namespace, workload, image, registry, build_owner or deployed_by)"));
        row("unknown op", c0,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("match") },
                          { QStringLiteral("field"), QStringLiteral("namespace") },
                          { QStringLiteral("op"), QStringLiteral("like") } },
            QStringLiteral("criteria.all[0].op: unknown op \"like\" (use matches, in or not_in)"));
        row("matches without pattern", c0,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("match") },
                          { QStringLiteral("field"), QStringLiteral("namespace") },
                          { QStringLiteral("op"), QStringLiteral("matches") } },
            QStringLiteral("criteria.all[0].pattern: required"));
        row("empty list", c0, leafMatch({}),
            QStringLiteral("criteria.all[0].values: expected at least one entry"));
        row("list entry not a string", c0, leafMatch({ QStringLiteral("ok"), 1 }),
            QStringLiteral("criteria.all[0].values[1]: expected a string"));
        row("unknown severity", c0,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("severity_at_least") },
                          { QStringLiteral("severity"), QStringLiteral("severe") } },
            QStringLiteral(
                "criteria.all[0].severity: unknown severity \"severe\" (use Critical, High, Medium or Low)"));
        row("negative count", c0,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("vulnerabilities_at_least") },
                          { QStringLiteral("count"), -1 } },
            QStringLiteral("criteria.all[0].count: expected a whole number from 0 to 1000000000"));
        row("fractional count", c0,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("vulnerabilities_at_least") },
                          { QStringLiteral("count"), 1.5 } },
            QStringLiteral("criteria.all[0].count: expected a whole number from 0 to 1000000000"));
        row("empty title", { QStringLiteral("message"), QStringLiteral("title") }, QString(),
            QStringLiteral("message.title: must not be empty"));
        row("unknown placeholder", { QStringLiteral("message"), QStringLiteral("text") },
            QStringLiteral("{{nope}}"),
            QStringLiteral("message.text: unknown placeholder {{nope}} at code point 0"));
        row("placeholder position in code points", { QStringLiteral("message"), QStringLiteral("text") },
            QStringLiteral("🚀 {{image.nme}}"),
            QStringLiteral("message.text: unknown placeholder {{image.nme}} at code point 2"));
        row("unclosed placeholder", { QStringLiteral("message"), QStringLiteral("text") },
            QStringLiteral("a {{b"), QStringLiteral("message.text: unclosed {{ at code point 2"));
        row("unclosed section", { QStringLiteral("message"), QStringLiteral("text") },
            QStringLiteral("{{#images}}x"),
            QStringLiteral("message.text: {{#images}} is not closed by {{/images}}"));
        row("nested section", { QStringLiteral("message"), QStringLiteral("text") },
            QStringLiteral("{{#images}}{{#images}}{{/images}}"),
            QStringLiteral("message.text: {{#images}} inside {{#images}} at code point 11"));
        row("unknown section", { QStringLiteral("message"), QStringLiteral("text") },
            QStringLiteral("{{#nodes}}{{/nodes}}"),
            QStringLiteral("message.text: unknown section {{#nodes}} at code point 0 (the only section is "
                           "{{#images}} … {{/images}})"));
        row("unknown channel type",
            { QStringLiteral("channels"), QStringLiteral("0"), QStringLiteral("type") },
            QStringLiteral("sms"),
            QStringLiteral("channels[0].type: unknown channel type \"sms\" (use slack, webhook, email, "
                           "teams, pagerduty or splunk)"));
        row("duplicate channel id", { QStringLiteral("channels"), QStringLiteral("1"), QStringLiteral("id") },
            QStringLiteral("slack"),
            QStringLiteral("channels[1].id: \"slack\" is already the id of channels[0]"));
        row("bad channel id", { QStringLiteral("channels"), QStringLiteral("0"), QStringLiteral("id") },
            QStringLiteral("Slack!"),
            QStringLiteral("channels[0].id: a channel id is 1 to 32 of a-z, 0-9, _ and -"));
        row("bad secret name",
            { QStringLiteral("channels"), QStringLiteral("0"), QStringLiteral("url_secret") },
            QStringLiteral("1BAD"),
            QStringLiteral(
                "channels[0].url_secret: a secret name is a letter and then up to 63 letters, digits or _"));
        row("plain http mail API",
            { QStringLiteral("channels"), QStringLiteral("2"), QStringLiteral("base_url") },
            QStringLiteral("http://mail.example.com"),
            QStringLiteral("channels[2].base_url: expected https://host[:port][/path] (http only for "
                           "localhost), without query or user"));
        row("mail API with a query",
            { QStringLiteral("channels"), QStringLiteral("2"), QStringLiteral("base_url") },
            QStringLiteral("https://mail.example.com/?k=1"),
            QStringLiteral("channels[2].base_url: expected https://host[:port][/path] (http only for "
                           "localhost), without query or user"));
        row("bad recipient",
            { QStringLiteral("channels"), QStringLiteral("2"), QStringLiteral("to"), QStringLiteral("0") },
            QStringLiteral("bob"), QStringLiteral("channels[2].to[0]: not an e-mail address"));
        row("section in a recipient",
            { QStringLiteral("channels"), QStringLiteral("2"), QStringLiteral("to"), QStringLiteral("0") },
            QStringLiteral("{{#images}}{{image.build_owner}}{{/images}}@x.io"),
            QStringLiteral("channels[2].to[0]: no {{#images}} section in a recipient"));
        row("missing sender", { QStringLiteral("channels"), QStringLiteral("2"), QStringLiteral("from") },
            undefined, QStringLiteral("channels[2].from: required"));
        row("bad sender",
            { QStringLiteral("channels"), QStringLiteral("2"), QStringLiteral("from"),
              QStringLiteral("email") },
            QStringLiteral("me"), QStringLiteral("channels[2].from.email: not an e-mail address"));
        const QString ch0 = QStringLiteral("channels"), i0 = QStringLiteral("0"), i2 = QStringLiteral("2");
        row("person twice", { ch0, i2, QStringLiteral("to_people") },
            QJsonArray { QStringLiteral("build_owner"), QStringLiteral("build_owner") },
            QStringLiteral("channels[2].to_people[1]: listed twice"));
        row("unknown person", { ch0, i0, QStringLiteral("mention") }, QJsonArray { QStringLiteral("owner") },
            QStringLiteral("channels[0].mention[0]: expected \"build_owner\" or \"deployed_by\""));
        row("people not a list", { ch0, i0, QStringLiteral("mention") }, QStringLiteral("build_owner"),
            QStringLiteral("channels[0].mention: expected an array of \"build_owner\" and \"deployed_by\""));
        row("bad fallback", { ch0, i2, QStringLiteral("fallback") }, QStringLiteral("nobody"),
            QStringLiteral("channels[2].fallback: not an e-mail address"));
        row("mention on a webhook", { ch0, QStringLiteral("1"), QStringLiteral("mention") },
            QJsonArray { QStringLiteral("build_owner") }, QStringLiteral("channels[1].mention: unknown key"));
        row("cooldown over a week", { QStringLiteral("cooldown_seconds") }, 604801,
            QStringLiteral("cooldown_seconds: expected a whole number from 0 to 604800"));
        row("bad dedupe key", { QStringLiteral("dedupe_key") }, QStringLiteral("{{cluster}}"),
            QStringLiteral("dedupe_key: unknown placeholder {{cluster}} at code point 0"));
    }

    void exactErrors()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QCOMPARE(errorsOf(setAt(validDocument(), path, value).toObject()), QStringList { error });
    }

    void everyErrorIsReported()
    {
        QJsonObject doc = setAt(validDocument(), { QStringLiteral("name") }, QString()).toObject();
        doc = setAt(doc,
                    { QStringLiteral("criteria"), QStringLiteral("all"), QStringLiteral("0"),
                      QStringLiteral("risk") },
                    QStringLiteral("x"))
                  .toObject();
        doc = setAt(doc, { QStringLiteral("cooldown_seconds") }, -5).toObject();
        const QStringList errors = errorsOf(doc);
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors[0].startsWith(QLatin1StringView("name: ")));
        QVERIFY(errors[1].startsWith(QLatin1StringView("criteria.all[0].risk: ")));
        QVERIFY(errors[2].startsWith(QLatin1StringView("cooldown_seconds: ")));
    }

    void notJson()
    {
        const RuleJson::Result read = RuleJson::parse("{\"schema\": ");
        QVERIFY(!read.rule);
        QCOMPARE(read.errors.size(), 1);
        QVERIFY2(read.errors[0].startsWith(QLatin1StringView("not JSON: ")), qPrintable(read.errors[0]));
        QCOMPARE(RuleJson::parse("[]").errors,
                 QStringList { QStringLiteral("not a rule: expected a JSON object") });
    }

    void depthLimit()
    {
        QCOMPARE(errorsOf(withCriteria(nested(RuleLimits::maxDepth))), QStringList());
        QString path = QStringLiteral("criteria");
        for (int i = 0; i < RuleLimits::maxDepth; ++i)
            path += QStringLiteral(".all[0]");
        QCOMPARE(errorsOf(withCriteria(nested(RuleLimits::maxDepth + 1))),
                 QStringList { path + QStringLiteral(".all: groups nest deeper than the limit of 32") });
        // A hostile depth far past the limit stops at the limit (no deep recursion).
        QCOMPARE(errorsOf(withCriteria(nested(900))).size(), 1);
    }

    void conditionLimit()
    {
        QCOMPARE(errorsOf(withCriteria({ { QStringLiteral("all"), leaves(RuleLimits::maxConditions) } })),
                 QStringList());
        const QJsonObject twoGroups { { QStringLiteral("all"),
                                        QJsonArray {
                                            QJsonObject { { QStringLiteral("all"), leaves(500) } },
                                            QJsonObject { { QStringLiteral("all"), leaves(501) } } } } };
        QCOMPARE(errorsOf(withCriteria(twoGroups)),
                 QStringList { QStringLiteral("criteria: 1001 conditions, more than the limit of 1000") });
        QCOMPARE(errorsOf(withCriteria({ { QStringLiteral("all"), leaves(1001) } })),
                 QStringList { QStringLiteral("criteria.all: 1001 entries, more than the limit of 1000") });
    }

    void listLimit()
    {
        QJsonArray values;
        for (int i = 0; i < RuleLimits::maxListEntries; ++i)
            values.append(QStringLiteral("ns-%1").arg(i));
        QCOMPARE(errorsOf(withCriteria({ { QStringLiteral("all"), QJsonArray { leafMatch(values) } } })),
                 QStringList());
        values.append(QStringLiteral("one-more"));
        QCOMPARE(errorsOf(withCriteria({ { QStringLiteral("all"), QJsonArray { leafMatch(values) } } })),
                 QStringList {
                     QStringLiteral("criteria.all[0].values: 1001 entries, more than the limit of 1000") });
    }

    void templateLimitCountsCodePoints()
    {
        // 100,000 code points are 200,000 UTF-16 units here: the limit is on code points.
        QString text;
        for (int i = 0; i < RuleLimits::maxTemplateCodePoints; ++i)
            text += QStringLiteral("🚀");
        QCOMPARE(errorsOf(setAt(validDocument(), { QStringLiteral("message"), QStringLiteral("text") }, text)
                              .toObject()),
                 QStringList());
        text += u'x';
        QCOMPARE(errorsOf(setAt(validDocument(), { QStringLiteral("message"), QStringLiteral("text") }, text)
                              .toObject()),
                 QStringList {
                     QStringLiteral("message.text: 100001 code points, more than the limit of 100000") });
    }

    void errorReportingLimit()
    {
        QJsonArray bad;
        for (int i = 0; i < 150; ++i)
            bad.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("nope") } });
        const QStringList errors = errorsOf(withCriteria({ { QStringLiteral("all"), bad } }));
        QCOMPARE(errors.size(), RuleLimits::maxErrors + 1);
        QVERIFY(errors[99].startsWith(QLatin1StringView("criteria.all[99].kind: ")));
        QCOMPARE(errors.last(), QStringLiteral("more than 100 errors; the rest are not shown"));
    }
};

QTEST_GUILESS_MAIN(TestRuleJson)
#include "tst_rulejson.moc"
