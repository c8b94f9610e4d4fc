#include "tlspolicy.h"

#include <QSslSocket>

namespace TlsPolicy {

QSslConfiguration configuration(const QList<QSslCertificate> &extraCaCertificates)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::SecureProtocols);
    if (!extraCaCertificates.isEmpty())
        ssl.addCaCertificates(extraCaCertificates);
    return ssl;
}

} // namespace TlsPolicy
