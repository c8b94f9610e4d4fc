#pragma once

#include "workerdeployjob.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The steps of a deploy, enable, disable or remove operation, each with its state and one line of
// what happened.
class DeployStepModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DeployStepModel belongs to a DeployOperation")

public:
    enum Role {
        StepIdRole = Qt::UserRole + 1, // generate, cases, secrets, actions, options, lookup, write, …
        TitleRole,
        StepStateRole, // pending, running, done, failed, skipped ("stepState": an Item has a state)
        DetailRole,
    };
    Q_ENUM(Role)

    explicit DeployStepModel(QObject *parent = nullptr);

    void setSteps(const QList<WorkerDeployJob::Step> &steps);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<WorkerDeployJob::Step> m_steps;
};
