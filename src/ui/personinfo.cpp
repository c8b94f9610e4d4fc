#include "personinfo.h"

#include "imagetag.h"
#include "ownertrailstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// The words keep the translation context of the controller that showed them first.
QString sourceText(OwnerProvenance::Source source, const std::optional<OwnerRecord> &record)
{
    switch (source) {
    case OwnerProvenance::Source::Platform:
        return QCoreApplication::translate("TagDetailController", "From the platform");
    case OwnerProvenance::Source::Trail:
        if (!record)
            break;
        return QCoreApplication::translate("TagDetailController",
                                           "From the owner trail: recorded %1 from %2/%3/%4")
            .arg(QLocale().toString(record->recordedAt.toLocalTime(), QLocale::ShortFormat),
                 record->workload.cluster, record->workload.nameSpace, record->workload.name);
    case OwnerProvenance::Source::None:
        break;
    }
    return {};
}
} // namespace

PersonInfo PersonInfo::buildOwner(const ImageTag &tag, const OwnerProvenance &owners)
{
    PersonInfo person;
    person.role = QStringLiteral("owner");
    person.name = tag.buildInfo ? tag.buildInfo->owner : QString();
    if (!person.name.isEmpty())
        person.source = sourceText(owners.buildOwner, owners.buildRecord);
    return person;
}

PersonInfo PersonInfo::deployer(const ImageTag &tag, const OwnerProvenance &owners)
{
    PersonInfo person;
    person.role = QStringLiteral("deployer");
    person.name = tag.deployedBy.value_or(QString());
    if (!person.name.isEmpty())
        person.source = sourceText(owners.deployedBy, owners.deployRecord);
    return person;
}
