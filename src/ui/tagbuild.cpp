#include "tagbuild.h"

#include "imagetag.h"

TagBuild TagBuild::of(const ImageTag &tag)
{
    if (!tag.buildInfo)
        return {};
    return { tag.buildInfo->name, tag.buildInfo->number, tag.buildInfo->repository };
}
