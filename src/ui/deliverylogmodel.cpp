#include "deliverylogmodel.h"

#include <QDateTime>
#include <QLocale>

DeliveryLogModel::DeliveryLogModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void DeliveryLogModel::setRecords(const QList<DeliveryRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
    Q_EMIT countChanged();
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const DeliveryRecord &r = m_records.at(index.row());
    switch (role) {
    case TimeRole: {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.atMs).toLocalTime();
        return at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QStringLiteral("HH:mm:ss"))
                                                 : QLocale().toString(at, QLocale::ShortFormat);
    }
    case BatchRole:
        return r.batch;
    case RuleRole:
        return r.ruleName.isEmpty() ? r.ruleId : r.ruleName;
    case ChannelRole:
        return r.channel;
    case ChannelTypeRole:
        return r.channelType;
    case OriginRole:
        return r.origin;
    case OutcomeRole:
        return r.outcome;
    case DeliveredRole:
        return r.delivered;
    case HttpStatusRole:
        return r.httpStatus;
    case LatencyRole:
        return r.latencyMs;
    case AttemptsRole:
        return r.attempts;
    case MessageRole:
        return r.message;
    }
    return {};
}

QHash<int, QByteArray> DeliveryLogModel::roleNames() const
{
    return { { TimeRole, "time" },
             { BatchRole, "batch" },
             { RuleRole, "rule" },
             { ChannelRole, "channel" },
             { ChannelTypeRole, "channelType" },
             { OriginRole, "origin" },
             { OutcomeRole, "outcome" },
             { DeliveredRole, "delivered" },
             { HttpStatusRole, "httpStatus" },
             { LatencyRole, "latencyMs" },
             { AttemptsRole, "attempts" },
             { MessageRole, "message" } };
}
