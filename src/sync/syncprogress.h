#pragma once

#include "apierror.h"
#include "database.h"
#include "generationstore.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Where a sync is: what the UI's progress bar and the CLI's progress line show.
struct SyncProgress
{
    QString phase; // tags | workloads | clusters | owners | committing
    int pages = 0;
    qint64 tags = 0; // image-tag rows received (resumed syncs count the pages before the resume too)
    qint64 workloads = 0;
    qint64 clusters = 0;
    qint64 ownerRecords = 0; // owner-trail records read (the owners phase)
    std::optional<qint64> serverTotal; // total_count of the first tags page, when the platform gives it
    qint64 elapsedMs = 0;
    qint64 tagsElapsedMs = 0; // time spent in the tags phase: what the rate is measured over
    bool resumed = false;

    double tagsPerSecond() const
    {
        const qint64 ms = tagsElapsedMs > 0 ? tagsElapsedMs : elapsedMs;
        return ms > 0 ? double(tags) * 1000.0 / double(ms) : 0.0;
    }
    // 0..1 when the total is known, -1 otherwise.
    double fraction() const
    {
        return serverTotal && *serverTotal > 0 ? std::min(1.0, double(tags) / double(*serverTotal)) : -1.0;
    }
};

// How reading the owner trail went (TrailReader). A read that stopped short says why in `warning`; the
// sync itself does not fail for it.
struct TrailReadResult
{
    QString repository; // empty: not read
    qint64 listed = 0; // record files the search found
    qint64 stored = 0; // records read and kept
    qint64 rejected = 0; // files that are not records (another schema, malformed, too large)
    qint64 missing = 0; // listed, then gone before they were read
    QStringList rejectedSamples;
    QString warning; // one line for the user; empty when the read reached the end of the trail
};

struct SyncResult
{
    enum class Outcome { Completed, Held, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    qint64 generation = 0;
    SyncProgress progress;
    QString message; // one line for the user
    ApiError apiError;
    DbError dbError;
    qint64 rejectedRows = 0;
    QStringList rejectedSamples; // the first few reasons
    // After a commit (or a hold): what the platform reported, what arrived and what was stored. When they
    // differ, `counts.warning()` says so; the generation is kept and records the same numbers.
    RowCounts counts;
    TrailReadResult trail;

    // exit codes (README.md "CLI"): 0 success, 2 network or platform, 3 data.
    int exitCode() const;
};

Q_DECLARE_METATYPE(SyncProgress)
Q_DECLARE_METATYPE(SyncResult)
Q_DECLARE_METATYPE(TrailReadResult)
