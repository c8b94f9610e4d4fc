#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The filters and ordering of POST /runtime/api/v1/images/tags and /workloads (docs/jfrog-api.md 3.2, 3.3).
struct RuntimeQuery
{
    int limit = 100;
    QString nextKey;
    QString orderBy; // name | repository_path | registry | risks (tags); more for workloads
    QString timePeriod; // now | 1 hour | 24 hours | 3 days | 7 days | 10 days
    QStringList clusters;
    QStringList namespaces;
    QStringList cveIds;
    QStringList risks; // filter spellings: malicious, untrusted_registry, ...
    QStringList applicability;
    QStringList severities; // Critical, High, ...

    QJsonObject toJson() const;
};
