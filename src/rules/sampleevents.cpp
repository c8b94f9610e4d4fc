#include "sampleevents.h"

#include "workergenerator.h"

#include <QJsonArray>

namespace {

QJsonObject withImageRisks(QJsonObject event, const QStringList &imageRisks, const QStringList &workloadRisks)
{
    QJsonArray images = event.value(QLatin1StringView("image_tags_object")).toArray();
    QJsonObject image = images.first().toObject();
    image.insert(QStringLiteral("risks"), QJsonArray::fromStringList(imageRisks));
    images[0] = image;
    event.insert(QStringLiteral("image_tags_object"), images);
    QJsonObject workload = event.value(QLatin1StringView("workload_changed_object")).toObject();
    workload.insert(QStringLiteral("risks"), QJsonArray::fromStringList(workloadRisks));
    event.insert(QStringLiteral("workload_changed_object"), workload);
    return event;
}

} // namespace

QList<SampleEvents::Sample> SampleEvents::builtIn()
{
    const QJsonObject sample = WorkerGenerator::sampleEvent();
    const QString integrity = RiskNames::eventValue(Risk::IntegrityViolation);
    const QString untrusted = RiskNames::eventValue(Risk::UntrustedRegistry);
    const QString critical = RiskNames::eventValue(Risk::CriticalApplicableCves);
    return {
        { tr("Documented sample: frontend-service in production"), sample },
        { tr("Integrity violation in frontend-image"),
          withImageRisks(sample, { integrity, critical }, { integrity, critical }) },
        { tr("frontend-image from an untrusted registry"),
          withImageRisks(sample, { untrusted }, { untrusted }) },
    };
}

QJsonObject SampleEvents::fromTag(const ImageTag &tag)
{
    const WorkloadRef workload = tag.workloads.value(0);
    QStringList risks;
    for (Risk risk : RiskNames::all) {
        if (tag.risks.testFlag(risk))
            risks.append(RiskNames::eventValue(risk));
    }
    QJsonArray vulnerabilities;
    for (const Vulnerability &v : tag.vulnerabilities) {
        QJsonArray components;
        for (const Component &c : v.components)
            components.append(QJsonObject { { QStringLiteral("component_id"), c.id },
                                            { QStringLiteral("name"), c.name },
                                            { QStringLiteral("version"), c.version } });
        vulnerabilities.append(
            QJsonObject { { QStringLiteral("package_type"), v.packageType },
                          { QStringLiteral("xray_id"), v.xrayId },
                          { QStringLiteral("cve_id"), v.cveId },
                          { QStringLiteral("severity"), SeverityNames::toString(v.severity) },
                          { QStringLiteral("cvss_v2"), v.cvssV2 },
                          { QStringLiteral("cvss_v3"), v.cvssV3 },
                          { QStringLiteral("applicability"), v.applicability },
                          { QStringLiteral("components"), components } });
    }
    QString digest = tag.digest;
    if (digest.startsWith(u"sha256:"))
        digest = digest.mid(7);
    const BuildInfo build = tag.buildInfo.value_or(BuildInfo {});
    const QJsonObject image { { QStringLiteral("name"), tag.name },
                              { QStringLiteral("registry"), tag.registry },
                              { QStringLiteral("repository_path"), tag.repositoryPath },
                              { QStringLiteral("architecture"), tag.architecture },
                              { QStringLiteral("tag"), tag.tag },
                              { QStringLiteral("sha256"), digest },
                              { QStringLiteral("risks"), QJsonArray::fromStringList(risks) },
                              { QStringLiteral("vulnerabilities"), vulnerabilities },
                              { QStringLiteral("malicious_packages"), QJsonValue::Null },
                              { QStringLiteral("deployed_by"), tag.deployedBy.value_or(QString()) },
                              { QStringLiteral("build_info"),
                                QJsonObject { { QStringLiteral("build_owner"), build.owner },
                                              { QStringLiteral("build_name"), build.name },
                                              { QStringLiteral("build_number"), build.number },
                                              { QStringLiteral("build_repository"), build.repository } } } };
    const QJsonObject workloadObject { { QStringLiteral("name"), workload.name },
                                       { QStringLiteral("namespace"), workload.nameSpace },
                                       { QStringLiteral("cluster"), workload.cluster },
                                       { QStringLiteral("nodes"), QJsonArray() },
                                       { QStringLiteral("risks"), QJsonArray::fromStringList(risks) },
                                       { QStringLiteral("vulnerabilities_count"),
                                         tag.vulnerabilities.size() } };
    return { { QStringLiteral("change_type"), QStringLiteral("workload") },
             { QStringLiteral("workload_changed_object"), workloadObject },
             { QStringLiteral("image_tags_object"), QJsonArray { image } } };
}
