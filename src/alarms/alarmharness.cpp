#include "alarmharness.h"

#include "casestore.h"
#include "database.h"
#include "dispatcher.h"
#include "peoplestore.h"
#include "rulesecrets.h"
#include "rulestore.h"

#include <QDateTime>

AlarmHarness::AlarmHarness(Database &local, Database &cache, SecretStore &secrets, Dispatcher &dispatcher,
                           QObject *parent)
    : QObject(parent)
    , m_local(local)
    , m_cache(cache)
    , m_secrets(secrets)
    , m_dispatcher(dispatcher)
    , m_log(local)
{
    m_dispatcher.setDeliveryLog(&m_log);
    connect(&m_dispatcher, &Dispatcher::deliveryStarted, this, &AlarmHarness::deliveryStarted);
    connect(&m_dispatcher, &Dispatcher::deliveryFinished, this, &AlarmHarness::deliveryFinished);
    connect(&m_dispatcher, &Dispatcher::batchFinished, this, &AlarmHarness::sendFinished);
}

std::optional<BuiltEvent> AlarmHarness::eventForTag(qint64 tagRowId, EventFactory::ChangeKind kind,
                                                    QString *error, const QString &workload,
                                                    const EventFactory::Options &options)
{
    return EventFactory(m_cache).forTagRow(tagRowId, kind, error, workload, options);
}

std::optional<BuiltEvent> AlarmHarness::eventFor(const QString &reference, EventFactory::ChangeKind kind,
                                                 QString *error, const EventFactory::Options &options)
{
    return EventFactory(m_cache).forReference(reference, kind, error, options);
}

SimulationResult AlarmHarness::simulate(const QJsonObject &event, const QList<Rule> &edited,
                                        QStringList *warnings, qint64 unixTime)
{
    RuleStore rules(m_local);
    QList<Simulation::RuleInput> inputs = Simulation::inputs(rules, &m_secrets, {}, warnings);
    for (const Rule &rule : edited) {
        auto it = std::find_if(inputs.begin(), inputs.end(),
                               [&](const Simulation::RuleInput &input) { return input.rule.id == rule.id; });
        if (it != inputs.end()) {
            it->rule = rule; // the stored secrets still apply: they are named by the rule id
            it->state = QStringLiteral("unsaved");
        } else {
            inputs.append(
                { rule, QStringLiteral("unsaved"), RuleSecrets::read(m_secrets, rule, nullptr, nullptr) });
        }
    }
    return Simulation::run(event, inputs, unixTime > 0 ? unixTime : QDateTime::currentSecsSinceEpoch(),
                           PeopleStore(m_local).directory());
}

QString AlarmHarness::send(const SimulationResult &result, const QStringList &ruleIds)
{
    QList<DispatchRequest> requests;
    for (const RuleSimulation &rule : result.rules) {
        if (ruleIds.isEmpty() || ruleIds.contains(rule.ruleId))
            requests += rule.requests;
    }
    if (requests.isEmpty())
        return {};
    return m_dispatcher.send(requests);
}

void AlarmHarness::cancel(const QString &batch)
{
    m_dispatcher.cancel(batch);
}

bool AlarmHarness::isSending() const
{
    return m_dispatcher.isBusy();
}

QList<DeliveryRecord> AlarmHarness::deliveries(int limit, const QString &ruleId, const QString &batch)
{
    return m_log.recent(limit, ruleId, batch);
}

std::optional<GoldenCase> AlarmHarness::saveCase(const SimulationResult &result, const QString &ruleId,
                                                 const QString &name, const QStringList &texts,
                                                 QString *error)
{
    const auto it = std::find_if(result.rules.cbegin(), result.rules.cend(),
                                 [&](const RuleSimulation &r) { return r.ruleId == ruleId; });
    if (it == result.rules.cend()) {
        if (error)
            *error = tr("the simulation has no rule %1").arg(ruleId);
        return std::nullopt;
    }
    // The channels a configured rule sends to, whatever this machine's keychain holds (cases use stand-ins).
    const auto stored = RuleStore(m_local).find(ruleId);
    if (!stored || !stored->rule) {
        if (error)
            *error = tr("save the rule before saving a case for it");
        return std::nullopt;
    }
    const RuleSimulation configured =
        Simulation::simulate({ *stored->rule, QString(), CaseRunner::standInSecrets(*stored->rule) },
                             result.event, result.unixTime);
    GoldenCase c = GoldenCase::fromSimulation(configured, result.event, result.unixTime, name);
    c.expectTexts = texts;
    if (!CaseStore(m_local).insert(c)) {
        if (error)
            *error = tr("the case could not be saved: %1").arg(m_local.lastError().message);
        return std::nullopt;
    }
    return CaseStore(m_local).find(c.id);
}

QList<GoldenCase> AlarmHarness::cases(const QString &ruleId)
{
    return CaseStore(m_local).forRule(ruleId);
}

bool AlarmHarness::removeCase(const QString &caseId)
{
    return CaseStore(m_local).remove(caseId);
}

CaseCheck AlarmHarness::checkCases(const QString &ruleId)
{
    return CaseRunner(m_local).check(ruleId);
}

CaseCheck AlarmHarness::checkCases(const Rule &edited)
{
    return CaseRunner(m_local).check(edited);
}

BacktestResult AlarmHarness::backtest(const Rule &rule)
{
    return Backtest::run(rule, m_cache);
}
