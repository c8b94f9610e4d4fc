// Run-time certificates for the demo platform: a CA, a good leaf and the badssl-style broken ones.
#include "certificatefactory.h"
#include "testenvironment.h"

#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslError>
#include <QtTest>

namespace {

QList<QSslError::SslError> errorCodes(const QList<QSslError> &errors)
{
    QList<QSslError::SslError> codes;
    for (const QSslError &e : errors)
        codes.append(e.error());
    return codes;
}

QString describe(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &e : errors)
        lines.append(e.errorString());
    return lines.join(QStringLiteral("; "));
}

QVariant extension(const QSslCertificate &certificate, const QString &name)
{
    for (const QSslCertificateExtension &e : certificate.extensions()) {
        if (e.name() == name)
            return e.value();
    }
    return {};
}

} // namespace

class TestCertificateFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void caIsACa();
    void leafVerifiesAgainstItsCa();
    void leafIsRefusedWithoutTheCa();
    void expiredLeafFails();
    void wrongHostLeafFails();
    void selfSignedLeafFails();
    void keysMatchCertificates();

private:
    IssuedCertificate m_ca;
    QSslConfiguration m_original;
};

void TestCertificateFactory::initTestCase()
{
    TestEnvironment::init();
    QString error;
    m_ca = CertificateFactory::createCa(QStringLiteral("Runtime Desk test CA"), &error);
    QVERIFY2(!m_ca.isNull(), qPrintable(error));
    // QSslCertificate::verify() trusts the default configuration's CAs: add ours for this process.
    m_original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = m_original;
    trusting.addCaCertificate(m_ca.certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
}

void TestCertificateFactory::caIsACa()
{
    QVERIFY(m_ca.certificate.isSelfSigned());
    QCOMPARE(m_ca.certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList { QStringLiteral("Runtime Desk test CA") });
    const QVariantMap constraints = extension(m_ca.certificate, QStringLiteral("basicConstraints")).toMap();
    QCOMPARE(constraints.value(QStringLiteral("ca")).toBool(), true);
    const QStringList usage = extension(m_ca.certificate, QStringLiteral("keyUsage")).toStringList();
    QVERIFY2(usage.contains(QStringLiteral("Certificate Sign")), qPrintable(usage.join(u',')));
    QVERIFY(m_ca.certificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(m_ca.keyPem.contains("PRIVATE KEY"));
    QCOMPARE(m_ca.key.algorithm(), QSsl::Ec);
}

void TestCertificateFactory::leafVerifiesAgainstItsCa()
{
    QString error;
    const IssuedCertificate leaf = CertificateFactory::createLeaf(m_ca, {}, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    QVERIFY(!leaf.certificate.isSelfSigned());
    QCOMPARE(leaf.certificate.issuerDisplayName(), m_ca.certificate.subjectDisplayName());
    const QMultiMap<QSsl::AlternativeNameEntryType, QString> names =
        leaf.certificate.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    const QStringList eku = extension(leaf.certificate, QStringLiteral("extendedKeyUsage")).toStringList();
    QCOMPARE(eku, QStringList { QStringLiteral("TLS Web Server Authentication") });
    const QVariantMap constraints = extension(leaf.certificate, QStringLiteral("basicConstraints")).toMap();
    QCOMPARE(constraints.value(QStringLiteral("ca")).toBool(), false);

    for (const QString &host : { QStringLiteral("127.0.0.1"), QStringLiteral("localhost") }) {
        const QList<QSslError> errors = QSslCertificate::verify({ leaf.certificate, m_ca.certificate }, host);
        QVERIFY2(errors.isEmpty(), qPrintable(host + u": " + describe(errors)));
    }
}

void TestCertificateFactory::leafIsRefusedWithoutTheCa()
{
    const IssuedCertificate leaf = CertificateFactory::createLeaf(m_ca);
    const IssuedCertificate otherCa = CertificateFactory::createCa(QStringLiteral("Another CA"));
    const IssuedCertificate foreign = CertificateFactory::createLeaf(otherCa);
    QVERIFY(!foreign.isNull());
    const QList<QSslError> errors =
        QSslCertificate::verify({ foreign.certificate }, QStringLiteral("127.0.0.1"));
    QVERIFY2(!errors.isEmpty(), "a leaf from an untrusted CA verified");
    const auto codes = errorCodes(errors);
    QVERIFY2(codes.contains(QSslError::UnableToGetLocalIssuerCertificate)
                 || codes.contains(QSslError::UnableToVerifyFirstCertificate),
             qPrintable(describe(errors)));
}

void TestCertificateFactory::expiredLeafFails()
{
    QString error;
    const IssuedCertificate leaf = CertificateFactory::createExpiredLeaf(m_ca, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    QVERIFY(leaf.certificate.expiryDate() < QDateTime::currentDateTimeUtc());
    const QList<QSslError> errors =
        QSslCertificate::verify({ leaf.certificate, m_ca.certificate }, QStringLiteral("127.0.0.1"));
    QVERIFY2(errorCodes(errors).contains(QSslError::CertificateExpired), qPrintable(describe(errors)));
    QVERIFY(!errorCodes(errors).contains(QSslError::HostNameMismatch));

    // A chosen window is honoured to the second.
    CertificateFactory::LeafOptions options;
    options.notBefore = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    options.notAfter = QDateTime(QDate(2031, 6, 7), QTime(8, 9, 10), Qt::UTC);
    const IssuedCertificate future = CertificateFactory::createLeaf(m_ca, options);
    QCOMPARE(future.certificate.effectiveDate(), options.notBefore);
    QCOMPARE(future.certificate.expiryDate(), options.notAfter);
    const auto notYet = errorCodes(
        QSslCertificate::verify({ future.certificate, m_ca.certificate }, QStringLiteral("127.0.0.1")));
    QVERIFY(notYet.contains(QSslError::CertificateNotYetValid));
}

void TestCertificateFactory::wrongHostLeafFails()
{
    const IssuedCertificate leaf = CertificateFactory::createWrongHostLeaf(m_ca);
    QVERIFY(!leaf.isNull());
    QCOMPARE(leaf.certificate.subjectAlternativeNames().values(QSsl::DnsEntry),
             QStringList { QStringLiteral("other.invalid") });
    QVERIFY(leaf.certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry).isEmpty());
    for (const QString &host : { QStringLiteral("127.0.0.1"), QStringLiteral("localhost") }) {
        const QList<QSslError> errors = QSslCertificate::verify({ leaf.certificate, m_ca.certificate }, host);
        QCOMPARE(errorCodes(errors), QList<QSslError::SslError> { QSslError::HostNameMismatch });
    }
    // The chain itself is fine: only the name is wrong.
    QVERIFY(QSslCertificate::verify({ leaf.certificate, m_ca.certificate }, QStringLiteral("other.invalid"))
                .isEmpty());
}

void TestCertificateFactory::selfSignedLeafFails()
{
    const IssuedCertificate leaf = CertificateFactory::createSelfSignedLeaf();
    QVERIFY(!leaf.isNull());
    QVERIFY(leaf.certificate.isSelfSigned());
    const QList<QSslError> errors =
        QSslCertificate::verify({ leaf.certificate }, QStringLiteral("127.0.0.1"));
    QVERIFY2(errorCodes(errors).contains(QSslError::SelfSignedCertificate), qPrintable(describe(errors)));
}

void TestCertificateFactory::keysMatchCertificates()
{
    // Each leaf gets a fresh key and serial; the TLS handshakes in tst_demoplatform prove key and certificate
    // match.
    const IssuedCertificate a = CertificateFactory::createLeaf(m_ca);
    const IssuedCertificate b = CertificateFactory::createLeaf(m_ca);
    QVERIFY(a.keyPem != b.keyPem);
    QVERIFY(a.certificate.serialNumber() != b.certificate.serialNumber());
    QSslConfiguration server;
    server.setLocalCertificate(a.certificate);
    server.setPrivateKey(a.key);
    QCOMPARE(server.privateKey().algorithm(), QSsl::Ec);
    QCOMPARE(a.key.length(), 256);
}

QTEST_GUILESS_MAIN(TestCertificateFactory)
#include "tst_certificatefactory.moc"
