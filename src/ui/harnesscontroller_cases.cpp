// HarnessController: golden cases, the backtest, and the deployed worker run on the platform.
#include "caserunner.h"
#include "harnesscontroller.h"
#include "harnessvariants.h"
#include "platformtestrun.h"

#include <QJsonDocument>

namespace {

std::optional<StoredRule> storedRule(RulesController *rules, const QString &ruleId)
{
    return rules ? rules->store().find(ruleId) : std::nullopt;
}

} // namespace

void HarnessController::setCaseMessage(const QString &message, bool failed)
{
    m_caseMessage = message;
    m_caseFailed = failed;
    Q_EMIT casesChanged();
}

QVariantMap HarnessController::casePrefill(const QString &ruleId) const
{
    if (!m_simulation)
        return {};
    const auto stored = storedRule(m_rules, ruleId);
    if (!stored || !stored->rule)
        return {};
    // What the case will expect: the rule as if every channel were configured (cases use stand-ins).
    const RuleSimulation configured =
        Simulation::simulate({ *stored->rule, QString(), CaseRunner::standInSecrets(*stored->rule) },
                             m_simulation->event, m_simulation->unixTime);
    QStringList channels;
    for (const SimulatedCall &call : configured.calls)
        channels.append(call.shown.channel);
    const QString workload = m_simulation->event.value(QLatin1StringView("workload_changed_object"))
                                 .toObject()
                                 .value(QLatin1StringView("name"))
                                 .toString();
    return { { QStringLiteral("ruleId"), ruleId },
             { QStringLiteral("ruleName"), stored->name },
             { QStringLiteral("name"), m_simulatedEvent.isEmpty() ? tr("Edited event") : m_simulatedEvent },
             { QStringLiteral("expectation"),
               !configured.fired    ? tr("stays quiet")
                   : channels.isEmpty() ? tr("fires, sends nothing")
                                        : tr("fires, sends to %1").arg(channels.join(QStringLiteral(", "))) },
             { QStringLiteral("texts"), configured.fired ? workload : QString() } };
}

bool HarnessController::saveCase(const QString &ruleId, const QString &name, const QString &texts)
{
    if (!m_alarms || !m_simulation)
        return false;
    if (name.trimmed().isEmpty()) {
        setCaseMessage(tr("Give the case a name"), true);
        return false;
    }
    QStringList required;
    for (const QString &line : texts.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            required.append(line.trimmed());
    }
    QString error;
    const auto saved = m_alarms->saveCase(*m_simulation, ruleId, name.trimmed(), required, &error);
    if (!saved) {
        setCaseMessage(tr("The case was not saved: %1").arg(error), true);
        return false;
    }
    refreshCases();
    setCaseMessage(tr("Saved the golden case “%1”: it runs on every save of the rule and before each deploy")
                       .arg(saved->name),
                   false);
    return true;
}

bool HarnessController::removeCase(const QString &caseId)
{
    if (!m_alarms || !m_alarms->removeCase(caseId)) {
        setCaseMessage(tr("The case could not be removed"), true);
        return false;
    }
    refreshCases();
    setCaseMessage(tr("Removed the case"), false);
    return true;
}

void HarnessController::refreshCases()
{
    m_cases.clear();
    int passed = 0;
    if (m_alarms && m_rules) {
        for (const StoredRule &stored : m_rules->store().list()) {
            for (const GoldenCase &c : m_alarms->cases(stored.id)) {
                const QStringList failures = stored.rule ? CaseRunner::failures(c, *stored.rule)
                                                         : QStringList { tr("the rule does not read") };
                passed += failures.isEmpty() ? 1 : 0;
                m_cases.append(HarnessVariants::goldenCase(c, stored.name, failures));
            }
        }
    }
    const int total = int(m_cases.size());
    m_casesPass = passed == total;
    m_casesSummary = total == 0
        ? tr("No golden cases yet: simulate, then “Save as golden case” on a rule")
        : (passed == total ? tr("All %n case(s) pass", nullptr, total)
                           : tr("%1 of %n case(s) fail: their rules cannot be deployed", nullptr, total)
                                 .arg(total - passed));
    Q_EMIT casesChanged();
}

void HarnessController::runBacktest(const QString &ruleId)
{
    const auto stored = storedRule(m_rules, ruleId);
    if (!m_alarms || !stored || !stored->rule) {
        m_backtest = { { QStringLiteral("ran"), true },
                       { QStringLiteral("error"), tr("Choose a rule that reads") },
                       { QStringLiteral("summary"), tr("Choose a rule that reads") } };
    } else {
        m_backtest = HarnessVariants::backtest(m_alarms->backtest(*stored->rule), stored->id, stored->name);
    }
    Q_EMIT backtestChanged();
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
    else if (!m_event)
        refusal = m_sourceError.isEmpty() ? tr("Choose the event first") : m_sourceError;
    m_platformRun = { { QStringLiteral("ruleId"), ruleId },
                      { QStringLiteral("workerKey"), stored ? stored->workerKey : QString() },
                      { QStringLiteral("event"), m_eventSummary },
                      { QStringLiteral("running"), refusal.isEmpty() },
                      { QStringLiteral("ran"), false },
                      { QStringLiteral("ok"), false },
                      { QStringLiteral("message"), refusal } };
    Q_EMIT platformRunChanged();
    if (refusal.isEmpty())
        m_platform->start(stored->workerKey, *m_event);
}

void HarnessController::platformRunFinished()
{
    const PlatformTestRun::Result &r = m_platform->result();
    QVariantList history;
    int testRuns = 0;
    for (const WorkerHistoryEntry &entry : r.history) {
        history.append(HarnessVariants::history(entry));
        testRuns += entry.testRun ? 1 : 0;
    }
    m_platformRun.insert(QStringLiteral("running"), false);
    m_platformRun.insert(QStringLiteral("step"), QString());
    m_platformRun.insert(QStringLiteral("ran"), r.ok);
    m_platformRun.insert(QStringLiteral("ok"), r.ok);
    m_platformRun.insert(QStringLiteral("message"), r.message);
    m_platformRun.insert(QStringLiteral("status"), r.test.executionStatus);
    m_platformRun.insert(QStringLiteral("logs"), r.test.logs);
    m_platformRun.insert(QStringLiteral("result"),
                         r.ok ? QString::fromUtf8(QJsonDocument(r.test.result).toJson(QJsonDocument::Indented))
                              : QString());
    m_platformRun.insert(QStringLiteral("history"), history);
    m_platformRun.insert(QStringLiteral("testRuns"), testRuns);
    m_platformRun.insert(QStringLiteral("historyError"), r.historyError);
    Q_EMIT platformRunChanged();
}
