#include "imagelistmodel.h"

#include "database.h"
#include "inventory.h"
#include "logging.h"

#include <algorithm>

ImageListModel::ImageListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ImageListModel::setInventory(Inventory *inventory)
{
    m_inventory = inventory;
    reload();
}

void ImageListModel::setQuery(const TagQuery &query)
{
    m_query = query;
    reload();
}

void ImageListModel::reload()
{
    const qint64 generation = m_inventory && m_inventory->hasData() ? m_inventory->generation() : 0;
    QList<ImageMatch> images;
    if (generation) {
        bool ok = false;
        images = m_inventory->images().matching(generation, m_query, &ok);
        if (!ok) {
            const QString message = m_inventory->database().lastError().message;
            qCWarning(lcUi).noquote() << "the image list query failed:" << message;
            Q_EMIT queryFailed(message);
        }
    }
    QSet<qint64> expandedIds = m_expandedIds;
    QSet<qint64> collapsedIds = m_collapsedIds;
    if (generation != m_generation) {
        // Image ids belong to a generation; what the user expanded is kept by image.
        expandedIds.clear();
        collapsedIds.clear();
        for (const QString &key : std::as_const(m_expandedKeys)) {
            if (const auto row = m_inventory->images().byKey(generation, key))
                expandedIds.insert(row->id);
        }
        for (const QString &key : std::as_const(m_collapsedKeys)) {
            if (const auto row = m_inventory->images().byKey(generation, key))
                collapsedIds.insert(row->id);
        }
    }
    publish(generation, std::move(images), std::move(expandedIds), std::move(collapsedIds));
}

// Replaces the content without a model reset: the rows past the new end are removed (or new
// ones inserted) and the rest reported changed, so the view keeps and rebinds its delegates
// instead of destroying and creating them (measured: most of a filter change's time went there).
void ImageListModel::publish(qint64 generation, QList<ImageMatch> images, QSet<qint64> expandedIds,
                             QSet<qint64> collapsedIds)
{
    QList<int> starts(images.size() + 1);
    int row = 0;
    for (qsizetype i = 0; i < images.size(); ++i) {
        starts[i] = row;
        const bool open =
            m_allExpanded ? !collapsedIds.contains(images.at(i).id) : expandedIds.contains(images.at(i).id);
        row += 1 + (open ? images.at(i).tags : 0);
    }
    starts[images.size()] = row;
    const int oldCount = rowCount();
    const int newCount = row;
    auto commit = [&] {
        m_generation = generation;
        m_images = std::move(images);
        m_starts = std::move(starts);
        m_expandedIds = std::move(expandedIds);
        m_collapsedIds = std::move(collapsedIds);
        m_tagCount = 0;
        for (const ImageMatch &m : std::as_const(m_images))
            m_tagCount += m.tags;
        m_windows.clear();
        m_windowOrder.clear();
        m_tags.clear();
        m_tagsOrder.clear();
    };
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        commit();
        endRemoveRows();
    } else if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        commit();
        endInsertRows();
    } else {
        commit();
    }
    if (const int kept = std::min(oldCount, newCount); kept > 0)
        Q_EMIT dataChanged(index(0), index(kept - 1));
    Q_EMIT countsChanged();
    Q_EMIT contentReplaced();
}

bool ImageListModel::expanded(qint64 id) const
{
    return m_allExpanded ? !m_collapsedIds.contains(id) : m_expandedIds.contains(id);
}

void ImageListModel::rebuildStarts()
{
    const qsizetype n = m_images.size();
    m_starts.resize(n + 1);
    int row = 0;
    for (qsizetype i = 0; i < n; ++i) {
        m_starts[i] = row;
        row += 1 + (expanded(m_images.at(i).id) ? m_images.at(i).tags : 0);
    }
    m_starts[n] = row;
}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_starts.isEmpty() ? 0 : m_starts.constLast();
}

ImageListModel::Position ImageListModel::position(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const auto end = m_starts.cbegin() + m_images.size();
    const int image = int(std::upper_bound(m_starts.cbegin(), end, row) - m_starts.cbegin()) - 1;
    return Position { image, row - m_starts.at(image) - 1 };
}

const ImageRow *ImageListModel::imageRow(int image) const
{
    if (!m_inventory || image < 0 || image >= m_images.size())
        return nullptr;
    const int window = image / windowSize;
    auto it = m_windows.find(window);
    if (it == m_windows.end()) {
        QList<qint64> ids;
        const int first = window * windowSize;
        for (int i = first; i < std::min<int>(first + windowSize, int(m_images.size())); ++i)
            ids.append(m_images.at(i).id);
        // Evict first: removing from a QHash moves its entries, so no iterator survives it.
        if (m_windows.size() >= maxWindows && !m_windowOrder.isEmpty())
            m_windows.remove(m_windowOrder.takeFirst());
        it = m_windows.insert(window, m_inventory->images().rows(ids));
    }
    if (m_windowOrder.isEmpty() || m_windowOrder.constLast() != window) {
        m_windowOrder.removeOne(window);
        m_windowOrder.append(window);
    }
    const int offset = image - window * windowSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

const QList<TagRow> *ImageListModel::tagsOf(int image) const
{
    const ImageRow *parent = imageRow(image);
    if (!parent)
        return nullptr;
    auto it = m_tags.find(parent->id);
    if (it == m_tags.end()) {
        const qint64 id = parent->id;
        QList<TagRow> rows = m_inventory->tags().rowsOfImage(m_generation, parent->id, m_query);
        if (m_tags.size() >= maxCachedImages && !m_tagsOrder.isEmpty())
            m_tags.remove(m_tagsOrder.takeFirst());
        it = m_tags.insert(id, std::move(rows));
    }
    if (m_tagsOrder.isEmpty() || m_tagsOrder.constLast() != it.key()) {
        m_tagsOrder.removeOne(it.key());
        m_tagsOrder.append(it.key());
    }
    return &*it;
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    const Position p = position(index.row());
    const ImageRow *image = imageRow(p.image);
    if (!image)
        return {};
    if (p.tag < 0) {
        switch (role) {
        case KindRole:
            return QStringLiteral("image");
        case ExpandedRole:
            return expanded(image->id);
        case NameRole:
            return image->name;
        case ReferenceRole:
            return QString(image->registry + u'/' + image->repositoryPath + u'/' + image->name);
        case RegistryRole:
            return image->registry;
        case RepositoryPathRole:
            return image->repositoryPath;
        case RisksRole:
            return RiskNames::canonicalList(image->risks);
        case VulnerabilitiesRole:
            return image->vulnerabilities;
        case RuntimeStatusRole:
            return image->running ? QStringLiteral("running") : QStringLiteral("not running");
        case WorkloadsRole:
            return image->workloads;
        case ClustersRole:
            return image->clusters;
        case TagCountRole:
            return image->tagCount;
        case MatchingTagsRole:
            return m_images.at(p.image).tags;
        case ChangedRole:
            return image->changed;
        case RowIdRole:
            return image->riskiestRow;
        case ImageKeyRole:
            return image->imageKey;
        case TagRole:
        case DigestRole:
        case ArchitectureRole:
        case BuildOwnerRole:
        case DeployedByRole:
            return QString();
        case RiskiestRole:
            return false;
        }
        return {};
    }
    const QList<TagRow> *tags = tagsOf(p.image);
    if (!tags || p.tag >= tags->size())
        return {};
    const TagRow &t = tags->at(p.tag);
    switch (role) {
    case KindRole:
        return QStringLiteral("tag");
    case ExpandedRole:
        return false;
    case NameRole:
        return t.name;
    case TagRole:
        return t.tag;
    case ReferenceRole:
        return QString(t.registry + u'/' + t.repositoryPath + u'/' + t.name + u':' + t.tag);
    case RegistryRole:
        return t.registry;
    case RepositoryPathRole:
        return t.repositoryPath;
    case DigestRole:
        return t.digest;
    case RisksRole:
        return RiskNames::canonicalList(t.risks);
    case VulnerabilitiesRole:
        return t.vulnerabilities;
    case RuntimeStatusRole:
        return t.runtimeStatus;
    case ArchitectureRole:
        return t.architecture;
    case WorkloadsRole:
        return t.workloads;
    case ClustersRole:
        return t.clusters;
    case TagCountRole:
    case MatchingTagsRole:
        return 0;
    case ChangedRole:
        return t.changed;
    case RowIdRole:
        return t.rowId;
    case ImageKeyRole:
        return image->imageKey;
    case RiskiestRole:
        return t.rowId == image->riskiestRow && image->tagCount > 1;
    case BuildOwnerRole:
        return t.buildOwner;
    case DeployedByRole:
        return t.deployedBy;
    }
    return {};
}

QHash<int, QByteArray> ImageListModel::roleNames() const
{
    return { { KindRole, "kind" },
             { ExpandedRole, "expanded" },
             { NameRole, "name" },
             { TagRole, "tag" },
             { ReferenceRole, "reference" },
             { RegistryRole, "registry" },
             { RepositoryPathRole, "repositoryPath" },
             { DigestRole, "digest" },
             { RisksRole, "risks" },
             { VulnerabilitiesRole, "vulnerabilities" },
             { RuntimeStatusRole, "runtimeStatus" },
             { ArchitectureRole, "architecture" },
             { WorkloadsRole, "workloads" },
             { ClustersRole, "clusters" },
             { TagCountRole, "tagCount" },
             { MatchingTagsRole, "matchingTags" },
             { ChangedRole, "changed" },
             { RowIdRole, "rowId" },
             { ImageKeyRole, "imageKey" },
             { RiskiestRole, "riskiest" },
             { BuildOwnerRole, "buildOwner" },
             { DeployedByRole, "deployedBy" } };
}
