#include "rulecasestatus.h"

#include "caserunner.h"

#include <QCoreApplication>

// The summaries keep the rule editor's translation context.

RuleCaseStatus::RuleCaseStatus(QObject *parent)
    : QObject(parent)
{ }

void RuleCaseStatus::check(Database &local, const QString &ruleId)
{
    const CaseCheck check = CaseRunner(local).check(ruleId);
    m_count = check.cases;
    m_passing = check.ok;
    m_lines = check.lines();
    if (!check.error.isEmpty())
        m_summary = QCoreApplication::translate("RuleEditorController", "The golden cases could not be run");
    else if (check.cases == 0)
        m_summary = QString();
    else if (check.ok)
        m_summary = QCoreApplication::translate("RuleEditorController", "%n golden case(s) pass", nullptr,
                                                check.cases);
    else
        m_summary =
            QCoreApplication::translate("RuleEditorController",
                                        "%1 of %n golden case(s) fail: the rule cannot be deployed until "
                                        "they pass",
                                        nullptr, check.cases)
                .arg(check.cases - check.passed);
    Q_EMIT changed();
}
