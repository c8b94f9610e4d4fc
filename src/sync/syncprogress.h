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
    QString phase; // tags | workloads | clusters | committing
    int pages = 0;
    qint64 tags = 0; // image-tag rows received (resumed syncs count the pages before the resume too)
    qint64 workloads = 0;
    qint64 clusters = 0;
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

    // design.md 4: 0 success, 2 network or platform, 3 data.
    int exitCode() const;
};

Q_DECLARE_METATYPE(SyncProgress)
Q_DECLARE_METATYPE(SyncResult)
