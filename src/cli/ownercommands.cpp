// `owners`: the owner trail. For now its collector worker, which records on the platform who deployed
// and built each running image (src/rules/collector-worker.ts); reading the trail back comes later.
#include "clicontext.h"
#include "displaytext.h"
#include "ownertrailworker.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

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
    if (!p.parse(args))
        return cx.fail(CliContext::Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        cx.out << p.helpText();
        return CliContext::Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return cx.fail(CliContext::Usage,
                       QCoreApplication::translate("owners", "unexpected argument %1")
                           .arg(DisplayText::visible(p.positionalArguments().constFirst())));
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
    if (sub == u"codegen") {
        QStringList rest = args.mid(1);
        rest[0] = args.value(0) + u' ' + sub;
        return runCodegen(cx, rest);
    }
    const bool help = sub == u"--help" || sub == u"-h";
    (help ? cx.out : cx.err) << QStringLiteral(
        "Usage: %1 <subcommand> [options]\n\n"
        "The owner trail: who deployed and built each running image, recorded on the platform by a worker.\n\n"
        "Subcommands:\n"
        "  codegen [--repo KEY] --out DIR: the `jf worker` project of the collector worker (default "
        "repository %2, worker %3).\n")
                                    .arg(args.value(0), OwnerTrailWorker::defaultRepository,
                                         OwnerTrailWorker::workerKey);
    if (help)
        return CliContext::Ok;
    if (!sub.isEmpty())
        return cx.fail(CliContext::Usage,
                       QStringLiteral("unknown owners subcommand \"%1\"").arg(DisplayText::visible(sub)));
    return CliContext::Usage;
}
