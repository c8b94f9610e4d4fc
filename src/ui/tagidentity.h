#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

struct ImageTag;

// What names one image tag in the detailed view's header: where it lives, its digest and architecture,
// its risks and status. Empty strings mean "not provided by the platform".
class TagIdentity
{
    Q_GADGET
    QML_VALUE_TYPE(tagIdentity)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString tag MEMBER tag)
    Q_PROPERTY(QString reference MEMBER reference) // name:tag
    Q_PROPERTY(QString fullReference MEMBER fullReference) // pinned to the row: architecture and digest
    Q_PROPERTY(QString registry MEMBER registry)
    Q_PROPERTY(QString repositoryPath MEMBER repositoryPath)
    Q_PROPERTY(QString digest MEMBER digest) // with its sha256: prefix
    Q_PROPERTY(QString architecture MEMBER architecture)
    Q_PROPERTY(QString runtimeStatus MEMBER runtimeStatus)
    Q_PROPERTY(QStringList risks MEMBER risks)
    Q_PROPERTY(QStringList cloudProviders MEMBER cloudProviders)
    Q_PROPERTY(bool changedSinceLastSync MEMBER changedSinceLastSync)
    Q_PROPERTY(int criticalApplicableCount MEMBER criticalApplicableCount)
    Q_PROPERTY(QString registryTrust MEMBER registryTrust) // trusted | untrusted | ""

public:
    // Of a loaded tag; a default TagIdentity is the empty view.
    static TagIdentity of(const ImageTag &tag, bool changedSinceLastSync);

    QString name;
    QString tag;
    QString reference;
    QString fullReference;
    QString registry;
    QString repositoryPath;
    QString digest;
    QString architecture;
    QString runtimeStatus;
    QStringList risks;
    QStringList cloudProviders;
    bool changedSinceLastSync = false;
    int criticalApplicableCount = 0;
    QString registryTrust;
};
