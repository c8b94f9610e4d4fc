#include "httpheaders.h"

#include <QLocale>

namespace HttpHeaders {

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    const QLocale c = QLocale::c();
    for (const char *format : { "ddd, dd MMM yyyy hh:mm:ss 'GMT'", "dddd, dd-MMM-yy hh:mm:ss 'GMT'",
                                "ddd MMM d hh:mm:ss yyyy", "ddd MMM  d hh:mm:ss yyyy" }) {
        // QLocale parses into local time, where a GMT time inside a daylight-saving gap is invalid;
        // take the fields and make them UTC instead.
        const QDateTime local = c.toDateTime(text, QLatin1StringView(format));
        if (local.date().isValid() && local.time().isValid()) {
            QDateTime parsed(local.date(), local.time(), Qt::UTC);
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100); // two-digit years of RFC 850
            return parsed;
        }
    }
    return std::nullopt;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (char c : trimmed)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        // Past ten digits the wait is longer than anyone honours: saturate, never read it as "no header".
        const qint64 seconds = trimmed.size() > 10 ? Q_INT64_C(9999999999) : trimmed.toLongLong();
        return std::chrono::milliseconds(seconds * 1000);
    }
    const std::optional<QDateTime> when = parseHttpDate(trimmed);
    if (!when)
        return std::nullopt;
    const qint64 delta = now.msecsTo(*when);
    return std::chrono::milliseconds(std::max<qint64>(0, delta));
}

QString redactedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace HttpHeaders
