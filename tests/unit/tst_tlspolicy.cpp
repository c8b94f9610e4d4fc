// The one TLS set-up: the system's anchors plus the given ones, the peer verified, TLS 1.2 or later.
#include "certificatefactory.h"
#include "testenvironment.h"
#include "tlspolicy.h"

#include <QSslSocket>
#include <QtTest>

class TestTlsPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void verifiesThePeer()
    {
        const QSslConfiguration ssl = TlsPolicy::configuration();
        QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(ssl.protocol(), QSsl::SecureProtocols);
        QCOMPARE(ssl.caCertificates(), QSslConfiguration::defaultConfiguration().caCertificates());
    }

    void addsExtraAnchors()
    {
        const QList<QSslCertificate> system = QSslConfiguration::defaultConfiguration().caCertificates();
        QString error;
        const QSslCertificate extra =
            CertificateFactory::createCa(QStringLiteral("tls policy test"), &error).certificate;
        QVERIFY2(!extra.isNull(), qPrintable(error));
        const QSslConfiguration ssl = TlsPolicy::configuration({ extra });
        QVERIFY(ssl.caCertificates().contains(extra));
        for (const QSslCertificate &anchor : system)
            QVERIFY(ssl.caCertificates().contains(anchor));
        QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
