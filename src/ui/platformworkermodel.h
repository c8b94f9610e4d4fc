#pragma once

#include "platformworker.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The workers on the platform, Runtime Desk's and the others (read-only, with their code).
class PlatformWorkerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PlatformWorkerModel belongs to RulesController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        DescriptionRole,
        ActionRole,
        EnabledRole,
        ReadOnlyRole, // not made by Runtime Desk: shown, never changed
        RuleIdRole, // the embedded rule's id, when Runtime Desk made it
        RuleNameRole,
        EditedRole, // Runtime Desk's worker, changed by hand afterwards
        SourceCodeRole,
        ProblemRole, // why it is read-only
        SecretKeysRole,
    };
    Q_ENUM(Role)

    explicit PlatformWorkerModel(QObject *parent = nullptr);

    void setWorkers(const QList<PlatformWorker> &workers);
    const QList<PlatformWorker> &workers() const { return m_workers; }
    const PlatformWorker *find(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<PlatformWorker> m_workers;
};
