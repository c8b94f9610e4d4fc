// `owners`: the owner trail. Its collector worker records on the platform who deployed and built each
// running image (src/rules/collector-worker.ts); every sync reads the records back (TrailReader).
#include "clicontext.h"
#include "displaytext.h"
#include "ownertrailjob.h"
#include "ownertrailstore.h"
#include "ownertrailworker.h"
#include "settingsstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("owners", text);
}

// The repository the trail lives in: --repo, else what setup recorded, else the default.
QString repositoryOf(CliContext &cx, const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("repo")))
        return p.value(QStringLiteral("repo"));
    if (Database *local = cx.local())
        return SettingsStore(*local).value(SettingsStore::ownerTrailRepository,
                                           OwnerTrailWorker::defaultRepository);
    return OwnerTrailWorker::defaultRepository;
}

// Runs one job operation to its end, printing each step as it settles on stderr.
bool runJob(CliContext &cx, OwnerTrailJob &job, const std::function<void()> &start, bool quietSteps = false)
{
    QEventLoop loop;
    qsizetype printed = 0;
    auto print = [&] {
        const auto &steps = job.steps();
        while (printed < steps.size()) {
            const OwnerTrailJob::Step &step = steps[printed];
            if (step.state == OwnerTrailJob::StepState::Pending
                || step.state == OwnerTrailJob::StepState::Running)
                break;
            if (!quietSteps)
                cx.err << QStringLiteral("  %1 %2 %3")
                              .arg(OwnerTrailJob::stateName(step.state), -8)
                              .arg(step.id, -10)
                              .arg(DisplayText::visible(step.detail))
                       << Qt::endl;
            ++printed;
        }
    };
    QObject::connect(&job, &OwnerTrailJob::stepsChanged, &loop, print);
    QObject::connect(&job, &OwnerTrailJob::finished, &loop, &QEventLoop::quit);
    start();
    if (job.isRunning())
        loop.exec();
    print();
    return job.result().ok;
}

// The job's one line: on stdout when it succeeded, else as the error with its exit code.
int reportJob(CliContext &cx, const OwnerTrailJob &job)
{
    const OwnerTrailJob::Result &result = job.result();
    if (!result.ok)
        return cx.fail(result.exitCode ? result.exitCode : CliContext::Network,
                       DisplayText::visible(result.message));
    cx.out << result.message << Qt::endl;
    return CliContext::Ok;
}

QCommandLineOption repoOption()
{
    return { QStringLiteral("repo"),
             QStringLiteral(
                 "The Artifactory generic repository of the trail (default: what setup recorded, else %1).")
                 .arg(OwnerTrailWorker::defaultRepository),
             QStringLiteral("key") };
}

int parse(CliContext &cx, QCommandLineParser &p, const QStringList &args, bool *done)
{
    *done = true;
    if (!p.parse(args))
        return cx.fail(CliContext::Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        cx.out << p.helpText();
        return CliContext::Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return cx.fail(
            CliContext::Usage,
            tr("unexpected argument %1").arg(DisplayText::visible(p.positionalArguments().constFirst())));
    *done = false;
    return CliContext::Ok;
}

int runSetup(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("setup [--repo KEY]: creates the trail's generic repository when the token may, "
                       "deploys and enables the "
                       "collector worker, and records the repository for every sync."));
    p.addHelpOption();
    p.addOption(repoOption());
    bool done = false;
    if (const int code = parse(cx, p, args, &done); done)
        return code;
    const QString repository = repositoryOf(cx, p);
    const QString invalid = OwnerTrailWorker::repositoryError(repository);
    if (!invalid.isEmpty())
        return cx.fail(CliContext::Usage, QStringLiteral("--repo: ") + invalid);
    ApiClient *client = cx.platform();
    if (!client)
        return CliContext::Usage;
    OwnerTrailJob job(client);
    if (runJob(cx, job, [&] { job.setup(repository); })) {
        Database *local = cx.local();
        if (!local || !SettingsStore(*local).setValue(SettingsStore::ownerTrailRepository, repository))
            return cx.fail(CliContext::Data,
                           tr("the trail is set up, but its repository could not be recorded locally"));
    }
    return reportJob(cx, job);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("-");
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

void printStatusJson(CliContext &cx, const QString &repository, const OwnerTrailStatus &s,
                     const std::optional<TrailState> &read)
{
    QJsonArray runs;
    for (const WorkerHistoryEntry &e : s.history)
        runs.append(QJsonObject {
            { QStringLiteral("start"), timeJson(QDateTime::fromMSecsSinceEpoch(e.startTimeMillis, Qt::UTC)) },
            { QStringLiteral("status"), e.executionStatus },
            { QStringLiteral("duration_ms"), double(e.endTimeMillis - e.startTimeMillis) },
            { QStringLiteral("triggered_by"), e.triggeredBy } });
    const auto problem = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonObject out {
        { QStringLiteral("repository"),
          QJsonObject { { QStringLiteral("key"), repository },
                        { QStringLiteral("exists"),
                          s.repositoryExists ? QJsonValue(*s.repositoryExists) : QJsonValue() },
                        { QStringLiteral("problem"), problem(s.repositoryProblem) } } },
        { QStringLiteral("collector"),
          QJsonObject {
              { QStringLiteral("key"), OwnerTrailWorker::workerKey },
              { QStringLiteral("deployed"),
                s.workerProblem.isEmpty() ? QJsonValue(s.worker.has_value()) : QJsonValue() },
              { QStringLiteral("enabled"), s.worker ? QJsonValue(s.worker->enabled) : QJsonValue(false) },
              { QStringLiteral("made_by_runtime_desk"), s.workerIsOurs },
              { QStringLiteral("problem"), problem(s.workerProblem) } } },
        { QStringLiteral("runs"), runs },
        { QStringLiteral("runs_problem"), problem(s.historyProblem) },
        { QStringLiteral("last_read"),
          read ? QJsonValue(QJsonObject { { QStringLiteral("at"), timeJson(read->readAt) },
                                          { QStringLiteral("records"), double(read->records) },
                                          { QStringLiteral("newest_record"), timeJson(read->newestRecord) },
                                          { QStringLiteral("problem"), problem(read->error) } })
               : QJsonValue() }
    };
    cx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
}

void printStatusText(CliContext &cx, const QString &repository, const OwnerTrailStatus &s,
                     const std::optional<TrailState> &read)
{
    const QLocale c = QLocale::c();
    cx.out << "repository  " << DisplayText::visible(repository) << ": "
           << (!s.repositoryExists       ? tr("unknown (%1)").arg(DisplayText::visible(s.repositoryProblem))
                   : *s.repositoryExists ? tr("exists")
                                         : tr("does not exist: run `owners setup`"))
           << "\ncollector   " << OwnerTrailWorker::workerKey << ": "
           << (!s.workerProblem.isEmpty() ? tr("unknown (%1)").arg(DisplayText::visible(s.workerProblem))
                   : !s.worker            ? tr("not deployed: run `owners setup`")
                   : !s.workerIsOurs      ? tr("a worker Runtime Desk did not make")
                   : s.worker->enabled    ? tr("deployed, enabled")
                                          : tr("deployed, disabled"))
           << "\n";
    if (!s.history.isEmpty()) {
        const WorkerHistoryEntry &last = s.history.constFirst();
        const auto failed =
            std::count_if(s.history.cbegin(), s.history.cend(), [](const WorkerHistoryEntry &e) {
                return e.executionStatus != QLatin1StringView("STATUS_SUCCESS");
            });
        cx.out << "last run    " << timeText(QDateTime::fromMSecsSinceEpoch(last.startTimeMillis, Qt::UTC))
               << " " << DisplayText::visible(last.executionStatus) << "\nruns        " << s.history.size()
               << " recent, " << failed << " failed\n";
    } else if (!s.historyProblem.isEmpty()) {
        cx.out << "runs        " << tr("unknown (%1)").arg(DisplayText::visible(s.historyProblem)) << "\n";
    }
    if (read)
        cx.out << "last read   " << timeText(read->readAt) << ": " << c.toString(read->records)
               << " records, newest " << timeText(read->newestRecord)
               << (read->error.isEmpty() ? QString()
                                         : QStringLiteral("; ") + DisplayText::visible(read->error))
               << "\n";
    else
        cx.out << "last read   " << tr("never: the next sync reads it") << "\n";
    cx.out.flush();
}

int runStatus(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("status [--repo KEY] [--format json]: the trail's repository, "
                                               "the collector and its recent runs on the "
                                               "platform, and the last read of the trail by a sync."));
    p.addHelpOption();
    p.addOption(repoOption());
    p.addOption({ QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("format"),
                  QStringLiteral("text") });
    bool done = false;
    if (const int code = parse(cx, p, args, &done); done)
        return code;
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return cx.fail(CliContext::Usage, QStringLiteral("--format takes text or json"));
    const QString repository = repositoryOf(cx, p);
    ApiClient *client = cx.platform();
    if (!client)
        return CliContext::Usage;
    OwnerTrailJob job(client);
    runJob(
        cx, job, [&] { job.checkStatus(repository); }, format == u"json");
    const OwnerTrailJob::Result &result = job.result();
    const OwnerTrailStatus &s = result.status;
    std::optional<TrailState> read;
    if (std::unique_ptr<Database> cache = cx.openCache())
        read = OwnerTrailStore(*cache).state(repository);

    if (format == u"json")
        printStatusJson(cx, repository, s, read);
    else
        printStatusText(cx, repository, s, read);
    // Nothing could be asked: the platform did not answer.
    if (!s.repositoryExists && !s.workerProblem.isEmpty())
        return CliContext::Network;
    return CliContext::Ok;
}

int runRemove(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "remove: removes the collector worker from the platform; the trail's repository and records stay."));
    p.addHelpOption();
    bool done = false;
    if (const int code = parse(cx, p, args, &done); done)
        return code;
    ApiClient *client = cx.platform();
    if (!client)
        return CliContext::Usage;
    OwnerTrailJob job(client);
    runJob(cx, job, [&] { job.remove(); });
    return reportJob(cx, job);
}

int runCodegen(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "codegen [--repo KEY] --out DIR: the `jf worker` project of the owner trail's collector."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("repo"),
                  QStringLiteral("The Artifactory generic repository the worker writes into (default %1).")
                      .arg(OwnerTrailWorker::defaultRepository),
                  QStringLiteral("key"), OwnerTrailWorker::defaultRepository });
    p.addOption({ QStringLiteral("out"), QStringLiteral("The directory."), QStringLiteral("dir") });
    bool done = false;
    if (const int code = parse(cx, p, args, &done); done)
        return code;
    const QString directory = p.value(QStringLiteral("out"));
    if (directory.isEmpty())
        return cx.fail(CliContext::Usage, QCoreApplication::translate("owners", "codegen needs --out DIR"));
    const QString repository = p.value(QStringLiteral("repo"));
    const QString invalid = OwnerTrailWorker::repositoryError(repository);
    if (!invalid.isEmpty())
        return cx.fail(CliContext::Usage, QStringLiteral("--repo: ") + invalid);
    const auto output = OwnerTrailWorker::generate(repository);
    QString error;
    if (!WorkerGenerator::write(output, directory, &error))
        return cx.fail(CliContext::Data, error);
    for (auto it = output.files.begin(); it != output.files.end(); ++it)
        cx.out << it.key() << "\n";
    return CliContext::Ok;
}

} // namespace

int runOwners(CliContext &cx, const QStringList &args)
{
    const QString sub = args.value(1);
    using Command = int (*)(CliContext &, const QStringList &);
    static const QHash<QString, Command> commands { { QStringLiteral("codegen"), &runCodegen },
                                                    { QStringLiteral("setup"), &runSetup },
                                                    { QStringLiteral("status"), &runStatus },
                                                    { QStringLiteral("remove"), &runRemove } };
    if (const Command command = commands.value(sub)) {
        QStringList rest = args.mid(1);
        rest[0] = args.value(0) + u' ' + sub;
        return command(cx, rest);
    }
    const bool help = sub == u"--help" || sub == u"-h";
    (help ? cx.out : cx.err)
        << QStringLiteral("Usage: %1 <subcommand> [options]\n\n"
                          "The owner trail: who deployed and built each running image, recorded on the "
                          "platform by a worker and read "
                          "back by every sync.\n\n"
                          "Subcommands:\n"
                          "  setup [--repo KEY]: create the generic repository (default %2) when the token "
                          "may, deploy and enable the "
                          "collector worker %3.\n"
                          "  status [--repo KEY] [--format json]: the repository, the collector, its recent "
                          "runs, the last read.\n"
                          "  codegen [--repo KEY] --out DIR: the `jf worker` project of the collector.\n"
                          "  remove: remove the collector (the repository and its records stay).\n")
               .arg(args.value(0), OwnerTrailWorker::defaultRepository, OwnerTrailWorker::workerKey);
    if (help)
        return CliContext::Ok;
    if (!sub.isEmpty())
        return cx.fail(CliContext::Usage,
                       QStringLiteral("unknown owners subcommand \"%1\"").arg(DisplayText::visible(sub)));
    return CliContext::Usage;
}
