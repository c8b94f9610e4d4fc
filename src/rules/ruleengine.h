#pragma once

#include "rule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class EventView;

// One condition's verdict: what it asked, whether it held, and what the event had.
struct ConditionVerdict
{
    QString text; // "namespace matches \"prod*\""
    bool passed = false;
    QString value; // "\"production\""
    QString path; // where it sits in the rule: "criteria.all[1].any[0]"
};

struct Evaluation
{
    bool fired = false;
    QList<ConditionVerdict> conditions; // every condition, in tree order (no short-circuit)
};

// Decides whether a rule fires for an AFTER_WORKLOAD_STATE_CHANGE event, with each condition's
// verdict. Pure: the generated worker implements the same decision (worker-runtime.ts).
class RuleEngine
{
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)

public:
    static Evaluation evaluate(const Rule &rule, const QJsonObject &event);
    static Evaluation evaluate(const Rule &rule, const EventView &event);
    static bool holds(const RuleCondition &condition, const EventView &event, QString *value = nullptr);
    // The condition in words, for verdicts and the worker's header comment.
    static QString describe(const RuleCondition &condition);
};
