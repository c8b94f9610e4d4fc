#pragma once

#include "ruleengine.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// Why the edited rule fires or not on the preview's sample event: each condition, whether it held,
// and the value the event had.
class ConditionVerdictModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConditionVerdictModel belongs to a RulePreview")

public:
    enum Role {
        TextRole = Qt::UserRole + 1, // "description": a Label delegate has a text of its own
        PassedRole,
        ValueRole,
        PathRole,
    };
    Q_ENUM(Role)

    explicit ConditionVerdictModel(QObject *parent = nullptr);

    void setVerdicts(const QList<ConditionVerdict> &verdicts);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ConditionVerdict> m_verdicts;
};
