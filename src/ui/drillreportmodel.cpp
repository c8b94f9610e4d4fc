#include "drillreportmodel.h"

#include <QDateTime>
#include <QLocale>

DrillReportModel::DrillReportModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void DrillReportModel::setChannels(const QList<DrillChannelResult> &channels)
{
    const bool countChanges = channels.size() != m_channels.size();
    beginResetModel();
    m_channels = channels;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

QString DrillReportModel::timeText(qint64 ms)
{
    if (ms <= 0)
        return tr("never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

int DrillReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

QVariant DrillReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_channels.size())
        return {};
    const DrillChannelResult &c = m_channels[index.row()];
    switch (role) {
    case ChannelRole:
        return c.channel;
    case ChannelTypeRole:
        return c.channelType;
    case DeliveredRole:
        return c.delivered;
    case HttpStatusRole:
        return c.httpStatus;
    case VerdictRole:
        return c.verdict;
    case LastSuccessRole:
        return timeText(c.lastSuccessMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> DrillReportModel::roleNames() const
{
    return { { ChannelRole, "channel" },     { ChannelTypeRole, "channelType" },
             { DeliveredRole, "delivered" }, { HttpStatusRole, "httpStatus" },
             { VerdictRole, "verdict" },     { LastSuccessRole, "lastSuccess" } };
}
