#pragma once

#include "rulestore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The stored rules the harness can backtest or, with deployedOnly, run on the platform: the ones
// deployed at some revision (their worker key is set).
class RuleChoiceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RuleChoiceModel belongs to a HarnessController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        NameRole,
        StateRole, // RuleStore::stateName
        WorkerKeyRole, // empty until deployed
    };
    Q_ENUM(Role)

    explicit RuleChoiceModel(bool deployedOnly, QObject *parent = nullptr);

    void setRules(const QList<StoredRule> &rules);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    bool m_deployedOnly;
    QList<StoredRule> m_rules;
};
