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

} // namespace

BacktestResult Backtest::run(const Rule &rule, Database &cache)
{
    BacktestResult result;
    for (const GenerationInfo &g : GenerationStore(cache).all()) {
        if (g.state == u"complete")
            result.generations.append(g);
    }
    std::sort(result.generations.begin(), result.generations.end(),
              [](const GenerationInfo &a, const GenerationInfo &b) { return a.id < b.id; });
    if (result.generations.size() < 2) {
        result.notes.append(tr("a backtest needs two synced generations; the cache has %n", nullptr,
                               int(result.generations.size())));
        return result;
    }
    InventoryLookup lookup(cache);
    const QHash<QString, QString> secrets = CaseRunner::standInSecrets(rule);
    QHash<QString, QString> state; // the worker's state (cooldowns) across the replay
    QHash<qint64, std::optional<ImageTag>> rows;
    auto load = [&](qint64 row) -> std::optional<ImageTag> {
        if (!rows.contains(row)) {
            const auto stored = lookup.tag(row);
            rows.insert(row, stored ? std::optional<ImageTag>(stored->tag) : std::nullopt);
        }
        return rows.value(row);
    };

    for (qsizetype i = 1; i < result.generations.size(); ++i) {
        const GenerationInfo &older = result.generations[i - 1];
        const GenerationInfo &newer = result.generations[i];
        QMap<QString, Affected> affected; // by workload key: one event per workload and pair
        auto touch = [&](const WorkloadRef &w, const QStringList &changes,
                         const std::optional<ImageTag> &focus) {
            Affected &a = affected[InventoryLookup::workloadKey(w)];
            a.workload = w;
            a.changes += changes;
            if (!a.focus && focus)
                a.focus = focus;
        };
        for (const InventoryLookup::Change &change : lookup.changes(older.id, newer.id)) {
            const auto now = load(change.rowId);
            if (!now)
                continue;
            const auto before = change.previousRowId ? load(change.previousRowId) : std::nullopt;
            ++result.changedTags;
            const QStringList changes = describe(before, *now);
            for (const WorkloadRef &w : now->workloads)
                touch(w, changes, now);
            if (before) {
                for (const WorkloadRef &w : before->workloads) {
                    if (!now->workloads.contains(w))
                        touch(w, { tr("%1 stopped running here").arg(now->reference()) }, std::nullopt);
                }
            }
        }
        for (const InventoryLookup::Change &gone : lookup.changes(newer.id, older.id)) {
            if (gone.previousRowId != 0)
                continue; // different, not gone: counted above
            const auto before = load(gone.rowId);
            if (!before)
                continue;
            ++result.changedTags;
            for (const WorkloadRef &w : before->workloads)
                touch(w, { tr("%1 stopped running here").arg(before->reference()) }, std::nullopt);
        }

        const QHash<QString, Workload> workloads = lookup.workloads(newer.id);
        const QHash<QString, QList<qint64>> tagRows = lookup.tagRowsByWorkload(newer.id);
        const qint64 unixTime = newer.finishedAt.toSecsSinceEpoch();
        for (auto it = affected.cbegin(); it != affected.cend(); ++it) {
            EventSubject subject;
            subject.workload = it->workload;
            if (workloads.contains(it.key()))
                subject.row = workloads.value(it.key());
            subject.fetchedAt = newer.finishedAt;
            if (it->focus)
                subject.images.append(*it->focus);
            QList<ImageTag> others;
            for (qint64 row : tagRows.value(it.key())) {
                const auto tag = load(row);
                if (tag && (!it->focus || tag->key() != it->focus->key()))
                    others.append(*tag);
            }
            std::sort(others.begin(), others.end(), [](const ImageTag &a, const ImageTag &b) {
                return a.reference() != b.reference() ? a.reference() < b.reference() : a.key() < b.key();
            });
            subject.images += others;
            if (!subject.row && subject.images.isEmpty())
                continue; // the workload is gone with its last image: no event about it
            if (++result.events > maxEvents) {
                result.notes.append(tr("stopped after %1 events").arg(maxEvents));
                return result;
            }
            const QJsonObject event = EventFactory::build(subject, EventFactory::ChangeKind::None);
            const Evaluation evaluation = RuleEngine::evaluate(rule, event);
            if (!evaluation.fired)
                continue;
            const EventView view(event);
            PlanContext context;
            context.unixTime = unixTime;
            context.state = state;
            if (NotificationPlanner::suppressed(rule, view, context)) {
                ++result.suppressed;
                continue;
            }
            BacktestAlarm alarm;
            alarm.generation = newer.id;
            alarm.at = newer.finishedAt;
            alarm.workload = EventFactory::workloadReference(it->workload);
            if (!subject.images.isEmpty())
                alarm.tagReference = EventFactory::tagReference(subject.images.constFirst());
            alarm.changes = it->changes;
            for (const ConditionVerdict &v : evaluation.conditions) {
                if (v.passed)
                    alarm.why.append(tr("%1 (saw %2)").arg(v.text, v.value));
            }
            for (const PlannedCall &call : NotificationPlanner::plan(rule, event, secrets, context))
                alarm.channels.append(call.channel);
            alarm.event = event;
            result.alarms.append(alarm);
            if (rule.cooldownSeconds > 0)
                state.insert(NotificationPlanner::cooldownKey(rule, view, unixTime),
                             QString::number(unixTime));
        }
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
