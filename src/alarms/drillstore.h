#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// How often a rule's fire drill is due. Off has no row.
enum class DrillCadence { Off, Daily, Weekly };

// What one channel did in a drill.
struct DrillChannelResult
{
    QString channel; // the rule's channel id
    QString channelType; // slack, webhook, email, ... (RuleJson::channelTypeName)
    bool delivered = false;
    int httpStatus = 0; // 0 when no answer came
    QString verdict; // one line: the dispatcher's or the platform's, never a URL, header or body
    qint64 lastSuccessMs = 0; // on read: the newest drill this channel delivered in, 0 if none
};

// One drill of one rule.
struct DrillRunRecord
{
    qint64 id = 0;
    QString ruleId;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QString path; // direct (planner -> dispatcher) or platform (the deployed worker, test endpoint)
    bool ok = false; // every channel delivered
    QString message; // one line for the whole run
    QList<DrillChannelResult> channels;

    int failedCount() const;
};

// Typed SQL for drill_schedules, drill_runs and drill_results (local v6). Schedules and runs go
// with their rule (ON DELETE CASCADE); a rule keeps its newest keptRuns runs.
class DrillStore
{
public:
    static constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
    // A timer that fires at the same hour every day finds the previous drill a little less than a
    // day old (the previous run took time to start); this much earlier still counts as due.
    static constexpr qint64 slackMs = 15 * 60 * 1000;
    static constexpr int keptRuns = 100;

    explicit DrillStore(Database &local);

    static QString cadenceName(DrillCadence cadence); // off, daily, weekly
    static std::optional<DrillCadence> cadenceFromName(const QString &name);
    static qint64 periodMs(DrillCadence cadence); // 0 for off
    // Due when scheduled and never run, or the last run started at least a period (less slackMs) ago.
    static bool isDue(DrillCadence cadence, qint64 lastRunMs, qint64 nowMs);

    DrillCadence schedule(const QString &ruleId);
    QHash<QString, DrillCadence> schedules(); // rules with a schedule
    bool setSchedule(const QString &ruleId, DrillCadence cadence, qint64 nowMs);
    // Rules whose schedule is due at nowMs, by rule id.
    QStringList due(qint64 nowMs);

    // Stores the run and its results in one transaction; sets run->id.
    bool record(DrillRunRecord *run);
    // The newest run of the rule, each channel with its last success.
    std::optional<DrillRunRecord> last(const QString &ruleId);
    // The newest run of every rule that has one, by rule id.
    QHash<QString, DrillRunRecord> lastOfEach();

private:
    std::optional<DrillRunRecord> readRun(qint64 runId);
    qint64 lastSuccess(const QString &ruleId, const QString &channel);

    Database &m_db;
};
