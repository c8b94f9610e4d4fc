#include "platformworker.h"

#include "workergenerator.h"

PlatformWorker PlatformWorker::fromDetails(const WorkerDetails &details)
{
    PlatformWorker worker;
    worker.details = details;
    if (details.action != Rule::action) {
        worker.problem = WorkerGenerator::tr("a %1 worker, not one of Runtime Desk's").arg(details.action);
        return worker;
    }
    RuleJson::Result result = WorkerGenerator::importWorker(details.sourceCode.toUtf8(), &worker.edited);
    if (!result.rule) {
        worker.problem = result.errors.value(0);
        return worker;
    }
    worker.rule = std::move(result.rule);
    return worker;
}
