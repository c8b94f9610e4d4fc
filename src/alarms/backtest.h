#pragma once

#include "generationstore.h"
#include "rule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// An alarm a rule would have raised on one change the cache saw between two syncs.
struct BacktestAlarm
{
    qint64 generation = 0; // the newer generation of the pair
    QDateTime at; // when that sync finished: when the change was seen
    QString workload; // cluster/namespace/name
    QString tagReference; // the changed tag (registry/repository_path/name:tag)
    QStringList changes; // what changed in that workload: "nginx:1.25 gained the risk Integrity violation"
    QStringList why; // the conditions that held, with the values they saw
    QStringList channels; // the channels it would have notified
    QJsonObject event;
};

struct BacktestResult
{
    QList<GenerationInfo> generations; // the complete generations replayed, oldest first
    int changedTags = 0; // new, different or gone tags over every pair
    int events = 0; // workload events replayed
    int suppressed = 0; // events that matched but the rule's cooldown would have silenced
    QList<BacktestAlarm> alarms;
    QStringList notes;
    QString error;

    // {generations: [{id, finished_at, tags}], changed_tags, events, suppressed, alarms: [{generation, at,
    //  workload, tag, changes, why, channels, event}], notes}
    QByteArray toJson(int indent = 2) const;
};

// "Would have fired": a rule, draft or not, replayed over the changes between the stored
// sync generations (up to 4 complete ones are kept). For each pair, every tag that is new, different or
// gone makes its workloads' AFTER_WORKLOAD_STATE_CHANGE event (one per workload, built by EventFactory
// from the newer generation's rows, the changed tag first); the rule evaluates each, and its cooldown
// runs across the replay as the worker's state would (the sync's finish time is the event's time).
class Backtest
{
    Q_DECLARE_TR_FUNCTIONS(Backtest)

public:
    static constexpr int maxEvents = 100000;

    static BacktestResult run(const Rule &rule, Database &cache);
};
