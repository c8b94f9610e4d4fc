#include "ownerrecord.h"

#include "inputlimits.h"
#include "runtimejson.h"

#include <QJsonObject>

namespace {

// A string field, or nothing: null and absent are "not sent"; a number is kept as the event sent it
// (the collector copies scalars); anything else makes the record unusable.
std::optional<QString> optionalText(const QJsonObject &object, QLatin1StringView key, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    QString text;
    if (value.isString())
        text = RuntimeJson::storableText(value.toString());
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 17);
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else {
        *error = QStringLiteral("\"%1\" is not text").arg(key);
        return std::nullopt;
    }
    if (text.size() > Limits::maxTextField) {
        *error = QStringLiteral("\"%1\" is longer than %2 characters").arg(key).arg(Limits::maxTextField);
        return std::nullopt;
    }
    return text;
}

} // namespace

QString OwnerRecord::rowKey() const
{
    return QStringList { registry, repositoryPath, name, tag, architecture }.join(QChar(0x1f));
}

QString OwnerRecord::rowKeyOf(const ImageTag &tag)
{
    return QStringList { tag.registry, tag.repositoryPath, tag.name, tag.tag, tag.architecture }.join(
        QChar(0x1f));
}

std::optional<OwnerRecord> OwnerRecord::fromJson(const QByteArray &body, QString *error)
{
    QString reason;
    const auto fail = [&](const QString &why) -> std::optional<OwnerRecord> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (body.size() > maxBytes)
        return fail(QStringLiteral("the record is larger than %1 bytes").arg(maxBytes));
    const std::optional<QJsonObject> root = RuntimeJson::parseObject(body, &reason);
    if (!root)
        return fail(reason);
    if (root->value(QLatin1StringView("schema")).toString() != QLatin1StringView("runtime-desk.owner-trail"))
        return fail(QStringLiteral("not an owner-trail record"));
    const QJsonValue version = root->value(QLatin1StringView("version"));
    if (!version.isDouble() || version.toDouble() != schemaVersion)
        return fail(QStringLiteral("owner-trail version %1 is not %2")
                        .arg(version.toVariant().toString())
                        .arg(schemaVersion));

    OwnerRecord r;
    const auto text = [&](const QJsonObject &object, const char *key, QString *out) {
        if (!reason.isEmpty())
            return;
        *out = optionalText(object, QLatin1StringView(key), &reason).value_or(QString());
    };
    text(*root, "digest", &r.digest);
    text(*root, "registry", &r.registry);
    text(*root, "repository_path", &r.repositoryPath);
    text(*root, "name", &r.name);
    text(*root, "tag", &r.tag);
    text(*root, "architecture", &r.architecture);
    text(*root, "change_type", &r.changeType);
    if (reason.isEmpty())
        r.deployedBy = optionalText(*root, QLatin1StringView("deployed_by"), &reason);
    const QJsonValue build = root->value(QLatin1StringView("build_info"));
    if (build.isObject()) {
        const QJsonObject b = build.toObject();
        BuildInfo info;
        text(b, "build_owner", &info.owner);
        text(b, "build_name", &info.name);
        text(b, "build_number", &info.number);
        text(b, "build_repository", &info.repository);
        if (!info.isEmpty())
            r.buildInfo = info;
    } else if (!build.isNull() && !build.isUndefined()) {
        return fail(QStringLiteral("\"build_info\" is not an object"));
    }
    const QJsonValue workload = root->value(QLatin1StringView("workload"));
    if (workload.isObject()) {
        const QJsonObject w = workload.toObject();
        text(w, "name", &r.workload.name);
        text(w, "namespace", &r.workload.nameSpace);
        text(w, "cluster", &r.workload.cluster);
    }
    QString recorded;
    text(*root, "recorded_at", &recorded);
    if (!reason.isEmpty())
        return fail(reason);
    r.recordedAt = QDateTime::fromString(recorded, Qt::ISODateWithMs);
    if (!r.recordedAt.isValid())
        return fail(QStringLiteral("\"recorded_at\" is not an ISO 8601 time"));
    r.recordedAt = r.recordedAt.toUTC();
    if (r.digest.isEmpty() && r.name.isEmpty())
        return fail(QStringLiteral("the record names no image"));
    return r;
}
