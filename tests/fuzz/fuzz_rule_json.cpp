// FUZZ-1d (rules): a rule document (schema runtime-desk.rule v1) as `rules import` reads it, then
// everything a rule feeds: the canonical writer, the engine and the notification planner.
// Invariants: a rule reads with no errors or errors and no rule, at most maxErrors of them and one
// line saying there were more; a rule that reads writes canonically, reads back equal, writes the
// same bytes again and validates; evaluating and planning it against the sample event completes.
#include "fuzzevent.h"
#include "fuzzsupport.h"
#include "notificationplanner.h"
#include "ruleengine.h"
#include "rulejson.h"
#include "workergenerator.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RuleJson::Result result = RuleJson::parse(FuzzSupport::bytes(data, size));
    FUZZ_CHECK(result.rule.has_value() == result.errors.isEmpty());
    FUZZ_CHECK(result.errors.size() <= RuleLimits::maxErrors + 1);
    for (const QString &line : result.errors)
        FUZZ_CHECK(!line.contains(u'\n'));
    if (!result.rule)
        return 0;
    const Rule &rule = *result.rule;
    const QByteArray canonical = RuleJson::write(rule);
    const RuleJson::Result again = RuleJson::parse(canonical);
    FUZZ_CHECK(again.rule.has_value());
    FUZZ_CHECK(*again.rule == rule);
    FUZZ_CHECK(RuleJson::write(*again.rule) == canonical);
    FUZZ_CHECK(RuleJson::validate(rule).isEmpty());

    const QJsonObject event = fuzzSampleEvent();
    RuleEngine::evaluate(rule, event);
    PlanContext context;
    context.unixTime = 1700000000;
    const QHash<QString, QString> secrets = WorkerGenerator::specSecrets(rule);
    const QList<PlannedCall> calls = NotificationPlanner::plan(rule, event, secrets, context);
    FUZZ_CHECK(calls.size() <= rule.channels.size());
    NotificationPlanner::toJson(NotificationPlanner::masked(calls, secrets));
    return 0;
}
