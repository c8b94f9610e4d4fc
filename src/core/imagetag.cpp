#include "imagetag.h"

#include <QSet>

QString ImageTag::key() const
{
    // U+001F (unit separator) cannot appear in a name the platform accepts, so the parts never run together.
    return registry + QChar(0x1f) + repositoryPath + QChar(0x1f) + name + QChar(0x1f) + tag;
}

Severity ImageTag::maxSeverity() const
{
    Severity max = Severity::Unknown;
    for (const Vulnerability &v : vulnerabilities)
        max = std::max(max, v.severity);
    return max;
}

int ImageTag::criticalApplicableCount() const
{
    return int(std::count_if(vulnerabilities.cbegin(), vulnerabilities.cend(),
                             [](const Vulnerability &v) { return v.isCriticalApplicable(); }));
}

QStringList ImageTag::clusters() const
{
    QStringList names;
    QSet<QString> seen;
    for (const WorkloadRef &w : workloads) {
        if (!w.cluster.isEmpty() && !seen.contains(w.cluster)) {
            seen.insert(w.cluster);
            names.append(w.cluster);
        }
    }
    return names;
}
