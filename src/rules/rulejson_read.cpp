// Reads and validates the rule document, version 1:
// { "schema": "runtime-desk.rule", "version": 1, "id": "<32 hex>", "name": "…", "description": "…",
//   "event": {"application": "runtime", "action": "AFTER_WORKLOAD_STATE_CHANGE"},
//   "criteria": {"all"|"any": [ group | condition, … ]},
//   "message": {"title": "<template>", "text": "<template>"},
//   "channels": [ {"id", "type": "slack", "url_secret", "mention"?: [person, …]}
//               | {"id", "type": "webhook", "url_secret", "signing_secret"}
//               | {"id", "type": "email", "base_url", "api_key_secret", "from": {"email", "name"?}, "to":
//               […], "to_people"?: [person, …], "fallback"?: "<address>"} (to is optional with to_people)
//               | {"id", "type": "teams", "url_secret"}
//               | {"id", "type": "pagerduty", "base_url", "routing_key_secret", "severity"}
//               | {"id", "type": "splunk", "base_url", "token_secret", "sourcetype", "index"?} ],
//   (person: "build_owner" or "deployed_by")
//   "cooldown_seconds": 0, "dedupe_key": "<template>" }
// Conditions: {"kind": "match", "field", "op": "matches", "pattern"} | {"kind": "match", "field",
// "op": "in"|"not_in", "values": […]} | {"kind": "risk", "risk"} | {"kind": "severity_at_least",
// "severity"} | {"kind": "vulnerabilities_at_least", "count"}. Unknown keys are errors.
#include "jstext.h"
#include "rulejson.h"
#include "rulejsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace {

// schema, version, the keys, id, name, description and event.
void readHeader(RuleJsonReader &r, const QJsonObject &object, Rule &rule)
{
    const QJsonValue version = object.value(QLatin1StringView("version"));
    if (object.value(QLatin1StringView("schema")) != QJsonValue(RuleJson::schemaName))
        r.error(QStringLiteral("schema"), RuleJson::tr("expected \"%1\"").arg(RuleJson::schemaName));
    if (version != QJsonValue(Rule::schemaVersion))
        r.error(QStringLiteral("version"),
                version.isUndefined() ? RuleJson::tr("required")
                                      : RuleJson::tr("expected %1").arg(Rule::schemaVersion));
    r.onlyKeys(object, QString(),
               { QStringLiteral("schema"), QStringLiteral("version"), QStringLiteral("id"),
                 QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("event"),
                 QStringLiteral("criteria"), QStringLiteral("message"), QStringLiteral("channels"),
                 QStringLiteral("cooldown_seconds"), QStringLiteral("dedupe_key") });
    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-f]{32}$"));
    rule.id = r.text(object, QString(), QStringLiteral("id"), true).value_or(QString());
    if (!object.value(QLatin1StringView("id")).isUndefined() && !idPattern.match(rule.id).hasMatch())
        r.error(QStringLiteral("id"), RuleJson::tr("expected 32 lower-case hexadecimal digits"));
    const auto name = r.text(object, QString(), QStringLiteral("name"), true);
    if (name && name->isEmpty())
        r.error(QStringLiteral("name"), RuleJson::tr("must not be empty"));
    rule.name = name.value_or(QString());
    rule.description = r.text(object, QString(), QStringLiteral("description"), false,
                              RuleLimits::maxTemplateCodePoints, false)
                           .value_or(QString());

    const QJsonValue event = object.value(QLatin1StringView("event"));
    const QJsonObject expectedEvent { { QStringLiteral("application"), Rule::application },
                                      { QStringLiteral("action"), Rule::action } };
    if (!event.isUndefined() && event != QJsonValue(expectedEvent))
        r.error(
            QStringLiteral("event"),
            RuleJson::tr("only {\"application\": \"runtime\", \"action\": \"AFTER_WORKLOAD_STATE_CHANGE\"} "
                         "is supported"));
}

void readCriteria(RuleJsonReader &r, const QJsonObject &object, Rule &rule)
{
    if (!object.contains(QLatin1StringView("criteria")))
        r.error(QStringLiteral("criteria"), RuleJson::tr("required"));
    else if (auto criteria =
                 r.node(object.value(QLatin1StringView("criteria")), QStringLiteral("criteria"), 1))
        rule.criteria = *criteria;
    if (r.conditions > RuleLimits::maxConditions)
        r.error(QStringLiteral("criteria"),
                RuleJson::tr("%1 conditions, more than the limit of %2")
                    .arg(r.conditions)
                    .arg(RuleLimits::maxConditions));
}

void readMessage(RuleJsonReader &r, const QJsonObject &object, Rule &rule)
{
    const QJsonValue message = object.value(QLatin1StringView("message"));
    if (!message.isObject()) {
        r.error(QStringLiteral("message"),
                message.isUndefined() ? RuleJson::tr("required")
                                      : RuleJson::tr("expected an object {\"title\", \"text\"}"));
        return;
    }
    const QJsonObject m = message.toObject();
    r.onlyKeys(m, QStringLiteral("message"), { QStringLiteral("title"), QStringLiteral("text") });
    rule.message.title =
        r.templateText(m, QStringLiteral("message"), QStringLiteral("title"), true).value_or(QString());
    if (m.value(QLatin1StringView("title")) == QJsonValue(QString()))
        r.error(QStringLiteral("message.title"), RuleJson::tr("must not be empty"));
    rule.message.text =
        r.templateText(m, QStringLiteral("message"), QStringLiteral("text"), true).value_or(QString());
}

void readChannels(RuleJsonReader &r, const QJsonObject &object, Rule &rule)
{
    const QJsonValue channels = object.value(QLatin1StringView("channels"));
    if (!channels.isArray()) {
        r.error(QStringLiteral("channels"),
                channels.isUndefined() ? RuleJson::tr("required") : RuleJson::tr("expected an array"));
        return;
    }
    const QJsonArray array = channels.toArray();
    if (array.size() > RuleLimits::maxListEntries) {
        r.error(QStringLiteral("channels"),
                RuleJson::tr("%1 entries, more than the limit of %2")
                    .arg(array.size())
                    .arg(RuleLimits::maxListEntries));
        return;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = RuleJsonReader::at(QStringLiteral("channels"), i);
        if (!array[i].isObject()) {
            r.error(path, RuleJson::tr("expected an object"));
            continue;
        }
        const auto ch = r.channel(array[i].toObject(), path);
        if (!ch)
            continue;
        for (qsizetype j = 0; j < rule.channels.size(); ++j) {
            if (rule.channels[j].id == ch->id)
                r.error(path + QStringLiteral(".id"),
                        RuleJson::tr("\"%1\" is already the id of channels[%2]").arg(ch->id).arg(j));
        }
        rule.channels.append(*ch);
    }
}

} // namespace

RuleJson::Result RuleJson::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return { std::nullopt,
                 { tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset) } };
    if (!document.isObject())
        return { std::nullopt, { tr("not a rule: expected a JSON object") } };
    return fromJson(document.object());
}

RuleJson::Result RuleJson::fromJson(const QJsonObject &object)
{
    const QJsonValue version = object.value(QLatin1StringView("version"));
    if (version.isDouble() && version.toDouble() > Rule::schemaVersion
        && std::floor(version.toDouble()) == version.toDouble())
        return { std::nullopt,
                 { tr("version: %1 is newer than this Runtime Desk understands (%2)")
                       .arg(JsText::number(version.toDouble()))
                       .arg(Rule::schemaVersion) } };
    RuleJsonReader r;
    Rule rule;
    readHeader(r, object, rule);
    readCriteria(r, object, rule);
    readMessage(r, object, rule);
    readChannels(r, object, rule);
    if (object.contains(QLatin1StringView("cooldown_seconds")))
        rule.cooldownSeconds =
            r.integer(object, QString(), QStringLiteral("cooldown_seconds"), RuleLimits::maxCooldownSeconds)
                .value_or(0);
    rule.dedupeKey =
        r.templateText(object, QString(), QStringLiteral("dedupe_key"), false).value_or(QString());

    if (!r.errors.isEmpty())
        return { std::nullopt, r.errors };
    return { rule, {} };
}
