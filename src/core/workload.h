#pragma once

#include "risk.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

// One workload from POST /runtime/api/v1/workloads (docs/jfrog-api.md 3.3).
struct Workload
{
    QString name;
    QString nameSpace;
    QString cluster;
    QString runtimeStatus;
    QStringList nodes;
    QString architecture;
    Risks risks;
    QStringList rawRisks;
    int vulnerabilitiesCount = 0;
    QJsonArray processes; // kept as sent; shown, never interpreted

    QString key() const { return cluster + QChar(0x1f) + nameSpace + QChar(0x1f) + name; }
    bool operator==(const Workload &) const = default;
};
