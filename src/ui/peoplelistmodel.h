#pragma once

#include "peopleroster.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The People page's table: every Build Owner and Deployed By of the inventory and every directory
// entry (PeopleRoster), with what the directory knows and how many tags and risky tags each has.
class PeopleListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PeopleListModel belongs to PeopleController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // exactly as the inventory spells it, for actions
        LabelRole, // the name with hidden or reordering characters spelled out, for display
        EmailRole,
        SlackIdRole,
        TeamRole,
        SourceRole, // yours, platform, unresolved
        SourceLabelRole, // as the table shows it
        DetailRole, // unresolved: why; platform: status, groups and when; yours: when
        TagsRole,
        RiskyTagsRole,
    };
    Q_ENUM(Role)

    explicit PeopleListModel(QObject *parent = nullptr);

    void setEntries(const QList<PeopleRoster::Entry> &entries);
    const QList<PeopleRoster::Entry> &entries() const { return m_entries; }
    Q_INVOKABLE int indexOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<PeopleRoster::Entry> m_entries;
};
