// HarnessController: simulate (dry run) and send for real, with each call's status live.
#include "deliveryoutcome.h"
#include "eventshape.h"
#include "harnesscontroller.h"
#include "harnessvariants.h"
#include "logging.h"

bool HarnessController::simulate()
{
    if (!m_alarms)
        return false;
    if (m_sourceMode != u"json")
        rebuildEvent(); // the rows as they are now
    if (!m_event) {
        if (m_sourceError.isEmpty() && m_eventErrors.isEmpty())
            m_sourceError = tr("There is no event to simulate");
        Q_EMIT eventChanged();
        return false;
    }
    if (!m_batch.isEmpty()) {
        m_sendMessage = tr("Wait for the messages being sent before simulating again");
        m_sendFailed = true;
        Q_EMIT deliveryChanged();
        return false;
    }
    m_warnings.clear();
    m_simulation = m_alarms->simulate(*m_event, {}, &m_warnings);
    m_results = HarnessVariants::rules(*m_simulation);
    m_simulatedEvent = m_eventSummary;
    const int rules = int(m_simulation->rules.size());
    const int fired = m_simulation->firedCount();
    const int calls = m_simulation->callCount();
    if (rules == 0)
        m_resultSummary = tr("No rules yet: make one on the Rules page, then simulate again");
    else
        m_resultSummary = tr("%1 of %n rule(s) fire", nullptr, rules).arg(fired) + QStringLiteral(" · ")
            + tr("%n message(s) planned", nullptr, calls) + QStringLiteral(" · ")
            + tr("nothing was sent");
    m_callStatus.clear();
    m_sendMessage.clear();
    m_sendFailed = false;
    Q_EMIT resultsChanged();
    Q_EMIT deliveryChanged();
    return true;
}

bool HarnessController::send(const QString &ruleId)
{
    if (!m_alarms || !m_simulation || !m_batch.isEmpty())
        return false;
    QStringList ruleIds;
    QList<std::pair<int, int>> calls; // in the order AlarmHarness::send hands the requests over
    for (qsizetype i = 0; i < m_simulation->rules.size(); ++i) {
        const RuleSimulation &rule = m_simulation->rules[i];
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
    const QString batch = m_alarms->send(*m_simulation, ruleIds);
    if (batch.isEmpty())
        return false;
    m_batch = batch;
    m_lastBatch = batch;
    m_batchCalls = calls;
    for (const auto &[rule, call] : calls)
        m_callStatus.insert(HarnessVariants::callKey(rule, call), HarnessVariants::pending(QStringLiteral("queued")));
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

void HarnessController::setCallStatus(const QString &key, const QVariantMap &status)
{
    m_callStatus.insert(key, status);
    Q_EMIT deliveryChanged();
}

void HarnessController::deliveryStarted(const QString &batch, int index)
{
    if (batch != m_batch || index < 0 || index >= m_batchCalls.size())
        return;
    const auto [rule, call] = m_batchCalls[index];
    setCallStatus(HarnessVariants::callKey(rule, call), HarnessVariants::pending(QStringLiteral("sending")));
}

void HarnessController::deliveryFinished(const QString &batch, int index, const DeliveryResult &result)
{
    refreshDeliveries(); // any batch (the CLI's do not reach here; other pages' would)
    if (batch != m_batch || index < 0 || index >= m_batchCalls.size())
        return;
    const auto [rule, call] = m_batchCalls[index];
    if (m_simulation && rule < m_simulation->rules.size() && call < m_simulation->rules[rule].calls.size())
        m_simulation->rules[rule].calls[call].result = result; // next to its call, as `simulate --send` keeps it
    setCallStatus(HarnessVariants::callKey(rule, call), HarnessVariants::delivery(result));
}

void HarnessController::sendFinished(const QString &batch, const QList<DeliveryResult> &results)
{
    if (batch != m_batch)
        return;
    m_batch.clear();
    m_batchCalls.clear();
    const qsizetype delivered =
        std::count_if(results.cbegin(), results.cend(), [](const DeliveryResult &r) { return r.delivered(); });
    QStringList failures;
    for (const DeliveryResult &r : results) {
        if (!r.delivered())
            failures.append(QStringLiteral("%1 (%2): %3").arg(r.channel, r.ruleName, r.message));
    }
    m_sendFailed = !failures.isEmpty();
    m_sendMessage = m_sendFailed
        ? tr("%1 of %n message(s) delivered", nullptr, int(results.size())).arg(delivered) + QStringLiteral("; ")
            + failures.join(QStringLiteral("; "))
        : tr("All %n message(s) delivered", nullptr, int(results.size()));
    refreshDeliveries();
    Q_EMIT deliveryChanged();
}

void HarnessController::refreshDeliveries()
{
    m_deliveries.setRecords(m_alarms ? m_alarms->deliveries(200) : QList<DeliveryRecord>());
}
