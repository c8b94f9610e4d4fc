#pragma once

#include "imagetag.h"
#include "workload.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// The rows an event is made of: one workload and the image tags that run in it.
struct EventSubject
{
    WorkloadRef workload;
    std::optional<Workload> row; // the workloads listing's row, when the cache has one
    QList<ImageTag> images; // images[0] is the tag a change kind applies to
    QDateTime fetchedAt; // when the cache got them: each vulnerability's last_fetched
};

// An event built from the cache, with what the harness shows about it.
struct BuiltEvent
{
    QJsonObject event;
    QString summary; // "Integrity violation: nginx:1.25 in prod-eu/payments/api"
    WorkloadRef workload;
    QString tagReference; // registry/repository_path/name:tag@sha256:digest of images[0]; empty for a
                          // workload without tags
    qint64 generation = 0;
    QStringList notes; // what the factory had to assume, one line each
};

// How EventFactory spells what it cannot know.
struct EventOptions
{
    // ASSUMED (docs/jfrog-api.md 4.3): the only change_type the documentation shows.
    QString changeType = QStringLiteral("workload");
};

// Builds AFTER_WORKLOAD_STATE_CHANGE payloads (docs/jfrog-api.md 4.3) from real inventory rows, and
// rehearses a change on them. The event has the documented shape (EventShape accepts it):
// - workload_changed_object: the workload's name, namespace, cluster, nodes, risks and
//   vulnerabilities_count from the workloads listing; when the cache has no row for it, nodes are
//   empty, risks the union of its images' and the count the sum of their vulnerabilities (noted);
// - image_tags_object: the cached tags whose workloads list it, the chosen tag first, the rest by
//   name and tag. Risks in the event spellings (RiskNames::eventValue), sha256 = the digest without
//   "sha256:", vulnerabilities with components[].component_id and last_fetched = when the cache
//   synced, malicious_packages null when there are none, deployed_by and build_info only when known.
//   issue_kind is left out: its meaning is undocumented and the cache does not have it.
// A tag that runs in several workloads gives the event of the first (by cluster, namespace, name),
// as one real change would concern one workload; the caller may name another. A tag that runs in
// no workload gives no event: the platform only sends this event about a workload.
class EventFactory
{
    Q_DECLARE_TR_FUNCTIONS(EventFactory)

public:
    // What to rehearse. ASSUMED (docs/jfrog-api.md 4.3): "workload" is the only change_type the docs
    // show, so every kind sends it unless Options::changeType says otherwise; the integrity risk is
    // spelled "integrity_violation" (the event spelling is undocumented).
    enum class ChangeKind {
        None, // the rows as they are
        DeploymentStatusChange, // change_type set (Options::changeType), rows unchanged
        IntegrityViolation, // "integrity_violation" added to the tag's and the workload's risks
        UntrustedRegistry, // "untrusted_registry_images" added to both
        NewCriticalCve, // a Critical applicable vulnerability added to the tag, its risk to both
    };

    using Options = EventOptions;

    static inline const QString defaultChangeType = QStringLiteral("workload");
    // The vulnerability NewCriticalCve adds: clearly not a real CVE.
    static inline const QString simulatedCveId = QStringLiteral("CVE-0000-0000");
    static inline const QString simulatedXrayId = QStringLiteral("XRAY-RUNTIME-DESK-SIMULATED");

    // CLI names: none, deployment-status, integrity-violation, untrusted-registry, critical-cve.
    static QString kindName(ChangeKind kind);
    static std::optional<ChangeKind> kindFromName(const QString &name);
    static QStringList kindNames();
    static QString kindTitle(ChangeKind kind); // "Integrity violation"

    // Pure: the event for these rows after the change.
    static QJsonObject build(const EventSubject &subject, ChangeKind kind, const Options &options = {});
    static QJsonObject imageObject(const ImageTag &tag, const QDateTime &fetchedAt);
    static QJsonObject workloadObject(const EventSubject &subject);
    // Applies a change kind to an event: image 0 and the workload.
    static void apply(QJsonObject &event, ChangeKind kind, const QDateTime &fetchedAt,
                      const Options &options = {});

    // From the current generation of a cache.
    explicit EventFactory(Database &cache);

    // `reference` as `show` takes it (digest, name:tag, registry/repository_path/name:tag), or
    // "workload:CLUSTER/NAMESPACE/NAME". `workload` picks one of the tag's workloads (its key
    // "cluster/namespace/name"); empty takes the first. nullopt with a one-line reason on failure.
    std::optional<BuiltEvent> forReference(const QString &reference, ChangeKind kind, QString *error,
                                           const Options &options = {});
    std::optional<BuiltEvent> forTag(const QString &reference, ChangeKind kind, QString *error,
                                     const QString &workload = {}, const Options &options = {});
    std::optional<BuiltEvent> forTagRow(qint64 rowId, ChangeKind kind, QString *error,
                                        const QString &workload = {}, const Options &options = {});
    std::optional<BuiltEvent> forWorkload(const QString &reference, ChangeKind kind, QString *error,
                                          const Options &options = {});

    // "cluster/namespace/name", as forTag's `workload` and forWorkload take it.
    static QString workloadReference(const WorkloadRef &workload);
    static std::optional<WorkloadRef> parseWorkloadReference(const QString &reference);
    static QString tagReference(const ImageTag &tag);

private:
    std::optional<BuiltEvent> forSubject(EventSubject subject, qint64 generation, ChangeKind kind,
                                         const Options &options, QStringList notes);
    bool currentGeneration(qint64 *generation, QDateTime *fetchedAt, QString *error);

    Database &m_cache;
};
