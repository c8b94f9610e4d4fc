#pragma once

#include "callpreview.h"
#include "callstatus.h"
#include "simulation.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class SlackBlockModel;

// The planned calls of one simulated rule: the masked request (SimulatedCall::shown), the message as
// its recipient sees it, and where its delivery stands. The unmasked requests never reach it.
class PlannedCallModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PlannedCallModel belongs to a SimulationModel")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ChannelRole = Qt::UserRole + 1,
        TypeRole, // slack, email, webhook
        MethodRole,
        UrlRole,
        HeadRole, // the request line and the headers, one a line
        BodyRole,
        PreviewRole, // CallPreview
        BlocksRole, // SlackBlockModel: empty but for Slack
        StatusRole, // CallStatus
    };
    Q_ENUM(Role)

    explicit PlannedCallModel(QObject *parent = nullptr);

    void setCalls(const QList<SimulatedCall> &calls);
    void setStatus(int row, const CallStatus &status);
    CallStatus status(int row) const { return m_statuses.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<SimulatedCall> m_calls;
    QList<CallStatus> m_statuses;
    QList<SlackBlockModel *> m_blocks;
};
