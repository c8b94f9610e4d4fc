#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

// One thing the demo platform can do wrong, instead of answering (docs/TESTING.md NET-1, NET-6,
// NET-9, NET-12, FUZZ-4). Built from the JSON of POST /__demo/faults; see DemoFaultRule.
struct DemoFault
{
    enum class Kind {
        Status, // an error status; JSON error body in the service's shape unless `body` is given
        Html, // 200 with an HTML page
        WrongType, // 200 with JSON of the wrong type (`variant`: string, array, number, null, items)
        ShortBody, // Content-Length of the whole body, part of it, then close
        Close, // close the connection without a response
        Reset, // headers and part of the body, then a TCP reset
        Hang, // never answer; the socket stays open until the server stops
        Drip, // the real response, one body byte every `interval_ms`
        Delay, // the real response after `delay_ms`
        ExpireToken, // after `after` authenticated requests, 401 for every one
        Redirect, // 302/307 (`status`) to `location`
        GzipBomb, // Content-Encoding: gzip that inflates to `bytes` (default 1025 MiB)
        Oversize, // a body of `bytes` (default 41 MiB), streamed
        Canned, // exactly `status`, `headers` and `body`/`body_base64`
        Raw, // these bytes on the socket (`raw`/`raw_base64`), then close
    };

    Kind kind = Kind::Status;
    int status = 0;
    std::optional<int> retryAfterSeconds; // "retry_after": Retry-After as delta-seconds
    std::optional<int>
        retryAfterDateSeconds; // "retry_after_date": Retry-After as an HTTP date this far ahead
    QString variant; // WrongType
    int intervalMs = 50; // Drip
    bool dripHeaders = false; // Drip the status line and headers too
    int delayMs = 0; // Delay
    int after = 0; // ExpireToken
    double fraction = 0.5; // ShortBody, Reset: share of the body sent
    QUrl location; // Redirect
    qint64 bytes = 0; // GzipBomb (inflated), Oversize
    QList<QPair<QByteArray, QByteArray>> headers; // Canned, and extra headers for Status
    std::optional<QByteArray> body; // Canned, Status
    QByteArray raw; // Raw
    bool keepOpen = false; // Raw: do not close afterwards

    static QString kindName(Kind kind);
    // The fault fields of a rule's JSON (see DemoFaultRule); nullopt and a reason when malformed.
    static std::optional<DemoFault> fromJson(const QJsonObject &object, QString *error);
};
