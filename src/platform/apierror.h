#pragma once

#include <QByteArray>
#include <QString>

// A classified failure of one platform call. Classification happens here, once; what the user
// sees is decided at the call site.
struct ApiError
{
    enum class Kind {
        None,
        Network, // refused, reset, closed, DNS
        Timeout, // no progress within the transfer timeout, or the total deadline passed
        Tls, // certificate refused: wrong CA, wrong host, expired, self-signed
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        RateLimited, // 429
        Server, // 5xx
        BadRequest, // 400
        Client, // other 4xx
        Redirect, // a redirect we refuse to follow (another origin, or too many)
        Protocol, // a body we cannot use: not JSON, wrong shape, over a limit
        TooLarge, // a body over the size cap
        Cancelled, // the user cancelled
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString path; // the request path, never the query or credentials
    QString serverMessage; // from the error body, in docs/jfrog-api.md 1.5 order
    QString detail; // our own words, when there is no server message

    explicit operator bool() const { return kind != Kind::None; }
    // One line: "401 from /runtime/api/v1/images/tags: token rejected".
    QString message() const;
    bool isTransient() const; // worth retrying an idempotent call
    // exit codes (README.md "CLI"): 2 network or platform error, 3 data error.
    int exitCode() const;

    // errors[0].message, then message, then error, then the raw body (cut short, plain text).
    static QString messageFromBody(const QByteArray &body);
    static Kind kindForStatus(int status);
};
