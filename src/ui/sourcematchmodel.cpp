#include "sourcematchmodel.h"

SourceMatchModel::SourceMatchModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SourceMatchModel::setMatches(const QList<SourceMatch> &matches)
{
    beginResetModel();
    m_matches = matches;
    endResetModel();
    Q_EMIT countChanged();
}

int SourceMatchModel::indexOf(const QString &reference) const
{
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        if (m_matches[i].reference == reference)
            return int(i);
    }
    return -1;
}

int SourceMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant SourceMatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matches.size())
        return {};
    const SourceMatch &m = m_matches.at(index.row());
    switch (role) {
    case RowIdRole:
        return m.rowId;
    case ReferenceRole:
        return m.reference;
    case TitleRole:
        return m.title;
    case SubtitleRole:
        return m.subtitle;
    case RisksRole:
        return m.risks;
    }
    return {};
}

QHash<int, QByteArray> SourceMatchModel::roleNames() const
{
    return { { RowIdRole, "rowId" },
             { ReferenceRole, "reference" },
             { TitleRole, "title" },
             { SubtitleRole, "subtitle" },
             { RisksRole, "risks" } };
}
