// `rules deploy|enable|disable|remove|workers|secret`: the rule's worker on the platform.
#include "apiclient.h"
#include "caserunner.h"
#include "displaytext.h"
#include "jsonwriter.h"
#include "platformworker.h"
#include "rulecommands.h"
#include "rulesecrets.h"
#include "secretstore.h"
#include "workerdeployjob.h"
#include "workersrequests.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

#include <cstdio>

namespace RuleCommands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rules", text);
}

// Runs one job operation to its end, printing each step as it settles on stderr.
int runJob(CliContext &cx, WorkerDeployJob &job, const std::function<void()> &start)
{
    QEventLoop loop;
    qsizetype printed = 0;
    auto print = [&] {
        const auto &steps = job.steps();
        while (printed < steps.size()) {
            const WorkerDeployJob::Step &step = steps[printed];
            if (step.state == WorkerDeployJob::StepState::Pending
                || step.state == WorkerDeployJob::StepState::Running)
                break;
            cx.err << QStringLiteral("  %1 %2 %3")
                          .arg(WorkerDeployJob::stateName(step.state), -8)
                          .arg(step.id, -9)
                          .arg(DisplayText::visible(step.detail))
                   << Qt::endl;
            ++printed;
        }
    };
    QObject::connect(&job, &WorkerDeployJob::stepsChanged, &loop, print);
    QObject::connect(&job, &WorkerDeployJob::finished, &loop, &QEventLoop::quit);
    start();
    if (job.isRunning())
        loop.exec();
    print();
    const WorkerDeployJob::Result &result = job.result();
    if (!result.ok)
        return cx.fail(result.exitCode ? result.exitCode : CliContext::Network,
                       DisplayText::visible(result.message));
    cx.out << result.message << Qt::endl;
    return CliContext::Ok;
}

struct Target
{
    Database *db = nullptr;
    std::optional<StoredRule> rule;
    int exit = 0;
};

Target target(CliContext &cx, QCommandLineParser &p)
{
    Target t;
    t.db = cx.local();
    if (!t.db) {
        t.exit = CliContext::Data;
        return t;
    }
    RuleStore store(*t.db);
    t.rule = resolve(cx, store, p.positionalArguments().value(0), &t.exit);
    return t;
}

std::optional<QHash<QString, QString>> secretsFile(CliContext &cx, const QString &path, int *exit)
{
    const auto object = readObject(cx, path, exit);
    if (!object)
        return std::nullopt;
    QHash<QString, QString> values;
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (!it.value().isString()) {
            *exit = cx.fail(CliContext::Data,
                            tr("secret %1: expected a string").arg(DisplayText::visible(it.key())));
            return std::nullopt;
        }
        values.insert(it.key(), it.value().toString());
    }
    return values;
}

bool runRequest(ApiRequest &request)
{
    QEventLoop loop;
    QObject::connect(&request, &ApiRequest::finished, &loop, &QEventLoop::quit);
    request.start();
    if (!request.isFinished())
        loop.exec();
    return !request.error();
}

int operate(CliContext &cx, QCommandLineParser &p, WorkerDeployJob::Operation operation)
{
    Target t = target(cx, p);
    if (!t.rule)
        return t.exit;
    ApiClient *client = cx.platform();
    if (!client)
        return CliContext::Usage;
    RuleStore store(*t.db);
    WorkerDeployJob job(client, &store, cx.secrets(), CaseRunner::deployGate(*t.db));
    if (operation == WorkerDeployJob::Operation::Deploy && p.isSet(QStringLiteral("secrets"))) {
        int exit = 0;
        const auto values = secretsFile(cx, p.value(QStringLiteral("secrets")), &exit);
        if (!values)
            return exit;
        job.setSecretValues(*values);
    }
    const StoredRule rule = *t.rule;
    return runJob(cx, job, [&] {
        switch (operation) {
        case WorkerDeployJob::Operation::Deploy:
            job.deploy(rule, p.isSet(QStringLiteral("enable")));
            break;
        case WorkerDeployJob::Operation::Enable:
        case WorkerDeployJob::Operation::Disable:
            job.setEnabled(rule, operation == WorkerDeployJob::Operation::Enable);
            break;
        case WorkerDeployJob::Operation::Remove:
            job.remove(rule);
            break;
        }
    });
}

} // namespace

int runDeploy(CliContext &cx, QCommandLineParser &p)
{
    return operate(cx, p, WorkerDeployJob::Operation::Deploy);
}

int runEnable(CliContext &cx, QCommandLineParser &p)
{
    return operate(cx, p, WorkerDeployJob::Operation::Enable);
}

int runDisable(CliContext &cx, QCommandLineParser &p)
{
    return operate(cx, p, WorkerDeployJob::Operation::Disable);
}

int runRemove(CliContext &cx, QCommandLineParser &p)
{
    return operate(cx, p, WorkerDeployJob::Operation::Remove);
}

int runWorkers(CliContext &cx, QCommandLineParser &p)
{
    ApiClient *client = cx.platform();
    if (!client)
        return CliContext::Usage;
    WorkersListRequest request(client, QString(), nullptr);
    if (!runRequest(request))
        return cx.fail(request.error().exitCode(), request.error().message());
    QList<PlatformWorker> workers;
    for (const WorkerDetails &details : request.result())
        workers.append(PlatformWorker::fromDetails(details));
    if (p.value(formatOption) == u"json") {
        JsonWriter w(2);
        w.beginArray();
        for (const PlatformWorker &worker : workers) {
            w.beginObject().key(u"key").value(worker.details.key).key(u"action").value(worker.details.action);
            w.key(u"enabled")
                .value(worker.details.enabled)
                .key(u"description")
                .value(worker.details.description);
            w.key(u"read_only").value(worker.readOnly());
            w.key(u"rule_id");
            worker.rule ? w.value(worker.rule->id) : w.null();
            w.key(u"edited").value(worker.edited).key(u"secrets").stringList(worker.details.secretKeys);
            w.key(u"source_code").value(worker.details.sourceCode).endObject();
        }
        w.endArray();
        cx.out << w.data() << Qt::endl;
        return CliContext::Ok;
    }
    cx.out << QStringLiteral("%1 %2 %3 %4\n")
                  .arg(QStringLiteral("KEY"), -40)
                  .arg(QStringLiteral("ACTION"), -28)
                  .arg(QStringLiteral("ENABLED"), -8)
                  .arg(QStringLiteral("MADE BY"));
    for (const PlatformWorker &worker : workers) {
        const QString madeBy = worker.rule
            ? QStringLiteral("rule %1%2")
                  .arg(worker.rule->id.left(8), worker.edited ? QStringLiteral(" (edited)") : QString())
            : QStringLiteral("read-only: %1").arg(worker.problem);
        cx.out << QStringLiteral("%1 %2 %3 %4\n")
                      .arg(DisplayText::visible(worker.details.key), -40)
                      .arg(DisplayText::visible(worker.details.action), -28)
                      .arg(worker.details.enabled ? QStringLiteral("yes") : QStringLiteral("no"), -8)
                      .arg(DisplayText::visible(madeBy));
    }
    return CliContext::Ok;
}

int runSecret(CliContext &cx, QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    if (action != u"set" && action != u"list")
        return cx.fail(CliContext::Usage,
                       tr("use `secret set ID NAME` (the value on stdin) or `secret list ID`"));
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    int exit = 0;
    const auto s = resolve(cx, store, args.value(1), &exit);
    if (!s)
        return exit;
    SecretStore *secrets = cx.secrets();
    if (action == u"list") {
        for (const QString &name : s->rule->secretNames()) {
            const SecretStore::ReadResult read = secrets->readNow(RuleSecrets::keychainKey(s->id, name));
            if (!read.error.isEmpty())
                return cx.fail(CliContext::Data, tr("the keychain is unavailable: %1").arg(read.error));
            cx.out << QStringLiteral("%1 %2\n").arg(name, -32).arg(
                read.value && !read.value->isEmpty() ? tr("stored") : tr("missing"));
        }
        return CliContext::Ok;
    }
    const QString name = args.value(2);
    if (name.isEmpty())
        return cx.fail(CliContext::Usage, tr("secret set needs ID and NAME"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return cx.fail(CliContext::Data, tr("cannot read standard input"));
    QByteArray value = in.readAll();
    while (value.endsWith('\n') || value.endsWith('\r'))
        value.chop(1);
    if (value.isEmpty())
        return cx.fail(CliContext::Usage, tr("no value on standard input"));
    const QString error = RuleSecrets::write(*secrets, *s->rule, name, QString::fromUtf8(value));
    if (!error.isEmpty())
        return cx.fail(error.startsWith(u"the rule does not use") ? CliContext::Usage : CliContext::Data,
                       error);
    cx.err << "stored " << name << " for rule " << s->id.left(8) << " in the keychain" << Qt::endl;
    return CliContext::Ok;
}

} // namespace RuleCommands
