#include "demofilter.h"

#include "demodataset.h"
#include "demovocabulary.h"

#include <QJsonArray>

namespace {

// Reads filters.<key> as an array of strings; false (and a message) when it is something else.
bool stringList(const QJsonObject &filters, const char *key, QStringList *out, QString *error)
{
    const QJsonValue value = filters.value(QLatin1StringView(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("filters.%1 should be an array").arg(QLatin1StringView(key));
        return false;
    }
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString()) {
            *error = QStringLiteral("filters.%1 should contain strings").arg(QLatin1StringView(key));
            return false;
        }
        out->append(v.toString());
    }
    return true;
}

int hoursOf(const QString &period)
{
    static const std::pair<const char *, int> periods[] = { { "now", 0 },       { "1 hour", 1 },
                                                            { "24 hours", 24 }, { "3 days", 72 },
                                                            { "7 days", 168 },  { "10 days", 240 } };
    for (const auto &[name, hours] : periods) {
        if (period == QLatin1StringView(name))
            return hours;
    }
    return -2;
}

std::optional<Risk> riskFilterValue(const QString &value)
{
    // The filter spellings of docs/jfrog-api.md 3.2/3.6, and the response spellings, which clients echo.
    if (value == u"malicious")
        return Risk::Malicious;
    if (value == u"untrusted_registry")
        return Risk::UntrustedRegistry;
    if (value == u"integrity_violation")
        return Risk::IntegrityViolation;
    if (value == u"critical_applicable_cve" || value == u"critical_applicable"
        || value == u"critical_applicable_cves")
        return Risk::CriticalApplicableCves;
    return std::nullopt;
}

} // namespace

bool DemoFilter::parse(const QJsonObject &filters, const DemoDataset &dataset, QString *error)
{
    *this = DemoFilter();
    const QJsonValue period = filters.value(QLatin1StringView("time_period"));
    if (!period.isUndefined() && !period.isNull()) {
        m_maxHours = period.isString() ? hoursOf(period.toString()) : -2;
        if (m_maxHours == -2) {
            *error = QStringLiteral("invalid time_period");
            return false;
        }
    }

    QStringList clusters, namespaces, cves, risks, applicabilities, severities;
    if (!stringList(filters, "cluster", &clusters, error)
        || !stringList(filters, "namespace", &namespaces, error)
        || !stringList(filters, "cve_id", &cves, error) || !stringList(filters, "risk", &risks, error)
        || !stringList(filters, "applicability", &applicabilities, error)
        || !stringList(filters, "severity", &severities, error))
        return false;

    m_clusterFilter = !clusters.isEmpty();
    for (int c = 0; c < dataset.clusters().size(); ++c) {
        if (clusters.contains(dataset.clusters().spec(c).name))
            m_clusters.insert(c);
    }
    m_namespaceFilter = !namespaces.isEmpty();
    for (int n = 0; n < dataset.namespaces().size(); ++n) {
        if (namespaces.contains(dataset.namespaces().at(n)))
            m_namespaces.insert(n);
    }
    for (const QString &r : std::as_const(risks)) {
        const auto risk = riskFilterValue(r);
        if (!risk) {
            *error = QStringLiteral("invalid risk: %1").arg(r.left(64));
            return false;
        }
        m_risks |= *risk;
    }
    for (const QString &a : std::as_const(applicabilities)) {
        const qsizetype index = DemoVocabulary::applicabilities().indexOf(a);
        if (index < 0) {
            *error = QStringLiteral("invalid applicability: %1").arg(a.left(64));
            return false;
        }
        m_applicabilityMask |= quint8(1u << index);
    }
    for (const QString &s : std::as_const(severities)) {
        const Severity severity = SeverityNames::fromString(s);
        if (severity == Severity::Unknown) {
            *error = QStringLiteral("invalid severity: %1").arg(s.left(64));
            return false;
        }
        m_severityMask |= quint8(1u << int(severity));
    }
    m_cveFilter = !cves.isEmpty();
    const QJsonValue components = filters.value(QLatin1StringView("component"));
    m_componentFilter = components.isArray() && !components.toArray().isEmpty();
    if (!components.isUndefined() && !components.isNull() && !components.isArray()) {
        *error = QStringLiteral("filters.component should be an array");
        return false;
    }
    for (int p = 0; p < dataset.cves().size(); ++p) {
        const Vulnerability &v = dataset.cves().at(p);
        if (m_cveFilter && cves.contains(v.cveId))
            m_cvePools.insert(p);
        for (const QJsonValue &c : components.toArray()) {
            const QJsonObject wanted = c.toObject();
            const QString name = wanted.value(QLatin1StringView("name")).toString();
            const QString version = wanted.value(QLatin1StringView("version")).toString();
            const Component &have = v.components.first();
            if (have.name == name && (version.isEmpty() || have.version == version))
                m_componentPools.insert(p);
        }
    }
    m_vulnerabilityFilter = m_cveFilter || m_componentFilter || m_applicabilityMask || m_severityMask;

    const QJsonValue workloads = filters.value(QLatin1StringView("workloads"));
    if (!workloads.isUndefined() && !workloads.isNull() && !workloads.isArray()) {
        *error = QStringLiteral("filters.workloads should be an array");
        return false;
    }
    for (const QJsonValue &w : workloads.toArray()) {
        const QJsonObject o = w.toObject();
        m_workloads.append({ o.value(QLatin1StringView("name")).toString(),
                             o.value(QLatin1StringView("namespace")).toString(),
                             o.value(QLatin1StringView("cluster")).toString() });
    }
    m_empty = m_maxHours < 0 && !m_clusterFilter && !m_namespaceFilter && !m_risks && !m_vulnerabilityFilter
        && m_workloads.isEmpty();
    return true;
}

bool DemoFilter::vulnerabilityMatches(const DemoDataset &dataset, int index) const
{
    for (const DemoDataset::VulnRef &v : dataset.vulnerabilityRefs(index)) {
        if (m_cveFilter && !m_cvePools.contains(v.pool))
            continue;
        if (m_componentFilter && !m_componentPools.contains(v.pool))
            continue;
        if (m_applicabilityMask && !(m_applicabilityMask & (1u << v.applicability)))
            continue;
        if (m_severityMask && !(m_severityMask & (1u << int(dataset.cves().severity(v.pool)))))
            continue;
        return true;
    }
    return false;
}

bool DemoFilter::matchesTagExceptWorkloads(const DemoDataset &dataset, int index) const
{
    if (m_maxHours >= 0 && dataset.lastSeenHours(index) > m_maxHours)
        return false;
    if (m_risks && !(Risks::fromInt(dataset.record(index).risks) & m_risks))
        return false;
    return !m_vulnerabilityFilter || vulnerabilityMatches(dataset, index);
}

bool DemoFilter::matchesTag(const DemoDataset &dataset, int index) const
{
    if (m_empty)
        return true;
    if (!matchesTagExceptWorkloads(dataset, index))
        return false;
    if (!m_clusterFilter && !m_namespaceFilter && m_workloads.isEmpty())
        return true;
    for (quint64 key : dataset.workloadKeys(index)) {
        if (m_clusterFilter && !m_clusters.contains(DemoDataset::clusterOfKey(key)))
            continue;
        if (m_namespaceFilter && !m_namespaces.contains(DemoDataset::namespaceOfKey(key)))
            continue;
        if (!m_workloads.isEmpty()) {
            const WorkloadRef ref = dataset.workloadRef(key);
            const bool named =
                std::any_of(m_workloads.cbegin(), m_workloads.cend(), [&ref](const WorkloadFilter &f) {
                    return f.name == ref.name && (f.nameSpace.isEmpty() || f.nameSpace == ref.nameSpace)
                        && (f.cluster.isEmpty() || f.cluster == ref.cluster);
                });
            if (!named)
                continue;
        }
        return true;
    }
    return false;
}

bool DemoFilter::matchesWorkload(const DemoDataset &dataset, int workload) const
{
    if (m_empty)
        return true;
    const quint64 key = dataset.workloads().key(workload);
    if (m_clusterFilter && !m_clusters.contains(DemoDataset::clusterOfKey(key)))
        return false;
    if (m_namespaceFilter && !m_namespaces.contains(DemoDataset::namespaceOfKey(key)))
        return false;
    if (!m_workloads.isEmpty()) {
        const WorkloadRef ref = dataset.workloadRef(key);
        const bool named =
            std::any_of(m_workloads.cbegin(), m_workloads.cend(), [&ref](const WorkloadFilter &f) {
                return f.name == ref.name && (f.nameSpace.isEmpty() || f.nameSpace == ref.nameSpace)
                    && (f.cluster.isEmpty() || f.cluster == ref.cluster);
            });
        if (!named)
            return false;
    }
    // Time, risk and vulnerability filters hold when one of the workload's image tags satisfies them.
    const QList<quint32> tags = dataset.workloads().tagsOf(workload);
    return std::any_of(tags.cbegin(), tags.cend(),
                       [&](quint32 tag) { return matchesTagExceptWorkloads(dataset, int(tag)); });
}
