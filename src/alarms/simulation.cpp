#include "simulation.h"

#include "dispatcher.h"
#include "eventshape.h"
#include "jsonwriter.h"
#include "rulesecrets.h"
#include "rulestore.h"
#include "secretstore.h"

RuleSimulation Simulation::simulate(const RuleInput &input, const QJsonObject &event, qint64 unixTime,
                                    const QHash<QString, Person> &people)
{
    const Rule &rule = input.rule;
    RuleSimulation s;
    s.ruleId = rule.id;
    s.ruleName = rule.name;
    s.state = input.state;
    const Evaluation evaluation = RuleEngine::evaluate(rule, event);
    s.fired = evaluation.fired;
    s.conditions = evaluation.conditions;
    if (!s.fired)
        return s;
    s.problems = NotificationPlanner::problems(rule, input.secrets);
    PlanContext context;
    context.unixTime = unixTime;
    context.people = people;
    const QList<PlannedCall> calls = NotificationPlanner::plan(rule, event, input.secrets, context);
    const QList<PlannedCall> shown = NotificationPlanner::masked(calls, input.secrets);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        RuleChannel::Type type = RuleChannel::Type::Webhook;
        for (const RuleChannel &channel : rule.channels) {
            if (channel.id == calls[i].channel)
                type = channel.type;
        }
        SimulatedCall call;
        call.type = type;
        call.shown = shown[i];
        // A URL that is a secret as a whole (Slack's) still says where it goes: its origin is no secret.
        if (call.shown.url == NotificationPlanner::maskText)
            call.shown.url = Dispatcher::origin(calls[i].url) + u'/' + NotificationPlanner::maskText;
        call.preview = MessagePreview::fromCall(type, shown[i]);
        s.calls.append(call);
        s.requests.append({ rule.id, rule.name, type, calls[i] });
    }
    return s;
}

SimulationResult Simulation::run(const QJsonObject &event, const QList<RuleInput> &rules, qint64 unixTime,
                                 const QHash<QString, Person> &people)
{
    SimulationResult result;
    result.event = event;
    result.unixTime = unixTime;
    for (const RuleInput &input : rules)
        result.rules.append(simulate(input, event, unixTime, people));
    return result;
}

QList<Simulation::RuleInput> Simulation::inputs(RuleStore &rules, SecretStore *secrets,
                                                const QStringList &ruleIds, QStringList *warnings)
{
    QList<RuleInput> list;
    bool keychainFailed = false;
    for (const StoredRule &stored : rules.list()) {
        if (!ruleIds.isEmpty() && !ruleIds.contains(stored.id))
            continue;
        if (!stored.rule) {
            if (warnings)
                warnings->append(tr("rule %1 is skipped: it does not read (%2)")
                                     .arg(stored.id, stored.errors.join(QStringLiteral("; "))));
            continue;
        }
        RuleInput input { *stored.rule, RuleStore::stateName(stored.state()), {} };
        if (secrets && !keychainFailed) {
            QString error;
            input.secrets = RuleSecrets::read(*secrets, input.rule, nullptr, &error);
            if (!error.isEmpty()) {
                keychainFailed = true;
                if (warnings)
                    warnings->append(
                        tr("the keychain did not answer (%1): rules plan without their secrets").arg(error));
            }
        }
        list.append(input);
    }
    return list;
}

QList<DispatchRequest> SimulationResult::dispatchRequests() const
{
    QList<DispatchRequest> list;
    for (const RuleSimulation &rule : rules)
        list += rule.requests;
    return list;
}

void SimulationResult::applyResults(const QList<DeliveryResult> &results)
{
    qsizetype next = 0;
    for (RuleSimulation &rule : rules) {
        for (SimulatedCall &call : rule.calls) {
            if (next < results.size())
                call.result = results[next];
            ++next;
        }
    }
}

int SimulationResult::firedCount() const
{
    return int(std::count_if(rules.cbegin(), rules.cend(), [](const RuleSimulation &r) { return r.fired; }));
}

int SimulationResult::callCount() const
{
    int count = 0;
    for (const RuleSimulation &rule : rules)
        count += int(rule.calls.size());
    return count;
}

QByteArray SimulationResult::toJson(int indent) const
{
    JsonWriter w(indent);
    w.beginObject().key(u"event");
    EventShape::writeTo(w, event);
    w.key(u"rules").beginArray();
    for (const RuleSimulation &rule : rules) {
        w.beginObject().key(u"id").value(rule.ruleId).key(u"name").value(rule.ruleName);
        w.key(u"fired").value(rule.fired).key(u"conditions").beginArray();
        for (const ConditionVerdict &v : rule.conditions)
            w.beginObject()
                .key(u"text")
                .value(v.text)
                .key(u"passed")
                .value(v.passed)
                .key(u"value")
                .value(v.value)
                .endObject();
        w.endArray().key(u"calls").beginArray();
        for (const SimulatedCall &call : rule.calls) {
            w.beginObject().key(u"channel").value(call.shown.channel);
            w.key(u"method").value(QString::fromLatin1(call.shown.method)).key(u"url").value(call.shown.url);
            w.key(u"headers").beginObject();
            for (const auto &[name, value] : call.shown.headers)
                w.key(QString::fromUtf8(name)).value(QString::fromUtf8(value));
            w.endObject().key(u"body").value(QString::fromUtf8(call.shown.body));
            if (call.result) {
                const DeliveryResult &r = *call.result;
                w.key(u"result").beginObject();
                w.key(u"outcome")
                    .value(DeliveryClassifier::outcomeName(r.outcome))
                    .key(u"delivered")
                    .value(r.delivered());
                w.key(u"http_status");
                if (r.httpStatus > 0)
                    w.value(r.httpStatus);
                else
                    w.null();
                w.key(u"message").value(r.message).key(u"latency_ms").value(r.latencyMs);
                w.key(u"attempts").value(r.attempts).key(u"origin").value(r.origin).endObject();
            }
            w.endObject();
        }
        w.endArray().endObject();
    }
    w.endArray().endObject();
    return w.data();
}
