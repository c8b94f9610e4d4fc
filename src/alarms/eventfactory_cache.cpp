// EventFactory: events from the current generation of the cache.
#include "database.h"
#include "eventfactory.h"
#include "generationstore.h"
#include "inventorylookup.h"

#include <algorithm>

namespace {

bool workloadLess(const WorkloadRef &a, const WorkloadRef &b)
{
    if (a.cluster != b.cluster)
        return a.cluster < b.cluster;
    if (a.nameSpace != b.nameSpace)
        return a.nameSpace < b.nameSpace;
    return a.name < b.name;
}

} // namespace

EventFactory::EventFactory(Database &cache)
    : m_cache(cache)
{ }

bool EventFactory::currentGeneration(qint64 *generation, QDateTime *fetchedAt, QString *error)
{
    bool failed = false;
    const auto current = GenerationStore(m_cache).current(&failed);
    if (!current) {
        if (error)
            *error = failed ? tr("cannot read the cache: %1").arg(m_cache.lastError().message)
                            : tr("the cache holds no inventory yet: sync first");
        return false;
    }
    *generation = current->id;
    *fetchedAt = current->finishedAt;
    return true;
}

std::optional<BuiltEvent> EventFactory::forReference(const QString &reference, ChangeKind kind,
                                                     QString *error, const Options &options)
{
    static const QLatin1StringView prefix("workload:");
    if (reference.startsWith(prefix))
        return forWorkload(reference.mid(prefix.size()), kind, error, options);
    return forTag(reference, kind, error, {}, options);
}

std::optional<BuiltEvent> EventFactory::forTag(const QString &reference, ChangeKind kind, QString *error,
                                               const QString &workload, const Options &options)
{
    qint64 generation = 0;
    QDateTime fetchedAt;
    if (!currentGeneration(&generation, &fetchedAt, error))
        return std::nullopt;
    const QList<StoredTag> found = TagStore(m_cache).findByReference(generation, reference);
    if (found.size() != 1) {
        if (error)
            *error = found.isEmpty() ? tr("no cached image tag %1").arg(reference)
                                     : tr("%1 names %2 cached image tags (architectures or digests); give "
                                          "registry/repository_path/name:tag@sha256:DIGEST")
                                           .arg(reference)
                                           .arg(found.size());
        return std::nullopt;
    }
    return forTagRow(found.constFirst().rowId, kind, error, workload, options);
}

std::optional<BuiltEvent> EventFactory::forTagRow(qint64 rowId, ChangeKind kind, QString *error,
                                                  const QString &workload, const Options &options)
{
    qint64 generation = 0;
    QDateTime fetchedAt;
    if (!currentGeneration(&generation, &fetchedAt, error))
        return std::nullopt;
    InventoryLookup lookup(m_cache);
    const std::optional<StoredTag> stored = lookup.tag(rowId);
    if (!stored) {
        if (error)
            *error = tr("the image tag is no longer in the cache");
        return std::nullopt;
    }
    const ImageTag &tag = stored->tag;
    QList<WorkloadRef> workloads = tag.workloads;
    std::sort(workloads.begin(), workloads.end(), workloadLess);
    if (workloads.isEmpty()) {
        if (error)
            *error = tr("%1 runs in no workload in the cached inventory, and the event is about a workload: "
                        "pick a running tag, or edit an event")
                         .arg(tag.reference());
        return std::nullopt;
    }
    QStringList notes;
    WorkloadRef chosen = workloads.constFirst();
    if (!workload.isEmpty()) {
        const auto wanted = parseWorkloadReference(workload);
        if (!wanted || !workloads.contains(*wanted)) {
            if (error)
                *error = tr("%1 does not run in %2").arg(tag.reference(), workload);
            return std::nullopt;
        }
        chosen = *wanted;
    } else if (workloads.size() > 1) {
        notes.append(tr("%1 runs in %2 workloads; the event is about the first, %3")
                         .arg(tag.reference())
                         .arg(workloads.size())
                         .arg(workloadReference(chosen)));
    }
    EventSubject subject;
    subject.workload = chosen;
    subject.row = lookup.workload(generation, chosen);
    subject.fetchedAt = fetchedAt;
    subject.images.append(tag);
    for (const StoredTag &other : lookup.tagsRunningIn(generation, chosen)) {
        if (other.tag.key() != tag.key())
            subject.images.append(other.tag);
    }
    return forSubject(std::move(subject), generation, kind, options, notes);
}

std::optional<BuiltEvent> EventFactory::forWorkload(const QString &reference, ChangeKind kind, QString *error,
                                                    const Options &options)
{
    const auto ref = parseWorkloadReference(reference);
    if (!ref) {
        if (error)
            *error = tr("a workload is written CLUSTER/NAMESPACE/NAME, not %1").arg(reference);
        return std::nullopt;
    }
    qint64 generation = 0;
    QDateTime fetchedAt;
    if (!currentGeneration(&generation, &fetchedAt, error))
        return std::nullopt;
    InventoryLookup lookup(m_cache);
    EventSubject subject;
    subject.workload = *ref;
    subject.row = lookup.workload(generation, *ref);
    subject.fetchedAt = fetchedAt;
    for (const StoredTag &stored : lookup.tagsRunningIn(generation, *ref))
        subject.images.append(stored.tag);
    if (!subject.row && subject.images.isEmpty()) {
        if (error)
            *error = tr("no cached workload %1").arg(reference);
        return std::nullopt;
    }
    QStringList notes;
    if (subject.images.isEmpty())
        notes.append(
            tr("no cached image tag runs in %1: image_tags_object is empty and the change only touches "
               "the workload")
                .arg(reference));
    return forSubject(std::move(subject), generation, kind, options, notes);
}

std::optional<BuiltEvent> EventFactory::forSubject(EventSubject subject, qint64 generation, ChangeKind kind,
                                                   const Options &options, QStringList notes)
{
    if (!subject.row)
        notes.append(tr("the cache has no workloads-listing row for %1: its nodes are unknown, its risks are "
                        "its images' and its vulnerability count their sum")
                         .arg(workloadReference(subject.workload)));
    if (kind == ChangeKind::NewCriticalCve)
        notes.append(tr("%1 is a stand-in, not a real CVE").arg(simulatedCveId));
    if (options.changeType == defaultChangeType)
        notes.append(tr("change_type \"workload\" is the only value the documentation shows"));
    BuiltEvent built;
    built.event = build(subject, kind, options);
    built.workload = subject.workload;
    built.generation = generation;
    built.notes = notes;
    if (!subject.images.isEmpty())
        built.tagReference = tagReference(subject.images.constFirst());
    const QString what =
        subject.images.isEmpty() ? subject.workload.name : subject.images.constFirst().reference();
    built.summary = tr("%1: %2 in %3").arg(kindTitle(kind), what, workloadReference(subject.workload));
    return built;
}
