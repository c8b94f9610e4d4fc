#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct Finding;

// The triage state of a finding: its status and, for "accepted", until when.
class FindingTriage
{
    Q_GADGET
    QML_VALUE_TYPE(findingTriage)
    // new, investigating, ticketed, accepted, resolved; "" without a finding
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString acceptedUntil MEMBER acceptedUntil) // YYYY-MM-DD, or empty

public:
    static FindingTriage of(const Finding &finding);

    QString status;
    QString acceptedUntil;
};
