#include "findingnotemodel.h"

#include "findingtext.h"

#include <QDateTime>

FindingNoteModel::FindingNoteModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void FindingNoteModel::setNotes(const QList<FindingNote> &notes)
{
    const bool countChanges = notes.size() != m_notes.size();
    beginResetModel();
    m_notes = notes;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int FindingNoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant FindingNoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size())
        return {};
    const FindingNote &n = m_notes.at(index.row());
    switch (role) {
    case NoteIdRole:
        return n.id;
    case MarkdownRole:
        return n.markdown;
    case DisplayMarkdownRole:
        return FindingText::displayMarkdown(n.markdown);
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(n.createdAt);
    case EditedRole:
        return n.editedAt > 0;
    case EditedAtRole:
        return QDateTime::fromMSecsSinceEpoch(n.editedAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingNoteModel::roleNames() const
{
    return { { NoteIdRole, "noteId" },
             { MarkdownRole, "markdown" },
             { DisplayMarkdownRole, "displayMarkdown" },
             { CreatedAtRole, "createdAt" },
             { EditedRole, "edited" },
             { EditedAtRole, "editedAt" } };
}
