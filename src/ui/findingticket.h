#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct Finding;

// The ticket a finding was filed as, once its tracker answered; empty without one.
class FindingTicket
{
    Q_GADGET
    QML_VALUE_TYPE(findingTicket)
    Q_PROPERTY(QString key MEMBER key) // PROJ-12 or #12
    Q_PROPERTY(QString url MEMBER url) // https only, else empty
    Q_PROPERTY(QString tracker MEMBER tracker) // jira | github

public:
    static FindingTicket of(const Finding &finding);

    QString key;
    QString url;
    QString tracker;
};
