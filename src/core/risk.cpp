#include "risk.h"

namespace RiskNames {

std::optional<Risk> fromString(QStringView raw)
{
    const QString s = raw.trimmed().toString().toLower();
    if (s.startsWith(u"malicious"))
        return Risk::Malicious;
    if (s.startsWith(u"untrusted"))
        return Risk::UntrustedRegistry;
    if (s.startsWith(u"integrity"))
        return Risk::IntegrityViolation;
    if (s.startsWith(u"critical") && s.contains(u"applicable"))
        return Risk::CriticalApplicableCves;
    return std::nullopt;
}

Risks fromJsonArray(const QJsonArray &array, QStringList *raw)
{
    Risks risks;
    for (const QJsonValue &value : array) {
        if (!value.isString())
            continue;
        const QString text = value.toString();
        if (raw)
            raw->append(text);
        if (const auto risk = fromString(text))
            risks |= *risk;
    }
    return risks;
}

QString canonical(Risk risk)
{
    switch (risk) {
    case Risk::Malicious:
        return QStringLiteral("malicious");
    case Risk::IntegrityViolation:
        return QStringLiteral("integrity_violation");
    case Risk::UntrustedRegistry:
        return QStringLiteral("untrusted_registry");
    case Risk::CriticalApplicableCves:
        return QStringLiteral("critical_applicable_cves");
    }
    return {};
}

QStringList canonicalList(Risks risks)
{
    QStringList names;
    for (Risk risk : all) {
        if (risks.testFlag(risk))
            names.append(canonical(risk));
    }
    return names;
}

QString filterValue(Risk risk)
{
    return risk == Risk::CriticalApplicableCves ? QStringLiteral("critical_applicable_cve") : canonical(risk);
}

QString eventValue(Risk risk)
{
    switch (risk) {
    case Risk::UntrustedRegistry:
        return QStringLiteral("untrusted_registry_images");
    case Risk::CriticalApplicableCves:
        return QStringLiteral("critical_and_applicable_cves");
    default:
        return canonical(risk);
    }
}

int rank(Risks risks)
{
    int score = 0;
    int weight = 8;
    for (Risk risk : all) {
        if (risks.testFlag(risk))
            score += weight;
        weight /= 2;
    }
    return score;
}

} // namespace RiskNames

namespace SeverityNames {

Severity fromString(QStringView raw)
{
    const QString s = raw.trimmed().toString().toLower();
    if (s == u"critical")
        return Severity::Critical;
    if (s == u"high")
        return Severity::High;
    if (s == u"medium")
        return Severity::Medium;
    if (s == u"low")
        return Severity::Low;
    return Severity::Unknown;
}

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("Critical");
    case Severity::High:
        return QStringLiteral("High");
    case Severity::Medium:
        return QStringLiteral("Medium");
    case Severity::Low:
        return QStringLiteral("Low");
    case Severity::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

} // namespace SeverityNames
