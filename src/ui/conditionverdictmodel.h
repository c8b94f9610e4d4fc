#pragma once

#include "ruleengine.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// Each condition of one rule on one event, green or red, with the value it saw: a simulated rule
// on the harness page, the edited rule on the preview's sample event in the editor.
class ConditionVerdictModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConditionVerdictModel belongs to a SimulationModel or a RulePreview")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TextRole =
            Qt::UserRole + 1, // "description": namespace matches "prod*" (a Label has a text of its own)
        PassedRole,
        ValueRole, // what it saw: "\"production\""
        PathRole, // where it sits in the rule: "criteria.all[1].any[0]"
    };
    Q_ENUM(Role)

    explicit ConditionVerdictModel(QObject *parent = nullptr);

    void setVerdicts(const QList<ConditionVerdict> &verdicts);
    const QList<ConditionVerdict> &verdicts() const { return m_verdicts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<ConditionVerdict> m_verdicts;
};
