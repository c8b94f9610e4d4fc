#pragma once

#include "goldencase.h"
#include "rule.h"
#include "workerdeployjob.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

struct CaseFailure
{
    QString caseId;
    QString caseName;
    QString ruleId;
    QString reason; // one line: what was expected and what happened
};

struct CaseCheck
{
    bool ok = true; // no case failed (true when there are none)
    int cases = 0;
    int passed = 0;
    QList<CaseFailure> failures;
    QString error; // the cases or the rule could not be read: ok is false

    // "case \"integrity on api\": expected channels [slack, email], it sends to [slack]", one per failure.
    QStringList lines() const;
};

// Runs golden cases: the rule-save and deploy paths call check() and refuse a deploy when ok is
// false, showing lines(). A case runs the real engine and planner on the case's event at the case's
// clock, with stand-in secrets for every secret the rule names (a case is about the rule, not about
// this machine's keychain: every channel plans as if it were configured). No network.
class CaseRunner
{
    Q_DECLARE_TR_FUNCTIONS(CaseRunner)

public:
    explicit CaseRunner(Database &local);

    // The stored rule and its cases.
    CaseCheck check(const QString &ruleId);
    // An edited rule (before it is saved or deployed) against the cases stored for its id.
    CaseCheck check(const Rule &rule);
    // Every stored rule's cases (a rule whose document does not read fails its cases).
    CaseCheck checkAll();

    // Why one case fails for this rule; empty when it passes.
    static QStringList failures(const GoldenCase &goldenCase, const Rule &rule);
    static QHash<QString, QString> standInSecrets(const Rule &rule);

    // The gate a WorkerDeployJob passes before it deploys: check(rule) on this database's cases.
    static DeployGate deployGate(Database &local);

private:
    Database &m_db;
};
