// Criteria: groups and conditions.
#include "rulejsonreader.h"

#include "displaytext.h"
#include "jstext.h"
#include "templaterenderer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

using Field = RuleCondition::Field;
using Op = RuleCondition::Op;
using Kind = RuleCondition::Kind;

std::optional<CriteriaNode> RuleJsonReader::node(const QJsonValue &value, const QString &path, int depth)
{
    if (!value.isObject()) {
        error(path,
              RuleJson::tr("expected a group {\"all\": […]} or {\"any\": […]} or a condition {\"kind\": …}"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const bool hasAll = object.contains(QLatin1StringView("all"));
    const bool hasAny = object.contains(QLatin1StringView("any"));
    if (!hasAll && !hasAny) {
        if (depth == 1) {
            error(path, RuleJson::tr("expected a group {\"all\": […]} or {\"any\": […]}"));
            return std::nullopt;
        }
        auto leaf = condition(object, path);
        return leaf ? std::optional<CriteriaNode>(CriteriaNode::leaf(*leaf)) : std::nullopt;
    }
    if (hasAll && hasAny) {
        error(path, RuleJson::tr("a group has \"all\" or \"any\", not both"));
        return std::nullopt;
    }
    const QString key = hasAll ? QStringLiteral("all") : QStringLiteral("any");
    if (!onlyKeys(object, path, { key }))
        return std::nullopt;
    const QString where = join(path, key);
    if (depth > RuleLimits::maxDepth) {
        error(where, RuleJson::tr("groups nest deeper than the limit of %1").arg(RuleLimits::maxDepth));
        return std::nullopt;
    }
    const QJsonValue children = object.value(key);
    if (!children.isArray()) {
        error(where, RuleJson::tr("expected an array"));
        return std::nullopt;
    }
    const QJsonArray array = children.toArray();
    if (array.size() > RuleLimits::maxListEntries) {
        error(where,
              RuleJson::tr("%1 entries, more than the limit of %2")
                  .arg(array.size())
                  .arg(RuleLimits::maxListEntries));
        return std::nullopt;
    }
    if (!hasAll && array.isEmpty()) {
        error(where, RuleJson::tr("an \"any\" group needs at least one entry"));
        return std::nullopt;
    }
    CriteriaNode group = hasAll ? CriteriaNode::all({}) : CriteriaNode::any({});
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto child = node(array[i], at(where, i), depth + 1);
        if (child)
            group.children.append(*child);
        ok = ok && child.has_value();
    }
    return ok ? std::optional<CriteriaNode>(group) : std::nullopt;
}

namespace {

// {"kind": "match", "field", "op": "matches", "pattern"} or {"kind": "match", "field", "op": "in"|"not_in",
// "values": [...]}.
bool readMatch(RuleJsonReader &r, const QJsonObject &object, const QString &path, RuleCondition &c)
{
    c.kind = Kind::Match;
    bool ok = true;
    const auto field = r.text(object, path, QStringLiteral("field"), true);
    const auto op = r.text(object, path, QStringLiteral("op"), true);
    if (field) {
        ok = false;
        for (int f = int(Field::ChangeType); f <= int(Field::DeployedBy); ++f) {
            if (RuleJson::fieldName(Field(f)) == *field) {
                c.field = Field(f);
                ok = true;
            }
        }
        if (!ok)
            r.error(RuleJsonReader::join(path, QStringLiteral("field")),
                    RuleJson::tr("unknown field \"%1\" (use change_type, cluster, namespace, workload, "
                                 "image, registry, "
                                 "build_owner or deployed_by)")
                        .arg(DisplayText::visible(*field)));
    }
    ok = ok && field && op;
    if (op && *op == u"matches") {
        c.op = Op::Matches;
        const auto pattern = r.text(object, path, QStringLiteral("pattern"), true);
        ok = ok && pattern
            && r.onlyKeys(object, path,
                          { QStringLiteral("kind"), QStringLiteral("field"), QStringLiteral("op"),
                            QStringLiteral("pattern") });
        if (pattern)
            c.patterns = { *pattern };
    } else if (op && (*op == u"in" || *op == u"not_in")) {
        c.op = *op == u"in" ? Op::In : Op::NotIn;
        const auto values = r.strings(object, path, QStringLiteral("values"));
        ok = ok && values
            && r.onlyKeys(object, path,
                          { QStringLiteral("kind"), QStringLiteral("field"), QStringLiteral("op"),
                            QStringLiteral("values") });
        if (values)
            c.patterns = *values;
    } else if (op) {
        r.error(RuleJsonReader::join(path, QStringLiteral("op")),
                RuleJson::tr("unknown op \"%1\" (use matches, in or not_in)").arg(DisplayText::visible(*op)));
        ok = false;
    }
    return ok;
}

} // namespace

std::optional<RuleCondition> RuleJsonReader::condition(const QJsonObject &object, const QString &path)
{
    ++conditions;
    RuleCondition c;
    const auto kind = text(object, path, QStringLiteral("kind"), true);
    if (!kind)
        return std::nullopt;
    bool ok = true;
    if (*kind == u"match") {
        ok = readMatch(*this, object, path, c);
    } else if (*kind == u"risk") {
        c.kind = Kind::Risk;
        const auto risk = text(object, path, QStringLiteral("risk"), true);
        const auto parsed = risk ? RiskNames::fromString(*risk) : std::nullopt;
        if (risk && !parsed)
            error(
                join(path, QStringLiteral("risk")),
                RuleJson::tr("unknown risk \"%1\" (use malicious, integrity_violation, untrusted_registry or "
                             "critical_applicable_cves)")
                    .arg(DisplayText::visible(*risk)));
        ok = parsed && onlyKeys(object, path, { QStringLiteral("kind"), QStringLiteral("risk") });
        c.risk = parsed.value_or(Risk::Malicious);
    } else if (*kind == u"severity_at_least") {
        c.kind = Kind::SeverityAtLeast;
        const auto severity = text(object, path, QStringLiteral("severity"), true);
        c.severity = severity ? SeverityNames::fromString(*severity) : Severity::Unknown;
        if (severity && c.severity == Severity::Unknown)
            error(join(path, QStringLiteral("severity")),
                  RuleJson::tr("unknown severity \"%1\" (use Critical, High, Medium or Low)")
                      .arg(DisplayText::visible(*severity)));
        ok = c.severity != Severity::Unknown
            && onlyKeys(object, path, { QStringLiteral("kind"), QStringLiteral("severity") });
    } else if (*kind == u"vulnerabilities_at_least") {
        c.kind = Kind::VulnerabilitiesAtLeast;
        const auto count = integer(object, path, QStringLiteral("count"), RuleLimits::maxCount);
        c.count = count.value_or(0);
        ok = count && onlyKeys(object, path, { QStringLiteral("kind"), QStringLiteral("count") });
    } else {
        error(join(path, QStringLiteral("kind")),
              RuleJson::tr(
                  "unknown kind \"%1\" (use match, risk, severity_at_least or vulnerabilities_at_least)")
                  .arg(DisplayText::visible(*kind)));
        ok = false;
    }
    return ok ? std::optional<RuleCondition>(c) : std::nullopt;
}
