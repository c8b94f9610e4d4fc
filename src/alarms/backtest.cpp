#include "backtest.h"

#include "caserunner.h"
#include "database.h"
#include "eventfactory.h"
#include "eventshape.h"
#include "eventview.h"
#include "inventorylookup.h"
#include "jsonwriter.h"
#include "notificationplanner.h"
#include "ruleengine.h"

#include <QMap>

#include <algorithm>

namespace {

struct Affected
{
    WorkloadRef workload;
    QStringList changes;
    std::optional<ImageTag> focus; // the first changed tag that still runs in it
};

QSet<QString> criticalApplicable(const ImageTag &tag)
{
    QSet<QString> ids;
    for (const Vulnerability &v : tag.vulnerabilities) {
        if (v.isCriticalApplicable())
            ids.insert(v.cveId.isEmpty() ? v.xrayId : v.cveId);
    }
    return ids;
}

// What changed in a tag between two syncs, in words.
QStringList describe(const std::optional<ImageTag> &before, const ImageTag &now)
{
    const QString ref = now.reference();
    if (!before)
        return { Backtest::tr("%1 appeared").arg(ref) };
    QStringList out;
    for (Risk risk : RiskNames::all) {
        if (now.risks.testFlag(risk) && !before->risks.testFlag(risk))
            out.append(Backtest::tr("%1 gained the risk %2").arg(ref, EventView::riskDisplayName(risk)));
        if (!now.risks.testFlag(risk) && before->risks.testFlag(risk))
            out.append(Backtest::tr("%1 lost the risk %2").arg(ref, EventView::riskDisplayName(risk)));
    }
    QStringList fresh = (criticalApplicable(now) - criticalApplicable(*before)).values();
    std::sort(fresh.begin(), fresh.end());
    for (const QString &id : std::as_const(fresh))
        out.append(Backtest::tr("%1 has a new critical applicable %2").arg(ref, id));
    if (now.digest != before->digest)
        out.append(Backtest::tr("%1 runs a new digest").arg(ref));
    const QString statusBefore = before->integrity ? before->integrity->status : QString();
    const QString statusNow = now.integrity ? now.integrity->status : QString();
    if (statusBefore != statusNow && !statusNow.isEmpty())
        out.append(Backtest::tr("%1 integrity is now %2").arg(ref, statusNow));
    if (now.workloads != before->workloads)
        out.append(Backtest::tr("%1 runs in other workloads").arg(ref));
    if (out.isEmpty())
        out.append(Backtest::tr("%1 changed (vulnerabilities or details)").arg(ref));
    return out;
}

QList<GenerationInfo> completeGenerations(Database &cache)
{
    QList<GenerationInfo> complete;
    for (const GenerationInfo &g : GenerationStore(cache).all()) {
        if (g.state == u"complete")
            complete.append(g);
    }
    std::sort(complete.begin(), complete.end(),
              [](const GenerationInfo &a, const GenerationInfo &b) { return a.id < b.id; });
    return complete;
}

// One rule replayed over the pairs of generations: the rows read once, the worker's state (cooldowns)
// carried from pair to pair.
class Replay
{
public:
    Replay(const Rule &rule, Database &cache, BacktestResult &result)
        : m_rule(rule)
        , m_lookup(cache)
        , m_secrets(CaseRunner::standInSecrets(rule))
        , m_result(result)
    { }

    // False when the replay stopped at Backtest::maxEvents.
    bool pair(const GenerationInfo &older, const GenerationInfo &newer)
    {
        const QMap<QString, Affected> affected = affectedWorkloads(older, newer);
        const QHash<QString, Workload> workloads = m_lookup.workloads(newer.id);
        const QHash<QString, QList<qint64>> tagRows = m_lookup.tagRowsByWorkload(newer.id);
        for (auto it = affected.cbegin(); it != affected.cend(); ++it) {
            const EventSubject subject = subjectOf(
                *it, workloads.value(it.key()), workloads.contains(it.key()), tagRows.value(it.key()), newer);
            if (!subject.row && subject.images.isEmpty())
                continue; // the workload is gone with its last image: no event about it
            if (++m_result.events > Backtest::maxEvents) {
                m_result.notes.append(Backtest::tr("stopped after %1 events").arg(Backtest::maxEvents));
                return false;
            }
            evaluate(subject, *it, newer);
        }
        return true;
    }

private:
    std::optional<ImageTag> load(qint64 row)
    {
        if (!m_rows.contains(row)) {
            const auto stored = m_lookup.tag(row);
            m_rows.insert(row, stored ? std::optional<ImageTag>(stored->tag) : std::nullopt);
        }
        return m_rows.value(row);
    }

    // Every workload a new, different or gone tag touches, with what changed in it.
    QMap<QString, Affected> affectedWorkloads(const GenerationInfo &older, const GenerationInfo &newer)
    {
        QMap<QString, Affected> affected; // by workload key: one event per workload and pair
        auto touch = [&](const WorkloadRef &w, const QStringList &changes,
                         const std::optional<ImageTag> &focus) {
            Affected &a = affected[InventoryLookup::workloadKey(w)];
            a.workload = w;
            a.changes += changes;
            if (!a.focus && focus)
                a.focus = focus;
        };
        for (const InventoryLookup::Change &change : m_lookup.changes(older.id, newer.id)) {
            const auto now = load(change.rowId);
            if (!now)
                continue;
            const auto before = change.previousRowId ? load(change.previousRowId) : std::nullopt;
            ++m_result.changedTags;
            const QStringList changes = describe(before, *now);
            for (const WorkloadRef &w : now->workloads)
                touch(w, changes, now);
            if (before) {
                for (const WorkloadRef &w : before->workloads) {
                    if (!now->workloads.contains(w))
                        touch(w, { Backtest::tr("%1 stopped running here").arg(now->reference()) },
                              std::nullopt);
                }
            }
        }
        for (const InventoryLookup::Change &gone : m_lookup.changes(newer.id, older.id)) {
            if (gone.previousRowId != 0)
                continue; // different, not gone: counted above
            const auto before = load(gone.rowId);
            if (!before)
                continue;
            ++m_result.changedTags;
            for (const WorkloadRef &w : before->workloads)
                touch(w, { Backtest::tr("%1 stopped running here").arg(before->reference()) }, std::nullopt);
        }
        return affected;
    }

    // The workload's event subject from the newer generation's rows, the changed tag first.
    EventSubject subjectOf(const Affected &a, const Workload &row, bool hasRow, const QList<qint64> &tagRows,
                           const GenerationInfo &newer)
    {
        EventSubject subject;
        subject.workload = a.workload;
        if (hasRow)
            subject.row = row;
        subject.fetchedAt = newer.finishedAt;
        if (a.focus)
            subject.images.append(*a.focus);
        QList<ImageTag> others;
        for (qint64 tagRow : tagRows) {
            const auto tag = load(tagRow);
            if (tag && (!a.focus || tag->key() != a.focus->key()))
                others.append(*tag);
        }
        std::sort(others.begin(), others.end(), [](const ImageTag &x, const ImageTag &y) {
            return x.reference() != y.reference() ? x.reference() < y.reference() : x.key() < y.key();
        });
        subject.images += others;
        return subject;
    }

    // The rule on the subject's event: an alarm, a cooldown that silences it, or nothing.
    void evaluate(const EventSubject &subject, const Affected &a, const GenerationInfo &newer)
    {
        const qint64 unixTime = newer.finishedAt.toSecsSinceEpoch();
        const QJsonObject event = EventFactory::build(subject, EventFactory::ChangeKind::None);
        const Evaluation evaluation = RuleEngine::evaluate(m_rule, event);
        if (!evaluation.fired)
            return;
        const EventView view(event);
        PlanContext context;
        context.unixTime = unixTime;
        context.state = m_state;
        if (NotificationPlanner::suppressed(m_rule, view, context)) {
            ++m_result.suppressed;
            return;
        }
        BacktestAlarm alarm;
        alarm.generation = newer.id;
        alarm.at = newer.finishedAt;
        alarm.workload = EventFactory::workloadReference(a.workload);
        if (!subject.images.isEmpty())
            alarm.tagReference = EventFactory::tagReference(subject.images.constFirst());
        alarm.changes = a.changes;
        for (const ConditionVerdict &v : evaluation.conditions) {
            if (v.passed)
                alarm.why.append(Backtest::tr("%1 (saw %2)").arg(v.text, v.value));
        }
        for (const PlannedCall &call : NotificationPlanner::plan(m_rule, event, m_secrets, context))
            alarm.channels.append(call.channel);
        alarm.event = event;
        m_result.alarms.append(alarm);
        if (m_rule.cooldownSeconds > 0)
            m_state.insert(NotificationPlanner::cooldownKey(m_rule, view, unixTime),
                           QString::number(unixTime));
    }

    const Rule &m_rule;
    InventoryLookup m_lookup;
    const QHash<QString, QString> m_secrets;
    BacktestResult &m_result;
    QHash<QString, QString> m_state; // the worker's state (cooldowns) across the replay
    QHash<qint64, std::optional<ImageTag>> m_rows;
};

} // namespace

BacktestResult Backtest::run(const Rule &rule, Database &cache)
{
    BacktestResult result;
    result.generations = completeGenerations(cache);
    if (result.generations.size() < 2) {
        result.notes.append(tr("a backtest needs two synced generations; the cache has %n", nullptr,
                               int(result.generations.size())));
        return result;
    }
    Replay replay(rule, cache, result);
    for (qsizetype i = 1; i < result.generations.size(); ++i) {
        if (!replay.pair(result.generations[i - 1], result.generations[i]))
            return result;
    }
    if (cache.lastError())
        result.error = tr("the cache could not be read: %1").arg(cache.lastError().message);
    return result;
}

QByteArray BacktestResult::toJson(int indent) const
{
    JsonWriter w(indent);
    w.beginObject().key(u"generations").beginArray();
    for (const GenerationInfo &g : generations)
        w.beginObject()
            .key(u"id")
            .value(g.id)
            .key(u"finished_at")
            .value(g.finishedAt.toString(Qt::ISODateWithMs))
            .key(u"tags")
            .value(g.tagCount)
            .endObject();
    w.endArray().key(u"changed_tags").value(changedTags).key(u"events").value(events);
    w.key(u"suppressed").value(suppressed).key(u"alarms").beginArray();
    for (const BacktestAlarm &a : alarms) {
        w.beginObject()
            .key(u"generation")
            .value(a.generation)
            .key(u"at")
            .value(a.at.toString(Qt::ISODateWithMs));
        w.key(u"workload").value(a.workload).key(u"tag").value(a.tagReference);
        w.key(u"changes").stringList(a.changes).key(u"why").stringList(a.why);
        w.key(u"channels").stringList(a.channels).key(u"event");
        EventShape::writeTo(w, a.event);
        w.endObject();
    }
    w.endArray().key(u"notes").stringList(notes).endObject();
    return w.data();
}
