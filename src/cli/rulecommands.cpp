// `rules`: alarm rules in the local database, their worker, and what they would send.
#include "clicontext.h"

#include "displaytext.h"
#include "jsonwriter.h"
#include "notificationplanner.h"
#include "ruleengine.h"
#include "rulejson.h"
#include "rulestore.h"
#include "ruletemplates.h"
#include "standardwebhooks.h"
#include "workergenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <functional>
#include <map>

namespace {

const QString formatOption = QStringLiteral("format");

struct Sub
{
    std::function<int(CliContext &, QCommandLineParser &)> run;
    const char *summary;
    std::function<void(QCommandLineParser &)> options;
    QStringList formats; // what --format takes, when the subcommand has it
};

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// A rule id, or the start of one (at least 4 characters) that names exactly one rule.
std::optional<StoredRule> resolve(CliContext &cx, RuleStore &store, const QString &ref, int *exit)
{
    if (ref.size() < 4) {
        *exit = cx.fail(CliContext::Usage, QCoreApplication::translate("rules", "give at least 4 characters of the rule id"));
        return std::nullopt;
    }
    const QStringList ids = store.idsStartingWith(ref);
    if (ids.size() != 1) {
        *exit = ids.isEmpty()
                    ? cx.fail(CliContext::Data, QCoreApplication::translate("rules", "no rule %1").arg(DisplayText::visible(ref)))
                    : cx.fail(CliContext::Usage, QCoreApplication::translate("rules", "%1 is the start of %2 rule ids; give more of it")
                                                     .arg(DisplayText::visible(ref)).arg(ids.size()));
        return std::nullopt;
    }
    auto stored = store.find(ids.constFirst());
    if (stored && !stored->rule) {
        *exit = cx.fail(CliContext::Data, QCoreApplication::translate("rules", "rule %1 does not read: %2")
                                              .arg(stored->id, stored->errors.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    return stored;
}

std::optional<QByteArray> readFile(CliContext &cx, const QString &path, int *exit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exit = cx.fail(CliContext::Data, QCoreApplication::translate("rules", "cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QJsonObject> readObject(CliContext &cx, const QString &path, int *exit)
{
    const auto bytes = readFile(cx, path, exit);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (!document.isObject()) {
        *exit = cx.fail(CliContext::Data, QCoreApplication::translate("rules", "%1 is not a JSON object%2")
                                              .arg(path, error.error ? QStringLiteral(": ") + error.errorString() : QString()));
        return std::nullopt;
    }
    return document.object();
}

void describe(JsonWriter &w, const StoredRule &s)
{
    w.beginObject().key(u"id").value(s.id).key(u"name").value(s.name);
    w.key(u"state").value(RuleStore::stateName(s.state()));
    w.key(u"worker_key").value(s.workerKey.isEmpty() && s.rule ? WorkerGenerator::suggestedKey(*s.rule) : s.workerKey);
    w.key(u"revision").value(s.revision);
    w.key(u"created_at").value(isoMs(s.createdAt)).key(u"updated_at").value(isoMs(s.updatedAt));
}

int runNew(CliContext &cx, QCommandLineParser &p)
{
    const QString name = p.value(QStringLiteral("template"));
    auto rule = RuleTemplates::make(name);
    if (!rule) {
        QStringList names;
        for (const auto &info : RuleTemplates::list())
            names.append(info.name);
        return cx.fail(CliContext::Usage, QCoreApplication::translate("rules", "unknown template \"%1\" (use %2)")
                                              .arg(DisplayText::visible(name), names.join(QStringLiteral(", "))));
    }
    if (p.isSet(QStringLiteral("name")))
        rule->name = p.value(QStringLiteral("name"));
    if (const QStringList errors = RuleJson::validate(*rule); !errors.isEmpty())
        return cx.fail(CliContext::Usage, errors.constFirst());
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    if (!store.insert(*rule))
        return cx.fail(CliContext::Data, store.lastError().message);
    cx.out << rule->id << Qt::endl;
    cx.err << "created rule \"" << DisplayText::visible(rule->name) << "\"; the worker reads the secrets "
           << rule->secretNames().join(QStringLiteral(", ")) << Qt::endl;
    return CliContext::Ok;
}

int runList(CliContext &cx, QCommandLineParser &p)
{
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    const QList<StoredRule> rules = store.list();
    if (p.value(formatOption) == u"json") {
        JsonWriter w(2);
        w.beginArray();
        for (const StoredRule &s : rules) {
            describe(w, s);
            w.endObject();
        }
        w.endArray();
        cx.out << w.data() << Qt::endl;
        return CliContext::Ok;
    }
    cx.out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("ID"), -10).arg(QStringLiteral("STATE"), -12)
                  .arg(QStringLiteral("UPDATED"), -20).arg(QStringLiteral("NAME"));
    for (const StoredRule &s : rules)
        cx.out << QStringLiteral("%1 %2 %3 %4\n").arg(s.id.left(8), -10).arg(RuleStore::stateName(s.state()), -12)
                      .arg(QDateTime::fromMSecsSinceEpoch(s.updatedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")), -20)
                      .arg(DisplayText::visible(s.name));
    return CliContext::Ok;
}

int runShow(CliContext &cx, QCommandLineParser &p)
{
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    int exit = 0;
    const auto s = resolve(cx, store, p.positionalArguments().value(0), &exit);
    if (!s)
        return exit;
    if (p.value(formatOption) == u"json") {
        JsonWriter w(2);
        describe(w, *s);
        w.key(u"secrets").stringList(s->rule->secretNames());
        w.key(u"rule");
        RuleJson::writeTo(w, *s->rule);
        w.endObject();
        cx.out << w.data() << Qt::endl;
        return CliContext::Ok;
    }
    cx.out << DisplayText::visible(s->name) << "  (" << s->id << ", " << RuleStore::stateName(s->state()) << ")\n";
    cx.out << "Fires when:\n";
    std::function<void(const CriteriaNode &, int)> print = [&](const CriteriaNode &node, int depth) {
        const QString indent(2 * depth + 2, u' ');
        if (node.type == CriteriaNode::Type::Condition) {
            cx.out << indent << "- " << DisplayText::visible(RuleEngine::describe(node.condition)) << "\n";
            return;
        }
        cx.out << indent << (node.type == CriteriaNode::Type::All ? "all of:" : "any of:") << "\n";
        for (const CriteriaNode &child : node.children)
            print(child, depth + 1);
    };
    print(s->rule->criteria, 0);
    cx.out << "Channels:";
    for (const RuleChannel &ch : s->rule->channels)
        cx.out << " " << ch.id << " (" << RuleJson::channelTypeName(ch.type) << ")";
    cx.out << "\nSecrets: " << s->rule->secretNames().join(QStringLiteral(", ")) << "\n";
    return CliContext::Ok;
}

int runImport(CliContext &cx, QCommandLineParser &p)
{
    int exit = 0;
    const auto bytes = readFile(cx, p.positionalArguments().value(0), &exit);
    if (!bytes)
        return exit;
    bool edited = false;
    const bool json = bytes->trimmed().startsWith('{');
    RuleJson::Result result = json ? RuleJson::parse(*bytes) : WorkerGenerator::importWorker(*bytes, &edited);
    if (!result.rule) {
        for (const QString &error : std::as_const(result.errors))
            cx.err << DisplayText::visible(error) << Qt::endl;
        return cx.fail(CliContext::Data, QCoreApplication::translate("rules", "%1 is not a valid rule").arg(p.positionalArguments().value(0)));
    }
    if (edited)
        cx.err << "warning: this worker.ts was changed after Runtime Desk generated it; only its RULE is imported" << Qt::endl;
    Rule rule = *result.rule;
    if (p.isSet(QStringLiteral("new-id")))
        rule.id = Rule::newId();
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    const bool exists = store.find(rule.id).has_value();
    if (exists && !p.isSet(QStringLiteral("replace")))
        return cx.fail(CliContext::Data, QCoreApplication::translate("rules", "rule %1 exists already (use --replace or --new-id)").arg(rule.id));
    if (!(exists ? store.update(rule) : store.insert(rule)))
        return cx.fail(CliContext::Data, store.lastError().message);
    cx.out << rule.id << Qt::endl;
    return CliContext::Ok;
}

int runExport(CliContext &cx, QCommandLineParser &p)
{
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    int exit = 0;
    const auto s = resolve(cx, store, p.positionalArguments().value(0), &exit);
    if (!s)
        return exit;
    cx.out << RuleJson::write(*s->rule) << Qt::endl;
    return CliContext::Ok;
}

int runCodegen(CliContext &cx, QCommandLineParser &p)
{
    const QString directory = p.value(QStringLiteral("out"));
    if (directory.isEmpty())
        return cx.fail(CliContext::Usage, QCoreApplication::translate("rules", "codegen needs --out DIR"));
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    int exit = 0;
    const auto s = resolve(cx, store, p.positionalArguments().value(0), &exit);
    if (!s)
        return exit;
    const auto output = WorkerGenerator::generate(*s->rule, s->workerKey);
    QString error;
    if (!WorkerGenerator::write(output, directory, &error))
        return cx.fail(CliContext::Data, error);
    for (auto it = output.files.begin(); it != output.files.end(); ++it)
        cx.out << it.key() << "\n";
    return CliContext::Ok;
}

int runPlan(CliContext &cx, QCommandLineParser &p)
{
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    int exit = 0;
    const auto s = resolve(cx, store, p.positionalArguments().value(0), &exit);
    if (!s)
        return exit;
    if (!p.isSet(QStringLiteral("event")) || !p.isSet(QStringLiteral("secrets")))
        return cx.fail(CliContext::Usage, QCoreApplication::translate("rules", "plan needs --event FILE and --secrets FILE"));
    const auto event = readObject(cx, p.value(QStringLiteral("event")), &exit);
    if (!event)
        return exit;
    const auto secretsJson = readObject(cx, p.value(QStringLiteral("secrets")), &exit);
    if (!secretsJson)
        return exit;
    QHash<QString, QString> secrets;
    for (auto it = secretsJson->begin(); it != secretsJson->end(); ++it) {
        if (!it.value().isString())
            return cx.fail(CliContext::Data, QCoreApplication::translate("rules", "secret %1: expected a string").arg(DisplayText::visible(it.key())));
        secrets.insert(it.key(), it.value().toString());
    }
    PlanContext context;
    context.unixTime = QDateTime::currentSecsSinceEpoch();
    if (p.isSet(QStringLiteral("time"))) {
        bool ok = false;
        context.unixTime = p.value(QStringLiteral("time")).toLongLong(&ok);
        if (!ok || context.unixTime < 0)
            return cx.fail(CliContext::Usage, QCoreApplication::translate("rules", "--time takes unix seconds"));
    }
    const Rule &rule = *s->rule;
    for (const QString &problem : NotificationPlanner::problems(rule, secrets))
        cx.err << "warning: " << problem << Qt::endl;
    QList<PlannedCall> calls = NotificationPlanner::plan(rule, *event, secrets, context);
    if (p.isSet(QStringLiteral("mask")))
        calls = NotificationPlanner::masked(calls, secrets);
    if (p.value(formatOption) == u"json") {
        cx.out << NotificationPlanner::toJson(calls) << Qt::endl;
        return CliContext::Ok;
    }
    const Evaluation evaluation = RuleEngine::evaluate(rule, *event);
    cx.out << (evaluation.fired ? "fires" : "does not fire") << "\n";
    for (const ConditionVerdict &v : evaluation.conditions)
        cx.out << "  " << (v.passed ? "pass " : "fail ") << DisplayText::visible(v.text) << "  (saw " << DisplayText::visible(v.value) << ")\n";
    for (const PlannedCall &call : NotificationPlanner::masked(calls, secrets)) {
        cx.out << "\n" << call.channel << ": " << call.method << " " << DisplayText::visible(call.url) << "\n";
        for (const auto &header : call.headers)
            cx.out << "  " << header.first << ": " << header.second << "\n";
        cx.out << "  " << DisplayText::visible(QString::fromUtf8(call.body)) << "\n";
    }
    return CliContext::Ok;
}

int runSigningKey(CliContext &cx, QCommandLineParser &p)
{
    const QByteArray key = StandardWebhooks::generateKey();
    if (p.value(formatOption) == u"json") {
        JsonWriter w(2);
        w.beginObject().key(u"worker_secret").value(QString::fromLatin1(key));
        w.key(u"receiver_secret").value(StandardWebhooks::toWhsec(key)).endObject();
        cx.out << w.data() << Qt::endl;
    } else {
        cx.out << "worker secret (raw):      " << key << "\n"
               << "receiver secret (whsec_): " << StandardWebhooks::toWhsec(key) << "\n";
    }
    return CliContext::Ok;
}

const std::map<QString, Sub> &subcommands()
{
    auto format = [](const QString &allowed, const QString &fallback) {
        return [allowed, fallback](QCommandLineParser &p) {
            p.addOption({formatOption, allowed, QStringLiteral("format"), fallback});
        };
    };
    auto id = [](QCommandLineParser &p) { p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The rule id, or its first characters.")); };
    static const std::map<QString, Sub> table{
        {QStringLiteral("new"), {runNew, "new --template NAME [--name TEXT]: a rule from a template; prints its id.",
                                 [](QCommandLineParser &p) {
                                     p.addOption({QStringLiteral("template"), QStringLiteral("deployment-status-change, integrity-violation or untrusted-registry."), QStringLiteral("name")});
                                     p.addOption({QStringLiteral("name"), QStringLiteral("The rule's name."), QStringLiteral("text")});
                                 }}},
        {QStringLiteral("list"), {runList, "list [--format table|json]: every rule.", format(QStringLiteral("table or json."), QStringLiteral("table")),
                                  {QStringLiteral("table"), QStringLiteral("json")}}},
        {QStringLiteral("show"), {runShow, "show ID [--format text|json]: one rule, the secrets it reads.",
                                  [=](QCommandLineParser &p) { id(p); format(QStringLiteral("text or json."), QStringLiteral("text"))(p); },
                                  {QStringLiteral("text"), QStringLiteral("json")}}},
        {QStringLiteral("import"), {runImport, "import FILE [--replace|--new-id]: a rule JSON, or a worker.ts Runtime Desk generated.",
                                    [](QCommandLineParser &p) {
                                        p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("rule.json or worker.ts."));
                                        p.addOption({QStringLiteral("replace"), QStringLiteral("Replace the rule with the same id.")});
                                        p.addOption({QStringLiteral("new-id"), QStringLiteral("Import as a new rule.")});
                                    }}},
        {QStringLiteral("export"), {runExport, "export ID: the rule JSON on standard output.", id}},
        {QStringLiteral("codegen"), {runCodegen, "codegen ID --out DIR: the worker project `jf worker deploy` takes.",
                                     [=](QCommandLineParser &p) {
                                         id(p);
                                         p.addOption({QStringLiteral("out"), QStringLiteral("The directory."), QStringLiteral("dir")});
                                     }}},
        {QStringLiteral("plan"), {runPlan, "plan ID --event FILE --secrets FILE [--time S] [--mask] [--format json|text]: the calls the rule makes.",
                                  [=](QCommandLineParser &p) {
                                      id(p);
                                      p.addOption({QStringLiteral("event"), QStringLiteral("An AFTER_WORKLOAD_STATE_CHANGE payload."), QStringLiteral("file")});
                                      p.addOption({QStringLiteral("secrets"), QStringLiteral("A JSON object {name: value}."), QStringLiteral("file")});
                                      p.addOption({QStringLiteral("time"), QStringLiteral("The clock, in unix seconds (default: now)."), QStringLiteral("seconds")});
                                      p.addOption({QStringLiteral("mask"), QStringLiteral("Show secret values as •••.")});
                                      format(QStringLiteral("json or text."), QStringLiteral("json"))(p);
                                  },
                                  {QStringLiteral("json"), QStringLiteral("text")}}},
        {QStringLiteral("signing-key"), {runSigningKey, "signing-key [--format text|json]: a webhook signing key, raw for the worker and whsec_ for the receiver.",
                                         format(QStringLiteral("text or json."), QStringLiteral("text")),
                                         {QStringLiteral("text"), QStringLiteral("json")}}},
    };
    return table;
}

} // namespace

int runRules(CliContext &cx, const QStringList &args)
{
    const QString sub = args.value(1);
    const auto it = subcommands().find(sub);
    if (it == subcommands().end() || sub == u"--help" || sub == u"-h") {
        QString text = QStringLiteral("Usage: %1 <subcommand> [options]\n\nSubcommands:\n").arg(args.value(0));
        for (const auto &[name, command] : subcommands())
            text += QStringLiteral("  %1\n").arg(QLatin1StringView(command.summary));
        const bool help = sub == u"--help" || sub == u"-h";
        (help ? cx.out : cx.err) << text;
        if (!help && !sub.isEmpty())
            return cx.fail(CliContext::Usage, QStringLiteral("unknown rules subcommand \"%1\"").arg(DisplayText::visible(sub)));
        return help ? CliContext::Ok : CliContext::Usage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QLatin1StringView(it->second.summary));
    parser.addHelpOption();
    it->second.options(parser);
    QStringList rest = args.mid(1);
    rest[0] = args.value(0) + u' ' + sub;
    if (!parser.parse(rest))
        return cx.fail(CliContext::Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cx.out << parser.helpText();
        return CliContext::Ok;
    }
    if (!it->second.formats.isEmpty() && !it->second.formats.contains(parser.value(formatOption)))
        return cx.fail(CliContext::Usage, QStringLiteral("unknown --format %1 (use %2)")
                                              .arg(DisplayText::visible(parser.value(formatOption)), it->second.formats.join(u'|')));
    return it->second.run(cx, parser);
}
