#include "taglistmodel.h"

#include "inventory.h"

TagListModel::TagListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TagListModel::setInventory(Inventory *inventory)
{
    if (m_inventory == inventory)
        return;
    if (m_inventory)
        disconnect(m_inventory, nullptr, this, nullptr);
    m_inventory = inventory;
    if (m_inventory)
        connect(m_inventory, &Inventory::changed, this, &TagListModel::reload);
    Q_EMIT inventoryChanged();
    reload();
}

void TagListModel::setSearch(const QString &text)
{
    if (m_query.text == text)
        return;
    m_query.text = text;
    Q_EMIT searchChanged();
    reload();
}

void TagListModel::reload()
{
    beginResetModel();
    m_windows.clear();
    m_recent.clear();
    m_count = 0;
    if (m_inventory && m_inventory->hasData())
        m_count = int(m_inventory->tags().countMatching(m_inventory->generation(), m_query));
    endResetModel();
    Q_EMIT countChanged();
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

const TagRow *TagListModel::row(int index) const
{
    if (!m_inventory || index < 0 || index >= m_count)
        return nullptr;
    const int window = index / windowSize;
    auto it = m_windows.find(window);
    if (it == m_windows.end()) {
        TagQuery query = m_query;
        query.offset = window * windowSize;
        query.limit = windowSize;
        it = m_windows.insert(window, m_inventory->tags().rows(m_inventory->generation(), query));
        if (m_windows.size() > maxWindows && !m_recent.isEmpty())
            m_windows.remove(m_recent.takeFirst());
    }
    m_recent.removeOne(window);
    m_recent.append(window);
    const QList<TagRow> &rows = *it;
    const int offset = index - window * windowSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    const TagRow *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case NameRole:
        return r->name;
    case TagRole:
        return r->tag;
    case ReferenceRole:
        return QString(r->name + u':' + r->tag);
    case RegistryRole:
        return r->registry;
    case RepositoryPathRole:
        return r->repositoryPath;
    case DigestRole:
        return r->digest;
    case RisksRole:
        return RiskNames::canonicalList(r->risks);
    case VulnerabilitiesRole:
        return r->vulnerabilities;
    case RuntimeStatusRole:
        return r->runtimeStatus;
    case ArchitectureRole:
        return r->architecture;
    case WorkloadsRole:
        return r->workloads;
    case ClustersRole:
        return r->clusters;
    case BuildOwnerRole:
        return r->buildOwner;
    case DeployedByRole:
        return r->deployedBy;
    case ChangedRole:
        return r->changed;
    }
    return {};
}

QHash<int, QByteArray> TagListModel::roleNames() const
{
    return {{NameRole, "name"},
            {TagRole, "tag"},
            {ReferenceRole, "reference"},
            {RegistryRole, "registry"},
            {RepositoryPathRole, "repositoryPath"},
            {DigestRole, "digest"},
            {RisksRole, "risks"},
            {VulnerabilitiesRole, "vulnerabilities"},
            {RuntimeStatusRole, "runtimeStatus"},
            {ArchitectureRole, "architecture"},
            {WorkloadsRole, "workloads"},
            {ClustersRole, "clusters"},
            {BuildOwnerRole, "buildOwner"},
            {DeployedByRole, "deployedBy"},
            {ChangedRole, "changed"}};
}
