#pragma once

#include "risk.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// One image of an event, as rules see it (docs/jfrog-api.md 4.3, image_tags_object[i]).
struct EventImage
{
    QString name;
    QString tag;
    QString registry;
    QString repositoryPath;
    QString digest; // the event's `sha256`
    QString architecture;
    QString deployedBy;
    QString buildOwner;
    QString buildName;
    QString buildNumber;
    QString buildRepository;
    QStringList risks; // raw spellings, strings only
    std::array<int, 5> bySeverity {}; // vulnerabilities per Severity (Unknown .. Critical)
    int vulnerabilityTotal = 0;
};

// The AFTER_WORKLOAD_STATE_CHANGE payload read the way the generated worker reads it: tolerant of
// any JSON (a missing or mistyped field reads as empty), with JavaScript's conversions (JsText), so
// the engine, the renderer and the planner see exactly what the worker sees.
class EventView
{
public:
    explicit EventView(const QJsonObject &event);

    const QJsonObject &json() const { return m_json; }
    QString changeType;
    QString workloadName;
    QString nameSpace;
    QString cluster;
    QStringList nodes;
    QStringList workloadRisks;
    QJsonValue vulnerabilitiesCount; // as sent: a number, or anything else
    QList<EventImage> images; // object entries of image_tags_object, in order

    // Workload risks, then each image's, without repeats.
    QStringList allRisks() const;
    // max(workload vulnerabilities_count when it is a number, the images' vulnerabilities).
    double vulnerabilityCount() const;
    // The worst severity of any image's vulnerabilities; nullopt when there are none.
    std::optional<Severity> worstSeverity() const;

    // Risk by keyword, ASCII case-insensitive: malicious*, untrusted*, *integrity*,
    // critical*applicable*. Agrees with RiskNames::fromString on every spelling it knows.
    static std::optional<Risk> classifyRisk(QStringView raw);
    static Severity classifySeverity(QStringView raw);
    static QString riskDisplayName(Risk risk);
    // "Untrusted registry, Critical applicable CVEs"; unknown spellings as they are.
    static QString riskDisplay(const QStringList &raw);
    // An image's integrity as every message states it, from its risks in either spelling.
    static QString integrityLine(const QStringList &raw);
    static inline const QString integrityViolated = QStringLiteral("Integrity violation");
    static inline const QString integrityNotReported = QStringLiteral("No integrity violation reported");
    // "3 (1 Critical, 2 High)", or "" when there are none.
    static QString vulnerabilitySummary(const std::array<int, 5> &bySeverity, int total);

private:
    QJsonObject m_json;
};
