#pragma once

#include "drillstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// One rule's last fire drill, a row per channel: delivered (HTTP status) or failed (the verdict),
// and when the channel last delivered a drill.
class DrillReportModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DrillReportModel belongs to a DrillController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ChannelRole = Qt::UserRole + 1,
        ChannelTypeRole,
        DeliveredRole,
        HttpStatusRole, // 0 when no answer came
        VerdictRole,
        LastSuccessRole, // the locale's short date and time, or "never"
    };
    Q_ENUM(Role)

    explicit DrillReportModel(QObject *parent = nullptr);

    void setChannels(const QList<DrillChannelResult> &channels);
    const QList<DrillChannelResult> &channels() const { return m_channels; }

    // The locale's short date and time of unix ms, or "never" for 0.
    static QString timeText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<DrillChannelResult> m_channels;
};
