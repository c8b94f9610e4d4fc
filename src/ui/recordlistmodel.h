#pragma once

#include <QAbstractListModel>
#include <QByteArrayList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// A small read-only table for QML: fixed role names, rows of values in that order. The tabs of
// the detailed view (vulnerabilities, malicious packages, workloads, clusters) use it, and the
// finding panel's notes, journal and outbox.
class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RecordListModel is filled by a controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    explicit RecordListModel(QByteArrayList roles, QObject *parent = nullptr);

    void setRows(QList<QVariantList> rows);
    const QList<QVariantList> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // One row by role name, for C++ callers such as tests; QML reads rows through the roles.
    QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QByteArrayList m_roles;
    QList<QVariantList> m_rows;
};
