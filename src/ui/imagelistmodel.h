#pragma once

#include "imagestore.h"
#include "tagquery.h"
#include "tagstore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

class Inventory;

// The Images list as one flat list: each image row followed, when expanded, by its tags that
// match the query. The model keeps the ordered ids of the matching images (two numbers each)
// and reads image rows and tags from SQLite in windows; it never holds every row.
class ImageListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ImageListModel belongs to an ImagesController")
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    Q_PROPERTY(int imageCount READ imageCount NOTIFY countsChanged)
    Q_PROPERTY(int tagCount READ tagCount NOTIFY countsChanged)
    Q_PROPERTY(bool allExpanded READ allExpanded NOTIFY countsChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "image" or "tag"
        ExpandedRole,
        NameRole,
        TagRole,
        ReferenceRole, // registry/repository_path/name:tag for a tag; registry/repository_path/name for an
                       // image
        RegistryRole,
        RepositoryPathRole,
        DigestRole,
        RisksRole,
        VulnerabilitiesRole,
        RuntimeStatusRole,
        ArchitectureRole,
        WorkloadsRole,
        ClustersRole,
        TagCountRole, // image: all its tags
        MatchingTagsRole, // image: its tags that match the query
        ChangedRole,
        RowIdRole, // tag: tag_rows.id
        ImageKeyRole,
        RiskiestRole, // tag: the image's riskiest tag
        BuildOwnerRole,
        DeployedByRole,
    };
    Q_ENUM(Role)

    static constexpr int windowSize = 100;
    static constexpr int maxWindows = 24;
    static constexpr int maxCachedImages = 512;
    static constexpr int maxExpandedKeys = 256;

    explicit ImageListModel(QObject *parent = nullptr);

    void setInventory(Inventory *inventory);
    // Runs the query: the matching images in order, then rows are read as the view asks.
    void setQuery(const TagQuery &query);
    const TagQuery &query() const { return m_query; }
    // Reads again (a new generation): expansion is kept by image, not by row.
    Q_INVOKABLE void reload();

    int imageCount() const { return int(m_images.size()); }
    int tagCount() const { return m_tagCount; }
    bool allExpanded() const { return m_allExpanded; }
    qint64 generation() const { return m_generation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool isImage(int row) const;
    Q_INVOKABLE bool isExpanded(int row) const;
    Q_INVOKABLE void toggle(int row);
    Q_INVOKABLE void expand(int row);
    Q_INVOKABLE void collapse(int row);
    Q_INVOKABLE void expandAll();
    Q_INVOKABLE void collapseAll();
    // Tree keys: Right expands an image, or steps into its first tag; Left collapses an image,
    // or steps from a tag to its image. They return the row to make current.
    Q_INVOKABLE int stepRight(int row);
    Q_INVOKABLE int stepLeft(int row);
    // The image row a row belongs to (itself for an image), -1 when out of range.
    Q_INVOKABLE int imageRowOf(int row) const;
    Q_INVOKABLE qint64 rowIdAt(int row) const;
    Q_INVOKABLE QString referenceAt(int row) const;
    // The flat row of a tag, expanding its image; -1 when the tag is not in the list.
    int rowOfTag(const QString &imageKey, qint64 rowId);

Q_SIGNALS:
    void countsChanged();
    // New content (a query, a generation, expand or collapse all): the view goes back to the top.
    void contentReplaced();
    void queryFailed(const QString &message);

private:
    struct Position
    {
        int image = -1; // index into m_images
        int tag = -1; // -1: the image row itself
    };
    Position position(int row) const;
    const ImageRow *imageRow(int image) const;
    const QList<TagRow> *tagsOf(int image) const;
    bool expanded(qint64 id) const;
    void setExpanded(int image, bool on);
    void rebuildStarts();
    void publish(qint64 generation, QList<ImageMatch> images, QSet<qint64> expandedIds,
                 QSet<qint64> collapsedIds);

    QPointer<Inventory> m_inventory;
    TagQuery m_query;
    qint64 m_generation = 0;
    QList<ImageMatch> m_images; // the matching images in order
    QList<int> m_starts; // flat row of each image, and the total at the end
    int m_tagCount = 0;

    bool m_allExpanded = false;
    QSet<QString> m_expandedKeys; // kept across generations
    QSet<QString> m_collapsedKeys; // exceptions while all are expanded
    QSet<qint64> m_expandedIds; // the same, as this generation's image ids
    QSet<qint64> m_collapsedIds;

    mutable QHash<int, QList<ImageRow>> m_windows;
    mutable QList<int> m_windowOrder; // least recently used first
    mutable QHash<qint64, QList<TagRow>> m_tags;
    mutable QList<qint64> m_tagsOrder;
};
