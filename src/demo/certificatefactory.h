#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

// A certificate with its private key, as Qt objects and as PEM.
struct IssuedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QByteArray certificatePem;
    QByteArray keyPem; // PKCS#8, unencrypted; never written to the repository

    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

// What a server leaf certificate says; the defaults suit a server on 127.0.0.1.
struct LeafCertificateOptions
{
    QString commonName = QStringLiteral("localhost");
    QStringList dnsNames { QStringLiteral("localhost") };
    QList<QHostAddress> ipAddresses { QHostAddress(QHostAddress::LocalHost) };
    QDateTime notBefore; // invalid: one hour ago
    QDateTime notAfter; // invalid: thirty days from notBefore
};

// Makes the demo platform's certificates at run time with libcrypto (EC P-256 keys, SHA-256
// signatures): a CA, server leaves signed by it, and the badssl-style broken leaves that the TLS
// refusal tests need (docs/TESTING.md NET-10). Nothing here is stored on disk unless a caller does.
class CertificateFactory
{
public:
    using LeafOptions = LeafCertificateOptions;

    // basicConstraints critical CA:TRUE, keyUsage critical keyCertSign + cRLSign.
    static IssuedCertificate createCa(const QString &commonName, QString *error = nullptr);
    // Signed by `ca`; SAN from the options, extendedKeyUsage serverAuth.
    static IssuedCertificate createLeaf(const IssuedCertificate &ca,
                                        const LeafOptions &options = LeafOptions(), QString *error = nullptr);
    // A leaf whose only SAN is DNS:other.invalid, so 127.0.0.1 and localhost do not match.
    static IssuedCertificate createWrongHostLeaf(const IssuedCertificate &ca, QString *error = nullptr);
    // A leaf that expired yesterday.
    static IssuedCertificate createExpiredLeaf(const IssuedCertificate &ca, QString *error = nullptr);
    // A leaf that signs itself (not a CA): no trust anchor vouches for it.
    static IssuedCertificate createSelfSignedLeaf(const LeafOptions &options = LeafOptions(),
                                                  QString *error = nullptr);
};
