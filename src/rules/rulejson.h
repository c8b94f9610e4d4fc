#pragma once

#include "rule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// The rule document, schema "runtime-desk.rule" version 1 (docs in rulejson_read.cpp). Reading
// validates everything and reports each problem as one exact line naming the field by its JSON
// path ("criteria.all[2].values: 1001 entries, more than the limit of 1000"), at most
// RuleLimits::maxErrors of them. Writing gives the canonical form: fixed key order, canonical risk
// and severity spellings, two-space indent, byte-identical to JSON.stringify(rule, null, 2).
class JsonWriter;

class RuleJson
{
    Q_DECLARE_TR_FUNCTIONS(RuleJson)

public:
    static inline const QString schemaName = QStringLiteral("runtime-desk.rule");

    struct Result
    {
        std::optional<Rule> rule; // set only when errors is empty
        QStringList errors;
    };

    static Result parse(const QByteArray &json);
    static Result fromJson(const QJsonObject &object);
    // With escapeLineSeparators the output is also safe as one TypeScript literal per line.
    static QByteArray write(const Rule &rule, int indent = 2, bool escapeLineSeparators = false);
    // The same, as one value inside a larger document.
    static void writeTo(JsonWriter &writer, const Rule &rule);
    // The errors a rule built in code would get if written and read back.
    static QStringList validate(const Rule &rule);

    static QString fieldName(RuleCondition::Field field);
    static QString opName(RuleCondition::Op op);
    static QString kindName(RuleCondition::Kind kind);
    static QString channelTypeName(RuleChannel::Type type);
    static std::optional<RuleChannel::Type> channelTypeFromName(QStringView name);
    static const QList<RuleChannel::Type> &channelTypes(); // in the order the editor offers them
    static QString personName(RuleChannel::Person person); // "build_owner", "deployed_by"
    static std::optional<RuleChannel::Person> personFromName(QStringView name);
    static const QStringList &pagerDutySeverities(); // Events API v2 payload.severity
    static bool isSecretName(const QString &name);
    // A plain address: ASCII, one "@", a dotted domain, no spaces or specials; what the mail API accepts.
    static bool isPlausibleEmail(const QString &address);
};
