#pragma once

#include "deliveryresult.h"

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Where one planned call of a simulation stands: planned (not sent), queued, sending, then delivered
// or failed with the delivery's verdict. Built from a DeliveryResult: it holds no secret.
class CallStatus
{
    Q_GADGET
    QML_VALUE_TYPE(callStatus)
    Q_PROPERTY(QString state MEMBER state) // planned, queued, sending, delivered, failed
    Q_PROPERTY(QString outcome MEMBER outcome) // DeliveryClassifier's name, once sent
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(int httpStatus MEMBER httpStatus) // 0 when no answer came
    Q_PROPERTY(qint64 latencyMs MEMBER latencyMs)
    Q_PROPERTY(int attempts MEMBER attempts)
    Q_PROPERTY(QString origin MEMBER origin)

public:
    QString state = QStringLiteral("planned");
    QString outcome;
    QString message;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    int attempts = 0;
    QString origin;

    static CallStatus pending(const QString &state);
    static CallStatus fromResult(const DeliveryResult &result);
    bool isSent() const { return state != u"planned"; }
};

Q_DECLARE_METATYPE(CallStatus)
