#include "demofault.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const std::pair<DemoFault::Kind, const char *> kindNames[] = {
    {DemoFault::Kind::Status, "status"},         {DemoFault::Kind::Html, "html"},
    {DemoFault::Kind::WrongType, "wrong_type"},  {DemoFault::Kind::ShortBody, "short_body"},
    {DemoFault::Kind::Close, "close"},           {DemoFault::Kind::Reset, "reset"},
    {DemoFault::Kind::Hang, "hang"},             {DemoFault::Kind::Drip, "drip"},
    {DemoFault::Kind::Delay, "delay"},           {DemoFault::Kind::ExpireToken, "expire_token"},
    {DemoFault::Kind::Redirect, "redirect"},     {DemoFault::Kind::GzipBomb, "gzip_bomb"},
    {DemoFault::Kind::Oversize, "oversize"},     {DemoFault::Kind::Canned, "canned"},
    {DemoFault::Kind::Raw, "raw"},
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
            headers->append({it.key().toLatin1(), it.value().toString().toUtf8()});
        return true;
    }
    if (value.isArray()) { // [[name, value], ...] keeps order and allows duplicates
        for (const QJsonValue &pair : value.toArray()) {
            const QJsonArray p = pair.toArray();
            if (p.size() != 2)
                return fail(error, QStringLiteral("headers: each entry must be [name, value]"));
            headers->append({p.at(0).toString().toLatin1(), p.at(1).toString().toUtf8()});
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
        return (text.isObject() ? QJsonDocument(text.toObject()) : QJsonDocument(text.toArray())).toJson(QJsonDocument::Compact);
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

std::optional<DemoFaultRule> DemoFaultRule::fromJson(const QJsonObject &o, QString *error)
{
    DemoFaultRule rule;
    rule.method = o.value(QLatin1StringView("method")).toString().toUpper().toLatin1();
    rule.path = o.value(QLatin1StringView("path")).toString(QStringLiteral("*"));
    const QJsonValue page = o.value(QLatin1StringView("page"));
    if (page.isDouble()) {
        rule.page = Page::Index;
        rule.pageIndex = page.toInt();
    } else if (!page.isUndefined()) {
        const QString p = page.toString();
        if (p == u"any")
            rule.page = Page::Any;
        else if (p == u"first")
            rule.page = Page::First;
        else if (p == u"middle")
            rule.page = Page::Middle;
        else if (p == u"last")
            rule.page = Page::Last;
        else {
            fail(error, QStringLiteral("page must be first, middle, last, any or a number"));
            return std::nullopt;
        }
    }
    rule.skip = o.value(QLatin1StringView("skip")).toInt(0);
    rule.count = o.value(QLatin1StringView("count")).toInt(1);

    DemoFault &f = rule.fault;
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
    case DemoFault::Kind::Status:
        if (f.status < 100 || f.status > 999) {
            fail(error, QStringLiteral("status fault needs a status"));
            return std::nullopt;
        }
        break;
    case DemoFault::Kind::Redirect:
        if (f.status == 0)
            f.status = 302;
        if (!f.location.isValid() || f.location.isRelative()) {
            fail(error, QStringLiteral("redirect needs an absolute location"));
            return std::nullopt;
        }
        break;
    case DemoFault::Kind::Canned:
        if (f.status == 0)
            f.status = 200;
        break;
    case DemoFault::Kind::GzipBomb:
        if (f.bytes <= 0)
            f.bytes = 1025LL * 1024 * 1024;
        break;
    case DemoFault::Kind::Oversize:
        if (f.bytes <= 0)
            f.bytes = 41LL * 1024 * 1024;
        break;
    case DemoFault::Kind::ExpireToken:
        rule.count = -1; // from then on
        rule.skip = 0;
        break;
    default:
        break;
    }
    return rule;
}

QJsonObject DemoFaultRule::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("fault"), DemoFault::kindName(fault.kind)},
                  {QStringLiteral("skip"), skip},
                  {QStringLiteral("count"), count},
                  {QStringLiteral("seen"), seen},
                  {QStringLiteral("fired"), fired}};
    if (!method.isEmpty())
        o.insert(QStringLiteral("method"), QString::fromLatin1(method));
    static const char *pages[] = {"any", "first", "middle", "last"};
    if (page == Page::Index)
        o.insert(QStringLiteral("page"), pageIndex);
    else
        o.insert(QStringLiteral("page"), QLatin1StringView(pages[int(page)]));
    if (fault.status)
        o.insert(QStringLiteral("status"), fault.status);
    if (fault.kind == DemoFault::Kind::ExpireToken)
        o.insert(QStringLiteral("after"), fault.after);
    return o;
}

bool DemoFaultRule::matches(const QByteArray &requestMethod, const QString &requestPath, const QString &pattern,
                            int requestPage, bool lastPage) const
{
    if (!method.isEmpty() && method != requestMethod)
        return false;
    if (path != u"*" && path != requestPath && path != pattern)
        return false;
    switch (page) {
    case Page::Any:
        return true;
    case Page::First:
        return requestPage == 0;
    case Page::Middle:
        return requestPage > 0 && !lastPage;
    case Page::Last:
        return lastPage;
    case Page::Index:
        return requestPage == pageIndex;
    }
    return false;
}
