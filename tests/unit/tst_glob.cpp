// Glob: the matching behind every match condition (`*`, `?`, code points, case-sensitive).
#include "glob.h"
#include "testenvironment.h"

#include <QElapsedTimer>
#include <QtTest>

class TestGlob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void glob_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty both") << QString() << QString() << true;
        QTest::newRow("star empty") << QStringLiteral("*") << QString() << true;
        QTest::newRow("question needs one") << QStringLiteral("?") << QString() << false;
        QTest::newRow("literal") << QStringLiteral("production") << QStringLiteral("production") << true;
        QTest::newRow("literal longer text")
            << QStringLiteral("prod") << QStringLiteral("production") << false;
        QTest::newRow("prefix") << QStringLiteral("prod*") << QStringLiteral("production") << true;
        QTest::newRow("case-sensitive") << QStringLiteral("Prod*") << QStringLiteral("production") << false;
        QTest::newRow("suffix") << QStringLiteral("*-euc1") << QStringLiteral("prod-euc1") << true;
        QTest::newRow("middle") << QStringLiteral("a*c") << QStringLiteral("abbbc") << true;
        QTest::newRow("middle no end") << QStringLiteral("a*c") << QStringLiteral("abcd") << false;
        QTest::newRow("question") << QStringLiteral("v?.2") << QStringLiteral("v1.2") << true;
        QTest::newRow("question is one code point") << QStringLiteral("a?c") << QStringLiteral("a🚀c") << true;
        QTest::newRow("two questions for one emoji")
            << QStringLiteral("a??c") << QStringLiteral("a🚀c") << false;
        QTest::newRow("star crosses slash")
            << QStringLiteral("docker.io/*") << QStringLiteral("docker.io/a/b") << true;
        QTest::newRow("star literal in text") << QStringLiteral("a*") << QStringLiteral("a*") << true;
        QTest::newRow("backslash is literal") << QStringLiteral("a\\*") << QStringLiteral("a\\xyz") << true;
        QTest::newRow("backtracking") << QStringLiteral("*a*b*c") << QStringLiteral("xxaxxbxxbxxc") << true;
        QTest::newRow("backtracking fails")
            << QStringLiteral("*a*b*c") << QStringLiteral("xxaxxbxxbxx") << false;
        QTest::newRow("brackets are literal") << QStringLiteral("[ab]") << QStringLiteral("a") << false;
    }

    void glob()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(Glob::match(pattern, text), matches);
    }

    void globIsNotExponential()
    {
        const QString text = QString(5000, u'a');
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!Glob::match(QStringLiteral("*a*a*a*a*a*a*a*a*b"), text));
        QVERIFY2(timer.elapsed() < 2000, "a pathological pattern must not take exponential time");
    }
};

QTEST_GUILESS_MAIN(TestGlob)
#include "tst_glob.moc"
