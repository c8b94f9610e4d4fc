#include "integrityevidence.h"

#include "imagetag.h"

IntegrityEvidence IntegrityEvidence::of(const ImageTag &tag)
{
    if (!tag.integrity)
        return {};
    const IntegrityInfo &i = *tag.integrity;
    return { i.status, i.violationType, i.severity, i.runtimeDigest, i.expectedDigest };
}
