#include "jsonwriter.h"
#include "person.h"
#include "rulejson.h"

#include <QRegularExpression>

namespace {

void writeNode(JsonWriter &w, const CriteriaNode &node)
{
    if (node.type != CriteriaNode::Type::Condition) {
        w.beginObject().key(node.type == CriteriaNode::Type::All ? u"all" : u"any").beginArray();
        for (const CriteriaNode &child : node.children)
            writeNode(w, child);
        w.endArray().endObject();
        return;
    }
    const RuleCondition &c = node.condition;
    w.beginObject().key(u"kind").value(RuleJson::kindName(c.kind));
    switch (c.kind) {
    case RuleCondition::Kind::Match:
        w.key(u"field").value(RuleJson::fieldName(c.field)).key(u"op").value(RuleJson::opName(c.op));
        if (c.op == RuleCondition::Op::Matches)
            w.key(u"pattern").value(c.patterns.value(0));
        else
            w.key(u"values").stringList(c.patterns);
        break;
    case RuleCondition::Kind::Risk:
        w.key(u"risk").value(RiskNames::canonical(c.risk));
        break;
    case RuleCondition::Kind::SeverityAtLeast:
        w.key(u"severity").value(SeverityNames::toString(c.severity));
        break;
    case RuleCondition::Kind::VulnerabilitiesAtLeast:
        w.key(u"count").value(c.count);
        break;
    }
    w.endObject();
}

void writePeople(JsonWriter &w, QStringView key, const QList<RuleChannel::Person> &people)
{
    if (people.isEmpty())
        return;
    w.key(key).beginArray();
    for (RuleChannel::Person person : people)
        w.value(RuleJson::personName(person));
    w.endArray();
}

void writeChannel(JsonWriter &w, const RuleChannel &ch)
{
    w.beginObject().key(u"id").value(ch.id).key(u"type").value(RuleJson::channelTypeName(ch.type));
    switch (ch.type) {
    case RuleChannel::Type::Slack:
        w.key(u"url_secret").value(ch.urlSecret);
        writePeople(w, u"mention", ch.mention);
        break;
    case RuleChannel::Type::Webhook:
        w.key(u"url_secret").value(ch.urlSecret).key(u"signing_secret").value(ch.signingSecret);
        break;
    case RuleChannel::Type::Teams:
        w.key(u"url_secret").value(ch.urlSecret);
        break;
    case RuleChannel::Type::Email:
        w.key(u"base_url").value(ch.baseUrl).key(u"api_key_secret").value(ch.apiKeySecret);
        w.key(u"from").beginObject().key(u"email").value(ch.fromEmail);
        if (!ch.fromName.isEmpty())
            w.key(u"name").value(ch.fromName);
        w.endObject();
        if (!ch.to.isEmpty() || ch.toPeople.isEmpty())
            w.key(u"to").stringList(ch.to);
        writePeople(w, u"to_people", ch.toPeople);
        if (!ch.fallback.isEmpty())
            w.key(u"fallback").value(ch.fallback);
        break;
    case RuleChannel::Type::PagerDuty:
        w.key(u"base_url").value(ch.baseUrl).key(u"routing_key_secret").value(ch.apiKeySecret);
        w.key(u"severity").value(ch.severity);
        break;
    case RuleChannel::Type::Splunk:
        w.key(u"base_url").value(ch.baseUrl).key(u"token_secret").value(ch.apiKeySecret);
        w.key(u"sourcetype").value(ch.sourcetype);
        if (!ch.index.isEmpty())
            w.key(u"index").value(ch.index);
        break;
    }
    w.endObject();
}

} // namespace

QByteArray RuleJson::write(const Rule &rule, int indent, bool escapeLineSeparators)
{
    JsonWriter w(indent, escapeLineSeparators);
    writeTo(w, rule);
    return w.data();
}

void RuleJson::writeTo(JsonWriter &w, const Rule &rule)
{
    w.beginObject();
    w.key(u"schema").value(schemaName);
    w.key(u"version").value(Rule::schemaVersion);
    w.key(u"id").value(rule.id);
    w.key(u"name").value(rule.name);
    w.key(u"description").value(rule.description);
    w.key(u"event")
        .beginObject()
        .key(u"application")
        .value(Rule::application)
        .key(u"action")
        .value(Rule::action)
        .endObject();
    w.key(u"criteria");
    writeNode(w, rule.criteria);
    w.key(u"message")
        .beginObject()
        .key(u"title")
        .value(rule.message.title)
        .key(u"text")
        .value(rule.message.text)
        .endObject();
    w.key(u"channels").beginArray();
    for (const RuleChannel &channel : rule.channels)
        writeChannel(w, channel);
    w.endArray();
    w.key(u"cooldown_seconds").value(rule.cooldownSeconds);
    w.key(u"dedupe_key").value(rule.dedupeKey);
    w.endObject();
}

QStringList RuleJson::validate(const Rule &rule)
{
    return parse(write(rule, 0)).errors;
}

QString RuleJson::fieldName(RuleCondition::Field field)
{
    using Field = RuleCondition::Field;
    switch (field) {
    case Field::ChangeType:
        return QStringLiteral("change_type");
    case Field::Cluster:
        return QStringLiteral("cluster");
    case Field::Namespace:
        return QStringLiteral("namespace");
    case Field::Workload:
        return QStringLiteral("workload");
    case Field::Image:
        return QStringLiteral("image");
    case Field::Registry:
        return QStringLiteral("registry");
    case Field::BuildOwner:
        return QStringLiteral("build_owner");
    case Field::DeployedBy:
        return QStringLiteral("deployed_by");
    }
    return {};
}

QString RuleJson::opName(RuleCondition::Op op)
{
    switch (op) {
    case RuleCondition::Op::Matches:
        return QStringLiteral("matches");
    case RuleCondition::Op::In:
        return QStringLiteral("in");
    case RuleCondition::Op::NotIn:
        return QStringLiteral("not_in");
    }
    return {};
}

QString RuleJson::kindName(RuleCondition::Kind kind)
{
    switch (kind) {
    case RuleCondition::Kind::Match:
        return QStringLiteral("match");
    case RuleCondition::Kind::Risk:
        return QStringLiteral("risk");
    case RuleCondition::Kind::SeverityAtLeast:
        return QStringLiteral("severity_at_least");
    case RuleCondition::Kind::VulnerabilitiesAtLeast:
        return QStringLiteral("vulnerabilities_at_least");
    }
    return {};
}

QString RuleJson::channelTypeName(RuleChannel::Type type)
{
    switch (type) {
    case RuleChannel::Type::Slack:
        return QStringLiteral("slack");
    case RuleChannel::Type::Webhook:
        return QStringLiteral("webhook");
    case RuleChannel::Type::Email:
        return QStringLiteral("email");
    case RuleChannel::Type::Teams:
        return QStringLiteral("teams");
    case RuleChannel::Type::PagerDuty:
        return QStringLiteral("pagerduty");
    case RuleChannel::Type::Splunk:
        return QStringLiteral("splunk");
    }
    return {};
}

std::optional<RuleChannel::Type> RuleJson::channelTypeFromName(QStringView name)
{
    for (auto type : channelTypes()) {
        if (name == channelTypeName(type))
            return type;
    }
    return std::nullopt;
}

const QList<RuleChannel::Type> &RuleJson::channelTypes()
{
    using Type = RuleChannel::Type;
    static const QList<Type> types { Type::Slack, Type::Webhook,   Type::Email,
                                     Type::Teams, Type::PagerDuty, Type::Splunk };
    return types;
}

QString RuleJson::personName(RuleChannel::Person person)
{
    return person == RuleChannel::Person::BuildOwner ? QStringLiteral("build_owner")
                                                     : QStringLiteral("deployed_by");
}

std::optional<RuleChannel::Person> RuleJson::personFromName(QStringView name)
{
    if (name == u"build_owner")
        return RuleChannel::Person::BuildOwner;
    if (name == u"deployed_by")
        return RuleChannel::Person::DeployedBy;
    return std::nullopt;
}

const QStringList &RuleJson::pagerDutySeverities()
{
    static const QStringList names { QStringLiteral("critical"), QStringLiteral("error"),
                                     QStringLiteral("warning"), QStringLiteral("info") };
    return names;
}

bool RuleJson::isSecretName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool RuleJson::isPlausibleEmail(const QString &address)
{
    return Person::isPlausibleEmail(address);
}
