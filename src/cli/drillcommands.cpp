// `drill run|report|schedule`: fire drills of alarm rules (DrillRunner, DrillStore).
#include "drillcommands.h"

#include "deliverylogstore.h"
#include "dispatcher.h"
#include "displaytext.h"
#include "drillrunner.h"
#include "jsonwriter.h"
#include "rulecommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("drill", text);
}

QString isoOrNull(qint64 ms)
{
    return ms > 0 ? RuleCommands::isoMs(ms) : QString();
}

void writeRun(JsonWriter &w, const DrillRunRecord &run)
{
    w.beginObject().key(u"started_at").value(RuleCommands::isoMs(run.startedAtMs));
    w.key(u"finished_at").value(RuleCommands::isoMs(run.finishedAtMs)).key(u"path").value(run.path);
    w.key(u"ok").value(run.ok).key(u"message").value(run.message).key(u"channels").beginArray();
    for (const DrillChannelResult &c : run.channels) {
        w.beginObject().key(u"channel").value(c.channel).key(u"type").value(c.channelType);
        w.key(u"outcome").value(c.delivered ? u"delivered" : u"failed").key(u"http_status");
        if (c.httpStatus > 0)
            w.value(c.httpStatus);
        else
            w.null();
        w.key(u"verdict").value(c.verdict).key(u"last_success");
        if (c.lastSuccessMs > 0)
            w.value(isoOrNull(c.lastSuccessMs));
        else
            w.null();
        w.endObject();
    }
    w.endArray().endObject();
}

void printRun(CliContext &cx, const QString &name, const DrillRunRecord &run)
{
    cx.out << "drill " << run.ruleId.left(8) << " " << DisplayText::visible(name) << " (" << run.path
           << "): " << DisplayText::visible(run.message) << "\n";
    for (const DrillChannelResult &c : run.channels) {
        cx.out << "  " << QStringLiteral("%1").arg(DisplayText::visible(c.channel), -10) << " "
               << (c.delivered ? "delivered" : "FAILED   ") << " "
               << (c.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(c.httpStatus)
                                    : QStringLiteral("-       "))
               << "  " << DisplayText::visible(c.verdict) << "  last success: "
               << (c.lastSuccessMs > 0 ? RuleCommands::isoMs(c.lastSuccessMs) : QStringLiteral("never"))
               << "\n";
    }
}

int runRun(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Run a fire drill of a rule, or of every rule whose schedule is due."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("ID"), tr("The rule id, or its first characters."));
    p.addOptions({
        { QStringLiteral("due"), tr("Every rule whose drill schedule is due.") },
        { QStringLiteral("ca"), tr("Also trust these CA certificates (PEM), e.g. a local sink's."),
          QStringLiteral("file") },
        { QStringLiteral("allow-loopback"), tr("Allow endpoints on this machine (127.0.0.0/8, ::1).") },
        { QStringLiteral("format"), tr("text or json."), QStringLiteral("format"), QStringLiteral("text") },
    });
    if (!p.parse(args))
        return cx.fail(CliContext::Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        cx.out << p.helpText();
        return CliContext::Ok;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return cx.fail(CliContext::Usage,
                       tr("unknown --format %1 (use text|json)").arg(DisplayText::visible(format)));
    const bool due = p.isSet(QStringLiteral("due"));
    if (due == (p.positionalArguments().size() == 1) || p.positionalArguments().size() > 1)
        return cx.fail(CliContext::Usage, tr("give a rule id or --due"));
    Dispatcher::Options options;
    options.allowLoopback = p.isSet(QStringLiteral("allow-loopback"));
    if (p.isSet(QStringLiteral("ca"))) {
        options.extraCaCertificates = QSslCertificate::fromPath(p.value(QStringLiteral("ca")), QSsl::Pem);
        if (options.extraCaCertificates.isEmpty())
            return cx.fail(
                CliContext::Usage,
                tr("no PEM certificate in %1").arg(DisplayText::visible(p.value(QStringLiteral("ca")))));
    }

    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore rules(*db);
    DrillStore drills(*db);
    QStringList ids;
    int exit = 0;
    if (due) {
        ids = drills.due(QDateTime::currentMSecsSinceEpoch());
    } else {
        const auto rule = RuleCommands::resolve(cx, rules, p.positionalArguments().constFirst(), &exit);
        if (!rule)
            return exit;
        ids.append(rule->id);
    }

    QNetworkAccessManager *nam = Dispatcher::createNetworkAccessManager(nullptr);
    Dispatcher dispatcher(nam, options);
    DeliveryLogStore log(*db);
    dispatcher.setDeliveryLog(&log);
    DrillRunner runner(*db, &dispatcher, cx.secrets(), [&cx] { return cx.platform(); });
    JsonWriter w;
    w.beginObject().key(u"drills").beginArray();
    bool failed = false;
    for (const QString &id : std::as_const(ids)) {
        const auto stored = rules.find(id);
        const QString name = stored ? stored->name : QString();
        QEventLoop loop;
        QObject::connect(&runner, &DrillRunner::finished, &loop, &QEventLoop::quit);
        if (!runner.start(id)) {
            cx.err << "error: " << DisplayText::visible(runner.result().message) << Qt::endl;
            failed = true;
            continue;
        }
        if (runner.isRunning())
            loop.exec();
        const DrillRunRecord run = DrillStore(*db).last(id).value_or(runner.result());
        failed = failed || !run.ok;
        if (format == u"json") {
            w.beginObject().key(u"rule_id").value(id).key(u"rule_name").value(name).key(u"run");
            writeRun(w, run);
            w.endObject();
        } else {
            printRun(cx, name, run);
        }
    }
    w.endArray().endObject();
    delete nam;
    if (format == u"json")
        cx.out << w.data() << "\n";
    else if (ids.isEmpty())
        cx.out << tr("no drill is due") << "\n";
    return failed ? CliContext::Network : CliContext::Ok;
}

int runReport(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Each rule's drill schedule and its last drill, per channel."));
    p.addHelpOption();
    p.addOption(
        { QStringLiteral("format"), tr("text or json."), QStringLiteral("format"), QStringLiteral("text") });
    if (!p.parse(args))
        return cx.fail(CliContext::Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        cx.out << p.helpText();
        return CliContext::Ok;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return cx.fail(CliContext::Usage,
                       tr("unknown --format %1 (use text|json)").arg(DisplayText::visible(format)));
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    DrillStore drills(*db);
    const QHash<QString, DrillCadence> schedules = drills.schedules();
    const QHash<QString, DrillRunRecord> last = drills.lastOfEach();
    const QStringList due = drills.due(QDateTime::currentMSecsSinceEpoch());
    JsonWriter w;
    w.beginObject().key(u"rules").beginArray();
    for (const StoredRule &rule : RuleStore(*db).list()) {
        const QString schedule = DrillStore::cadenceName(schedules.value(rule.id, DrillCadence::Off));
        if (format == u"json") {
            w.beginObject().key(u"id").value(rule.id).key(u"name").value(rule.name);
            w.key(u"schedule").value(schedule).key(u"due").value(due.contains(rule.id)).key(u"last_run");
            if (last.contains(rule.id))
                writeRun(w, last.value(rule.id));
            else
                w.null();
            w.endObject();
            continue;
        }
        cx.out << rule.id.left(8) << " " << DisplayText::visible(rule.name) << "  schedule: " << schedule
               << (due.contains(rule.id) ? " (due)" : "") << "\n";
        if (last.contains(rule.id))
            printRun(cx, rule.name, last.value(rule.id));
        else
            cx.out << "  " << tr("never drilled") << "\n";
    }
    w.endArray().endObject();
    if (format == u"json")
        cx.out << w.data() << "\n";
    return CliContext::Ok;
}

int runSchedule(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Set a rule's drill schedule: off, daily or weekly."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("ID"), tr("The rule id, or its first characters."));
    p.addPositionalArgument(QStringLiteral("CADENCE"), tr("off, daily or weekly."));
    if (!p.parse(args))
        return cx.fail(CliContext::Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        cx.out << p.helpText();
        return CliContext::Ok;
    }
    if (p.positionalArguments().size() != 2)
        return cx.fail(CliContext::Usage, tr("give a rule id and off, daily or weekly"));
    const auto cadence = DrillStore::cadenceFromName(p.positionalArguments().at(1));
    if (!cadence)
        return cx.fail(CliContext::Usage,
                       tr("the schedule is off, daily or weekly, not %1")
                           .arg(DisplayText::visible(p.positionalArguments().at(1))));
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore rules(*db);
    int exit = 0;
    const auto rule = RuleCommands::resolve(cx, rules, p.positionalArguments().constFirst(), &exit);
    if (!rule)
        return exit;
    if (!DrillStore(*db).setSchedule(rule->id, *cadence, QDateTime::currentMSecsSinceEpoch()))
        return cx.fail(CliContext::Data, db->lastError().message);
    cx.out << rule->id.left(8) << " " << DisplayText::visible(rule->name) << ": drill schedule "
           << DrillStore::cadenceName(*cadence) << "\n";
    return CliContext::Ok;
}

} // namespace

int runDrill(CliContext &cx, const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = args.value(0) + u' ' + sub;
    if (sub == u"run")
        return runRun(cx, rest);
    if (sub == u"report")
        return runReport(cx, rest);
    if (sub == u"schedule")
        return runSchedule(cx, rest);
    const QString text =
        QStringLiteral("Usage: %1 <subcommand> [options]\n\nSubcommands:\n"
                       "  run [ID | --due] [--ca FILE] [--allow-loopback] [--format text|json]\n"
                       "  report [--format text|json]\n"
                       "  schedule ID off|daily|weekly\n")
            .arg(args.value(0));
    const bool help = sub == u"--help" || sub == u"-h";
    (help ? cx.out : cx.err) << text;
    if (help)
        return CliContext::Ok;
    return cx.fail(CliContext::Usage,
                   sub.isEmpty() ? tr("give a drill subcommand")
                                 : tr("unknown drill subcommand \"%1\"").arg(DisplayText::visible(sub)));
}
