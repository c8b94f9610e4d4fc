#pragma once

#include "inventory.h"
#include "rule.h"
#include "rulescontroller.h"
#include "sampleevents.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The visual rule editor: one stored rule, edited as a Rule value and published to QML as
// variants (the criteria tree, the channels), with validation from RuleJson, a live preview of the
// message on a chosen sample event, the generated worker.ts, and the keychain status of each secret.
// QML forwards intent (addCondition(path), setCondition(path, key, value), setSecret(name, value),
// save(), deploy(enable) …); every decision is made here.
//
// Paths are lists of child indexes from the root group. Structural edits (add, remove, move, group,
// a condition's kind or op, a channel added or removed) re-publish `criteria`/`channels`; value
// edits (a pattern, a count, a channel's address) only update the rule and `validation`, so a text
// field being typed in is not rebuilt under the cursor.
class RuleEditorController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RulesController *rules READ rules WRITE setRules NOTIFY rulesChanged)
    Q_PROPERTY(Inventory *inventory READ inventory WRITE setInventory NOTIFY samplesChanged)
    Q_PROPERTY(QString ruleId READ ruleId NOTIFY loadedChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY edited)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY edited)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY edited)
    Q_PROPERTY(QString messageTitle READ messageTitle WRITE setMessageTitle NOTIFY edited)
    Q_PROPERTY(QString messageText READ messageText WRITE setMessageText NOTIFY edited)
    Q_PROPERTY(int cooldownSeconds READ cooldownSeconds WRITE setCooldownSeconds NOTIFY edited)
    Q_PROPERTY(QString dedupeKey READ dedupeKey WRITE setDedupeKey NOTIFY edited)
    Q_PROPERTY(QVariantMap criteria READ criteria NOTIFY criteriaChanged)
    Q_PROPERTY(QVariantList channels READ channels NOTIFY channelsChanged)
    Q_PROPERTY(QString criteriaText READ criteriaText NOTIFY validationChanged) // the criteria in words
    Q_PROPERTY(QStringList errors READ errors NOTIFY validationChanged)
    Q_PROPERTY(QString errorsText READ errorsText NOTIFY validationChanged) // one per line
    Q_PROPERTY(int validation READ validation NOTIFY validationChanged) // bumps on every revalidation
    Q_PROPERTY(bool valid READ valid NOTIFY validationChanged)
    Q_PROPERTY(QStringList sampleTitles READ sampleTitles NOTIFY samplesChanged)
    Q_PROPERTY(int sampleIndex READ sampleIndex WRITE setSampleIndex NOTIFY previewChanged)
    Q_PROPERTY(QString previewTitle READ previewTitle NOTIFY previewChanged)
    Q_PROPERTY(QString previewText READ previewText NOTIFY previewChanged)
    Q_PROPERTY(bool previewFires READ previewFires NOTIFY previewChanged)
    Q_PROPERTY(QVariantList previewVerdicts READ previewVerdicts NOTIFY previewChanged)
    Q_PROPERTY(QString generatedCode READ generatedCode NOTIFY codeChanged)
    Q_PROPERTY(QString workerKey READ workerKey NOTIFY statusChanged)
    Q_PROPERTY(QString state READ state NOTIFY statusChanged)
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY statusChanged)
    Q_PROPERTY(bool deployed READ deployed NOTIFY statusChanged) // a worker of this rule is on the platform
    Q_PROPERTY(bool workerEnabled READ workerEnabled NOTIFY statusChanged)
    Q_PROPERTY(QVariantMap secretStatus READ secretStatus NOTIFY secretsChanged) // name -> stored?
    Q_PROPERTY(QString status READ status NOTIFY statusChanged) // the last save/export/secret outcome
    Q_PROPERTY(bool statusFailed READ statusFailed NOTIFY statusChanged)
    // The rule's golden cases as of the last load or save (issue 5, 5): a failing case shows here,
    // saving still works, and the deploy refuses until it passes.
    Q_PROPERTY(int caseCount READ caseCount NOTIFY casesChanged)
    Q_PROPERTY(bool casesPass READ casesPass NOTIFY casesChanged)
    Q_PROPERTY(QString caseSummary READ caseSummary NOTIFY casesChanged)
    Q_PROPERTY(QStringList caseLines READ caseLines NOTIFY casesChanged)
    Q_PROPERTY(QStringList placeholders READ placeholders CONSTANT)
    Q_PROPERTY(QVariantList conditionKinds READ conditionKinds CONSTANT)
    Q_PROPERTY(QVariantList matchFields READ matchFields CONSTANT)
    Q_PROPERTY(QVariantList matchOps READ matchOps CONSTANT)
    Q_PROPERTY(QVariantList riskOptions READ riskOptions CONSTANT)
    Q_PROPERTY(QVariantList severityOptions READ severityOptions CONSTANT)

public:
    explicit RuleEditorController(QObject *parent = nullptr);
    ~RuleEditorController() override;

    RulesController *rules() const { return m_rules; }
    void setRules(RulesController *rules);
    Inventory *inventory() const { return m_inventory; }
    void setInventory(Inventory *inventory);

    QString ruleId() const { return m_rule.id; }
    bool loaded() const { return m_loaded; }
    bool dirty() const { return m_loaded && m_rule != m_saved; }
    const Rule &rule() const { return m_rule; }
    QString name() const { return m_rule.name; }
    void setName(const QString &name);
    QString description() const { return m_rule.description; }
    void setDescription(const QString &description);
    QString messageTitle() const { return m_rule.message.title; }
    void setMessageTitle(const QString &title);
    QString messageText() const { return m_rule.message.text; }
    void setMessageText(const QString &text);
    int cooldownSeconds() const { return int(m_rule.cooldownSeconds); }
    void setCooldownSeconds(int seconds);
    QString dedupeKey() const { return m_rule.dedupeKey; }
    void setDedupeKey(const QString &key);

    QVariantMap criteria() const;
    QVariantList channels() const;
    QString criteriaText() const;
    QStringList errors() const { return m_errors; }
    QString errorsText() const { return m_errors.join(u'\n'); }
    int validation() const { return m_validation; }
    bool valid() const { return m_errors.isEmpty(); }
    QStringList sampleTitles() const;
    int sampleIndex() const { return m_sampleIndex; }
    void setSampleIndex(int index);
    QString previewTitle() const { return m_previewTitle; }
    QString previewText() const { return m_previewText; }
    bool previewFires() const { return m_previewFires; }
    QVariantList previewVerdicts() const { return m_previewVerdicts; }
    QString generatedCode() const;
    QString workerKey() const;
    QString state() const;
    QString stateLabel() const;
    bool deployed() const;
    bool workerEnabled() const;
    QVariantMap secretStatus() const { return m_secretStatus; }
    QString status() const { return m_status; }
    bool statusFailed() const { return m_statusFailed; }
    int caseCount() const { return m_caseCount; }
    bool casesPass() const { return m_casesPass; }
    QString caseSummary() const { return m_caseSummary; }
    QStringList caseLines() const { return m_caseLines; }
    QStringList placeholders() const;
    QVariantList conditionKinds() const;
    QVariantList matchFields() const;
    QVariantList matchOps() const;
    QVariantList riskOptions() const;
    QVariantList severityOptions() const;

    Q_INVOKABLE bool load(const QString &ruleId);
    Q_INVOKABLE bool save();
    Q_INVOKABLE void revert();
    // The rule as edited, as its canonical JSON document.
    Q_INVOKABLE QString documentJson() const;
    // The first validation error at or below this place of the document ("criteria.all[0]",
    // "channels[1]", "message.title"), with the rest of its path; "" when there is none. `own`:
    // only an error of that place itself, not of what is inside it.
    Q_INVOKABLE QString errorAt(const QString &jsonPath, bool own = false) const;

    // Criteria (criteria edits: ruleeditorcontroller_edit.cpp).
    Q_INVOKABLE void addCondition(const QVariantList &groupPath);
    Q_INVOKABLE void addGroup(const QVariantList &groupPath, bool any);
    Q_INVOKABLE void removeNode(const QVariantList &path);
    Q_INVOKABLE void moveNode(const QVariantList &path, int delta);
    Q_INVOKABLE void groupNode(const QVariantList &path);
    Q_INVOKABLE void ungroupNode(const QVariantList &path);
    Q_INVOKABLE void setGroupType(const QVariantList &path, bool any);
    // key: kind, field, op, pattern (for "in"/"not in": values separated by commas), risk, severity, count
    Q_INVOKABLE void setCondition(const QVariantList &path, const QString &key, const QVariant &value);

    // Channels: type slack, webhook or email.
    Q_INVOKABLE void addChannel(const QString &type);
    Q_INVOKABLE void removeChannel(int index);
    Q_INVOKABLE void moveChannel(int index, int delta);
    // key: id, urlSecret, signingSecret, apiKeySecret, baseUrl, fromEmail, fromName, to (comma separated)
    Q_INVOKABLE void setChannel(int index, const QString &key, const QVariant &value);

    // Secret values go to the keychain only; QML never reads them back.
    Q_INVOKABLE void setSecret(const QString &name, const QString &value);
    Q_INVOKABLE void forgetSecret(const QString &name);

    // Writes the `jf worker` project into <folder>/<worker key>; false and `status` says why.
    Q_INVOKABLE bool exportProject(const QUrl &folder);
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
    void criteriaChanged();
    void channelsChanged();
    void validationChanged();
    void samplesChanged();
    void previewChanged();
    void codeChanged();
    void statusChanged();
    void secretsChanged();
    void casesChanged();
    void saved();

private:
    // After every change: validation, preview and code; `structure` re-publishes criteria/channels.
    void changed(bool criteriaStructure, bool channelStructure);
    void revalidate();
    void updatePreview();
    void refreshSecrets();
    void reloadSamples();
    void setStatus(const QString &status, bool failed = false);
    void checkCases();
    QVariantMap nodeVariant(const CriteriaNode &node, const QList<int> &path) const;
    QString uniqueChannelId(const QString &base) const;
    QString uniqueSecretName(const QString &base) const;

    QPointer<RulesController> m_rules;
    QPointer<Inventory> m_inventory;
    Rule m_rule;
    Rule m_saved;
    bool m_loaded = false;
    QStringList m_errors;
    int m_validation = 0;
    QList<SampleEvents::Sample> m_samples;
    int m_sampleIndex = 0;
    qint64 m_previewTime = 0;
    QString m_previewTitle;
    QString m_previewText;
    bool m_previewFires = false;
    QVariantList m_previewVerdicts;
    mutable QString m_code;
    mutable bool m_codeStale = true;
    QVariantMap m_secretStatus;
    QString m_status;
    bool m_statusFailed = false;
    int m_caseCount = 0;
    bool m_casesPass = true;
    QString m_caseSummary;
    QStringList m_caseLines;
};
