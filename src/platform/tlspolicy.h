#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

// The one TLS set-up of every connection the client opens (the platform, trackers, alarm
// deliveries): the system's trust anchors plus the given ones (a platform's own CA, the demo's or a
// test's), the peer always verified, TLS 1.2 or later. Nothing relaxes it: a certificate error ends
// the connection, and no caller ignores one.
namespace TlsPolicy {

QSslConfiguration configuration(const QList<QSslCertificate> &extraCaCertificates = {});

} // namespace TlsPolicy
