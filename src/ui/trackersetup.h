#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct TrackerConfig;

// One issue tracker's settings as the connection page shows them: where it is, the project, the
// account and CA file, and whether it is ready to send (a credential is in use). Never the credential.
class TrackerSetup
{
    Q_GADGET
    QML_VALUE_TYPE(trackerSetup)
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(QString project MEMBER project)
    Q_PROPERTY(QString user MEMBER user)
    Q_PROPERTY(QString caFile MEMBER caFile)
    Q_PROPERTY(bool ready MEMBER ready)

public:
    static TrackerSetup of(const TrackerConfig &config, bool ready);

    QString url;
    QString project;
    QString user;
    QString caFile;
    bool ready = false;
};
