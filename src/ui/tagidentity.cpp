#include "tagidentity.h"

#include "imagetag.h"

TagIdentity TagIdentity::of(const ImageTag &tag, bool changedSinceLastSync)
{
    TagIdentity identity;
    identity.name = tag.name;
    identity.tag = tag.tag;
    identity.reference = tag.reference();
    identity.fullReference = tag.pinnedReference();
    identity.registry = tag.registry;
    identity.repositoryPath = tag.repositoryPath;
    if (tag.digest.isEmpty() || tag.digest.startsWith(QLatin1StringView("sha256:")))
        identity.digest = tag.digest;
    else
        identity.digest = u"sha256:" + tag.digest;
    identity.architecture = tag.architecture;
    identity.runtimeStatus = tag.runtimeStatus;
    identity.risks = RiskNames::canonicalList(tag.risks);
    identity.cloudProviders = tag.cloudProviders;
    identity.changedSinceLastSync = changedSinceLastSync;
    identity.criticalApplicableCount = tag.criticalApplicableCount();
    if (tag.registryTrusted)
        identity.registryTrust =
            *tag.registryTrusted ? QStringLiteral("trusted") : QStringLiteral("untrusted");
    return identity;
}
