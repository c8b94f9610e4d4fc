#include "generatedcode.h"

#include "ruledeployment.h"
#include "ruledraft.h"
#include "ruleproblems.h"
#include "workergenerator.h"

#include <QCoreApplication>
#include <QDir>

// The comment and the export's outcome keep the rule editor's translation context.

GeneratedCode::GeneratedCode(const RuleDraft &draft, const RuleProblems &problems,
                             const RuleDeployment &deployment, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_problems(problems)
    , m_deployment(deployment)
{ }

QString GeneratedCode::text() const
{
    if (m_stale) {
        m_text = !m_draft.loaded ? QString()
            : m_problems.valid()
            ? QString::fromUtf8(WorkerGenerator::workerSource(m_draft.rule, m_people))
            : QCoreApplication::translate(
                  "RuleEditorController",
                  "// The worker is generated once the rule is valid. First problem:\n// %1\n")
                  .arg(m_problems.list().constFirst());
        m_stale = false;
    }
    return m_text;
}

void GeneratedCode::invalidate()
{
    m_stale = true;
    Q_EMIT changed();
}

bool GeneratedCode::exportProject(const QUrl &folder)
{
    if (!m_draft.loaded)
        return false;
    const QString key = m_deployment.workerKey();
    const QString directory =
        QDir(folder.isLocalFile() ? folder.toLocalFile() : folder.toString()).filePath(key);
    QString error;
    if (!WorkerGenerator::write(WorkerGenerator::generate(m_draft.rule, key, m_people), directory, &error)) {
        Q_EMIT outcome(QCoreApplication::translate("RuleEditorController", "Not exported: %1")
                           .arg(error.section(u'\n', 0, 0)),
                       true);
        return false;
    }
    Q_EMIT outcome(QCoreApplication::translate("RuleEditorController", "Exported the worker project to %1")
                       .arg(QDir::toNativeSeparators(directory)),
                   false);
    return true;
}
