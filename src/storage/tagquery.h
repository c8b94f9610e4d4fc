#pragma once

#include "filterexpression.h"
#include "risk.h"

#include <QString>
#include <QStringList>

// What to read from the current generation: every condition is optional and they all apply.
struct TagQuery
{
    enum class Order {
        Name,
        Risk,
        Vulnerabilities,
        Registry,
        RepositoryPath,
        RuntimeStatus,
        Workloads,
        Clusters,
        Architecture
    };

    Risks anyRisk; // at least one of these risks
    QString text; // full-text: names, digest, people, CVEs, workloads
    QStringList clusters; // runs in one of these clusters
    QStringList namespaces; // runs in one of these namespaces
    Severity minSeverity = Severity::Unknown;
    bool changedOnly = false;
    Order order = Order::Name;
    bool descending = false;
    int limit = -1;
    int offset = 0;
    QList<FilterTerm> terms; // a parsed filter (FilterParser); all must hold
};
