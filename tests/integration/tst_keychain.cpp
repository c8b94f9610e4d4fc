// The real keychain (gnome-keyring over D-Bus), run by tests/support/with-keyring.sh.
#include "keychainsecretstore.h"
#include "secretstore.h"
#include "testenvironment.h"

#include <QtTest>

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        // A reference token, JWT-sized tokens, and qtkeychain's own largest test size.
        for (int size : { 64, 1024, 2600, 4096, 18944 })
            QTest::addRow("%d bytes", size) << size;
    }

    void roundTrip()
    {
        QFETCH(int, size);
        KeychainSecretStore store(QStringLiteral("runtime-desk-test"));
        QString value;
        for (int i = 0; i < size; ++i)
            value.append(QChar(u'a' + (i * 7) % 26));
        const QString key = QStringLiteral("platform-token:https://acme.example:%1").arg(size);
        QCOMPARE(store.writeNow(key, value), QString());
        const SecretStore::ReadResult read = store.readNow(key);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QVERIFY(read.value.has_value());
        QCOMPARE(*read.value, value);
        QCOMPARE(store.removeNow(key), QString());
        const SecretStore::ReadResult gone = store.readNow(key);
        QVERIFY(gone.error.isEmpty());
        QVERIFY(!gone.value.has_value());
    }

    void fallbackStaysOnTheKeychainWhileItAnswers()
    {
        FallbackSecretStore store(new KeychainSecretStore(QStringLiteral("runtime-desk-test")));
        QCOMPARE(store.writeNow(QStringLiteral("k"), QStringLiteral("v")), QString());
        QVERIFY(store.isPersistent());
        QCOMPARE(store.readNow(QStringLiteral("k")).value.value_or(QString()), QStringLiteral("v"));
        QCOMPARE(store.removeNow(QStringLiteral("k")), QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
