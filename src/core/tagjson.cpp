#include "tagjson.h"

#include "runtimejson.h"

#include <QJsonArray>

namespace TagJson {

QJsonObject describe(const ImageTag &t, bool changed)
{
    QJsonArray workloads;
    for (const WorkloadRef &w : t.workloads)
        workloads.append(QJsonObject { { QStringLiteral("name"), w.name },
                                       { QStringLiteral("namespace"), w.nameSpace },
                                       { QStringLiteral("cluster"), w.cluster } });
    QJsonArray vulnerabilities;
    for (const Vulnerability &v : t.vulnerabilities)
        vulnerabilities.append(RuntimeJson::toJson(v));
    QJsonArray malicious;
    for (const MaliciousPackage &p : t.maliciousPackages) {
        QJsonArray components;
        for (const Component &c : p.components)
            components.append(QJsonObject { { QStringLiteral("id"), c.id },
                                            { QStringLiteral("name"), c.name },
                                            { QStringLiteral("version"), c.version } });
        malicious.append(QJsonObject { { QStringLiteral("xray_id"), p.xrayId },
                                       { QStringLiteral("components"), components } });
    }
    const QJsonValue missing = QJsonValue::Null; // "not provided by the platform"
    QJsonObject o {
        { QStringLiteral("name"), t.name },
        { QStringLiteral("tag"), t.tag },
        { QStringLiteral("registry"), t.registry },
        { QStringLiteral("repository_path"), t.repositoryPath },
        { QStringLiteral("digest"), t.digest.isEmpty() ? missing : QJsonValue(t.digest) },
        { QStringLiteral("architecture"), t.architecture },
        { QStringLiteral("runtime_status"), t.runtimeStatus },
        { QStringLiteral("risks"), QJsonArray::fromStringList(RiskNames::canonicalList(t.risks)) },
        { QStringLiteral("vulnerabilities_count"), int(t.vulnerabilities.size()) },
        { QStringLiteral("critical_applicable_count"), t.criticalApplicableCount() },
        { QStringLiteral("build_owner"),
          t.buildInfo && !t.buildInfo->owner.isEmpty() ? QJsonValue(t.buildInfo->owner) : missing },
        { QStringLiteral("deployed_by"),
          t.deployedBy && !t.deployedBy->isEmpty() ? QJsonValue(*t.deployedBy) : missing },
        { QStringLiteral("build"),
          t.buildInfo ? QJsonValue(QJsonObject { { QStringLiteral("name"), t.buildInfo->name },
                                                 { QStringLiteral("number"), t.buildInfo->number },
                                                 { QStringLiteral("repository"), t.buildInfo->repository } })
                      : missing },
        { QStringLiteral("registry_trusted"), t.registryTrusted ? QJsonValue(*t.registryTrusted) : missing },
        { QStringLiteral("integrity"),
          t.integrity
              ? QJsonValue(QJsonObject { { QStringLiteral("status"), t.integrity->status },
                                         { QStringLiteral("violation_type"), t.integrity->violationType },
                                         { QStringLiteral("severity"), t.integrity->severity },
                                         { QStringLiteral("runtime_digest"), t.integrity->runtimeDigest },
                                         { QStringLiteral("expected_digest"), t.integrity->expectedDigest } })
              : missing },
        { QStringLiteral("workloads"), workloads },
        { QStringLiteral("clusters"), QJsonArray::fromStringList(t.clusters()) },
        { QStringLiteral("vulnerabilities"), vulnerabilities },
        { QStringLiteral("malicious_packages"), malicious },
        { QStringLiteral("changed_since_last_sync"), changed },
    };
    return o;
}

} // namespace TagJson
