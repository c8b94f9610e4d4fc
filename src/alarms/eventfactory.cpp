// EventFactory: the pure part, rows -> event (the cache reads are in eventfactory_cache.cpp).
#include "eventfactory.h"

#include "eventview.h"

#include <QJsonArray>

namespace {

const QString risksKey = QStringLiteral("risks");

QString bareDigest(const QString &digest)
{
    return digest.startsWith(QLatin1StringView("sha256:")) ? digest.mid(7) : digest;
}

// "npm://lodash:4.17.21" -> "npm"; "gav://org.yaml:snakeyaml:1.26" -> "gav".
QString packageTypeOf(const Vulnerability &v)
{
    if (!v.packageType.isEmpty())
        return v.packageType;
    for (const Component &c : v.components) {
        const qsizetype colon = c.id.indexOf(u':');
        if (colon > 0)
            return c.id.left(colon);
    }
    return {};
}

QJsonArray componentsArray(const QList<Component> &components)
{
    QJsonArray array;
    for (const Component &c : components)
        array.append(QJsonObject { { QStringLiteral("component_id"), c.id },
                                   { QStringLiteral("name"), c.name },
                                   { QStringLiteral("version"), c.version } });
    return array;
}

QJsonObject vulnerabilityObject(const Vulnerability &v, const QDateTime &fetchedAt)
{
    QJsonObject o;
    const QString packageType = packageTypeOf(v);
    if (!packageType.isEmpty())
        o.insert(QStringLiteral("package_type"), packageType);
    o.insert(QStringLiteral("xray_id"), v.xrayId);
    o.insert(QStringLiteral("cve_id"), v.cveId);
    o.insert(QStringLiteral("severity"), SeverityNames::toString(v.severity));
    o.insert(QStringLiteral("cvss_v2"), v.cvssV2);
    o.insert(QStringLiteral("cvss_v3"), v.cvssV3);
    if (fetchedAt.isValid())
        o.insert(QStringLiteral("last_fetched"), fetchedAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("applicability"), v.applicability);
    o.insert(QStringLiteral("components"), componentsArray(v.components));
    return o;
}

// The event spellings of a tag's or workload's risks, without repeats; unknown spellings as sent.
QJsonArray eventRisks(Risks flags, const QStringList &raw)
{
    QStringList out;
    for (const QString &r : raw) {
        const auto risk = RiskNames::fromString(r);
        const QString spelled = risk ? RiskNames::eventValue(*risk) : r;
        if (!out.contains(spelled))
            out.append(spelled);
    }
    for (Risk risk : RiskNames::all) {
        if (flags.testFlag(risk) && !out.contains(RiskNames::eventValue(risk)))
            out.append(RiskNames::eventValue(risk));
    }
    return QJsonArray::fromStringList(out);
}

QJsonArray withRisk(const QJsonArray &risks, Risk risk)
{
    for (const QJsonValue &r : risks) {
        if (EventView::classifyRisk(r.toString()) == risk)
            return risks;
    }
    QJsonArray out = risks;
    out.append(RiskNames::eventValue(risk));
    return out;
}

QJsonObject simulatedVulnerability(const QJsonObject &image, const QDateTime &fetchedAt)
{
    // The component of the image's first vulnerability, so the finding sits on a real package.
    QJsonArray components;
    QString packageType = QStringLiteral("generic");
    const QJsonArray existing = image.value(QLatin1StringView("vulnerabilities")).toArray();
    for (const QJsonValue &v : existing) {
        const QJsonArray c = v.toObject().value(QLatin1StringView("components")).toArray();
        if (!c.isEmpty()) {
            components.append(c.first());
            packageType = v.toObject().value(QLatin1StringView("package_type")).toString(packageType);
            break;
        }
    }
    if (components.isEmpty())
        components.append(QJsonObject {
            { QStringLiteral("component_id"), QStringLiteral("generic://runtime-desk-simulated:1.0.0") },
            { QStringLiteral("name"), QStringLiteral("runtime-desk-simulated") },
            { QStringLiteral("version"), QStringLiteral("1.0.0") } });
    QJsonObject o { { QStringLiteral("package_type"), packageType },
                    { QStringLiteral("xray_id"), EventFactory::simulatedXrayId },
                    { QStringLiteral("cve_id"), EventFactory::simulatedCveId },
                    { QStringLiteral("severity"), QStringLiteral("Critical") },
                    { QStringLiteral("cvss_v2"), QString() },
                    { QStringLiteral("cvss_v3"), QStringLiteral("9.8") },
                    { QStringLiteral("applicability"), QStringLiteral("applicable") },
                    { QStringLiteral("components"), components } };
    if (fetchedAt.isValid())
        o.insert(QStringLiteral("last_fetched"), fetchedAt.toUTC().toString(Qt::ISODate));
    return o;
}

} // namespace

QString EventFactory::kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::None:
        return QStringLiteral("none");
    case ChangeKind::DeploymentStatusChange:
        return QStringLiteral("deployment-status");
    case ChangeKind::IntegrityViolation:
        return QStringLiteral("integrity-violation");
    case ChangeKind::UntrustedRegistry:
        return QStringLiteral("untrusted-registry");
    case ChangeKind::NewCriticalCve:
        return QStringLiteral("critical-cve");
    }
    return {};
}

QStringList EventFactory::kindNames()
{
    QStringList names;
    for (ChangeKind kind :
         { ChangeKind::None, ChangeKind::DeploymentStatusChange, ChangeKind::IntegrityViolation,
           ChangeKind::UntrustedRegistry, ChangeKind::NewCriticalCve })
        names.append(kindName(kind));
    return names;
}

std::optional<EventFactory::ChangeKind> EventFactory::kindFromName(const QString &name)
{
    for (ChangeKind kind :
         { ChangeKind::None, ChangeKind::DeploymentStatusChange, ChangeKind::IntegrityViolation,
           ChangeKind::UntrustedRegistry, ChangeKind::NewCriticalCve }) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString EventFactory::kindTitle(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::None:
        return tr("No change");
    case ChangeKind::DeploymentStatusChange:
        return tr("Deployment status change");
    case ChangeKind::IntegrityViolation:
        return tr("Integrity violation");
    case ChangeKind::UntrustedRegistry:
        return tr("Untrusted registry");
    case ChangeKind::NewCriticalCve:
        return tr("New critical applicable CVE");
    }
    return {};
}

QJsonObject EventFactory::imageObject(const ImageTag &tag, const QDateTime &fetchedAt)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), tag.name);
    o.insert(QStringLiteral("registry"), tag.registry);
    o.insert(QStringLiteral("repository_path"), tag.repositoryPath);
    o.insert(QStringLiteral("architecture"), tag.architecture);
    o.insert(QStringLiteral("tag"), tag.tag);
    o.insert(QStringLiteral("sha256"), bareDigest(tag.digest));
    o.insert(risksKey, eventRisks(tag.risks, tag.rawRisks));
    QJsonArray vulnerabilities;
    for (const Vulnerability &v : tag.vulnerabilities)
        vulnerabilities.append(vulnerabilityObject(v, fetchedAt));
    o.insert(QStringLiteral("vulnerabilities"), vulnerabilities);
    if (tag.maliciousPackages.isEmpty()) {
        o.insert(QStringLiteral("malicious_packages"), QJsonValue::Null);
    } else {
        QJsonArray packages;
        for (const MaliciousPackage &p : tag.maliciousPackages)
            packages.append(QJsonObject { { QStringLiteral("xray_id"), p.xrayId },
                                          { QStringLiteral("components"), componentsArray(p.components) } });
        o.insert(QStringLiteral("malicious_packages"), packages);
    }
    if (tag.deployedBy && !tag.deployedBy->isEmpty())
        o.insert(QStringLiteral("deployed_by"), *tag.deployedBy);
    if (tag.buildInfo && !tag.buildInfo->isEmpty())
        o.insert(QStringLiteral("build_info"),
                 QJsonObject { { QStringLiteral("build_owner"), tag.buildInfo->owner },
                               { QStringLiteral("build_name"), tag.buildInfo->name },
                               { QStringLiteral("build_number"), tag.buildInfo->number },
                               { QStringLiteral("build_repository"), tag.buildInfo->repository } });
    return o;
}

QJsonObject EventFactory::workloadObject(const EventSubject &subject)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), subject.workload.name);
    o.insert(QStringLiteral("namespace"), subject.workload.nameSpace);
    o.insert(QStringLiteral("cluster"), subject.workload.cluster);
    if (subject.row) {
        o.insert(QStringLiteral("nodes"), QJsonArray::fromStringList(subject.row->nodes));
        o.insert(risksKey, eventRisks(subject.row->risks, subject.row->rawRisks));
        o.insert(QStringLiteral("vulnerabilities_count"), subject.row->vulnerabilitiesCount);
        return o;
    }
    // No row: what the workload inherits from its images (docs/jfrog-api.md 2, risk composition).
    Risks risks;
    QStringList raw;
    qsizetype count = 0;
    for (const ImageTag &tag : subject.images) {
        risks |= tag.risks;
        raw += tag.rawRisks;
        count += tag.vulnerabilities.size();
    }
    o.insert(QStringLiteral("nodes"), QJsonArray());
    o.insert(risksKey, eventRisks(risks, raw));
    o.insert(QStringLiteral("vulnerabilities_count"), double(count));
    return o;
}

QJsonObject EventFactory::build(const EventSubject &subject, ChangeKind kind, const Options &options)
{
    QJsonObject event;
    event.insert(QStringLiteral("change_type"), options.changeType);
    event.insert(QStringLiteral("workload_changed_object"), workloadObject(subject));
    QJsonArray images;
    for (const ImageTag &tag : subject.images)
        images.append(imageObject(tag, subject.fetchedAt));
    event.insert(QStringLiteral("image_tags_object"), images);
    apply(event, kind, subject.fetchedAt, options);
    return event;
}

void EventFactory::apply(QJsonObject &event, ChangeKind kind, const QDateTime &fetchedAt,
                         const Options &options)
{
    event.insert(QStringLiteral("change_type"), options.changeType);
    std::optional<Risk> risk;
    switch (kind) {
    case ChangeKind::None:
    case ChangeKind::DeploymentStatusChange:
        return;
    case ChangeKind::IntegrityViolation:
        risk = Risk::IntegrityViolation;
        break;
    case ChangeKind::UntrustedRegistry:
        risk = Risk::UntrustedRegistry;
        break;
    case ChangeKind::NewCriticalCve:
        risk = Risk::CriticalApplicableCves;
        break;
    }
    QJsonObject workload = event.value(QLatin1StringView("workload_changed_object")).toObject();
    workload.insert(risksKey, withRisk(workload.value(risksKey).toArray(), *risk));
    QJsonArray images = event.value(QLatin1StringView("image_tags_object")).toArray();
    if (!images.isEmpty()) {
        QJsonObject image = images.first().toObject();
        image.insert(risksKey, withRisk(image.value(risksKey).toArray(), *risk));
        if (kind == ChangeKind::NewCriticalCve) {
            QJsonArray vulnerabilities = image.value(QLatin1StringView("vulnerabilities")).toArray();
            vulnerabilities.append(simulatedVulnerability(image, fetchedAt));
            image.insert(QStringLiteral("vulnerabilities"), vulnerabilities);
        }
        images.replace(0, image);
    }
    if (kind == ChangeKind::NewCriticalCve) {
        const QJsonValue count = workload.value(QLatin1StringView("vulnerabilities_count"));
        workload.insert(QStringLiteral("vulnerabilities_count"), count.toDouble() + 1);
    }
    event.insert(QStringLiteral("workload_changed_object"), workload);
    event.insert(QStringLiteral("image_tags_object"), images);
}

QString EventFactory::workloadReference(const WorkloadRef &workload)
{
    return workload.cluster + u'/' + workload.nameSpace + u'/' + workload.name;
}

std::optional<WorkloadRef> EventFactory::parseWorkloadReference(const QString &reference)
{
    const QStringList parts = reference.split(u'/');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return std::nullopt;
    return WorkloadRef { parts[2], parts[1], parts[0] };
}

QString EventFactory::tagReference(const ImageTag &tag)
{
    return tag.pinnedReference();
}
