// `runtime-desk-cli sync` against a JFrog-shaped HTTPS platform that is not our demo platform:
// an independent Node.js implementation (otherplatform-server.mjs) that switches between the
// documented CONFLICT variants from page to page. The cache must hold exactly its tags.
#include "certificatefactory.h"
#include "nodetools.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestOtherPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void syncStoresExactlyItsTags();
    void wrongCaIsRefused();

private:
    QProcess m_server;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_caPath;
    const QString m_token = QStringLiteral("not-the-demo-token");
};

void TestOtherPlatform::initTestCase()
{
    TestEnvironment::init();
    const QString missing = NodeTools::missing();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QString error;
    const IssuedCertificate ca =
        CertificateFactory::createCa(QStringLiteral("Other Platform Test CA"), &error);
    QVERIFY2(!ca.certificate.isNull(), qPrintable(error));
    const IssuedCertificate leaf = CertificateFactory::createLeaf(ca, {}, &error);
    QVERIFY2(!leaf.certificate.isNull(), qPrintable(error));
    auto write = [this](const QString &name, const QByteArray &data) {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(QStringLiteral("ca.pem"), ca.certificatePem));
    QVERIFY(write(QStringLiteral("leaf.pem"), leaf.certificatePem));
    QVERIFY(write(QStringLiteral("leaf.key"), leaf.keyPem));
    m_caPath = m_dir.filePath(QStringLiteral("ca.pem"));

    m_server.start(
        NodeTools::node(),
        { QDir(NodeTools::sourceDir()).filePath(QStringLiteral("tests/integration/otherplatform-server.mjs")),
          QStringLiteral("--cert"), m_dir.filePath(QStringLiteral("leaf.pem")), QStringLiteral("--key"),
          m_dir.filePath(QStringLiteral("leaf.key")), QStringLiteral("--token"), m_token,
          QStringLiteral("--tags"), QStringLiteral("737"), QStringLiteral("--expected"),
          m_dir.filePath(QStringLiteral("expected.json")) });
    QVERIFY(m_server.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += m_server.readAllStandardOutput()).contains("listening"), 15000);
    m_url = QStringLiteral("https://127.0.0.1:%1").arg(QString::fromLatin1(out.split(' ').last().trimmed()));
}

void TestOtherPlatform::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished();
}

void TestOtherPlatform::syncStoresExactlyItsTags()
{
    const QString db = m_dir.filePath(QStringLiteral("desk.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JFROG_URL"), m_url);
    env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), m_token);
    QProcess sync;
    sync.setProcessEnvironment(env);
    sync.start(TestEnvironment::cliPath(),
               { QStringLiteral("--db"), db, QStringLiteral("--ca"), m_caPath, QStringLiteral("sync"),
                 QStringLiteral("--quiet") });
    QVERIFY(sync.waitForFinished(60000));
    QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
    QVERIFY(sync.readAllStandardOutput().contains("synced 737 tags"));

    QProcess images;
    images.start(TestEnvironment::cliPath(),
                 { QStringLiteral("--db"), db, QStringLiteral("images"), QStringLiteral("--format"),
                   QStringLiteral("json") });
    QVERIFY(images.waitForFinished(60000));
    QCOMPARE(images.exitCode(), 0);
    const QJsonArray cached = QJsonDocument::fromJson(images.readAllStandardOutput()).array();

    QFile expectedFile(m_dir.filePath(QStringLiteral("expected.json")));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonArray expected = QJsonDocument::fromJson(expectedFile.readAll()).array();
    QCOMPARE(cached.size(), expected.size());

    // A row is its tag and its architecture: every sixth row the server sends is another architecture
    // of the tag before it (pages without digests keep them apart by architecture alone).
    auto key = [](const QJsonObject &o) -> QString {
        return o.value(QLatin1StringView("registry")).toString() + u'/'
            + o.value(QLatin1StringView("repository_path")).toString() + u'/'
            + o.value(QLatin1StringView("name")).toString() + u':'
            + o.value(QLatin1StringView("tag")).toString() + u' '
            + o.value(QLatin1StringView("architecture")).toString();
    };
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &v : cached)
        byKey.insert(key(v.toObject()), v.toObject());
    QCOMPARE(byKey.size(), expected.size()); // no duplicates, nothing merged
    int multiArchitecture = 0;
    for (const QJsonValue &v : expected)
        multiArchitecture += v.toObject().value(QLatin1StringView("sibling")).toBool() ? 1 : 0;
    QVERIFY(multiArchitecture > 100); // the shape that used to be dropped is there
    for (const QJsonValue &v : expected) {
        const QJsonObject want = v.toObject();
        const QJsonObject got = byKey.value(key(want));
        QVERIFY2(!got.isEmpty(), qPrintable(key(want)));
        QCOMPARE(got.value(QLatin1StringView("vulnerabilities_count")).toInt(),
                 want.value(QLatin1StringView("vulnerabilities")).toInt());
        QStringList gotRisks;
        for (const QJsonValue &r : got.value(QLatin1StringView("risks")).toArray())
            gotRisks.append(r.toString());
        QStringList wantRisks;
        for (const QJsonValue &r : want.value(QLatin1StringView("risks")).toArray())
            wantRisks.append(r.toString());
        gotRisks.sort();
        wantRisks.sort();
        QCOMPARE(gotRisks, wantRisks);
    }

    // risk: and arch: count the server's rows (counted here from what it served, not by the client).
    auto served = [&expected](const std::function<bool(const QJsonObject &)> &match) {
        int n = 0;
        for (const QJsonValue &v : expected)
            n += match(v.toObject()) ? 1 : 0;
        return n;
    };
    const QList<std::pair<QString, int>> filters {
        { QStringLiteral("risk:integrity"), served([](const QJsonObject &o) {
              return o.value(QLatin1StringView("risks"))
                  .toArray()
                  .contains(QJsonValue(QStringLiteral("integrity_violation")));
          }) },
        { QStringLiteral("arch:arm64"), served([](const QJsonObject &o) {
              return o.value(QLatin1StringView("architecture")).toString() == u"arm64";
          }) },
        { QStringLiteral("arch:amd64 risk:integrity"), served([](const QJsonObject &o) {
              return o.value(QLatin1StringView("architecture")).toString() == u"amd64"
                  && o.value(QLatin1StringView("risks"))
                         .toArray()
                         .contains(QJsonValue(QStringLiteral("integrity_violation")));
          }) },
    };
    for (const auto &[filter, want] : filters) {
        QProcess filtered;
        filtered.start(TestEnvironment::cliPath(),
                       { QStringLiteral("--db"), db, QStringLiteral("images"), QStringLiteral("--filter"),
                         filter, QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY(filtered.waitForFinished(60000));
        QCOMPARE(filtered.exitCode(), 0);
        QVERIFY2(want > 0, qPrintable(filter));
        QCOMPARE(QJsonDocument::fromJson(filtered.readAllStandardOutput()).array().size(), want);
    }
}

void TestOtherPlatform::wrongCaIsRefused()
{
    QString error;
    const IssuedCertificate stranger = CertificateFactory::createCa(QStringLiteral("Some Other CA"), &error);
    const QString strangerPath = m_dir.filePath(QStringLiteral("stranger.pem"));
    QFile f(strangerPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(stranger.certificatePem);
    f.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JFROG_URL"), m_url);
    env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), m_token);
    QProcess sync;
    sync.setProcessEnvironment(env);
    sync.start(TestEnvironment::cliPath(),
               { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("other.sqlite")),
                 QStringLiteral("--ca"), strangerPath, QStringLiteral("sync"), QStringLiteral("--quiet") });
    QVERIFY(sync.waitForFinished(60000));
    QCOMPARE(sync.exitCode(), 2);
    const QByteArray err = sync.readAllStandardError();
    QVERIFY2(err.contains("certificate"), err.constData());
}

QTEST_GUILESS_MAIN(TestOtherPlatform)
#include "tst_otherplatform.moc"
