#include "demofault.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const std::pair<DemoFault::Kind, const char *> kindNames[] = {
    { DemoFault::Kind::Status, "status" },
    { DemoFault::Kind::Html, "html" },
    { DemoFault::Kind::WrongType, "wrong_type" },
    { DemoFault::Kind::ShortBody, "short_body" },
    { DemoFault::Kind::Close, "close" },
    { DemoFault::Kind::Reset, "reset" },
    { DemoFault::Kind::Hang, "hang" },
    { DemoFault::Kind::Drip, "drip" },
    { DemoFault::Kind::Delay, "delay" },
    { DemoFault::Kind::ExpireToken, "expire_token" },
    { DemoFault::Kind::Redirect, "redirect" },
    { DemoFault::Kind::GzipBomb, "gzip_bomb" },
    { DemoFault::Kind::Oversize, "oversize" },
    { DemoFault::Kind::Canned, "canned" },
    { DemoFault::Kind::Raw, "raw" },
};

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

bool readHeaders(const QJsonValue &value, QList<QPair<QByteArray, QByteArray>> *headers, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            headers->append({ it.key().toLatin1(), it.value().toString().toUtf8() });
        return true;
    }
    if (value.isArray()) { // [[name, value], ...] keeps order and allows duplicates
        for (const QJsonValue &pair : value.toArray()) {
            const QJsonArray p = pair.toArray();
            if (p.size() != 2)
                return fail(error, QStringLiteral("headers: each entry must be [name, value]"));
            headers->append({ p.at(0).toString().toLatin1(), p.at(1).toString().toUtf8() });
        }
        return true;
    }
    return fail(error, QStringLiteral("headers must be an object or an array of pairs"));
}

std::optional<QByteArray> bytesOf(const QJsonObject &o, const char *textKey, const char *base64Key)
{
    const QJsonValue base64 = o.value(QLatin1StringView(base64Key));
    if (base64.isString())
        return QByteArray::fromBase64(base64.toString().toLatin1());
    const QJsonValue text = o.value(QLatin1StringView(textKey));
    if (text.isString())
        return text.toString().toUtf8();
    if (text.isObject() || text.isArray())
        return (text.isObject() ? QJsonDocument(text.toObject()) : QJsonDocument(text.toArray()))
            .toJson(QJsonDocument::Compact);
    return std::nullopt;
}

} // namespace

QString DemoFault::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QLatin1StringView(name);
    }
    return {};
}

std::optional<DemoFault> DemoFault::fromJson(const QJsonObject &o, QString *error)
{
    DemoFault f;
    const QString kind = o.value(QLatin1StringView("fault")).toString();
    bool known = false;
    for (const auto &[k, name] : kindNames) {
        if (kind == QLatin1StringView(name)) {
            f.kind = k;
            known = true;
        }
    }
    if (!known) {
        fail(error, QStringLiteral("unknown fault \"%1\"").arg(kind.left(40)));
        return std::nullopt;
    }
    f.status = o.value(QLatin1StringView("status")).toInt(0);
    if (o.value(QLatin1StringView("retry_after")).isDouble())
        f.retryAfterSeconds = o.value(QLatin1StringView("retry_after")).toInt();
    if (o.value(QLatin1StringView("retry_after_date")).isDouble())
        f.retryAfterDateSeconds = o.value(QLatin1StringView("retry_after_date")).toInt();
    f.variant = o.value(QLatin1StringView("variant")).toString(QStringLiteral("string"));
    f.intervalMs = std::max(1, o.value(QLatin1StringView("interval_ms")).toInt(50));
    f.dripHeaders = o.value(QLatin1StringView("drip_headers")).toBool(false);
    f.delayMs = std::max(0, o.value(QLatin1StringView("delay_ms")).toInt(0));
    f.after = std::max(0, o.value(QLatin1StringView("after")).toInt(0));
    f.fraction = std::clamp(o.value(QLatin1StringView("fraction")).toDouble(0.5), 0.0, 1.0);
    f.location = QUrl(o.value(QLatin1StringView("location")).toString());
    f.bytes = qint64(o.value(QLatin1StringView("bytes")).toDouble(0));
    f.keepOpen = o.value(QLatin1StringView("keep_open")).toBool(false);
    if (!readHeaders(o.value(QLatin1StringView("headers")), &f.headers, error))
        return std::nullopt;
    f.body = bytesOf(o, "body", "body_base64");
    f.raw = bytesOf(o, "raw", "raw_base64").value_or(QByteArray());

    switch (f.kind) {
    case Kind::Status:
        if (f.status < 100 || f.status > 999) {
            fail(error, QStringLiteral("status fault needs a status"));
            return std::nullopt;
        }
        break;
    case Kind::Redirect:
        if (f.status == 0)
            f.status = 302;
        if (!f.location.isValid() || f.location.isRelative()) {
            fail(error, QStringLiteral("redirect needs an absolute location"));
            return std::nullopt;
        }
        break;
    case Kind::Canned:
        if (f.status == 0)
            f.status = 200;
        break;
    case Kind::GzipBomb:
        if (f.bytes <= 0)
            f.bytes = 1025LL * 1024 * 1024;
        break;
    case Kind::Oversize:
        if (f.bytes <= 0)
            f.bytes = 41LL * 1024 * 1024;
        break;
    default:
        break;
    }
    return f;
}
