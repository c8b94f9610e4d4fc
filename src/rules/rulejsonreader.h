#pragma once

#include "displaytext.h"
#include "jstext.h"
#include "rulejson.h"
#include "templaterenderer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

// Walks a rule document for RuleJson::fromJson, collecting one error line per problem.
class RuleJsonReader
{
public:
    QStringList errors;
    int conditions = 0;

    void error(const QString &path, const QString &message)
    {
        if (errors.size() < RuleLimits::maxErrors)
            errors.append(path + QStringLiteral(": ") + message);
        else if (errors.size() == RuleLimits::maxErrors)
            errors.append(
                RuleJson::tr("more than %1 errors; the rest are not shown").arg(RuleLimits::maxErrors));
    }

    // Reports keys other than `allowed`; true when there were none.
    bool onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        bool clean = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                error(join(path, it.key()), RuleJson::tr("unknown key"));
                clean = false;
            }
        }
        return clean;
    }

    static QString join(const QString &path, const QString &key)
    {
        const QString shown = DisplayText::visible(key);
        return path.isEmpty() ? shown : path + u'.' + shown;
    }

    static QString at(const QString &path, qsizetype index)
    {
        return path + u'[' + QString::number(index) + u']';
    }

    std::optional<QString> text(const QJsonObject &object, const QString &path, const QString &key,
                                bool required, qsizetype maxCodePoints = RuleLimits::maxTextCodePoints,
                                bool oneLine = true)
    {
        return checkText(object.value(key), join(path, key), required, maxCodePoints, oneLine);
    }

    std::optional<QString> checkText(const QJsonValue &value, const QString &where, bool required,
                                     qsizetype maxCodePoints = RuleLimits::maxTextCodePoints,
                                     bool oneLine = true)
    {
        if (value.isUndefined()) {
            if (required)
                error(where, RuleJson::tr("required"));
            return std::nullopt;
        }
        if (!value.isString()) {
            error(where, RuleJson::tr("expected a string"));
            return std::nullopt;
        }
        const QString s = value.toString();
        const qsizetype size = JsText::codePointCount(s);
        if (size > maxCodePoints) {
            error(where,
                  RuleJson::tr("%1 code points, more than the limit of %2").arg(size).arg(maxCodePoints));
            return std::nullopt;
        }
        if (oneLine && s != JsText::singleLine(s)) {
            error(where, RuleJson::tr("control characters are not allowed"));
            return std::nullopt;
        }
        return s;
    }

    std::optional<QString> secretName(const QJsonObject &object, const QString &path, const QString &key)
    {
        const auto name = text(object, path, key, true);
        if (name && !RuleJson::isSecretName(*name)) {
            error(join(path, key),
                  RuleJson::tr("a secret name is a letter and then up to 63 letters, digits or _"));
            return std::nullopt;
        }
        return name;
    }

    std::optional<QString> templateText(const QJsonObject &object, const QString &path, const QString &key,
                                        bool required)
    {
        const auto s = text(object, path, key, required, RuleLimits::maxTemplateCodePoints, false);
        if (!s)
            return s;
        QString problem;
        TemplateRenderer::parse(*s, &problem);
        if (!problem.isEmpty()) {
            error(join(path, key), problem);
            return std::nullopt;
        }
        return s;
    }

    std::optional<qint64> integer(const QJsonObject &object, const QString &path, const QString &key,
                                  qint64 max)
    {
        const QJsonValue value = object.value(key);
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d < 0 || d > double(max) || std::floor(d) != d) {
            error(join(path, key),
                  value.isUndefined() ? RuleJson::tr("required")
                                      : RuleJson::tr("expected a whole number from 0 to %1").arg(max));
            return std::nullopt;
        }
        return qint64(d);
    }

    std::optional<QStringList> strings(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        const QString where = join(path, key);
        if (!value.isArray()) {
            error(where,
                  value.isUndefined() ? RuleJson::tr("required")
                                      : RuleJson::tr("expected an array of strings"));
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            error(where, RuleJson::tr("expected at least one entry"));
            return std::nullopt;
        }
        if (array.size() > RuleLimits::maxListEntries) {
            error(where,
                  RuleJson::tr("%1 entries, more than the limit of %2")
                      .arg(array.size())
                      .arg(RuleLimits::maxListEntries));
            return std::nullopt;
        }
        QStringList list;
        bool ok = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto s = checkText(array[i], at(where, i), true);
            if (s)
                list.append(*s);
            ok = ok && s.has_value();
        }
        return ok ? std::optional<QStringList>(list) : std::nullopt;
    }

    std::optional<CriteriaNode> node(const QJsonValue &value, const QString &path, int depth);
    std::optional<RuleCondition> condition(const QJsonObject &object, const QString &path);
    std::optional<RuleChannel> channel(const QJsonObject &object, const QString &path);
};
