// HarnessController: wires the services to the harness's parts and runs what spans them: simulate
// the source's event, send the planned calls, save cases from the simulation, backtest a rule and
// run its worker on the platform.
#include "harnesscontroller.h"

#include "caserunner.h"
#include "logging.h"
#include "platformtestrun.h"

namespace {

std::optional<StoredRule> storedRule(RulesController *rules, const QString &ruleId)
{
    return rules ? rules->store().find(ruleId) : std::nullopt;
}

} // namespace

HarnessController::HarnessController(QObject *parent)
    : QObject(parent)
{
    connect(&m_source, &HarnessSource::opened, this, &HarnessController::opened);
}

HarnessController::~HarnessController() = default;

void HarnessController::setAlarms(AlarmHarness *alarms)
{
    if (m_alarms == alarms)
        return;
    if (m_alarms)
        m_alarms->disconnect(this);
    m_alarms = alarms;
    m_source.setAlarms(alarms);
    if (m_alarms) {
        connect(m_alarms, &AlarmHarness::deliveryStarted, this, &HarnessController::deliveryStarted);
        connect(m_alarms, &AlarmHarness::deliveryFinished, this, &HarnessController::deliveryFinished);
        connect(m_alarms, &AlarmHarness::sendFinished, this, &HarnessController::sendFinished);
    }
    Q_EMIT servicesChanged();
    refreshDeliveries();
    refreshCases();
}

void HarnessController::setInventory(Inventory *inventory)
{
    if (m_inventory == inventory)
        return;
    m_inventory = inventory;
    Q_EMIT servicesChanged();
    m_source.setInventory(inventory);
}

void HarnessController::setRules(RulesController *rules)
{
    if (m_rules == rules)
        return;
    if (m_rules)
        m_rules->disconnect(this);
    m_rules = rules;
    if (m_rules) {
        connect(m_rules, &RulesController::rulesChanged, this, &HarnessController::rulesChanged);
        delete m_platform;
        m_platform = new PlatformTestRun(m_rules->client(), this);
        connect(m_platform, &PlatformTestRun::stepChanged, this,
                [this] { m_platformRun.setStep(m_platform->isRunning(), m_platform->step()); });
        connect(m_platform, &PlatformTestRun::finished, this,
                [this] { m_platformRun.finish(m_platform->result()); });
    }
    Q_EMIT servicesChanged();
    rulesChanged();
}

void HarnessController::rulesChanged()
{
    const QList<StoredRule> rules = m_rules ? m_rules->store().list() : QList<StoredRule>();
    m_ruleChoices.setRules(rules);
    m_deployedRules.setRules(rules);
    refreshCases();
}

void HarnessController::openTag(const QString &reference, const QString &kind)
{
    m_source.open(reference, kind); // `opened` simulates once the tag is chosen
}

void HarnessController::opened()
{
    if (m_source.eventReady())
        simulate();
}

bool HarnessController::simulate()
{
    if (!m_alarms)
        return false;
    m_source.rebuildEvent(); // the rows as they are now
    if (!m_source.event()) {
        if (m_source.error().isEmpty() && m_source.eventErrors().isEmpty())
            m_source.setError(tr("There is no event to simulate"));
        return false;
    }
    if (!m_batch.isEmpty()) {
        m_sendMessage = tr("Wait for the messages being sent before simulating again");
        m_sendFailed = true;
        Q_EMIT deliveryChanged();
        return false;
    }
    QStringList warnings;
    const SimulationResult result = m_alarms->simulate(*m_source.event(), {}, &warnings);
    const int rules = int(result.rules.size());
    const QString summary = rules == 0 ? tr("No rules yet: make one on the Rules page, then simulate again")
                                       : tr("%1 of %n rule(s) fire", nullptr, rules).arg(result.firedCount())
            + QStringLiteral(" · ") + tr("%n message(s) planned", nullptr, result.callCount())
            + QStringLiteral(" · ") + tr("nothing was sent");
    m_simulation.setResult(result, summary, m_source.eventSummary(), warnings);
    m_sendMessage.clear();
    m_sendFailed = false;
    Q_EMIT deliveryChanged();
    return true;
}

bool HarnessController::send(const QString &ruleId)
{
    const std::optional<SimulationResult> &simulation = m_simulation.result();
    if (!m_alarms || !simulation || !m_batch.isEmpty())
        return false;
    QStringList ruleIds;
    QList<std::pair<int, int>> calls; // in the order AlarmHarness::send hands the requests over
    for (qsizetype i = 0; i < simulation->rules.size(); ++i) {
        const RuleSimulation &rule = simulation->rules[i];
        if (!rule.fired || (!ruleId.isEmpty() && rule.ruleId != ruleId))
            continue;
        ruleIds.append(rule.ruleId);
        for (qsizetype j = 0; j < rule.requests.size(); ++j)
            calls.append({ int(i), int(j) });
    }
    if (calls.isEmpty()) {
        m_sendMessage = tr("Nothing to send: no planned message");
        m_sendFailed = true;
        Q_EMIT deliveryChanged();
        return false;
    }
    const QString batch = m_alarms->send(*simulation, ruleIds);
    if (batch.isEmpty())
        return false;
    m_batch = batch;
    m_lastBatch = batch;
    m_batchCalls = calls;
    for (const auto &[rule, call] : calls)
        m_simulation.setCallStatus(rule, call, CallStatus::pending(QStringLiteral("queued")));
    m_sendMessage = tr("Sending %n message(s)…", nullptr, int(calls.size()));
    m_sendFailed = false;
    qCInfo(lcAlarms).noquote() << "harness: sending" << calls.size() << "planned call(s) as" << batch;
    Q_EMIT deliveryChanged();
    return true;
}

void HarnessController::cancelSend()
{
    if (m_alarms && !m_batch.isEmpty())
        m_alarms->cancel(m_batch);
}

void HarnessController::deliveryStarted(const QString &batch, int index)
{
    if (batch != m_batch || index < 0 || index >= m_batchCalls.size())
        return;
    const auto [rule, call] = m_batchCalls[index];
    m_simulation.setCallStatus(rule, call, CallStatus::pending(QStringLiteral("sending")));
    Q_EMIT deliveryChanged();
}

void HarnessController::deliveryFinished(const QString &batch, int index, const DeliveryResult &result)
{
    refreshDeliveries(); // any batch (the CLI's do not reach here; other pages' would)
    if (batch != m_batch || index < 0 || index >= m_batchCalls.size())
        return;
    const auto [rule, call] = m_batchCalls[index];
    m_simulation.setCallResult(rule, call, result);
    Q_EMIT deliveryChanged();
}

void HarnessController::sendFinished(const QString &batch, const QList<DeliveryResult> &results)
{
    if (batch != m_batch)
        return;
    m_batch.clear();
    m_batchCalls.clear();
    const qsizetype delivered = std::count_if(results.cbegin(), results.cend(),
                                              [](const DeliveryResult &r) { return r.delivered(); });
    QStringList failures;
    for (const DeliveryResult &r : results) {
        if (!r.delivered())
            failures.append(QStringLiteral("%1 (%2): %3").arg(r.channel, r.ruleName, r.message));
    }
    m_sendFailed = !failures.isEmpty();
    m_sendMessage = m_sendFailed
        ? tr("%1 of %n message(s) delivered", nullptr, int(results.size())).arg(delivered)
            + QStringLiteral("; ") + failures.join(QStringLiteral("; "))
        : tr("All %n message(s) delivered", nullptr, int(results.size()));
    refreshDeliveries();
    Q_EMIT deliveryChanged();
}

void HarnessController::refreshDeliveries()
{
    m_deliveries.setRecords(m_alarms ? m_alarms->deliveries(200) : QList<DeliveryRecord>());
}

CasePrefill HarnessController::casePrefill(const QString &ruleId) const
{
    const std::optional<SimulationResult> &simulation = m_simulation.result();
    if (!simulation)
        return {};
    const auto stored = storedRule(m_rules, ruleId);
    if (!stored || !stored->rule)
        return {};
    // What the case will expect: the rule as if every channel were configured (cases use stand-ins).
    const RuleSimulation configured =
        Simulation::simulate({ *stored->rule, QString(), CaseRunner::standInSecrets(*stored->rule) },
                             simulation->event, simulation->unixTime);
    QStringList channels;
    for (const SimulatedCall &call : configured.calls)
        channels.append(call.shown.channel);
    CasePrefill prefill;
    prefill.ruleId = ruleId;
    prefill.ruleName = stored->name;
    prefill.name = m_simulation.eventSummary().isEmpty() ? tr("Edited event") : m_simulation.eventSummary();
    prefill.expectation = GoldenCaseModel::expectation(configured.fired, channels);
    prefill.texts = configured.fired ? simulation->event.value(QLatin1StringView("workload_changed_object"))
                                           .toObject()
                                           .value(QLatin1StringView("name"))
                                           .toString()
                                     : QString();
    return prefill;
}

bool HarnessController::saveCase(const QString &ruleId, const QString &name, const QString &texts)
{
    if (!m_alarms || !m_simulation.result())
        return false;
    if (name.trimmed().isEmpty()) {
        m_cases.setMessage(tr("Give the case a name"), true);
        return false;
    }
    QStringList required;
    for (const QString &line : texts.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            required.append(line.trimmed());
    }
    QString error;
    const auto saved = m_alarms->saveCase(*m_simulation.result(), ruleId, name.trimmed(), required, &error);
    if (!saved) {
        m_cases.setMessage(tr("The case was not saved: %1").arg(error), true);
        return false;
    }
    refreshCases();
    m_cases.setMessage(
        tr("Saved the golden case “%1”: it runs on every save of the rule and before each deploy")
            .arg(saved->name),
        false);
    return true;
}

bool HarnessController::removeCase(const QString &caseId)
{
    if (!m_alarms || !m_alarms->removeCase(caseId)) {
        m_cases.setMessage(tr("The case could not be removed"), true);
        return false;
    }
    refreshCases();
    m_cases.setMessage(tr("Removed the case"), false);
    return true;
}

void HarnessController::refreshCases()
{
    m_cases.reload(m_rules ? m_alarms.data() : nullptr,
                   m_rules ? m_rules->store().list() : QList<StoredRule>());
}

void HarnessController::runBacktest(const QString &ruleId)
{
    const auto stored = storedRule(m_rules, ruleId);
    if (!m_alarms || !stored || !stored->rule)
        m_backtest.setError(tr("Choose a rule that reads"));
    else
        m_backtest.setResult(m_alarms->backtest(*stored->rule), stored->id, stored->name);
}

void HarnessController::runOnPlatform(const QString &ruleId)
{
    if (!m_platform || m_platform->isRunning())
        return;
    const auto stored = storedRule(m_rules, ruleId);
    QString refusal;
    if (!stored)
        refusal = tr("Choose a deployed rule");
    else if (!stored->deployedRevision || stored->workerKey.isEmpty())
        refusal = tr("“%1” is not deployed: deploy it from the Rules page first").arg(stored->name);
    else if (!m_source.event())
        refusal = m_source.error().isEmpty() ? tr("Choose the event first") : m_source.error();
    m_platformRun.begin(ruleId, stored ? stored->workerKey : QString(), m_source.eventSummary(), refusal);
    if (refusal.isEmpty())
        m_platform->start(stored->workerKey, *m_source.event());
}
