// Source gates over the product's sources (src/ and qml/; the comment gates also over tests/ and
// bench/). Security (docs/TESTING.md SEC-1, NET-10, SEC-7, DB-6): no insecure keychain fallback, no
// ignored TLS errors, no rich text formats in QML, no database file copied as a file. Interfaces:
// no untyped structured data to QML (QVariantMap/QVariantList properties and invokables, `property
// var`), no class in src/ui with more than 16 properties. Comments: no issue numbers, no documents
// outside the repository. Each gate also proves it can see a violation in a sample.
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

// "file:line: text" for every line of the sources under roots that matches.
QStringList matches(const QRegularExpression &pattern, const QStringList &suffixes, const QStringList &roots)
{
    QStringList found;
    for (const QString &root : roots) {
        QDirIterator it(QDir(sourceDir()).filePath(root), QDir::Files, QDirIterator::Subdirectories);
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

// Q_PROPERTY lines per class of a header's text: "Class: count".
QMap<QString, int> propertiesPerClass(const QString &text)
{
    static const QRegularExpression classLine(QStringLiteral("^(?:class|struct) (\\w+)[^;]*$"),
                                              QRegularExpression::MultilineOption);
    QMap<QString, int> counts;
    QString current;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = classLine.match(line);
        if (m.hasMatch())
            current = m.captured(1);
        else if (!current.isEmpty() && line.trimmed().startsWith(QStringLiteral("Q_PROPERTY(")))
            ++counts[current];
    }
    return counts;
}

const QStringList productRoots { QStringLiteral("src"), QStringLiteral("qml") };
const QStringList allRoots { QStringLiteral("src"),
                             QStringLiteral("qml"),
                             QStringLiteral("tests/unit"),
                             QStringLiteral("tests/integration"),
                             QStringLiteral("tests/reliability"),
                             QStringLiteral("tests/qml"),
                             QStringLiteral("tests/support"),
                             QStringLiteral("tests/fuzz"),
                             QStringLiteral("bench") };
constexpr int maxProperties = 16;

int gates = 0;

} // namespace

class TestCodeGates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void gate_data();
    void gate();
    void propertyBudget();
    void cleanupTestCase();
};

void TestCodeGates::gate_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("suffixes");
    QTest::addColumn<QString>("sample"); // a line the gate must catch
    // Reviewed exceptions, "path|marker": a match in that file on a line carrying the marker.
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QStringList>("roots");
    const QStringList cpp { QStringLiteral(".cpp"), QStringLiteral(".h") };
    const QStringList any { QStringLiteral(".cpp"), QStringLiteral(".h"), QStringLiteral(".qml"),
                            QStringLiteral("CMakeLists.txt") };
    // This file names what the comment gates look for.
    const QStringList self { QStringLiteral("tests/reliability/tst_codegates.cpp|") };
    QTest::newRow("SEC-1: no insecure keychain fallback")
        << QStringLiteral("setInsecureFallback\\s*\\(\\s*true") << cpp
        << QStringLiteral("job->setInsecureFallback( true );") << QStringList {} << productRoots;
    QTest::newRow("NET-10: no ignored TLS errors")
        << QStringLiteral("ignoreSslErrors\\s*\\(") << cpp << QStringLiteral("reply->ignoreSslErrors();")
        << QStringList {} << productRoots;
    QTest::newRow("SEC-7: no rich text in QML")
        << QStringLiteral("Text\\.(RichText|StyledText|MarkdownText|AutoText)")
        << QStringList { QStringLiteral(".qml") }
        << QStringLiteral("textFormat: Text.StyledText")
        // The analyst's own notes, after FindingText::displayMarkdown (tst_plaintext renders hostile ones).
        // A Slack message's mrkdwn after MessagePreview::slackRichText, which escapes everything it does
        // not draw itself (tst_messagepreview feeds it hostile text).
        << QStringList { QStringLiteral(
                             "qml/components/NoteList.qml|// SEC-7: display text, no HTML, no images"),
                         QStringLiteral(
                             "qml/components/SlackPreview.qml|// SEC-7: slackRichText escapes the rest") }
        << productRoots;
    QTest::newRow("DB-6: no database copied as a file")
        << QStringLiteral("QFile::copy|std::filesystem::copy|\\bcp\\b.*\\.sqlite") << cpp
        << QStringLiteral("QFile::copy(cachePath, backup);") << QStringList {} << productRoots;
    QTest::newRow("typed: no QVariantMap or QVariantList property or invokable")
        << QStringLiteral("(Q_PROPERTY\\(|Q_INVOKABLE\\s+)(QVariantMap|QVariantList|QVariantHash)\\b") << cpp
        << QStringLiteral("    Q_PROPERTY(QVariantMap preview READ preview NOTIFY changed)") << QStringList {}
        << productRoots;
    QTest::newRow("typed: no property var in QML")
        << QStringLiteral("\\bproperty\\s+var\\b") << QStringList { QStringLiteral(".qml") }
        << QStringLiteral("    property var call: ({})")
        // A generic table's delegate reads its row's roles by the names its columns carry.
        << QStringList { QStringLiteral(
               "qml/components/RecordTable.qml|// untyped: a delegate's model object") }
        << productRoots;
    QTest::newRow("comments: no issue numbers")
        << QStringLiteral("\\b[Ii]ssues? #?[0-9]") << any << QStringLiteral("// The deploy gate (issue 5, 5)")
        << self << allRoots;
    QTest::newRow("comments: no documents outside the repository") << QStringLiteral(
        "\\b(design|reliability|style|style-anchors|features|qt-6\\.4-toolchain)\\.md\\b|shared/"
        "docs|(?<!docs/)jfrog-api\\.md") << any << QStringLiteral("// as jfrog-api.md 4.6 says")
                                                                   << self << allRoots;
}

void TestCodeGates::gate()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, suffixes);
    QFETCH(QString, sample);
    QFETCH(QStringList, allowed);
    QFETCH(QStringList, roots);
    const QRegularExpression expression(pattern);
    QVERIFY(expression.isValid());
    QVERIFY(expression.match(sample).hasMatch()); // the gate sees a violation when there is one
    QStringList found = matches(expression, suffixes, roots);
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

// A class QML sees exposes a small, typed surface: parts are objects and models of their own.
void TestCodeGates::propertyBudget()
{
    QString sample = QStringLiteral("class Big : public QObject\n{\n");
    for (int i = 0; i <= maxProperties; ++i)
        sample += QStringLiteral("    Q_PROPERTY(int p%1 READ p%1 CONSTANT)\n").arg(i);
    sample += QStringLiteral("};\nstruct Small\n{\n    Q_PROPERTY(int p READ p CONSTANT)\n};\n");
    const QMap<QString, int> seen = propertiesPerClass(sample);
    QCOMPARE(seen.value(QStringLiteral("Big")), maxProperties + 1); // the gate sees a violation
    QCOMPARE(seen.value(QStringLiteral("Small")), 1);

    QStringList over;
    int classes = 0;
    QDirIterator it(QDir(sourceDir()).filePath(QStringLiteral("src/ui")), { QStringLiteral("*.h") },
                    QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QMap<QString, int> counts = propertiesPerClass(QString::fromUtf8(file.readAll()));
        for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
            ++classes;
            if (c.value() > maxProperties)
                over.append(
                    QStringLiteral("%1 (%2): %3 properties").arg(c.key(), file.fileName()).arg(c.value()));
        }
    }
    QVERIFY(classes > 10);
    QVERIFY2(over.isEmpty(), qPrintable(over.join(u'\n')));
    ++gates;
}

void TestCodeGates::cleanupTestCase()
{
    QVERIFY(QFileInfo::exists(QDir(sourceDir()).filePath(QStringLiteral("src/platform/apiclient.cpp"))));
    Figures::report(
        QStringLiteral(
            "SEC  source gates: %1/9 clean (no insecure keychain fallback, no ignoreSslErrors, no rich text "
            "in QML, no database file copies, typed QML interfaces, property budget, comments)")
            .arg(gates));
}

QTEST_GUILESS_MAIN(TestCodeGates)
#include "tst_codegates.moc"
