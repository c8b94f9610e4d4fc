// runtime-desk-cli: the same core as the app, for scripts and CI.
#include "alarmcommands.h"
#include "clicontext.h"
#include "drillcommands.h"
#include "findingcommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>

namespace {

struct Command
{
    std::function<int(CliContext &, const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table {
        { QStringLiteral("sync"),
          { runSync, "Sync image tags, workloads and clusters from the platform into the cache." } },
        { QStringLiteral("images"),
          { runImages,
            "List cached image tags (--filter EXPR, --risk, --search, --cluster, --namespace, --format)." } },
        { QStringLiteral("show"), { runShow, "Show one image tag: show REF [--format json]." } },
        { QStringLiteral("serve-demo"),
          { runServeDemo, "Run the demo platform: serve-demo --port P --tags N --seed S." } },
        { QStringLiteral("login"),
          { runLogin,
            "Store the platform URL for this profile and the token (from stdin) in the keychain." } },
        { QStringLiteral("owners"),
          { runOwners,
            "The owner trail: codegen [--repo KEY] --out DIR writes its collector worker project." } },
        { QStringLiteral("people"),
          { runPeople,
            "Who each Build Owner and Deployed By is: list [--format json], import FILE, set NAME, "
            "resolve." } },
        { QStringLiteral("rules"),
          { runRules,
            "Alarm rules: new, list, show, import, export, codegen, plan, signing-key, deploy, enable, "
            "disable, remove, workers, secret, test, cases, backtest." } },
        { QStringLiteral("triage"),
          { runTriage,
            "Triage an image tag: triage REF --status S [--until DATE] [--note TEXT]; alone, show it." } },
        { QStringLiteral("ticket"),
          { runTicket,
            "File a ticket: ticket REF --tracker jira|github [--title T] [--body-file F] [--dry-run]." } },
        { QStringLiteral("export"), { runExport, "Write the evidence pack: export REF --evidence DIR." } },
        { QStringLiteral("outbox"),
          { runOutbox, "List what waits for a tracker; --send sends it, --retry ID|all." } },
        { QStringLiteral("tracker"),
          { runTracker,
            "Save a tracker: tracker jira|github --tracker-url URL --project P (token on stdin)." } },
        { QStringLiteral("simulate"),
          { runSimulate,
            "Simulate an event against rules (--rule ID | --all) (--event FILE | --kind K --ref REF) "
            "[--send]." } },
        { QStringLiteral("drill"),
          { runDrill,
            "Fire drills: run [ID | --due] [--format json] (exit 2 when a channel failed), report, "
            "schedule ID off|daily|weekly." } },
        { QStringLiteral("deliveries"),
          { runDeliveries, "The delivery log of what was sent for real (--rule, --limit, --format)." } },
    };
    return table;
}

QString usage()
{
    QString text = QStringLiteral(
        "Usage: runtime-desk-cli [--db FILE] [--url URL] [--ca FILE] <command> [options]\n\n"
        "Global options:\n"
        "  --db FILE   the local data file of the profile (the cache sits beside it)\n"
        "  --url URL   the platform, e.g. https://acme.jfrog.io (else JFROG_URL, else the saved profile)\n"
        "  --ca FILE   PEM CA certificates to trust for this platform\n"
        "The token comes from JFROG_ACCESS_TOKEN, else the keychain.\n\nCommands:\n");
    for (const auto &[name, command] : commands())
        text += QStringLiteral("  %1 %2\n").arg(name, -12).arg(QLatin1StringView(command.summary));
    text += QStringLiteral("\nExit codes: 0 success, 1 usage, 2 network or platform, 3 data.\n"
                           "Run `runtime-desk-cli <command> --help` for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RuntimeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("runtime-desk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
    // Scripts read stdout and one-line errors; our informational logging stays out of their way.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("rtdesk.*.info=false"));

    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions({
        { QStringLiteral("db"), QStringLiteral("Local data file."), QStringLiteral("file") },
        { QStringLiteral("url"), QStringLiteral("Platform URL."), QStringLiteral("url") },
        { QStringLiteral("ca"), QStringLiteral("CA certificates (PEM)."), QStringLiteral("file") },
        { { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show help.") },
        { QStringLiteral("version"), QStringLiteral("Show the version.") },
    });
    global.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."));

    CliContext cx;
    if (!global.parse(app.arguments()))
        return cx.fail(CliContext::Usage, global.errorText());
    if (global.isSet(QStringLiteral("version"))) {
        cx.out << "runtime-desk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return CliContext::Ok;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(QStringLiteral("help")) || rest.isEmpty()) {
        (rest.isEmpty() && !global.isSet(QStringLiteral("help")) ? cx.err : cx.out) << usage();
        return global.isSet(QStringLiteral("help")) ? CliContext::Ok : CliContext::Usage;
    }
    const auto command = commands().find(rest.constFirst());
    if (command == commands().end())
        return cx.fail(CliContext::Usage,
                       QStringLiteral("unknown command \"%1\"; run with --help").arg(rest.constFirst()));

    cx.workspace = global.isSet(QStringLiteral("db"))
        ? Workspace::fromLocalPath(global.value(QStringLiteral("db")))
        : Workspace::standard();
    cx.urlOption = global.value(QStringLiteral("url"));
    cx.caOption = global.value(QStringLiteral("ca"));
    QStringList args = rest;
    args[0] = QCoreApplication::applicationName() + u' ' + rest.constFirst();
    return command->second.run(cx, args);
}
