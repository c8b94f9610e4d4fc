#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

// One thing the demo platform can do wrong, instead of answering (reliability.md NET-1, NET-6,
// NET-9, NET-12, FUZZ-4). Built from the JSON of POST /__demo/faults; see DemoFaultRule.
struct DemoFault
{
    enum class Kind {
        Status,      // an error status; JSON error body in the service's shape unless `body` is given
        Html,        // 200 with an HTML page
        WrongType,   // 200 with JSON of the wrong type (`variant`: string, array, number, null, items)
        ShortBody,   // Content-Length of the whole body, part of it, then close
        Close,       // close the connection without a response
        Reset,       // headers and part of the body, then a TCP reset
        Hang,        // never answer; the socket stays open until the server stops
        Drip,        // the real response, one body byte every `interval_ms`
        Delay,       // the real response after `delay_ms`
        ExpireToken, // after `after` authenticated requests, 401 for every one
        Redirect,    // 302/307 (`status`) to `location`
        GzipBomb,    // Content-Encoding: gzip that inflates to `bytes` (default 1025 MiB)
        Oversize,    // a body of `bytes` (default 41 MiB), streamed
        Canned,      // exactly `status`, `headers` and `body`/`body_base64`
        Raw,         // these bytes on the socket (`raw`/`raw_base64`), then close
    };

    Kind kind = Kind::Status;
    int status = 0;
    std::optional<int> retryAfterSeconds;     // "retry_after": Retry-After as delta-seconds
    std::optional<int> retryAfterDateSeconds; // "retry_after_date": Retry-After as an HTTP date this far ahead
    QString variant;                          // WrongType
    int intervalMs = 50;                      // Drip
    bool dripHeaders = false;                 // Drip the status line and headers too
    int delayMs = 0;                          // Delay
    int after = 0;                            // ExpireToken
    double fraction = 0.5;                    // ShortBody, Reset: share of the body sent
    QUrl location;                            // Redirect
    qint64 bytes = 0;                         // GzipBomb (inflated), Oversize
    QList<QPair<QByteArray, QByteArray>> headers; // Canned, and extra headers for Status
    std::optional<QByteArray> body;           // Canned, Status
    QByteArray raw;                           // Raw
    bool keepOpen = false;                    // Raw: do not close afterwards

    static QString kindName(Kind kind);
};

// When a fault fires: which requests, which page of a listing, how many times.
//
// JSON (one object, an array of them, or {"rules": [...]}):
//   {"path": "/runtime/api/v1/images/tags",  // exact path, a route pattern, or "*" (default)
//    "method": "POST",                       // default any
//    "page": "first" | "middle" | "last" | "any" | 3,   // page index 0-based; default any
//    "skip": 0,                              // let this many matching requests through first
//    "count": 1,                             // fire this many times, then disarm; -1 = forever
//    "fault": "status", "status": 429, "retry_after": 1, ...}   // DemoFault fields, snake_case
// Control endpoints (/__demo/...) are never faulted.
struct DemoFaultRule
{
    enum class Page { Any, First, Middle, Last, Index };

    QByteArray method;
    QString path = QStringLiteral("*");
    Page page = Page::Any;
    int pageIndex = 0;
    int skip = 0;
    int count = 1;
    DemoFault fault;
    int seen = 0;  // matching requests so far
    int fired = 0;

    static std::optional<DemoFaultRule> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    bool matches(const QByteArray &requestMethod, const QString &requestPath, const QString &pattern, int requestPage,
                 bool lastPage) const;
    bool exhausted() const { return count >= 0 && fired >= count; }
};
