#pragma once

#include "backtest.h"
#include "deliveryresult.h"
#include "goldencase.h"
#include "simulation.h"
#include "workertypes.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

// The harness's results as plain QML values (lists of maps), built in C++ so QML only lays them out.
// Everything here comes from masked calls (SimulatedCall::shown) and secret-free results: an
// unmasked request never reaches a variant.
class HarnessVariants
{
    Q_DECLARE_TR_FUNCTIONS(HarnessVariants)

public:
    // "r<rule>c<call>": the key of one planned call in `results` and in the delivery statuses.
    static QString callKey(int rule, int call);

    // [{index, ruleId, name, state, fired, conditions: [{text, passed, value, path}], problems,
    //   calls: [{key, channel, type, method, url, headers: [{name, value}], head, body, preview}]}]
    static QVariantList rules(const SimulationResult &result);
    // MessagePreview::toJson as a map: {type, channel, error?, notification_text, blocks[…] | from,
    // to, subject, body | event_type, title, text, webhook_id, signed, pretty_json}
    static QVariantMap preview(const MessagePreview &preview);
    // {state: queued|sending|delivered|failed, outcome, message, httpStatus, latencyMs, attempts, origin}
    static QVariantMap pending(const QString &state);
    static QVariantMap delivery(const DeliveryResult &result);
    // {id, name, ruleId, ruleName, passed, reasons, expectFire, expectation, texts}
    static QVariantMap goldenCase(const GoldenCase &c, const QString &ruleName, const QStringList &failures);
    // {ruleId, ruleName, ran, error, generations, changedTags, events, suppressed, summary, notes,
    //  alarms: [{at, workload, tag, changes, why, channels}]}
    static QVariantMap backtest(const BacktestResult &result, const QString &ruleId, const QString &ruleName);
    // {id, status, testRun, at, durationMs, triggeredBy, version, message, logs}
    static QVariantMap history(const WorkerHistoryEntry &entry);
    // Unix ms -> the user's short date and time.
    static QString timeText(qint64 unixMs);
};
