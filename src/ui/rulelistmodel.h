#pragma once

#include "rulestore.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

// The rules of the local database with their deployment status, for the rules page's list.
class RuleListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RuleListModel belongs to RulesController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        NameRole,
        StateRole, // draft, deployed, enabled, out_of_date
        StateLabelRole,
        WorkerKeyRole,
        RevisionRole,
        UpdatedAtRole,
        ProblemRole, // why the stored document does not read; empty when it does
        SummaryRole, // "3 conditions · Slack, webhook, email"
        DrillFailedRole, // the rule's last fire drill failed on a channel
    };
    Q_ENUM(Role)

    explicit RuleListModel(QObject *parent = nullptr);

    void setRules(const QList<StoredRule> &rules);
    const QList<StoredRule> &rules() const { return m_rules; }
    // The rules whose last fire drill failed (DrillController keeps this current).
    void setDrillFailures(const QSet<QString> &ruleIds);
    Q_INVOKABLE int indexOf(const QString &ruleId) const;
    Q_INVOKABLE QString idAt(int row) const { return m_rules.value(row).id; }

    static QString stateLabel(DeploymentState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<StoredRule> m_rules;
    QSet<QString> m_drillFailures;
};
