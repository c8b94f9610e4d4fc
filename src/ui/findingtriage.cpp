#include "findingtriage.h"

#include "findingstore.h"

FindingTriage FindingTriage::of(const Finding &finding)
{
    FindingTriage triage;
    triage.status = Triage::name(finding.status);
    if (finding.acceptedUntil.isValid())
        triage.acceptedUntil = finding.acceptedUntil.toString(Qt::ISODate);
    return triage;
}
