#pragma once

#include "risk.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Value types for one Live Assessment image tag, as the platform describes it
// (docs/jfrog-api.md 3.2, plus the ASSUMED detail fields of 3.7 and the event fields of 4.3).

struct Component
{
    QString id; // `id` in examples, `component_id` in the field table and events
    QString name;
    QString version;
    bool operator==(const Component &) const = default;
};

struct Vulnerability
{
    QString cveId;
    QString xrayId;
    Severity severity = Severity::Unknown;
    QString cvssV2;
    QString cvssV3;
    QString applicability; // not_scanned, applicable, not_applicable, ... kept open
    QString packageType;
    QList<Component> components;
    bool isCriticalApplicable() const
    {
        return severity == Severity::Critical && applicability == QLatin1String("applicable");
    }
    bool operator==(const Vulnerability &) const = default;
};

struct MaliciousPackage
{
    QString xrayId;
    QList<Component> components;
    bool operator==(const MaliciousPackage &) const = default;
};

struct WorkloadRef
{
    QString name;
    QString nameSpace;
    QString cluster;
    bool operator==(const WorkloadRef &) const = default;
};

struct BuildInfo
{
    QString owner;
    QString name;
    QString number;
    QString repository;
    bool isEmpty() const
    {
        return owner.isEmpty() && name.isEmpty() && number.isEmpty() && repository.isEmpty();
    }
    bool operator==(const BuildInfo &) const = default;
};

struct IntegrityInfo
{
    QString status; // "ok" | "violation" | open
    QString violationType; // "digest_mismatch" | open
    QString severity;
    QString runtimeDigest;
    QString expectedDigest; // the Artifactory digest
    bool operator==(const IntegrityInfo &) const = default;
};

struct ImageTag
{
    QString name;
    QString tag;
    QString registry;
    QString repositoryPath;
    QString digest; // optional in older responses
    QString architecture;
    QString runtimeStatus; // running | stopped | unknown
    Risks risks;
    QStringList rawRisks;
    bool scaScanned = false;
    QList<Vulnerability> vulnerabilities;
    QList<MaliciousPackage> maliciousPackages; // the platform may send null
    QList<WorkloadRef> workloads;

    // Not in the list response; from the ASSUMED detail endpoint or a worker event.
    std::optional<QString> deployedBy;
    std::optional<BuildInfo> buildInfo;
    std::optional<bool> registryTrusted;
    std::optional<IntegrityInfo> integrity;
    QStringList cloudProviders;

    // Identity of a row within one generation: registry, repository path, name, tag, architecture and
    // digest (empty when the platform sent none). Two rows the platform sends are never one.
    QString key() const;
    // "name:tag" as users type it.
    QString reference() const { return name + u':' + tag; }
    // "registry/repository_path/name:tag".
    QString fullReference() const { return registry + u'/' + repositoryPath + u'/' + reference(); }
    // fullReference() pinned to the row's digest as Docker writes it ("…/name:tag@sha256:…"), so it names one
    // row even when the tag has several architectures; a row without a digest is pinned to its architecture
    // ("…/name:tag@arch:arm64").
    QString pinnedReference() const;
    // How a row is named among others of the same tag: "registry/path/name:tag (arm64, sha256:…)".
    QString candidateName() const;
    Severity maxSeverity() const;
    int criticalApplicableCount() const;
    QStringList clusters() const;
    bool operator==(const ImageTag &) const = default;
};
