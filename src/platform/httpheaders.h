#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

// Small parsers and redactors for HTTP metadata. Pure functions: fuzzed and table-tested.
namespace HttpHeaders {

// Retry-After as delta-seconds or an HTTP-date (RFC 9110 10.2.3); nullopt when unusable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);
// IMF-fixdate, and the obsolete RFC 850 and asctime forms.
std::optional<QDateTime> parseHttpDate(const QByteArray &value);

// What may be logged of a URL: scheme, host, port and path; never user info, query or fragment.
QString redactedUrl(const QUrl &url);

} // namespace HttpHeaders
