#pragma once

#include "channellistmodel.h"
#include "criteriatreemodel.h"
#include "generatedcode.h"
#include "rulecasestatus.h"
#include "ruledeployment.h"
#include "ruledraft.h"
#include "ruleeditorstatus.h"
#include "rulemessageeditor.h"
#include "rulepreview.h"
#include "ruleproblems.h"
#include "rulescontroller.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// The visual rule editor: one stored rule, edited as a Rule value (a RuleDraft shared by its parts).
// The editor holds what makes the rule this rule (its id, name and description, whether it is
// loaded and edited) and what is done with it as a whole (save, revert, deploy, enable, delete);
// its parts are typed objects and models: the criteria tree, the channels, the message, the
// problems RuleJson finds, a live preview on a sample event, the generated worker.ts, the state on
// the platform and the golden cases. QML forwards intent to them; every decision is made here.
class RuleEditorController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RulesController *rules READ rules WRITE setRules NOTIFY rulesChanged)
    Q_PROPERTY(QString ruleId READ ruleId NOTIFY loadedChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY edited)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY edited)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY edited)
    Q_PROPERTY(
        RuleEditorStatus status READ status NOTIFY statusChanged) // the last save/export/secret outcome
    Q_PROPERTY(RuleProblems *problems READ problems CONSTANT)
    Q_PROPERTY(CriteriaTreeModel *criteria READ criteria CONSTANT)
    Q_PROPERTY(ChannelListModel *channels READ channels CONSTANT)
    Q_PROPERTY(RuleMessageEditor *message READ message CONSTANT)
    Q_PROPERTY(RulePreview *preview READ preview CONSTANT)
    Q_PROPERTY(GeneratedCode *code READ code CONSTANT)
    Q_PROPERTY(RuleDeployment *deployment READ deployment CONSTANT)
    Q_PROPERTY(RuleCaseStatus *cases READ cases CONSTANT)

public:
    explicit RuleEditorController(QObject *parent = nullptr);
    ~RuleEditorController() override;

    RulesController *rules() const { return m_rules; }
    void setRules(RulesController *rules);

    QString ruleId() const { return m_draft.rule.id; }
    bool loaded() const { return m_draft.loaded; }
    bool dirty() const { return m_draft.loaded && m_draft.rule != m_draft.saved; }
    const Rule &rule() const { return m_draft.rule; }
    QString name() const { return m_draft.rule.name; }
    void setName(const QString &name);
    QString description() const { return m_draft.rule.description; }
    void setDescription(const QString &description);
    RuleEditorStatus status() const { return m_status; }

    RuleProblems *problems() { return &m_problems; }
    CriteriaTreeModel *criteria() { return &m_criteria; }
    ChannelListModel *channels() { return &m_channels; }
    RuleMessageEditor *message() { return &m_message; }
    RulePreview *preview() { return &m_preview; }
    GeneratedCode *code() { return &m_code; }
    RuleDeployment *deployment() { return &m_deployment; }
    RuleCaseStatus *cases() { return &m_cases; }

    Q_INVOKABLE bool load(const QString &ruleId);
    Q_INVOKABLE bool save();
    Q_INVOKABLE void revert();
    // The rule as edited, as its canonical JSON document.
    Q_INVOKABLE QString documentJson() const;

    // Save if needed, then hand the operation to RulesController (its `operation` shows the steps).
    Q_INVOKABLE bool deploy(bool enable);
    Q_INVOKABLE bool setEnabled(bool enabled);
    Q_INVOKABLE bool removeWorker();
    // Deletes the rule and its secrets (refused while its worker is on the platform); the editor empties.
    Q_INVOKABLE bool deleteRule();

Q_SIGNALS:
    void rulesChanged();
    void loadedChanged();
    void edited();
    void statusChanged();
    void saved();

private:
    // After every edit: the problems, the preview and the code.
    void changed();
    // After the draft was replaced: every part shows it anew.
    void reloadParts();
    void setStatus(const QString &text, bool failed = false);
    void checkCases();

    QPointer<RulesController> m_rules;
    RuleDraft m_draft;
    RuleEditorStatus m_status;
    RuleProblems m_problems;
    CriteriaTreeModel m_criteria;
    ChannelListModel m_channels;
    RuleMessageEditor m_message;
    RulePreview m_preview;
    RuleDeployment m_deployment;
    GeneratedCode m_code;
    RuleCaseStatus m_cases;
};
