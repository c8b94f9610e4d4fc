// FUZZ-1c: HTTP metadata the platform controls: Retry-After (delta-seconds or an HTTP date), HTTP
// dates in their three forms, and the URL redaction used in logs.
// Invariants: a wait is never negative; a parsed date is a valid UTC time; a redacted URL keeps
// no user info, query or fragment.
#include "fuzzsupport.h"
#include "httpheaders.h"

#include <QDateTime>
#include <QUrl>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = FuzzSupport::bytes(data, size);
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    if (const auto wait = HttpHeaders::parseRetryAfter(value, now))
        FUZZ_CHECK(wait->count() >= 0);
    if (const auto date = HttpHeaders::parseHttpDate(value)) {
        FUZZ_CHECK(date->isValid());
        FUZZ_CHECK(date->timeSpec() == Qt::UTC);
    }
    const QUrl url(QString::fromUtf8(value));
    const QString redacted = HttpHeaders::redactedUrl(url);
    if (url.isValid()) {
        // Read back as a URL, what a log shows has no credentials, query or fragment in it.
        const QUrl shown(redacted);
        FUZZ_CHECK(shown.userInfo().isEmpty());
        FUZZ_CHECK(!shown.hasQuery() && !shown.hasFragment());
    }
    return 0;
}
