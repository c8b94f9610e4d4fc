#pragma once

#include "person.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

struct RuleDraft;
class RuleDeployment;
class RuleProblems;

// The edited rule's worker.ts, generated when read (only while the code is shown), and the export
// of the whole `jf worker` project.
class GeneratedCode : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GeneratedCode belongs to a RuleEditorController")
    Q_PROPERTY(QString text READ text NOTIFY changed)

public:
    GeneratedCode(const RuleDraft &draft, const RuleProblems &problems, const RuleDeployment &deployment,
                  QObject *parent = nullptr);

    QString text() const;
    // The rule changed: the code is generated again when next read.
    void invalidate();
    // The user's own people directory entries the worker embeds (the rest it asks the platform for).
    void setPeople(const QList<Person> &people)
    {
        m_people = people;
        invalidate();
    }

    // Writes the `jf worker` project into <folder>/<worker key>; false and `outcome` says why.
    Q_INVOKABLE bool exportProject(const QUrl &folder);

Q_SIGNALS:
    void changed();
    // The export's outcome, for the editor's status line.
    void outcome(const QString &text, bool failed);

private:
    const RuleDraft &m_draft;
    const RuleProblems &m_problems;
    const RuleDeployment &m_deployment;
    mutable QString m_text;
    QList<Person> m_people;
    mutable bool m_stale = true;
};
