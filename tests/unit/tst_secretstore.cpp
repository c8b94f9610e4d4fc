// SecretStore without a keychain: the memory store, and the fallback when the keychain fails.
#include "keychainsecretstore.h"
#include "secretstore.h"
#include "testenvironment.h"

#include <QtTest>

namespace {
// A keychain that always fails, as qtkeychain does without a D-Bus session.
class BrokenKeychain : public SecretStore
{
public:
    int calls = 0;
    void read(const QString &, ReadCallback done) override
    {
        ++calls;
        QTimer::singleShot(0, [done] { done({ std::nullopt, QStringLiteral("Cannot autolaunch D-Bus") }); });
    }
    void write(const QString &, const QString &, WriteCallback done) override
    {
        ++calls;
        QTimer::singleShot(0, [done] { done(false, QStringLiteral("Cannot autolaunch D-Bus")); });
    }
    void remove(const QString &, WriteCallback done) override
    {
        ++calls;
        QTimer::singleShot(0, [done] { done(false, QStringLiteral("Cannot autolaunch D-Bus")); });
    }
    bool isPersistent() const override { return true; }
};
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void memoryRoundTrip()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.readNow(QStringLiteral("a")).value);
        QCOMPARE(store.writeNow(QStringLiteral("a"), QStringLiteral("secret")), QString());
        QCOMPARE(store.readNow(QStringLiteral("a")).value.value_or(QString()), QStringLiteral("secret"));
        QCOMPARE(store.removeNow(QStringLiteral("a")), QString());
        QVERIFY(!store.readNow(QStringLiteral("a")).value);
    }

    void fallsBackToMemoryAndSaysSo()
    {
        auto *broken = new BrokenKeychain;
        FallbackSecretStore store(broken);
        QSignalSpy fellBack(&store, &FallbackSecretStore::fellBack);
        QVERIFY(store.isPersistent());
        QCOMPARE(store.writeNow(QStringLiteral("token"), QStringLiteral("canary-123")), QString());
        QCOMPARE(fellBack.count(), 1);
        QVERIFY(!store.isPersistent());
        QVERIFY(store.lastKeychainError().contains(QLatin1StringView("D-Bus")));
        // The session still has the secret; the broken keychain is not asked again.
        const int callsAfterFallback = broken->calls;
        QCOMPARE(store.readNow(QStringLiteral("token")).value.value_or(QString()),
                 QStringLiteral("canary-123"));
        QCOMPARE(broken->calls, callsAfterFallback);
    }

    void keychainWithoutDbusReportsAnErrorQuickly()
    {
        // No session bus: qtkeychain must fail (not hang, not write a plain-text file).
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        KeychainSecretStore store(QStringLiteral("runtime-desk-test"));
        QElapsedTimer timer;
        timer.start();
        const QString error = store.writeNow(QStringLiteral("k"), QStringLiteral("v"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
        QVERIFY(!error.isEmpty());
        QVERIFY2(timer.elapsed() < 10000, "the keychain failure must not hang the caller");
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
