#pragma once

#include <QString>

#include <optional>

// The opaque `next_key` of the demo listings: an offset, the page number and a fingerprint of the
// query, sealed with a keyed checksum and base64url-encoded. A key that was altered, belongs to
// another query or is not ours is refused (400), as a real server refuses a key it did not issue.
struct DemoCursor
{
    quint32 offset = 0;
    quint32 page = 0; // pages of this listing already served
    quint32 fingerprint = 0; // of endpoint + filters + order_by; the limit may change between pages

    QString encode(quint64 secret) const;
    static std::optional<DemoCursor> decode(const QString &key, quint64 secret);
};
