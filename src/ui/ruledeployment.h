#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

struct RuleDraft;
class RulesController;

// The edited rule on the platform, as the local database records it: its worker's key, its
// deployment state, whether a worker is there and enabled. The running operation and its steps are
// RulesController's `operation`.
class RuleDeployment : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RuleDeployment belongs to a RuleEditorController")
    Q_PROPERTY(QString workerKey READ workerKey NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed) // draft, deployed, enabled, out_of_date
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY changed)
    Q_PROPERTY(bool deployed READ deployed NOTIFY changed) // a worker of this rule is on the platform
    Q_PROPERTY(bool workerEnabled READ workerEnabled NOTIFY changed)

public:
    explicit RuleDeployment(const RuleDraft &draft, QObject *parent = nullptr);

    void setRules(RulesController *rules);
    // The draft was replaced: another rule, or none.
    void refresh() { Q_EMIT changed(); }

    QString workerKey() const;
    QString state() const;
    QString stateLabel() const;
    bool deployed() const;
    bool workerEnabled() const;

Q_SIGNALS:
    void changed();

private:
    const RuleDraft &m_draft;
    QPointer<RulesController> m_rules;
};
