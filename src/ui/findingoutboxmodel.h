#pragma once

#include "outboxstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// What of one finding still waits in the outbox (tickets and comments not sent yet), oldest first.
class FindingOutboxModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FindingOutboxModel belongs to a FindingController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The first waiting item's last error: why the outbox has not gone out; empty when none.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        TrackerRole, // jira | github
        KindRole, // issue | comment
        StateRole, // pending | sending | failed
        AttemptsRole,
        LastErrorRole,
    };
    Q_ENUM(Role)

    explicit FindingOutboxModel(QObject *parent = nullptr);

    // Keeps the items not sent yet.
    void setItems(const QList<OutboxItem> &items);
    QString lastError() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void lastErrorChanged();

private:
    QList<OutboxItem> m_items;
};
