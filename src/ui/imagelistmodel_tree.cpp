// ImageListModel: expanding and collapsing images, the tree keys, and finding a tag's row.
#include "imagelistmodel.h"
#include "inventory.h"

#include <algorithm>

bool ImageListModel::isImage(int row) const
{
    const Position p = position(row);
    return p.image >= 0 && p.tag < 0;
}

bool ImageListModel::isExpanded(int row) const
{
    const Position p = position(row);
    return p.image >= 0 && p.tag < 0 && expanded(m_images.at(p.image).id);
}

void ImageListModel::setExpanded(int image, bool on)
{
    const ImageMatch &match = m_images.at(image);
    if (expanded(match.id) == on)
        return;
    const ImageRow *row = imageRow(image);
    const QString key = row ? row->imageKey : QString();
    const int first = m_starts.at(image) + 1;
    if (on)
        beginInsertRows({}, first, first + match.tags - 1);
    else
        beginRemoveRows({}, first, first + match.tags - 1);
    if (m_allExpanded && on) {
        m_collapsedIds.remove(match.id);
        m_collapsedKeys.remove(key);
    } else if (m_allExpanded) {
        m_collapsedIds.insert(match.id);
        m_collapsedKeys.insert(key);
    } else if (on) {
        m_expandedIds.insert(match.id);
        if (m_expandedKeys.size() < maxExpandedKeys)
            m_expandedKeys.insert(key);
    } else {
        m_expandedIds.remove(match.id);
        m_expandedKeys.remove(key);
    }
    rebuildStarts();
    on ? endInsertRows() : endRemoveRows();
    const QModelIndex imageIndex = index(m_starts.at(image));
    Q_EMIT dataChanged(imageIndex, imageIndex, { ExpandedRole });
    Q_EMIT countsChanged();
}

void ImageListModel::toggle(int row)
{
    const Position p = position(row);
    if (p.image >= 0)
        setExpanded(p.image, !expanded(m_images.at(p.image).id));
}

void ImageListModel::expand(int row)
{
    const Position p = position(row);
    if (p.image >= 0)
        setExpanded(p.image, true);
}

void ImageListModel::collapse(int row)
{
    const Position p = position(row);
    if (p.image >= 0)
        setExpanded(p.image, false);
}

void ImageListModel::expandAll()
{
    m_allExpanded = true;
    m_collapsedKeys.clear();
    publish(m_generation, m_images, m_expandedIds, {});
}

void ImageListModel::collapseAll()
{
    m_allExpanded = false;
    m_expandedKeys.clear();
    m_collapsedKeys.clear();
    publish(m_generation, m_images, {}, {});
}

int ImageListModel::stepRight(int row)
{
    const Position p = position(row);
    if (p.image < 0 || p.tag >= 0)
        return row;
    if (!expanded(m_images.at(p.image).id)) {
        setExpanded(p.image, true);
        return row;
    }
    return row + 1;
}

int ImageListModel::stepLeft(int row)
{
    const Position p = position(row);
    if (p.image < 0)
        return row;
    if (p.tag >= 0)
        return m_starts.at(p.image);
    setExpanded(p.image, false);
    return row;
}

int ImageListModel::imageRowOf(int row) const
{
    const Position p = position(row);
    return p.image >= 0 ? m_starts.at(p.image) : -1;
}

qint64 ImageListModel::rowIdAt(int row) const
{
    return data(index(row), RowIdRole).toLongLong();
}

QString ImageListModel::referenceAt(int row) const
{
    return data(index(row), ReferenceRole).toString();
}

int ImageListModel::rowOfTag(const QString &imageKey, qint64 rowId)
{
    if (!m_inventory || !m_generation)
        return -1;
    const auto image = m_inventory->images().byKey(m_generation, imageKey);
    if (!image)
        return -1;
    const auto it = std::find_if(m_images.cbegin(), m_images.cend(),
                                 [&](const ImageMatch &m) { return m.id == image->id; });
    if (it == m_images.cend())
        return -1;
    const int i = int(it - m_images.cbegin());
    const QList<TagRow> *tags = tagsOf(i);
    if (!tags)
        return -1;
    const auto tag =
        std::find_if(tags->cbegin(), tags->cend(), [&](const TagRow &t) { return t.rowId == rowId; });
    if (tag == tags->cend())
        return -1;
    setExpanded(i, true);
    return m_starts.at(i) + 1 + int(tag - tags->cbegin());
}
