#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// One row the harness's event can start from: a cached image tag (by row id) or a workload.
struct SourceMatch
{
    qint64 rowId = 0; // the tag's row; 0 for a workload
    QString reference; // the tag's pinned reference, or cluster/namespace/name
    QString title;
    QString subtitle;
    QStringList risks; // canonical risk names
};

// The tags or workloads that match the harness's search, for its source list.
class SourceMatchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SourceMatchModel belongs to a HarnessSource")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RowIdRole = Qt::UserRole + 1,
        ReferenceRole,
        TitleRole,
        SubtitleRole,
        RisksRole,
    };
    Q_ENUM(Role)

    explicit SourceMatchModel(QObject *parent = nullptr);

    void setMatches(const QList<SourceMatch> &matches);
    const QList<SourceMatch> &matches() const { return m_matches; }
    Q_INVOKABLE int indexOf(const QString &reference) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<SourceMatch> m_matches;
};
