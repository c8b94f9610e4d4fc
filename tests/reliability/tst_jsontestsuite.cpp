// FUZZ-2: the 318 parsing cases of JSONTestSuite (tests/data/JSONTestSuite, MIT) through the page
// parser and into the cache, twice: the file as the whole body of a page, and the file as the value
// of a field inside an otherwise valid page. In both, a y_ document is valid JSON (the body may be
// refused for its shape, never for its syntax; the embedded page is stored, one row); an n_ document
// is refused with a reason and writes nothing; an i_ document may go either way. None crashes and
// none takes 5 seconds.
#include "database.h"
#include "figures.h"
#include "generationstore.h"
#include "runtimejson.h"
#include "schema.h"
#include "synccheck.h"
#include "tagstore.h"
#include "testenvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// `body` as a sync stores a page: parsed, then written into a generation of its own and committed.
// Returns the rows written, or -1 when the parser refused the page (*error says why).
int storePage(Database &db, const QByteArray &body, QString *error)
{
    const auto page = RuntimeJson::parseImageTagsPage(body, error);
    GenerationStore generations(db);
    const qint64 generation = generations.begin(QStringLiteral("jsontestsuite"));
    if (!page) {
        generations.fail(generation, *error);
        return -1;
    }
    TagStore tags(db);
    QList<PreparedTag> prepared;
    for (const ImageTag &t : page->items)
        prepared.append(TagStore::prepare(t));
    if (!db.transaction([&] { return tags.addTags(generation, prepared); })) {
        *error = db.lastError().message;
        return -2;
    }
    GenerationStore::CommitPolicy policy;
    policy.acceptShrink = true;
    if (generations.commit(generation, std::nullopt, policy) != GenerationStore::CommitOutcome::Committed)
        return -2;
    return int(tags.count(generation));
}

qint64 allRows(Database &db)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM generation_tags) + (SELECT count(*) FROM tag_rows)"));
    return db.exec(q) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestJsonTestSuite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsing_data();
    void parsing();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QMap<QString, int> m_counts; // "y accepted", "n rejected", "i accepted", ...
    qint64 m_slowestMs = 0;
};

void TestJsonTestSuite::initTestCase()
{
    TestEnvironment::init();
    m_db = SyncCheck::openCache(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_db);
}

void TestJsonTestSuite::parsing_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(TestEnvironment::dataPath(QStringLiteral("JSONTestSuite/test_parsing")));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 318);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestJsonTestSuite::parsing()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray document = file.readAll();
    const QString name = QFileInfo(path).fileName();
    const char kind = name.at(0).toLatin1();

    QElapsedTimer clock;
    clock.start();
    // 1. The document is the body.
    const qint64 before = allRows(*m_db);
    QString error;
    const int whole = storePage(*m_db, document, &error);
    const bool syntaxRefused = whole == -1
        && (error.startsWith(QLatin1StringView("malformed JSON"))
            || error.startsWith(QLatin1StringView("the JSON nests deeper")));
    // 2. The document is the value of a field of a valid page.
    const QByteArray embedded = QByteArray("{\"image_tags\":[{\"name\":\"n\",\"tag\":\"t\",\"deployed_by\":")
        + document + QByteArray("}],\"pagination\":{\"limit\":100}}");
    const qint64 between = allRows(*m_db);
    QString embeddedError;
    const int inside = storePage(*m_db, embedded, &embeddedError);
    const qint64 elapsed = clock.elapsed();
    m_slowestMs = std::max(m_slowestMs, elapsed);
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QVERIFY2(whole != -2 && inside != -2,
             qPrintable(error + u' ' + embeddedError)); // an accepted page is always storable

    switch (kind) {
    case 'y':
        QVERIFY2(!syntaxRefused, qPrintable(QStringLiteral("valid JSON refused: ") + error));
        QVERIFY2(inside == 1, qPrintable(QStringLiteral("the page around it was refused: ") + embeddedError));
        ++m_counts[QStringLiteral("y accepted")];
        break;
    case 'n':
        QVERIFY2(syntaxRefused, qPrintable(QStringLiteral("invalid JSON not refused as such: ") + error));
        QVERIFY2(inside == -1 && !embeddedError.isEmpty(), "a page with invalid JSON inside was accepted");
        // Refused without a partial write: not a row more than before.
        QCOMPARE(allRows(*m_db), before);
        QCOMPARE(between, before);
        ++m_counts[QStringLiteral("n rejected")];
        break;
    default:
        ++m_counts[inside >= 0 ? QStringLiteral("i accepted") : QStringLiteral("i rejected")];
        break;
    }
    QCOMPARE(m_db->integrityCheck(true), QStringLiteral("ok"));
}

void TestJsonTestSuite::cleanupTestCase()
{
    Figures::report(
        QStringLiteral(
            "FUZZ JSONTestSuite through the page parser and the cache: %1/95 y_ accepted, %2/188 n_ "
            "rejected with no partial write, %3 of 35 i_ accepted and %4 rejected, 0 crashes, "
            "slowest %5 ms")
            .arg(m_counts.value(QStringLiteral("y accepted")))
            .arg(m_counts.value(QStringLiteral("n rejected")))
            .arg(m_counts.value(QStringLiteral("i accepted")))
            .arg(m_counts.value(QStringLiteral("i rejected")))
            .arg(m_slowestMs));
}

QTEST_GUILESS_MAIN(TestJsonTestSuite)
#include "tst_jsontestsuite.moc"
