#pragma once

#include "tagquery.h"
#include "tagstore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class Inventory;

// The image tags of the current generation, read from SQLite in windows: the model holds a few
// hundred rows at a time, never the whole list.
class TagListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Inventory *inventory READ inventory WRITE setInventory NOTIFY inventoryChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        TagRole,
        ReferenceRole,
        RegistryRole,
        RepositoryPathRole,
        DigestRole,
        RisksRole,
        VulnerabilitiesRole,
        RuntimeStatusRole,
        ArchitectureRole,
        WorkloadsRole,
        ClustersRole,
        BuildOwnerRole,
        DeployedByRole,
        ChangedRole,
    };
    Q_ENUM(Role)

    static constexpr int windowSize = 200;
    static constexpr int maxWindows = 8;

    explicit TagListModel(QObject *parent = nullptr);

    Inventory *inventory() const { return m_inventory; }
    void setInventory(Inventory *inventory);
    QString search() const { return m_query.text; }
    void setSearch(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void inventoryChanged();
    void searchChanged();
    void countChanged();

private:
    const TagRow *row(int index) const;

    QPointer<Inventory> m_inventory;
    TagQuery m_query;
    int m_count = 0;
    mutable QHash<int, QList<TagRow>> m_windows; // window index -> rows
    mutable QList<int> m_recent;                 // least recently used first
};
