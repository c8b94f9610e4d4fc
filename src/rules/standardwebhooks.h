#pragma once

#include <QByteArray>
#include <QString>

// Standard Webhooks signing (docs/TESTING.md NOTIF-1): the signature is HMAC-SHA256 over
// "<webhook-id>.<webhook-timestamp>.<body>", sent as "v1,<base64>". The generated worker signs with
// context.crypto.hmac, which takes its key as a string; so Runtime Desk generates keys whose raw
// bytes are printable ASCII, gives the worker that raw key, and gives the receiver the same bytes
// in the standard "whsec_<base64>" form. Both then compute the same HMAC.
namespace StandardWebhooks {

inline constexpr int minKeyBytes = 24; // NOTIF-1: shorter keys are refused
inline constexpr int generatedKeyBytes = 32;

// "v1,<base64 of HMAC-SHA256(key, id.timestamp.payload)>".
QByteArray sign(const QByteArray &key, const QString &id, qint64 timestamp, const QByteArray &payload);
// True when one of the space-separated v1 signatures in `header` is right (constant-time compare).
bool verify(const QByteArray &key, const QString &id, qint64 timestamp, const QByteArray &payload,
            const QByteArray &header);

// A new key: generatedKeyBytes characters from [A-Za-z0-9], from the system CSPRNG.
QByteArray generateKey();
QString toWhsec(const QByteArray &key);
// The raw key of "whsec_<base64>" (the prefix is optional); empty when it is not valid base64.
QByteArray fromWhsec(const QString &secret);

} // namespace StandardWebhooks
