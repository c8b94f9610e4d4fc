#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct ImageTag;
struct OwnerProvenance;

// One owner card of the detailed view, Build Owner or Deployed By: the name (empty when the platform
// did not say) and where it came from, in words.
class PersonInfo
{
    Q_GADGET
    QML_VALUE_TYPE(personInfo)
    Q_PROPERTY(QString name MEMBER name)
    // "From the platform", "From the owner trail: recorded … from cluster/namespace/workload"; empty
    // when there is no name.
    Q_PROPERTY(QString source MEMBER source)
    Q_PROPERTY(QString role MEMBER role) // "owner" (Build Owner) or "deployer" (Deployed By)
    Q_PROPERTY(bool provided READ provided)
    // What the people directory knows: the address Contact writes to (empty: the mail client asks),
    // and whether any source resolved the name.
    Q_PROPERTY(QString email MEMBER email)
    Q_PROPERTY(bool resolved MEMBER resolved)

public:
    static PersonInfo buildOwner(const ImageTag &tag, const OwnerProvenance &owners);
    static PersonInfo deployer(const ImageTag &tag, const OwnerProvenance &owners);

    bool provided() const { return !name.isEmpty(); }

    QString name;
    QString source;
    QString role;
    QString email;
    bool resolved = false;
};
