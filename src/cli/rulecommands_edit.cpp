// `rules new|list|show|import|export|codegen`.
#include "displaytext.h"
#include "jsonwriter.h"
#include "peoplestore.h"
#include "rulecommands.h"
#include "ruleengine.h"
#include "rulejson.h"
#include "ruletemplates.h"
#include "settingsstore.h"
#include "workergenerator.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace RuleCommands {

int runNew(CliContext &cx, QCommandLineParser &p)
{
    const QString name = p.value(QStringLiteral("template"));
    RuleTemplates::Options options;
    for (const QString &type : p.value(QStringLiteral("channels")).split(u',', Qt::SkipEmptyParts)) {
        const auto channel = RuleJson::channelTypeFromName(type.trimmed());
        if (!channel)
            return cx.fail(
                CliContext::Usage,
                QCoreApplication::translate("rules",
                                            "unknown channel type \"%1\" (use slack, webhook, email, "
                                            "teams, pagerduty or splunk)")
                    .arg(DisplayText::visible(type)));
        if (!options.channels.contains(*channel))
            options.channels.append(*channel);
    }
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    SettingsStore settings(*db);
    if (p.isSet(QStringLiteral("team-address"))) {
        const QString address = p.value(QStringLiteral("team-address")).trimmed();
        if (!RuleJson::isPlausibleEmail(address))
            return cx.fail(CliContext::Usage,
                           QCoreApplication::translate("rules", "--team-address: not an e-mail address"));
        if (!settings.setValue(SettingsStore::alarmTeamAddress, address))
            return cx.fail(CliContext::Data,
                           QCoreApplication::translate("rules", "the team address was not saved"));
    }
    options.teamAddress = settings.value(SettingsStore::alarmTeamAddress);
    auto rule = RuleTemplates::make(name, options);
    if (!rule) {
        QStringList names;
        for (const auto &info : RuleTemplates::list())
            names.append(info.name);
        return cx.fail(CliContext::Usage,
                       QCoreApplication::translate("rules", "unknown template \"%1\" (use %2)")
                           .arg(DisplayText::visible(name), names.join(QStringLiteral(", "))));
    }
    if (p.isSet(QStringLiteral("name")))
        rule->name = p.value(QStringLiteral("name"));
    if (const QStringList errors = RuleJson::validate(*rule); !errors.isEmpty())
        return cx.fail(CliContext::Usage, errors.constFirst());
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
    cx.out << QStringLiteral("%1 %2 %3 %4\n")
                  .arg(QStringLiteral("ID"), -10)
                  .arg(QStringLiteral("STATE"), -12)
                  .arg(QStringLiteral("UPDATED"), -20)
                  .arg(QStringLiteral("NAME"));
    for (const StoredRule &s : rules)
        cx.out << QStringLiteral("%1 %2 %3 %4\n")
                      .arg(s.id.left(8), -10)
                      .arg(RuleStore::stateName(s.state()), -12)
                      .arg(QDateTime::fromMSecsSinceEpoch(s.updatedAt)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           -20)
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
    cx.out << DisplayText::visible(s->name) << "  (" << s->id << ", " << RuleStore::stateName(s->state())
           << ")\n";
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
        return cx.fail(CliContext::Data,
                       QCoreApplication::translate("rules", "%1 is not a valid rule")
                           .arg(p.positionalArguments().value(0)));
    }
    if (edited)
        cx.err << "warning: this worker.ts was changed after Runtime Desk generated it; only its RULE is "
                  "imported"
               << Qt::endl;
    Rule rule = *result.rule;
    if (p.isSet(QStringLiteral("new-id")))
        rule.id = Rule::newId();
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    const bool exists = store.find(rule.id).has_value();
    if (exists && !p.isSet(QStringLiteral("replace")))
        return cx.fail(
            CliContext::Data,
            QCoreApplication::translate("rules", "rule %1 exists already (use --replace or --new-id)")
                .arg(rule.id));
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
    const auto output = WorkerGenerator::generate(*s->rule, s->workerKey, PeopleStore(*db).yours().values());
    QString error;
    if (!WorkerGenerator::write(output, directory, &error))
        return cx.fail(CliContext::Data, error);
    for (auto it = output.files.begin(); it != output.files.end(); ++it)
        cx.out << it.key() << "\n";
    return CliContext::Ok;
}

} // namespace RuleCommands
