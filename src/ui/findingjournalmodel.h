#pragma once

#include "findingstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The journal of one finding, newest first: every triage action with its time.
class FindingJournalModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FindingJournalModel belongs to a FindingController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        AtRole = Qt::UserRole + 1, // QDateTime
        ActionRole, // status, note, note-edit, issue-queued, export, ...
        DetailRole, // with invisible characters made visible (DisplayText::visible)
    };
    Q_ENUM(Role)

    explicit FindingJournalModel(QObject *parent = nullptr);

    // `entries` oldest first, as the store keeps them.
    void setEntries(const QList<JournalEntry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<JournalEntry> m_entries; // newest first
};
