#pragma once

#include <QFlags>
#include <QJsonArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The four Live Assessment risk kinds. The platform spells them differently in filters,
// responses and worker events (docs/jfrog-api.md 3.6); we map every spelling to one flag and
// keep the raw string for display.
enum class Risk : quint8 {
    Malicious = 0x1,
    IntegrityViolation = 0x2,
    UntrustedRegistry = 0x4,
    CriticalApplicableCves = 0x8,
};
Q_DECLARE_FLAGS(Risks, Risk)
Q_DECLARE_OPERATORS_FOR_FLAGS(Risks)

namespace RiskNames {

// Every risk in "riskiest first" order (docs/jfrog-api.md 3.7.3).
inline constexpr Risk all[] = { Risk::Malicious, Risk::IntegrityViolation, Risk::UntrustedRegistry,
                                Risk::CriticalApplicableCves };

// Accepts every documented spelling: malicious, untrusted_registry(_images),
// integrity_violation, critical_applicable(_cve|_cves), critical_and_applicable_cves.
std::optional<Risk> fromString(QStringView raw);
Risks fromJsonArray(const QJsonArray &array, QStringList *raw = nullptr);

// The normalised spelling we print in JSON: the REST response spelling.
QString canonical(Risk risk);
QStringList canonicalList(Risks risks);
// The spelling the REST filter takes (`critical_applicable_cve`, not `..._cves`).
QString filterValue(Risk risk);
// The spelling the worker event uses (`untrusted_registry_images`, ...).
QString eventValue(Risk risk);

// Ordering for "riskiest tag": higher is riskier; the vulnerability count breaks ties.
int rank(Risks risks);
} // namespace RiskNames

enum class Severity : quint8 { Unknown = 0, Low = 1, Medium = 2, High = 3, Critical = 4 };

namespace SeverityNames {
Severity fromString(QStringView raw);
QString toString(Severity severity); // "Critical", "High", ...
} // namespace SeverityNames
