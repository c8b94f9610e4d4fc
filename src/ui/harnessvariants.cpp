#include "harnessvariants.h"

#include "deliveryoutcome.h"
#include "rulejson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

QString HarnessVariants::callKey(int rule, int call)
{
    return QStringLiteral("r%1c%2").arg(rule).arg(call);
}

QString HarnessVariants::timeText(qint64 unixMs)
{
    return unixMs > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(unixMs).toLocalTime(), QLocale::ShortFormat)
                      : QString();
}

QVariantMap HarnessVariants::preview(const MessagePreview &preview)
{
    return preview.toJson().toVariantMap();
}

QVariantList HarnessVariants::rules(const SimulationResult &result)
{
    QVariantList list;
    for (qsizetype i = 0; i < result.rules.size(); ++i) {
        const RuleSimulation &rule = result.rules[i];
        QVariantList conditions;
        for (const ConditionVerdict &v : rule.conditions)
            conditions.append(QVariantMap { { QStringLiteral("text"), v.text },
                                            { QStringLiteral("passed"), v.passed },
                                            { QStringLiteral("value"), v.value },
                                            { QStringLiteral("path"), v.path } });
        QVariantList calls;
        for (qsizetype j = 0; j < rule.calls.size(); ++j) {
            const SimulatedCall &call = rule.calls[j];
            QVariantList headers;
            QString head = QString::fromLatin1(call.shown.method) + u' ' + call.shown.url;
            for (const auto &[name, value] : call.shown.headers) {
                headers.append(QVariantMap { { QStringLiteral("name"), QString::fromUtf8(name) },
                                             { QStringLiteral("value"), QString::fromUtf8(value) } });
                head += u'\n' + QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value);
            }
            calls.append(QVariantMap { { QStringLiteral("key"), callKey(int(i), int(j)) },
                                       { QStringLiteral("channel"), call.shown.channel },
                                       { QStringLiteral("type"), RuleJson::channelTypeName(call.type) },
                                       { QStringLiteral("method"), QString::fromLatin1(call.shown.method) },
                                       { QStringLiteral("url"), call.shown.url },
                                       { QStringLiteral("headers"), headers },
                                       { QStringLiteral("head"), head }, // request line and headers
                                       { QStringLiteral("body"), QString::fromUtf8(call.shown.body) },
                                       { QStringLiteral("preview"), preview(call.preview) } });
        }
        list.append(QVariantMap { { QStringLiteral("index"), int(i) },
                                  { QStringLiteral("ruleId"), rule.ruleId },
                                  { QStringLiteral("name"), rule.ruleName },
                                  { QStringLiteral("state"), rule.state },
                                  { QStringLiteral("fired"), rule.fired },
                                  { QStringLiteral("conditions"), conditions },
                                  { QStringLiteral("problems"), rule.problems },
                                  { QStringLiteral("calls"), calls } });
    }
    return list;
}

QVariantMap HarnessVariants::pending(const QString &state)
{
    return { { QStringLiteral("state"), state } };
}

QVariantMap HarnessVariants::delivery(const DeliveryResult &r)
{
    return { { QStringLiteral("state"), r.delivered() ? QStringLiteral("delivered") : QStringLiteral("failed") },
             { QStringLiteral("outcome"), DeliveryClassifier::outcomeName(r.outcome) },
             { QStringLiteral("message"), r.message },
             { QStringLiteral("httpStatus"), r.httpStatus },
             { QStringLiteral("latencyMs"), r.latencyMs },
             { QStringLiteral("attempts"), r.attempts },
             { QStringLiteral("origin"), r.origin } };
}

QVariantMap HarnessVariants::goldenCase(const GoldenCase &c, const QString &ruleName, const QStringList &failures)
{
    QString expectation;
    if (!c.expectFire)
        expectation = tr("stays quiet");
    else if (c.expectChannels)
        expectation = c.expectChannels->isEmpty()
            ? tr("fires, sends nothing")
            : tr("fires, sends to %1").arg(c.expectChannels->join(QStringLiteral(", ")));
    else
        expectation = tr("fires");
    return { { QStringLiteral("id"), c.id },
             { QStringLiteral("name"), c.name },
             { QStringLiteral("ruleId"), c.ruleId },
             { QStringLiteral("ruleName"), ruleName },
             { QStringLiteral("passed"), failures.isEmpty() },
             { QStringLiteral("reasons"), failures },
             { QStringLiteral("expectFire"), c.expectFire },
             { QStringLiteral("expectation"), expectation },
             { QStringLiteral("texts"), c.expectTexts },
             { QStringLiteral("savedAt"), timeText(c.updatedAt) } };
}

QVariantMap HarnessVariants::backtest(const BacktestResult &result, const QString &ruleId, const QString &ruleName)
{
    QVariantList alarms;
    for (const BacktestAlarm &a : result.alarms)
        alarms.append(QVariantMap { { QStringLiteral("generation"), a.generation },
                                    { QStringLiteral("at"), timeText(a.at.toMSecsSinceEpoch()) },
                                    { QStringLiteral("workload"), a.workload },
                                    { QStringLiteral("tag"), a.tagReference },
                                    { QStringLiteral("changes"), a.changes },
                                    { QStringLiteral("why"), a.why },
                                    { QStringLiteral("channels"), a.channels } });
    const int pairs = std::max(0, int(result.generations.size()) - 1);
    QString summary;
    if (!result.error.isEmpty())
        summary = result.error;
    else if (pairs == 0)
        summary = tr("Only one synced generation is kept: sync again later to have changes to replay");
    else
        summary = tr("%Ln alarm(s) over %1 change(s) between %2 syncs", nullptr, int(result.alarms.size()))
                      .arg(QLocale().toString(result.changedTags))
                      .arg(result.generations.size());
    return { { QStringLiteral("ran"), true },
             { QStringLiteral("ruleId"), ruleId },
             { QStringLiteral("ruleName"), ruleName },
             { QStringLiteral("error"), result.error },
             { QStringLiteral("generations"), int(result.generations.size()) },
             { QStringLiteral("changedTags"), result.changedTags },
             { QStringLiteral("events"), result.events },
             { QStringLiteral("suppressed"), result.suppressed },
             { QStringLiteral("summary"), summary },
             { QStringLiteral("notes"), result.notes },
             { QStringLiteral("alarms"), alarms } };
}

QVariantMap HarnessVariants::history(const WorkerHistoryEntry &e)
{
    const QJsonObject result = e.result.value(QLatin1StringView("result")).isObject()
        ? e.result.value(QLatin1StringView("result")).toObject()
        : e.result;
    return { { QStringLiteral("id"), e.historyEntryId },
             { QStringLiteral("status"), e.executionStatus },
             { QStringLiteral("testRun"), e.testRun },
             { QStringLiteral("at"), timeText(e.startTimeMillis) },
             { QStringLiteral("durationMs"), std::max<qint64>(0, e.endTimeMillis - e.startTimeMillis) },
             { QStringLiteral("triggeredBy"), e.triggeredBy },
             { QStringLiteral("version"), e.executedVersion },
             { QStringLiteral("message"), result.value(QLatin1StringView("message")).toString() },
             { QStringLiteral("logs"), e.logs } };
}
