#pragma once

#include "findingstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The notes of one finding, oldest first, for the finding panel.
class FindingNoteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FindingNoteModel belongs to a FindingController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NoteIdRole = Qt::UserRole + 1,
        MarkdownRole, // the user's own words, for editing
        DisplayMarkdownRole, // the same with HTML and images made text (FindingText::displayMarkdown)
        CreatedAtRole, // QDateTime
        EditedRole,
        EditedAtRole, // QDateTime; meaningful when edited
    };
    Q_ENUM(Role)

    explicit FindingNoteModel(QObject *parent = nullptr);

    void setNotes(const QList<FindingNote> &notes);
    const QList<FindingNote> &notes() const { return m_notes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<FindingNote> m_notes;
};
