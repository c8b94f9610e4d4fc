#pragma once

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

class Database;

// What the platform said it had (`total_count`), what arrived in its pages and what the cache kept, for
// one generation. They differ when the platform miscounts, sends a row twice, or rows are refused.
struct RowCounts
{
    std::optional<qint64> reported;
    std::optional<qint64> received; // unknown for generations written before cache v5
    qint64 stored = 0;

    bool agree() const;
    // "the platform reported 2,507 image tags; 2,500 received, 2,500 stored"; empty when they agree.
    QString warning(const QLocale &locale = QLocale()) const;
};

struct GenerationInfo
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString state; // running | complete | failed | abandoned | held
    QString source;
    QString phase; // tags | workloads | clusters
    QString resumeKey;
    qint64 pages = 0;
    qint64 tagCount = 0;
    qint64 workloadCount = 0;
    qint64 clusterCount = 0;
    qint64 rejectedCount = 0;
    std::optional<qint64> serverTotal;
    std::optional<qint64> receivedCount;
    QString error;

    RowCounts rowCounts() const { return { serverTotal, receivedCount, tagCount }; }
};

// The life of a sync generation. A sync writes into its own generation; commit() makes it the
// one shown in a single statement, so a failed, cancelled or killed sync leaves the previous
// generation whole. The newest complete generation is the current one.
class GenerationStore
{
public:
    enum class CommitOutcome { Committed, Held, Failed };
    struct CommitPolicy
    {
        bool acceptShrink = false; // the user confirmed that far fewer tags is right
        double shrinkRatio = 0.5; // fewer than this share of the current count is held for confirmation
        int keepComplete = 4; // generations kept for "changed since" and backtests
    };

    explicit GenerationStore(Database &db);

    // The newest complete generation; `failed` tells "none" from "could not read".
    std::optional<GenerationInfo> current(bool *failed = nullptr);
    std::optional<GenerationInfo> previous(); // the complete generation before the current one
    std::optional<GenerationInfo> byId(qint64 id);
    std::optional<GenerationInfo> held();
    QList<GenerationInfo> all();
    // A running generation for `source` left by a killed sync that can be continued.
    std::optional<GenerationInfo> resumable(const QString &source, qint64 maxAgeSecs);

    qint64 begin(const QString &source); // 0 on failure
    // `received`: image-tag rows the page brought, counted whether or not they were stored.
    bool recordProgress(qint64 generation, const QString &phase, const QString &resumeKey, int pages,
                        int rejected, qint64 received = 0);
    CommitOutcome commit(qint64 generation, std::optional<qint64> serverTotal, const CommitPolicy &policy,
                         QString *reason = nullptr);
    bool fail(qint64 generation, const QString &error);
    // Running generations left by a killed process that cannot be resumed become 'abandoned'.
    bool abandonStale(const QString &keepResumableFor = {}, qint64 maxAgeSecs = 0);
    bool promoteHeld(qint64 generation, const CommitPolicy &policy);
    bool discardHeld(qint64 generation);
    // Drops generations beyond policy.keepComplete, failed ones, and tag rows nobody references.
    bool collectGarbage(const CommitPolicy &policy);

private:
    std::optional<GenerationInfo> one(const QString &where, const QVariantList &values,
                                      bool *failed = nullptr);
    bool markComplete(qint64 generation, std::optional<qint64> serverTotal, const CommitPolicy &policy);
    Database &m_db;
};
