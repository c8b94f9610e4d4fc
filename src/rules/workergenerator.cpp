#include "workergenerator.h"

#include "displaytext.h"
#include "jsonwriter.h"
#include "jstext.h"
#include "notificationplanner.h"
#include "ruleengine.h"
#include "standardwebhooks.h"
#include "workerproject.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

const QByteArray ruleBegin = QByteArrayLiteral("// runtime-desk-rule-begin\nconst RULE: RuleSpec = ");
const QByteArray ruleEnd = QByteArrayLiteral(";\n// runtime-desk-rule-end\n");
const QByteArray peopleBegin =
    QByteArrayLiteral("// runtime-desk-people-begin\nconst PEOPLE: Record<string, DirectoryEntry> = ");
const QByteArray peopleEnd = QByteArrayLiteral(";\n// runtime-desk-people-end\n");

// {"name": {"email": "…", "slack_id": "…"}}, sorted by name: the people the user typed or imported.
QByteArray peopleJson(const Rule &rule, const QList<Person> &people)
{
    QList<Person> listed;
    if (!NotificationPlanner::peopleRoles(rule).isEmpty()) {
        for (const Person &person : people) {
            // "__proto__" would set the literal's prototype instead of adding an entry.
            if (!person.name.isEmpty() && person.name != u"__proto__"
                && (!person.email.isEmpty() || !person.slackId.isEmpty()))
                listed.append(person);
        }
    }
    std::sort(listed.begin(), listed.end(), [](const Person &a, const Person &b) { return a.name < b.name; });
    JsonWriter w(2, true); // as RULE: no line or paragraph separator inside the literal
    w.beginObject();
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const Person &person = listed[i];
        if (i > 0 && listed[i - 1].name == person.name) // one entry per name (sorted: repeats are adjacent)
            continue;
        w.key(person.name).beginObject().key(u"email").value(person.email);
        w.key(u"slack_id").value(person.slackId).endObject();
    }
    w.endObject();
    return w.data();
}

// One comment line: control, bidi and line-separator characters spelled out, so no text from the
// rule can end the comment or start a line of code.
QByteArray comment(const QString &text)
{
    return "// " + DisplayText::visible(text).toUtf8() + '\n';
}

QString quoted(const QString &text)
{
    return QString::fromUtf8(JsonWriter::quote(text));
}

void describeNode(QByteArray &out, const CriteriaNode &node, int depth)
{
    const QString indent(depth * 2, u' ');
    if (node.type == CriteriaNode::Type::Condition) {
        out += comment(indent + QStringLiteral("- ") + RuleEngine::describe(node.condition));
        return;
    }
    const bool all = node.type == CriteriaNode::Type::All;
    out += comment(indent + (depth == 0 ? QStringLiteral("Fires when ") : QStringLiteral("- "))
                   + (all ? QStringLiteral("ALL of:") : QStringLiteral("ANY of:"))
                   + (node.children.isEmpty() ? QStringLiteral(" (nothing: always true)") : QString()));
    for (const CriteriaNode &child : node.children)
        describeNode(out, child, depth + 1);
}

QByteArray header(const Rule &rule)
{
    QByteArray out;
    out += comment(
        QStringLiteral("Runtime Desk alarm worker: AFTER_WORKLOAD_STATE_CHANGE (application runtime)."));
    out += comment(QStringLiteral("Generated from the rule %1 (id %2); runtime-desk-generator %3.")
                       .arg(quoted(rule.name), rule.id, QString::number(WorkerGenerator::generatorVersion)));
    out += comment(QStringLiteral(
        "Change the rule in Runtime Desk and generate again; `rules import` reads RULE back."));
    out += "//\n";
    describeNode(out, rule.criteria, 0);
    out += comment(QStringLiteral("Then sends, in this order:"));
    for (const RuleChannel &ch : rule.channels) {
        switch (ch.type) {
        case RuleChannel::Type::Slack:
            out += comment(QStringLiteral("  - %1: Slack incoming webhook, URL from the secret %2")
                               .arg(ch.id, ch.urlSecret));
            break;
        case RuleChannel::Type::Webhook:
            out += comment(
                QStringLiteral("  - %1: webhook signed per Standard Webhooks, URL from %2, key from %3")
                    .arg(ch.id, ch.urlSecret, ch.signingSecret));
            break;
        case RuleChannel::Type::Email: {
            QStringList to;
            for (const QString &entry : ch.to)
                to.append(quoted(entry));
            for (RuleChannel::Person person : ch.toPeople)
                to.append(RuleJson::personName(person));
            out += comment(
                QStringLiteral("  - %1: e-mail via POST %2/v3/mail/send (SendGrid v3), key from %3, to %4")
                    .arg(ch.id, ch.baseUrl, ch.apiKeySecret, to.join(QStringLiteral(", "))));
            break;
        }
        case RuleChannel::Type::Teams:
            out += comment(
                QStringLiteral("  - %1: Microsoft Teams workflow (Adaptive Card), URL from the secret %2")
                    .arg(ch.id, ch.urlSecret));
            break;
        case RuleChannel::Type::PagerDuty:
            out += comment(
                QStringLiteral("  - %1: PagerDuty Events API v2 via POST %2/v2/enqueue, routing key from %3")
                    .arg(ch.id, ch.baseUrl, ch.apiKeySecret));
            break;
        case RuleChannel::Type::Splunk:
            out += comment(
                QStringLiteral(
                    "  - %1: Splunk HTTP Event Collector via POST %2/services/collector/event, token from %3")
                    .arg(ch.id, ch.baseUrl, ch.apiKeySecret));
            break;
        }
    }
    out +=
        comment(rule.cooldownSeconds > 0 ? QStringLiteral("Cooldown: %1 s per dedupe key %2 (context.state).")
                                               .arg(rule.cooldownSeconds)
                                               .arg(quoted(rule.dedupeKey))
                                         : QStringLiteral("No cooldown: every matching event notifies."));
    out += comment(QStringLiteral("Secrets (context.secrets.get): %1.")
                       .arg(rule.secretNames().join(QStringLiteral(", "))));
    if (!NotificationPlanner::peopleRoles(rule).isEmpty())
        out += comment(
            QStringLiteral("People: PEOPLE below (your directory), else GET /access/api/v2/users/{name}."));
    out += '\n';
    return out;
}

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : JsText::asciiLower(name)) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (keep)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    out = out.left(40);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("rule") : out;
}

} // namespace

QByteArray WorkerGenerator::resource(const QString &path)
{
    return WorkerProject::resource(path);
}

QByteArray WorkerGenerator::fill(const QByteArray &text, const QHash<QByteArray, QByteArray> &values)
{
    return WorkerProject::fill(text, values);
}

QByteArray WorkerGenerator::workerSource(const Rule &rule, const QList<Person> &people)
{
    return header(rule) + ruleBegin + RuleJson::write(rule, 2, true) + ruleEnd + peopleBegin
        + peopleJson(rule, people) + peopleEnd + '\n' + resource(QStringLiteral(":/rules/worker-runtime.ts"));
}

QList<Person> WorkerGenerator::embeddedPeople(const QByteArray &source)
{
    const qsizetype begin = source.indexOf(peopleBegin);
    const qsizetype end = begin < 0 ? -1 : source.indexOf(peopleEnd, begin);
    if (begin < 0 || end < 0)
        return {};
    const qsizetype from = begin + peopleBegin.size();
    const QJsonObject object = QJsonDocument::fromJson(source.mid(from, end - from)).object();
    QList<Person> people;
    for (auto it = object.begin(); it != object.end(); ++it) {
        Person person;
        person.name = it.key();
        person.email = it.value().toObject().value(QLatin1StringView("email")).toString();
        person.slackId = it.value().toObject().value(QLatin1StringView("slack_id")).toString();
        person.source = Person::Source::Yours;
        people.append(person);
    }
    return people;
}

RuleJson::Result WorkerGenerator::importWorker(const QByteArray &source, bool *edited)
{
    const qsizetype begin = source.indexOf(ruleBegin);
    const qsizetype end = begin < 0 ? -1 : source.indexOf(ruleEnd, begin);
    if (begin < 0 || end < 0)
        return { std::nullopt, { tr("no Runtime Desk rule in this worker (the RULE markers are missing)") } };
    const qsizetype from = begin + ruleBegin.size();
    RuleJson::Result result = RuleJson::parse(source.mid(from, end - from));
    if (edited)
        *edited = result.rule && workerSource(*result.rule, embeddedPeople(source)) != source;
    return result;
}

QByteArray WorkerGenerator::manifest(const Rule &rule, const QString &workerKey)
{
    return WorkerProject::manifest(workerKey.isEmpty() ? suggestedKey(rule) : workerKey,
                                   QStringLiteral("Runtime Desk rule: ") + rule.name);
}

QByteArray WorkerGenerator::types()
{
    return resource(QStringLiteral(":/rules/worker-types.ts"));
}

QString WorkerGenerator::suggestedKey(const Rule &rule)
{
    return QStringLiteral("rd-") + slug(rule.name) + u'-' + rule.id.left(8);
}

QJsonObject WorkerGenerator::sampleEvent()
{
    return QJsonDocument::fromJson(resource(QStringLiteral(":/rules/sample-event.json"))).object();
}

QHash<QString, QString> WorkerGenerator::specSecrets(const Rule &rule)
{
    QHash<QString, QString> secrets;
    for (const RuleChannel &ch : rule.channels) {
        if (!ch.urlSecret.isEmpty())
            secrets.insert(ch.urlSecret,
                           QStringLiteral("https://example.invalid/") + JsText::asciiLower(ch.urlSecret));
        if (!ch.signingSecret.isEmpty())
            secrets.insert(ch.signingSecret, QStringLiteral("spec-signing-key-0123456789abcdef"));
        if (!ch.apiKeySecret.isEmpty())
            secrets.insert(ch.apiKeySecret, QStringLiteral("spec-api-key-") + ch.apiKeySecret);
    }
    return secrets;
}

WorkerGenerator::Output WorkerGenerator::generate(const Rule &rule, const QString &workerKey,
                                                  const QList<Person> &people)
{
    Output output;
    output.errors = RuleJson::validate(rule);
    if (!output.errors.isEmpty())
        return output;
    const QByteArray source = workerSource(rule, people);
    const qsizetype chars = QString::fromUtf8(source).size();
    if (chars > maxCodeChars) {
        output.errors.append(
            tr("worker.ts would have %1 characters, more than the platform accepts (%2); shorten the "
               "message template or the lists")
                .arg(chars)
                .arg(maxCodeChars));
        return output;
    }
    output.files = WorkerProject::commonFiles();
    output.files.insert(QStringLiteral("worker.ts"), source);
    output.files.insert(QStringLiteral("manifest.json"), manifest(rule, workerKey));
    output.files.insert(QStringLiteral("worker.spec.ts"), spec(rule));
    QByteArray secretLines;
    for (const QString &name : rule.secretNames())
        secretLines += "    jf worker add-secret " + name.toUtf8() + '\n';
    output.files.insert(
        QStringLiteral("README.md"),
        fill(resource(QStringLiteral(":/rules/worker-readme.md")), { { "SECRETS", secretLines } }));
    return output;
}

bool WorkerGenerator::write(const Output &output, const QString &directory, QString *error)
{
    if (!output.errors.isEmpty()) {
        *error = output.errors.join(u'\n');
        return false;
    }
    return WorkerProject::write(output.files, directory, error);
}
