// `rules`: alarm rules in the local database, their worker, and what they would send.
// The subcommands live in rulecommands_edit.cpp and rulecommands_plan.cpp.
#include "rulecommands.h"

#include "displaytext.h"
#include "jsonwriter.h"
#include "workergenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <functional>
#include <map>

using namespace RuleCommands;

namespace RuleCommands {

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<StoredRule> resolve(CliContext &cx, RuleStore &store, const QString &ref, int *exit)
{
    if (ref.size() < 4) {
        *exit = cx.fail(CliContext::Usage,
                        QCoreApplication::translate("rules", "give at least 4 characters of the rule id"));
        return std::nullopt;
    }
    const QStringList ids = store.idsStartingWith(ref);
    if (ids.size() != 1) {
        *exit = ids.isEmpty()
            ? cx.fail(CliContext::Data,
                      QCoreApplication::translate("rules", "no rule %1").arg(DisplayText::visible(ref)))
            : cx.fail(CliContext::Usage,
                      QCoreApplication::translate("rules", "%1 is the start of %2 rule ids; give more of it")
                          .arg(DisplayText::visible(ref), QString::number(ids.size())));
        return std::nullopt;
    }
    auto stored = store.find(ids.constFirst());
    if (stored && !stored->rule) {
        *exit = cx.fail(CliContext::Data,
                        QCoreApplication::translate("rules", "rule %1 does not read: %2")
                            .arg(stored->id, stored->errors.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    return stored;
}

std::optional<QByteArray> readFile(CliContext &cx, const QString &path, int *exit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exit =
            cx.fail(CliContext::Data,
                    QCoreApplication::translate("rules", "cannot read %1: %2").arg(path, file.errorString()));
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
        *exit = cx.fail(CliContext::Data,
                        QCoreApplication::translate("rules", "%1 is not a JSON object%2")
                            .arg(path, error.error ? QStringLiteral(": ") + error.errorString() : QString()));
        return std::nullopt;
    }
    return document.object();
}

void describe(JsonWriter &w, const StoredRule &s)
{
    w.beginObject().key(u"id").value(s.id).key(u"name").value(s.name);
    w.key(u"state").value(RuleStore::stateName(s.state()));
    w.key(u"worker_key")
        .value(s.workerKey.isEmpty() && s.rule ? WorkerGenerator::suggestedKey(*s.rule) : s.workerKey);
    w.key(u"revision").value(s.revision);
    w.key(u"created_at").value(isoMs(s.createdAt)).key(u"updated_at").value(isoMs(s.updatedAt));
}

} // namespace RuleCommands

namespace {

struct Sub
{
    std::function<int(CliContext &, QCommandLineParser &)> run;
    const char *summary;
    std::function<void(QCommandLineParser &)> options;
    QStringList formats; // what --format takes, when the subcommand has it
};

const std::map<QString, Sub> &subcommands()
{
    auto format = [](const QString &allowed, const QString &fallback) {
        return [allowed, fallback](QCommandLineParser &p) {
            p.addOption({ formatOption, allowed, QStringLiteral("format"), fallback });
        };
    };
    auto id = [](QCommandLineParser &p) {
        p.addPositionalArgument(QStringLiteral("ID"),
                                QStringLiteral("The rule id, or its first characters."));
    };
    static const std::map<QString, Sub> table {
        { QStringLiteral("new"),
          { RuleCommands::runNew,
            "new --template NAME [--name TEXT] [--channels LIST] [--team-address ADDRESS]: a rule from a "
            "template; prints its id.",
            [](QCommandLineParser &p) {
                p.addOption(
                    { QStringLiteral("template"),
                      QStringLiteral("deployment-status-change, integrity-violation or untrusted-registry."),
                      QStringLiteral("name") });
                p.addOption(
                    { QStringLiteral("name"), QStringLiteral("The rule's name."), QStringLiteral("text") });
                p.addOption(
                    { QStringLiteral("channels"),
                      QStringLiteral("Comma-separated: slack, webhook, email, teams, pagerduty, splunk "
                                     "(default slack,webhook,email)."),
                      QStringLiteral("list") });
                p.addOption(
                    { QStringLiteral("team-address"),
                      QStringLiteral("The team's address, kept for this profile: e-mail goes to it and "
                                     "to the build owner, and to it alone when the owner is unresolved."),
                      QStringLiteral("address") });
            } } },
        { QStringLiteral("list"),
          { RuleCommands::runList,
            "list [--format table|json]: every rule.",
            format(QStringLiteral("table or json."), QStringLiteral("table")),
            { QStringLiteral("table"), QStringLiteral("json") } } },
        { QStringLiteral("show"),
          { RuleCommands::runShow,
            "show ID [--format text|json]: one rule, the secrets it reads.",
            [=](QCommandLineParser &p) {
                id(p);
                format(QStringLiteral("text or json."), QStringLiteral("text"))(p);
            },
            { QStringLiteral("text"), QStringLiteral("json") } } },
        { QStringLiteral("import"),
          { RuleCommands::runImport,
            "import FILE [--replace|--new-id]: a rule JSON, or a worker.ts Runtime Desk generated.",
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("rule.json or worker.ts."));
                p.addOption(
                    { QStringLiteral("replace"), QStringLiteral("Replace the rule with the same id.") });
                p.addOption({ QStringLiteral("new-id"), QStringLiteral("Import as a new rule.") });
            } } },
        { QStringLiteral("export"),
          { RuleCommands::runExport, "export ID: the rule JSON on standard output.", id } },
        { QStringLiteral("codegen"),
          { RuleCommands::runCodegen, "codegen ID --out DIR: the worker project `jf worker deploy` takes.",
            [=](QCommandLineParser &p) {
                id(p);
                p.addOption(
                    { QStringLiteral("out"), QStringLiteral("The directory."), QStringLiteral("dir") });
            } } },
        { QStringLiteral("plan"),
          { RuleCommands::runPlan,
            "plan ID --event FILE --secrets FILE [--time S] [--mask] [--format json|text]: the calls the "
            "rule makes.",
            [=](QCommandLineParser &p) {
                id(p);
                p.addOption({ QStringLiteral("event"),
                              QStringLiteral("An AFTER_WORKLOAD_STATE_CHANGE payload."),
                              QStringLiteral("file") });
                p.addOption({ QStringLiteral("secrets"), QStringLiteral("A JSON object {name: value}."),
                              QStringLiteral("file") });
                p.addOption({ QStringLiteral("time"),
                              QStringLiteral("The clock, in unix seconds (default: now)."),
                              QStringLiteral("seconds") });
                p.addOption({ QStringLiteral("mask"), QStringLiteral("Show secret values as •••.") });
                format(QStringLiteral("json or text."), QStringLiteral("json"))(p);
            },
            { QStringLiteral("json"), QStringLiteral("text") } } },
        { QStringLiteral("test"),
          { RuleCommands::runTest,
            "test [ID] [--format text|json]: run the golden cases (of one rule, or all); exit 3 when one "
            "fails.",
            [=](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("ID"),
                                        QStringLiteral("The rule id (default: every rule)."));
                format(QStringLiteral("text or json."), QStringLiteral("text"))(p);
            },
            { QStringLiteral("text"), QStringLiteral("json") } } },
        { QStringLiteral("cases"),
          { RuleCommands::runCases,
            "cases add ID --event FILE [--expect-fire|--expect-quiet] [--expect-channel C]... [--expect-text "
            "T]... "
            "[--name N] | cases list [ID] [--format table|json] | cases remove CASE: golden cases.",
            [=](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list or remove."));
                p.addPositionalArgument(QStringLiteral("ID"),
                                        QStringLiteral("The rule (add, list) or case (remove)."));
                p.addOption({ QStringLiteral("event"), QStringLiteral("The case's event (JSON)."),
                              QStringLiteral("file") });
                p.addOption({ QStringLiteral("name"),
                              QStringLiteral("The case's name (default: the file name)."),
                              QStringLiteral("text") });
                p.addOption({ QStringLiteral("expect-fire"), QStringLiteral("The rule must fire.") });
                p.addOption({ QStringLiteral("expect-quiet"), QStringLiteral("The rule must not fire.") });
                p.addOption({ QStringLiteral("expect-channel"),
                              QStringLiteral("Exactly these channels send (repeatable)."),
                              QStringLiteral("id") });
                p.addOption({ QStringLiteral("expect-text"),
                              QStringLiteral("Every sending channel's message contains this (repeatable)."),
                              QStringLiteral("text") });
                p.addOption({ QStringLiteral("time"),
                              QStringLiteral("The clock the case renders with, unix seconds (default: now)."),
                              QStringLiteral("seconds") });
                format(QStringLiteral("table or json."), QStringLiteral("table"))(p);
            },
            { QStringLiteral("table"), QStringLiteral("json") } } },
        { QStringLiteral("backtest"),
          { RuleCommands::runBacktest,
            "backtest ID [--format text|json]: the alarms the rule would have raised over the synced "
            "generations.",
            [=](QCommandLineParser &p) {
                id(p);
                format(QStringLiteral("text or json."), QStringLiteral("text"))(p);
            },
            { QStringLiteral("text"), QStringLiteral("json") } } },
        { QStringLiteral("deploy"),
          { RuleCommands::runDeploy,
            "deploy ID [--enable] [--secrets FILE]: create or update the rule's worker on the platform.",
            [=](QCommandLineParser &p) {
                id(p);
                p.addOption(
                    { QStringLiteral("enable"), QStringLiteral("Enable the worker after deploying it.") });
                p.addOption(
                    { QStringLiteral("secrets"),
                      QStringLiteral("A JSON object {name: value} to send instead of the keychain's values."),
                      QStringLiteral("file") });
            } } },
        { QStringLiteral("enable"),
          { RuleCommands::runEnable, "enable ID: the deployed worker fires from now on.", id } },
        { QStringLiteral("disable"),
          { RuleCommands::runDisable, "disable ID: the deployed worker stays, but does not fire.", id } },
        { QStringLiteral("remove"),
          { RuleCommands::runRemove,
            "remove ID: delete the rule's worker from the platform (the rule stays).", id } },
        { QStringLiteral("workers"),
          { RuleCommands::runWorkers,
            "workers [--format table|json]: the platform's workers; those Runtime Desk did not make are "
            "read-only.",
            format(QStringLiteral("table or json."), QStringLiteral("table")),
            { QStringLiteral("table"), QStringLiteral("json") } } },
        { QStringLiteral("secret"),
          { RuleCommands::runSecret,
            "secret set ID NAME | secret list ID: a secret's value from stdin into the keychain; which are "
            "stored.",
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("set|list"), QStringLiteral("What to do."));
                p.addPositionalArgument(QStringLiteral("ID"),
                                        QStringLiteral("The rule id, or its first characters."));
                p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The secret's name (set)."));
            } } },
        { QStringLiteral("signing-key"),
          { RuleCommands::runSigningKey,
            "signing-key [--format text|json]: a webhook signing key, raw for the worker and whsec_ for the "
            "receiver.",
            format(QStringLiteral("text or json."), QStringLiteral("text")),
            { QStringLiteral("text"), QStringLiteral("json") } } },
    };
    return table;
}

} // namespace

int runRules(CliContext &cx, const QStringList &args)
{
    const QString sub = args.value(1);
    const auto it = subcommands().find(sub);
    if (it == subcommands().end() || sub == u"--help" || sub == u"-h") {
        QString text =
            QStringLiteral("Usage: %1 <subcommand> [options]\n\nSubcommands:\n").arg(args.value(0));
        for (const auto &[name, command] : subcommands())
            text += QStringLiteral("  %1\n").arg(QLatin1StringView(command.summary));
        const bool help = sub == u"--help" || sub == u"-h";
        (help ? cx.out : cx.err) << text;
        if (!help && !sub.isEmpty())
            return cx.fail(CliContext::Usage,
                           QStringLiteral("unknown rules subcommand \"%1\"").arg(DisplayText::visible(sub)));
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
        return cx.fail(
            CliContext::Usage,
            QStringLiteral("unknown --format %1 (use %2)")
                .arg(DisplayText::visible(parser.value(formatOption)), it->second.formats.join(u'|')));
    return it->second.run(cx, parser);
}
