#include "imagetag.h"

#include <QSet>

QString ImageTag::key() const
{
    // U+001F (unit separator) cannot appear in a name the platform accepts, so the parts never run together.
    // Architecture and digest are part of it: a multi-architecture tag is one row per architecture, and a
    // re-pushed tag can be two rows with different digests (docs/ARCHITECTURE.md, "Row identity").
    const QChar us(0x1f);
    return registry + us + repositoryPath + us + name + us + tag + us + architecture + us + digest;
}

QString ImageTag::pinnedReference() const
{
    if (digest.isEmpty())
        return architecture.isEmpty() ? fullReference()
                                      : fullReference() + QStringLiteral("@arch:") + architecture;
    return fullReference()
        + (digest.startsWith(u"sha256:") ? QStringLiteral("@") : QStringLiteral("@sha256:")) + digest;
}

QString ImageTag::candidateName() const
{
    const QString arch = architecture.isEmpty() ? QStringLiteral("no architecture") : architecture;
    const QString sha = digest.isEmpty() ? QStringLiteral("no digest")
        : digest.startsWith(u"sha256:")  ? digest
                                         : QStringLiteral("sha256:") + digest;
    return fullReference() + QStringLiteral(" (") + arch + QStringLiteral(", ") + sha + u')';
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
