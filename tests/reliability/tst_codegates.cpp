// The source gates of docs/TESTING.md SEC-1, NET-10, SEC-7, DB-6), over the product's sources
// (src/ and qml/, tests excluded): no insecure keychain fallback, no ignored TLS errors, no rich
// text formats in QML, no database file copied as a file. Each gate also proves it can see a
// violation: it finds the pattern in a sample line.
#include "figures.h"
#include "testenvironment.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("RD_SOURCE_DIR", QStringLiteral(RD_SOURCE_DIR));
}

// "file:line: text" for every line of the product's sources that matches.
QStringList matches(const QRegularExpression &pattern, const QStringList &suffixes)
{
    QStringList found;
    for (const char *root : { "src", "qml" }) {
        QDirIterator it(QDir(sourceDir()).filePath(QLatin1StringView(root)), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!std::any_of(suffixes.cbegin(), suffixes.cend(),
                             [&](const QString &s) { return path.endsWith(s); }))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine());
                if (pattern.match(text).hasMatch())
                    found.append(QStringLiteral("%1:%2: %3")
                                     .arg(QDir(sourceDir()).relativeFilePath(path))
                                     .arg(line)
                                     .arg(text.trimmed()));
            }
        }
    }
    return found;
}

int gates = 0;

} // namespace

class TestCodeGates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void gate_data();
    void gate();
    void cleanupTestCase();
};

void TestCodeGates::gate_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("suffixes");
    QTest::addColumn<QString>("sample"); // a line the gate must catch
    // Reviewed exceptions, "path|marker": a match in that file on a line carrying the marker.
    QTest::addColumn<QStringList>("allowed");
    const QStringList cpp { QStringLiteral(".cpp"), QStringLiteral(".h") };
    QTest::newRow("SEC-1: no insecure keychain fallback")
        << QStringLiteral("setInsecureFallback\\s*\\(\\s*true") << cpp
        << QStringLiteral("job->setInsecureFallback( true );") << QStringList {};
    QTest::newRow("NET-10: no ignored TLS errors")
        << QStringLiteral("ignoreSslErrors\\s*\\(") << cpp << QStringLiteral("reply->ignoreSslErrors();")
        << QStringList {};
    QTest::newRow("SEC-7: no rich text in QML")
        << QStringLiteral("Text\\.(RichText|StyledText|MarkdownText|AutoText)")
        << QStringList { QStringLiteral(".qml") }
        << QStringLiteral("textFormat: Text.StyledText")
        // The analyst's own notes, after FindingText::displayMarkdown (tst_plaintext renders hostile ones).
        << QStringList { QStringLiteral(
               "qml/components/NoteList.qml|// SEC-7: display text, no HTML, no images") };
    QTest::newRow("DB-6: no database copied as a file")
        << QStringLiteral("QFile::copy|std::filesystem::copy|\\bcp\\b.*\\.sqlite") << cpp
        << QStringLiteral("QFile::copy(cachePath, backup);") << QStringList {};
}

void TestCodeGates::gate()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, suffixes);
    QFETCH(QString, sample);
    QFETCH(QStringList, allowed);
    const QRegularExpression expression(pattern);
    QVERIFY(expression.isValid());
    QVERIFY(expression.match(sample).hasMatch()); // the gate sees a violation when there is one
    QStringList found = matches(expression, suffixes);
    found.removeIf([&](const QString &hit) {
        return std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &exception) {
            const QString path = exception.section(u'|', 0, 0);
            const QString marker = exception.section(u'|', 1);
            return hit.startsWith(path + u':') && hit.contains(marker);
        });
    });
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    ++gates;
}

void TestCodeGates::cleanupTestCase()
{
    QVERIFY(QFileInfo::exists(QDir(sourceDir()).filePath(QStringLiteral("src/platform/apiclient.cpp"))));
    Figures::report(
        QStringLiteral(
            "SEC  source gates: %1/4 clean (no insecure keychain fallback, no ignoreSslErrors, no rich text "
            "in QML, no database file copies)")
            .arg(gates));
}

QTEST_GUILESS_MAIN(TestCodeGates)
#include "tst_codegates.moc"
