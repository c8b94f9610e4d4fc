#pragma once

#include "deliverylogstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The delivery log for the harness page: what was sent for real, newest first (DeliveryLogStore
// rows; they hold no secret: an endpoint is named by its origin only).
class DeliveryLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DeliveryLogModel belongs to a HarnessController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TimeRole = Qt::UserRole + 1, // "14:02:17" today, else the locale's short date and time
        BatchRole,
        RuleRole,
        ChannelRole,
        ChannelTypeRole,
        OriginRole,
        OutcomeRole,
        DeliveredRole,
        HttpStatusRole, // 0 when no answer came
        LatencyRole, // ms
        AttemptsRole,
        MessageRole,
    };
    Q_ENUM(Role)

    explicit DeliveryLogModel(QObject *parent = nullptr);

    void setRecords(const QList<DeliveryRecord> &records);
    const QList<DeliveryRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<DeliveryRecord> m_records;
};
