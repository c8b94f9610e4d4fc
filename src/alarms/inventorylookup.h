#pragma once

#include "imagetag.h"
#include "tagstore.h"
#include "workload.h"

#include <QHash>
#include <QList>

#include <optional>

class Database;

// The cache reads the alarm harness and the backtest need besides TagStore's and WorkloadStore's:
// the tags a workload runs, one workload, and what changed between two generations. Typed SQL,
// bound values only; on the thread that owns the connection.
class InventoryLookup
{
public:
    struct Change
    {
        qint64 rowId = 0; // the tag row in the newer generation
        qint64 previousRowId = 0; // the row it replaced; 0 when the tag is new
    };

    explicit InventoryLookup(Database &cache);

    static QString workloadKey(const WorkloadRef &workload); // the same key as Workload::key()

    // The tags of `generation` whose workloads list `workload`, ordered by name, tag and key.
    QList<StoredTag> tagsRunningIn(qint64 generation, const WorkloadRef &workload);
    // The workloads listing's row for it, when the cache has one.
    std::optional<Workload> workload(qint64 generation, const WorkloadRef &workload);
    // Every workload of a generation by key.
    QHash<QString, Workload> workloads(qint64 generation);
    // Workload key -> the tag rows that run in it, for a whole generation in one scan.
    QHash<QString, QList<qint64>> tagRowsByWorkload(qint64 generation);
    // The rows of `generation` that are new or different since `since`, in key order: by row key, and a
    // rebuilt tag (another digest of the same tag and architecture) paired with the row it replaced.
    QList<Change> changes(qint64 since, qint64 generation);
    std::optional<StoredTag> tag(qint64 rowId) { return m_tags.byRowId(rowId); }
    TagStore &tags() { return m_tags; }

private:
    Database &m_db;
    TagStore m_tags;
};
