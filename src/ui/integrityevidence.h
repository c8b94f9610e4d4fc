#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct ImageTag;

// The integrity of a running image: its status and, on a violation, its type, severity and the
// running digest against the one Artifactory expects. A default value is "not provided".
class IntegrityEvidence
{
    Q_GADGET
    QML_VALUE_TYPE(integrityEvidence)
    Q_PROPERTY(QString status MEMBER status) // ok | violation | open | ""
    Q_PROPERTY(QString violationType MEMBER violationType)
    Q_PROPERTY(QString severity MEMBER severity)
    Q_PROPERTY(QString runtimeDigest MEMBER runtimeDigest)
    Q_PROPERTY(QString expectedDigest MEMBER expectedDigest)
    Q_PROPERTY(bool provided READ provided)
    Q_PROPERTY(bool violation READ violation)
    Q_PROPERTY(bool digestsMatch READ digestsMatch)

public:
    static IntegrityEvidence of(const ImageTag &tag);

    bool provided() const { return !status.isEmpty(); }
    bool violation() const { return status == QLatin1StringView("violation"); }
    bool digestsMatch() const { return !runtimeDigest.isEmpty() && runtimeDigest == expectedDigest; }

    QString status;
    QString violationType;
    QString severity;
    QString runtimeDigest;
    QString expectedDigest;
};
