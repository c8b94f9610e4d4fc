#pragma once

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>

// Retry discipline for idempotent calls (docs/TESTING.md NET-7): capped exponential backoff with
// full jitter, Retry-After honoured.
struct RetryPolicy
{
    int maxAttempts = 5;
    std::chrono::milliseconds baseDelay { 1000 };
    std::chrono::milliseconds maxDelay { 30000 };
    std::chrono::milliseconds maxRetryAfter { 120000 }; // a longer Retry-After fails the call instead
};

// Where one platform lives and how far we trust it. The token is not here: it lives in the
// keychain and in ApiClient's memory only.
struct ConnectionProfile
{
    QUrl baseUrl; // https://acme.jfrog.io
    QList<QSslCertificate> caCertificates; // extra trust anchors for this platform only
    std::chrono::milliseconds transferTimeout { 30000 }; // no progress for this long fails the call
    std::chrono::milliseconds totalTimeout { 300000 }; // a slow drip fails here
    RetryPolicy retry;

    // scheme://host[:port] only, never credentials or paths: what logs and the cache record.
    QString origin() const;
};
