#include "demojson.h"

#include "jsonwriter.h"

namespace DemoJson {
namespace {

void writeComponents(JsonWriter &w, const QList<Component> &components)
{
    w.key("components").beginArray();
    for (const Component &c : components)
        w.beginObject().field("id", c.id).field("name", c.name).field("version", c.version).endObject();
    w.endArray();
}

void writeVulnerabilities(JsonWriter &w, const QList<Vulnerability> &vulnerabilities)
{
    w.key("vulnerabilities").beginArray();
    for (const Vulnerability &v : vulnerabilities) {
        w.beginObject()
            .field("cve_id", v.cveId)
            .field("xray_id", v.xrayId)
            .field("severity", SeverityNames::toString(v.severity))
            .field("cvss_v2", v.cvssV2)
            .field("cvss_v3", v.cvssV3)
            .field("applicability", v.applicability);
        if (!v.packageType.isEmpty())
            w.field("package_type", v.packageType);
        writeComponents(w, v.components);
        w.endObject();
    }
    w.endArray();
}

void writeMaliciousPackages(JsonWriter &w, const QList<MaliciousPackage> &packages)
{
    w.key("malicious_packages").beginArray();
    for (const MaliciousPackage &p : packages) {
        w.beginObject().field("xray_id", p.xrayId);
        writeComponents(w, p.components);
        w.endObject();
    }
    w.endArray();
}

void writeWorkloads(JsonWriter &w, const QList<WorkloadRef> &workloads)
{
    w.key("workloads").beginArray();
    for (const WorkloadRef &r : workloads)
        w.beginObject()
            .field("name", r.name)
            .field("namespace", r.nameSpace)
            .field("cluster", r.cluster)
            .endObject();
    w.endArray();
}

// What only some tags have: deployer, build, trust, integrity, cloud providers.
void writeOptionalParts(JsonWriter &w, const ImageTag &t)
{
    if (t.deployedBy)
        w.field("deployed_by", *t.deployedBy);
    if (t.buildInfo) {
        w.key("build_info").beginObject();
        if (!t.buildInfo->owner.isEmpty()) // absent, as some builds send it
            w.field("build_owner", t.buildInfo->owner);
        w.field("build_name", t.buildInfo->name)
            .field("build_number", t.buildInfo->number)
            .field("build_repository", t.buildInfo->repository)
            .endObject();
    }
    if (t.registryTrusted)
        w.field("registry_trusted", *t.registryTrusted);
    if (t.integrity)
        w.key("integrity")
            .beginObject()
            .field("status", t.integrity->status)
            .field("violation_type", t.integrity->violationType)
            .field("severity", t.integrity->severity)
            .field("runtime_digest", t.integrity->runtimeDigest)
            .field("artifactory_digest", t.integrity->expectedDigest)
            .endObject();
    if (!t.cloudProviders.isEmpty())
        w.key("cloud_providers").stringList(t.cloudProviders);
}

} // namespace

void appendImageTag(QByteArray &out, const ImageTag &t, DemoTagView view)
{
    // A platform sends UTF-8, which cannot hold a lone surrogate: "?", as QString::toUtf8 writes it.
    JsonWriter w(out, { 0, false, JsonWriter::LoneSurrogates::Replace });
    w.beginObject()
        .field("name", t.name)
        .field("tag", t.tag)
        .field("architecture", t.architecture)
        .field("registry", t.registry)
        .field("repository_path", t.repositoryPath);
    if (!t.digest.isEmpty())
        w.field("image_digest", t.digest);
    w.field("runtime_status", t.runtimeStatus);
    w.key("scan_info").beginObject().field("sca", t.scaScanned).endObject();
    w.key("risks").stringList(t.rawRisks);
    writeVulnerabilities(w, t.vulnerabilities);
    writeMaliciousPackages(w, t.maliciousPackages);
    writeWorkloads(w, t.workloads);
    writeOptionalParts(w, t);
    if (view == DemoTagView::Detail)
        w.field("clusters_count", qint64(t.clusters().size()))
            .field("workloads_count", qint64(t.workloads.size()));
    w.endObject();
}

} // namespace DemoJson
