#pragma once

#include "imagetag.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

class DemoDataset;

// One object of the owner trail: where the collector writes it (below the repository), its bytes,
// and the times Artifactory keeps for it.
struct DemoTrailRecord
{
    QString path; // v1/sha256/<digest>/<tag>/<cluster>/<namespace>/<workload>.json, segments encoded
    QByteArray json; // the record, byte for byte as the collector's JSON.stringify writes it
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
};

// The owner trail as Runtime Desk's collector worker (src/rules/collector-worker.ts) writes it: the
// layout, the segment encoding and the record of that file's header, ported to C++. The demo
// platform uses it to start with a trail as if the collector had run for weeks, and to write what the
// collector would write when the estate changes (DemoPlatform::advance()).
//
// The collector writes, for each AFTER_WORKLOAD_STATE_CHANGE event (one workload), one record per
// image of the event. Here an event is one workload of the estate with the rows that run in it (their
// workloads[]); its images are those rows as the ListWithDetail view has them (deployed_by,
// build_info), which is what the platform's detail says about them.
class DemoTrail
{
public:
    static constexpr int days = 21; // how far back the pre-made trail goes

    // segment() of collector-worker.ts: a string or finite number as its UTF-8 bytes, each byte other
    // than A-Z a-z 0-9 - _ . as %XX (upper-case), and every byte of a value made only of dots; `~` for an
    // absent or empty value (or one of another type); `~sha256-` and the lower-case hex SHA-256 of
    // the UTF-8 when the encoding is longer than 128 characters. Lone surrogates count as U+FFFD.
    static QString segment(const QJsonValue &value);
    // objectPath() of collector-worker.ts, without the leading repository: v1/sha256/... for a row with
    // a digest, v1/no-digest/<registry>/<repository_path>/<name>/<tag>/<architecture>/... otherwise.
    static QString objectPath(const ImageTag &tag, const WorkloadRef &workload);
    // trailRecord() of collector-worker.ts for this image in an event about `workload`, written at
    // `recordedAtMs` (the worker's Date.now()), as JSON.stringify writes it.
    static QByteArray record(const ImageTag &tag, const WorkloadRef &workload, qint64 recordedAtMs);
    // ISO 8601 UTC with milliseconds, as Date#toISOString and the demo's Artifactory write times.
    static QString isoTime(qint64 msSinceEpoch);

    // Rows the collector never saw (about 5%, by the seed): the pre-made trail has no record of them.
    static bool unseen(const DemoDataset &dataset, int row);
    // The trail at `endMs`: one event per workload at a time drawn (by the seed and the workload) in
    // the `days` before endMs, writing every seen row that runs in that workload. Most events write
    // their records a few milliseconds apart; about one in four writes them all in the same
    // millisecond (equal `modified` times, as a reader's paging must handle). Some records were
    // created earlier and replaced since.
    static QList<DemoTrailRecord> generate(const DemoDataset &dataset, qint64 endMs);
    // What the collector writes when `rows` change: one event per workload they run in, the j-th at
    // fromMs + j (its records share that time, as recordedAt and modified).
    static QList<DemoTrailRecord> eventsFor(const DemoDataset &dataset, const QList<int> &rows,
                                            qint64 fromMs);
};
