#pragma once

#include "rule.h"
#include "workertypes.h"

#include <QStringList>

#include <optional>

// A worker as the platform lists it, and whether Runtime Desk made it: a worker whose code carries
// a rule this generator reads back (WorkerGenerator::importWorker) can be managed from its rule;
// any other worker is shown read-only, with its code.
struct PlatformWorker
{
    WorkerDetails details;
    std::optional<Rule> rule; // the rule embedded in the code, when Runtime Desk made it
    bool edited = false; // the code around the rule was changed by hand
    QString problem; // why the worker is read-only (one line)

    bool readOnly() const { return !rule.has_value(); }
    // True when this worker was made from the rule `ruleId`.
    bool isMadeFrom(const QString &ruleId) const { return rule && rule->id == ruleId; }

    static PlatformWorker fromDetails(const WorkerDetails &details);
};
