#include "plannedcallmodel.h"

#include "rulejson.h"
#include "slackblockmodel.h"

PlannedCallModel::PlannedCallModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void PlannedCallModel::setCalls(const QList<SimulatedCall> &calls)
{
    beginResetModel();
    for (QObject *old : std::as_const(m_blocks))
        old->deleteLater(); // delegates may hold them until the reset reaches them
    m_blocks.clear();
    m_calls = calls;
    m_statuses = QList<CallStatus>(calls.size());
    for (const SimulatedCall &call : calls) {
        auto *blocks = new SlackBlockModel(this);
        blocks->setBlocks(call.preview.blocks);
        m_blocks.append(blocks);
    }
    endResetModel();
    Q_EMIT countChanged();
}

void PlannedCallModel::setStatus(int row, const CallStatus &status)
{
    if (row < 0 || row >= m_statuses.size())
        return;
    m_statuses[row] = status;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { StatusRole });
}

int PlannedCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

QVariant PlannedCallModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size())
        return {};
    const SimulatedCall &call = m_calls.at(index.row());
    switch (role) {
    case ChannelRole:
        return call.shown.channel;
    case TypeRole:
        return RuleJson::channelTypeName(call.type);
    case MethodRole:
        return QString::fromLatin1(call.shown.method);
    case UrlRole:
        return call.shown.url;
    case HeadRole: {
        QString head = QString::fromLatin1(call.shown.method) + u' ' + call.shown.url;
        for (const auto &[name, value] : call.shown.headers)
            head += u'\n' + QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value);
        return head;
    }
    case BodyRole:
        return QString::fromUtf8(call.shown.body);
    case PreviewRole:
        return QVariant::fromValue(CallPreview::fromMessage(call.preview));
    case BlocksRole:
        return QVariant::fromValue(m_blocks.at(index.row()));
    case StatusRole:
        return QVariant::fromValue(m_statuses.at(index.row()));
    }
    return {};
}

QHash<int, QByteArray> PlannedCallModel::roleNames() const
{
    return { { ChannelRole, "channel" }, { TypeRole, "channelType" }, { MethodRole, "method" },
             { UrlRole, "url" },         { HeadRole, "head" },        { BodyRole, "body" },
             { PreviewRole, "preview" }, { BlocksRole, "blocks" },    { StatusRole, "status" } };
}
