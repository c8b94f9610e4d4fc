#include "eventview.h"

#include "jstext.h"

#include <QJsonArray>

namespace {

QJsonObject objectOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject() : QJsonObject();
}

QJsonArray arrayOf(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : arrayOf(value)) {
        if (item.isString())
            strings.append(item.toString());
    }
    return strings;
}

void appendNew(QStringList &list, const QStringList &items)
{
    for (const QString &item : items) {
        if (!list.contains(item))
            list.append(item);
    }
}

} // namespace

EventView::EventView(const QJsonObject &event)
    : m_json(event)
{
    changeType = JsText::fromValue(event.value(QLatin1StringView("change_type")));
    const QJsonObject workload = objectOf(event.value(QLatin1StringView("workload_changed_object")));
    workloadName = JsText::fromValue(workload.value(QLatin1StringView("name")));
    nameSpace = JsText::fromValue(workload.value(QLatin1StringView("namespace")));
    cluster = JsText::fromValue(workload.value(QLatin1StringView("cluster")));
    for (const QJsonValue &node : arrayOf(workload.value(QLatin1StringView("nodes")))) {
        const QString text = JsText::fromValue(node);
        if (!text.isEmpty())
            nodes.append(text);
    }
    workloadRisks = stringsOf(workload.value(QLatin1StringView("risks")));
    vulnerabilitiesCount = workload.value(QLatin1StringView("vulnerabilities_count"));

    for (const QJsonValue &entry : arrayOf(event.value(QLatin1StringView("image_tags_object")))) {
        if (!entry.isObject())
            continue;
        const QJsonObject tag = entry.toObject();
        const QJsonObject build = objectOf(tag.value(QLatin1StringView("build_info")));
        auto text = [](const QJsonObject &o, const char *key) {
            return JsText::fromValue(o.value(QLatin1StringView(key)));
        };
        EventImage image;
        image.name = text(tag, "name");
        image.tag = text(tag, "tag");
        image.registry = text(tag, "registry");
        image.repositoryPath = text(tag, "repository_path");
        image.digest = text(tag, "sha256");
        image.architecture = text(tag, "architecture");
        image.deployedBy = text(tag, "deployed_by");
        image.buildOwner = text(build, "build_owner");
        image.buildName = text(build, "build_name");
        image.buildNumber = text(build, "build_number");
        image.buildRepository = text(build, "build_repository");
        image.risks = stringsOf(tag.value(QLatin1StringView("risks")));
        for (const QJsonValue &vulnerability : arrayOf(tag.value(QLatin1StringView("vulnerabilities")))) {
            if (!vulnerability.isObject())
                continue;
            const Severity severity = classifySeverity(text(vulnerability.toObject(), "severity"));
            ++image.bySeverity[int(severity)];
            ++image.vulnerabilityTotal;
        }
        images.append(image);
    }
}

QStringList EventView::allRisks() const
{
    QStringList risks;
    appendNew(risks, workloadRisks);
    for (const EventImage &image : images)
        appendNew(risks, image.risks);
    return risks;
}

double EventView::vulnerabilityCount() const
{
    double fromImages = 0;
    for (const EventImage &image : images)
        fromImages += image.vulnerabilityTotal;
    const double fromWorkload = vulnerabilitiesCount.isDouble() ? vulnerabilitiesCount.toDouble() : 0;
    return std::max(fromWorkload, fromImages);
}

std::optional<Severity> EventView::worstSeverity() const
{
    std::optional<Severity> worst;
    for (const EventImage &image : images) {
        for (int s = 4; s >= 0; --s) {
            if (image.bySeverity[s] > 0) {
                if (!worst || s > int(*worst))
                    worst = Severity(s);
                break;
            }
        }
    }
    return worst;
}

std::optional<Risk> EventView::classifyRisk(QStringView raw)
{
    const QString s = JsText::asciiLower(JsText::asciiTrim(raw));
    if (s.startsWith(QLatin1StringView("malicious")))
        return Risk::Malicious;
    if (s.startsWith(QLatin1StringView("untrusted")))
        return Risk::UntrustedRegistry;
    if (s.contains(QLatin1StringView("integrity")))
        return Risk::IntegrityViolation;
    if (s.startsWith(QLatin1StringView("critical")) && s.contains(QLatin1StringView("applicable")))
        return Risk::CriticalApplicableCves;
    return std::nullopt;
}

Severity EventView::classifySeverity(QStringView raw)
{
    const QString s = JsText::asciiLower(JsText::asciiTrim(raw));
    if (s == QLatin1StringView("critical"))
        return Severity::Critical;
    if (s == QLatin1StringView("high"))
        return Severity::High;
    if (s == QLatin1StringView("medium"))
        return Severity::Medium;
    if (s == QLatin1StringView("low"))
        return Severity::Low;
    return Severity::Unknown;
}

QString EventView::riskDisplayName(Risk risk)
{
    switch (risk) {
    case Risk::Malicious:
        return QStringLiteral("Malicious package");
    case Risk::IntegrityViolation:
        return QStringLiteral("Integrity violation");
    case Risk::UntrustedRegistry:
        return QStringLiteral("Untrusted registry");
    case Risk::CriticalApplicableCves:
        return QStringLiteral("Critical applicable CVEs");
    }
    return {};
}

QString EventView::riskDisplay(const QStringList &raw)
{
    QStringList shown;
    for (const QString &spelling : raw) {
        const auto risk = classifyRisk(spelling);
        const QString name = risk ? riskDisplayName(*risk) : spelling;
        if (!name.isEmpty() && !shown.contains(name))
            shown.append(name);
    }
    return shown.join(QStringLiteral(", "));
}

QString EventView::integrityLine(const QStringList &raw)
{
    for (const QString &spelling : raw) {
        if (classifyRisk(spelling) == Risk::IntegrityViolation)
            return integrityViolated;
    }
    return integrityNotReported;
}

QString EventView::vulnerabilitySummary(const std::array<int, 5> &bySeverity, int total)
{
    if (total == 0)
        return {};
    QStringList parts;
    for (int s = 4; s >= 0; --s) {
        if (bySeverity[s] > 0)
            parts.append(QString::number(bySeverity[s]) + u' ' + SeverityNames::toString(Severity(s)));
    }
    return QString::number(total) + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')';
}
