#include "apiclient.h"
#include "artifactoryrequests.h"
#include "database.h"
#include "filterparser.h"
#include "generationstore.h"
#include "ownerrecord.h"
#include "ownertrailstore.h"
#include "sampledata.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "trailreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// A record as the collector writes it (collector-worker.ts, trailRecord()).
QJsonObject recordJson(const ImageTag &t, const QString &deployedBy, const QString &owner,
                       const QString &when, const QString &workload = QStringLiteral("api"))
{
    return QJsonObject {
        { QStringLiteral("schema"), QStringLiteral("runtime-desk.owner-trail") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("digest"), t.digest.isEmpty() ? QJsonValue() : QJsonValue(t.digest) },
        { QStringLiteral("registry"), t.registry },
        { QStringLiteral("repository_path"), t.repositoryPath },
        { QStringLiteral("name"), t.name },
        { QStringLiteral("tag"), t.tag },
        { QStringLiteral("architecture"), t.architecture },
        { QStringLiteral("deployed_by"), deployedBy.isNull() ? QJsonValue() : QJsonValue(deployedBy) },
        { QStringLiteral("build_info"),
          owner.isNull() ? QJsonValue()
                         : QJsonValue(QJsonObject { { QStringLiteral("build_owner"), owner },
                                                    { QStringLiteral("build_name"), QStringLiteral("svc") },
                                                    { QStringLiteral("build_number"), 42 } }) },
        { QStringLiteral("workload"),
          QJsonObject { { QStringLiteral("name"), workload },
                        { QStringLiteral("namespace"), QStringLiteral("payments") },
                        { QStringLiteral("cluster"), QStringLiteral("prod") } } },
        { QStringLiteral("change_type"), QStringLiteral("workload") },
        { QStringLiteral("recorded_at"), when },
    };
}

OwnerRecord record(const ImageTag &t, const QString &deployedBy, const QString &owner, const QString &when,
                   const QString &workload = QStringLiteral("api"))
{
    QString error;
    auto r = OwnerRecord::fromJson(QJsonDocument(recordJson(t, deployedBy, owner, when, workload)).toJson(),
                                   &error);
    if (!r)
        qFatal("test record refused: %s", qPrintable(error));
    r->path = QStringLiteral("v1/sha256/%1/%2/prod/payments/%3.json").arg(t.digest, t.tag, workload);
    r->modified = when;
    return *r;
}

ArtifactItem item(const QString &name, const QString &modified)
{
    ArtifactItem i;
    i.path = QStringLiteral("v1/x");
    i.name = name;
    i.modified = modified;
    i.modifiedAt = QDateTime::fromString(modified, Qt::ISODateWithMs);
    return i;
}

} // namespace

// The owner trail as the cache keeps it: records read back, the cursor of the incremental read, owners
// attached to rows by digest with the platform's own values first, and the list and search built with them.
class TestOwnerTrailStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();

    void aRecordIsReadAsTheCollectorWroteIt();
    void whatIsNotARecordIsRefusedWithAReason_data();
    void whatIsNotARecordIsRefusedWithAReason();
    void hostileTextIsKeptAsText();
    void theCursorMovesWithEachBatch();
    void theCursorCountsFilesAtTheSameTime();
    void thePlatformsOwnersComeFirst();
    void theNewestRecordWinsAndSaysWhereItCameFrom();
    void aRowWithoutDigestMatchesByItsNames();
    void aReplacedRecordIsKeptOnce();
    void theListAndTheSearchFindTrailOwners();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestOwnerTrailStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = SampleData::openCache(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_db);
}

void TestOwnerTrailStore::cleanup()
{
    if (m_db)
        QCOMPARE(m_db->integrityCheck(), QStringLiteral("ok"));
    m_db.reset();
    m_dir.reset();
}

void TestOwnerTrailStore::aRecordIsReadAsTheCollectorWroteIt()
{
    const ImageTag t = SampleData::tag(QStringLiteral("payments"), QStringLiteral("1.4.2"));
    QString error;
    const auto r = OwnerRecord::fromJson(
        QJsonDocument(recordJson(t, QStringLiteral("spinnaker"), QStringLiteral("team-pay"),
                                 QStringLiteral("2026-12-03T09:15:27.123Z")))
            .toJson(),
        &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->digest, t.digest);
    QCOMPARE(r->name, QStringLiteral("payments"));
    QCOMPARE(r->deployedBy, std::optional<QString>(QStringLiteral("spinnaker")));
    QVERIFY(r->buildInfo);
    QCOMPARE(r->buildInfo->owner, QStringLiteral("team-pay"));
    QCOMPARE(r->buildInfo->number, QStringLiteral("42")); // a number in the event stays what it said
    QCOMPARE(r->workload,
             (WorkloadRef { QStringLiteral("api"), QStringLiteral("payments"), QStringLiteral("prod") }));
    QCOMPARE(r->recordedAt, QDateTime(QDate(2026, 12, 3), QTime(9, 15, 27, 123), Qt::UTC));

    // Absent people stay absent: never made up.
    const auto bare = OwnerRecord::fromJson(
        QJsonDocument(recordJson(t, QString(), QString(), QStringLiteral("2026-12-03T09:15:27.123Z")))
            .toJson(),
        &error);
    QVERIFY(bare);
    QVERIFY(!bare->deployedBy);
    QVERIFY(!bare->buildInfo);
}

void TestOwnerTrailStore::whatIsNotARecordIsRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    const ImageTag t = SampleData::tag(QStringLiteral("a"), QStringLiteral("1"));
    const QJsonObject good =
        recordJson(t, QStringLiteral("ci"), QStringLiteral("o"), QStringLiteral("2026-12-01T00:00:00.000Z"));
    auto with = [&](const char *key, const QJsonValue &value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(QLatin1StringView(key));
        else
            o.insert(QLatin1StringView(key), value);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("not JSON") << QByteArray("{\"schema\":") << QStringLiteral("malformed JSON");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("expected a JSON object");
    QTest::newRow("another schema") << with("schema", QStringLiteral("acme"))
                                    << QStringLiteral("not an owner-trail record");
    QTest::newRow("a newer version") << with("version", 2)
                                     << QStringLiteral("owner-trail version 2 is not 1");
    QTest::newRow("deployed_by an object")
        << with("deployed_by", QJsonObject {}) << QStringLiteral("\"deployed_by\" is not text");
    QTest::newRow("build_info a string")
        << with("build_info", QStringLiteral("x")) << QStringLiteral("\"build_info\" is not an object");
    QTest::newRow("no time") << with("recorded_at", QJsonValue::Undefined)
                             << QStringLiteral("\"recorded_at\" is not an ISO 8601 time");
    QTest::newRow("a long name") << with("deployed_by", QString(5000, u'x'))
                                 << QStringLiteral("longer than 4096 characters");
    QTest::newRow("too large") << QByteArray(OwnerRecord::maxBytes + 1, ' ')
                               << QStringLiteral("larger than 65536 bytes");
}

void TestOwnerTrailStore::whatIsNotARecordIsRefusedWithAReason()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!OwnerRecord::fromJson(body, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestOwnerTrailStore::hostileTextIsKeptAsText()
{
    ImageTag t = SampleData::tag(QStringLiteral("x"), QStringLiteral("1"));
    const QString hostile = QStringLiteral("../../etc'; DROP TABLE owner_records;--\n\u202Eevil\uFFFF");
    OwnerRecord r = record(t, hostile, hostile, QStringLiteral("2026-12-01T00:00:00.000Z"));
    OwnerTrailStore store(*m_db);
    QVERIFY(store.write(QStringLiteral("trail"), { r }, TrailCursor { r.modified, 1 }));
    QList<OwnerRecord> back = store.history(t);
    QCOMPARE(back.size(), 1);
    // U+FFFF comes back as U+FFFD, as every other server string the cache keeps; the rest is as sent.
    const QString stored = QString(hostile).replace(QChar(0xFFFF), QChar(QChar::ReplacementCharacter));
    QCOMPARE(back.constFirst().deployedBy, std::optional<QString>(stored));
    QCOMPARE(back.constFirst().buildInfo->owner, stored);
    QCOMPARE(SampleData::scalar(*m_db, QStringLiteral("SELECT count(*) FROM owner_records")), 1);
}

void TestOwnerTrailStore::theCursorMovesWithEachBatch()
{
    OwnerTrailStore store(*m_db);
    QCOMPARE(store.cursor(QStringLiteral("trail")), TrailCursor {});
    const ImageTag t = SampleData::tag(QStringLiteral("a"), QStringLiteral("1"));
    QVERIFY(store.write(QStringLiteral("trail"),
                        { record(t, QStringLiteral("ci"), {}, QStringLiteral("2026-12-01T00:00:00.000Z")) },
                        TrailCursor { QStringLiteral("2026-12-01T00:00:00.000Z"), 1 }));
    QCOMPARE(store.cursor(QStringLiteral("trail")),
             (TrailCursor { QStringLiteral("2026-12-01T00:00:00.000Z"), 1 }));
    QCOMPARE(store.cursor(QStringLiteral("other")), TrailCursor {}); // each repository has its own
    QVERIFY(
        store.finishRead(QStringLiteral("trail"), QStringLiteral("403 from /artifactory/api/search/aql")));
    const auto state = store.state(QStringLiteral("trail"));
    QVERIFY(state);
    QCOMPARE(state->records, 1);
    QCOMPARE(state->error, QStringLiteral("403 from /artifactory/api/search/aql"));
    QCOMPARE(state->cursor.seenAtModified, 1); // a failed read keeps where the last good batch left it
    QCOMPARE(store.lastRead()->repository, QStringLiteral("trail"));
}

void TestOwnerTrailStore::theCursorCountsFilesAtTheSameTime()
{
    const QString t1 = QStringLiteral("2026-12-01T10:00:00.000Z");
    const QString t2 = QStringLiteral("2026-12-01T10:00:01.000Z");
    // A page ending on a time shared by two files: the next search starts at that time and skips both.
    QCOMPARE(TrailReader::advance({},
                                  { item(QStringLiteral("a.json"), t1), item(QStringLiteral("b.json"), t2),
                                    item(QStringLiteral("c.json"), t2) }),
             (TrailCursor { t2, 2 }));
    // A page entirely at the cursor's time adds to what was seen there.
    QCOMPARE(TrailReader::advance(TrailCursor { t2, 2 },
                                  { item(QStringLiteral("d.json"), t2), item(QStringLiteral("e.json"), t2) }),
             (TrailCursor { t2, 4 }));
    // The same instant written another way is the same time.
    QCOMPARE(TrailReader::advance(TrailCursor { QStringLiteral("2026-12-01T10:00:01Z"), 1 },
                                  { item(QStringLiteral("f.json"), t2) }),
             (TrailCursor { QStringLiteral("2026-12-01T10:00:01Z"), 2 }));
    QCOMPARE(TrailReader::advance(TrailCursor { t1, 3 }, {}), (TrailCursor { t1, 3 }));
    // The query asks from the cursor, skipping what was seen there.
    const QByteArray query = AqlFilesRequest::queryText({ QStringLiteral("runtime-desk-trail"), t2, 4, 500 });
    QCOMPARE(query,
             QByteArray("items.find({\"modified\":{\"$gte\":\"2026-12-01T10:00:01.000Z\"},\"repo\":\"runtime-"
                        "desk-trail\","
                        "\"type\":\"file\"}).include(\"repo\",\"path\",\"name\",\"modified\",\"size\")"
                        ".sort({\"$asc\":[\"modified\",\"path\",\"name\"]}).offset(4).limit(500)"));
}

void TestOwnerTrailStore::thePlatformsOwnersComeFirst()
{
    ImageTag t = SampleData::tag(QStringLiteral("a"), QStringLiteral("1"));
    t.deployedBy = QStringLiteral("platform-deployer");
    t.buildInfo = BuildInfo { QStringLiteral("platform-owner"), {}, {}, {} };
    OwnerTrailStore store(*m_db);
    QVERIFY(store.write(QStringLiteral("trail"),
                        { record(t, QStringLiteral("ci"), QStringLiteral("trail-owner"),
                                 QStringLiteral("2026-12-01T00:00:00.000Z")) },
                        {}));
    ImageTag attached = t;
    const OwnerProvenance p = store.attach(attached);
    QCOMPARE(attached.deployedBy, t.deployedBy);
    QCOMPARE(attached.buildInfo->owner, QStringLiteral("platform-owner"));
    QCOMPARE(p.deployedBy, OwnerProvenance::Source::Platform);
    QCOMPARE(p.buildOwner, OwnerProvenance::Source::Platform);
}

void TestOwnerTrailStore::theNewestRecordWinsAndSaysWhereItCameFrom()
{
    const ImageTag t = SampleData::tag(QStringLiteral("a"), QStringLiteral("1"));
    ImageTag sameDigestOtherTag = t;
    sameDigestOtherTag.tag = QStringLiteral("latest");
    OwnerTrailStore store(*m_db);
    QVERIFY(store.write(QStringLiteral("trail"),
                        { record(t, QStringLiteral("jenkins"), QStringLiteral("old-owner"),
                                 QStringLiteral("2026-11-20T08:00:00.000Z"), QStringLiteral("w1")),
                          record(t, QStringLiteral("spinnaker"), QString(),
                                 QStringLiteral("2026-12-03T09:15:00.000Z"), QStringLiteral("w2")),
                          record(sameDigestOtherTag, QStringLiteral("argo"), QStringLiteral("new-owner"),
                                 QStringLiteral("2026-12-01T00:00:00.000Z"), QStringLiteral("w3")) },
                        {}));
    ImageTag attached = t;
    const OwnerProvenance p = store.attach(attached);
    // Deployed By: the newest record; Build Owner: the newest record that has a build (the digest's, under
    // any tag).
    QCOMPARE(attached.deployedBy, std::optional<QString>(QStringLiteral("spinnaker")));
    QCOMPARE(attached.buildInfo->owner, QStringLiteral("new-owner"));
    QCOMPARE(p.deployedBy, OwnerProvenance::Source::Trail);
    QCOMPARE(p.deployRecord->workload.name, QStringLiteral("w2"));
    QCOMPARE(p.deployRecord->recordedAt, QDateTime(QDate(2026, 12, 3), QTime(9, 15), Qt::UTC));
    QCOMPARE(p.buildRecord->workload.name, QStringLiteral("w3"));
    // The history: every deployment of the digest, newest first.
    QStringList who;
    for (const OwnerRecord &r : store.history(t))
        who.append(*r.deployedBy);
    QCOMPARE(
        who,
        (QStringList { QStringLiteral("spinnaker"), QStringLiteral("argo"), QStringLiteral("jenkins") }));
    // Another digest has none of it.
    ImageTag other = SampleData::tag(QStringLiteral("b"), QStringLiteral("1"));
    QCOMPARE(store.attach(other).deployedBy, OwnerProvenance::Source::None);
    QVERIFY(!other.deployedBy);
}

void TestOwnerTrailStore::aRowWithoutDigestMatchesByItsNames()
{
    ImageTag amd = SampleData::tag(QStringLiteral("nodigest"), QStringLiteral("1"));
    amd.digest.clear();
    amd.architecture = QStringLiteral("amd64");
    ImageTag arm = amd;
    arm.architecture = QStringLiteral("arm64");
    OwnerTrailStore store(*m_db);
    OwnerRecord r = record(amd, QStringLiteral("ci-amd"), {}, QStringLiteral("2026-12-01T00:00:00.000Z"));
    r.path = QStringLiteral("v1/no-digest/x.json");
    QVERIFY(store.write(QStringLiteral("trail"), { r }, {}));
    ImageTag a = amd, b = arm;
    store.attach(a);
    store.attach(b);
    QCOMPARE(a.deployedBy, std::optional<QString>(QStringLiteral("ci-amd")));
    QVERIFY(!b.deployedBy); // the other architecture is another row
}

void TestOwnerTrailStore::aReplacedRecordIsKeptOnce()
{
    const ImageTag t = SampleData::tag(QStringLiteral("a"), QStringLiteral("1"));
    OwnerTrailStore store(*m_db);
    QVERIFY(store.write(
        QStringLiteral("trail"),
        { record(t, QStringLiteral("first"), {}, QStringLiteral("2026-12-01T00:00:00.000Z")) }, {}));
    QVERIFY(store.write(
        QStringLiteral("trail"),
        { record(t, QStringLiteral("second"), {}, QStringLiteral("2026-12-02T00:00:00.000Z")) }, {}));
    QCOMPARE(store.history(t).size(), 1);
    QCOMPARE(store.history(t).constFirst().deployedBy, std::optional<QString>(QStringLiteral("second")));
}

void TestOwnerTrailStore::theListAndTheSearchFindTrailOwners()
{
    QList<ImageTag> tags = SampleData::tags(6);
    for (ImageTag &t : tags) { // the documented list: no people
        t.deployedBy.reset();
        t.buildInfo.reset();
    }
    tags[5].deployedBy = QStringLiteral("platform-bot"); // sent by the platform: kept over the trail
    OwnerTrailStore store(*m_db);
    QVERIFY(store.write(
        QStringLiteral("trail"),
        { record(tags[1], QStringLiteral("zelda-deployer"), QStringLiteral("ownerzed"),
                 QStringLiteral("2026-12-01T00:00:00.000Z")),
          record(tags[5], QStringLiteral("trail-bot"), {}, QStringLiteral("2026-12-01T00:00:00.000Z")) },
        {}));
    const qint64 generation = SampleData::commitGeneration(*m_db, tags);
    QVERIFY(generation);
    TagStore tagStore(*m_db);
    auto names = [&](const QString &filter) {
        TagQuery q;
        q.terms = FilterParser::parse(filter).terms;
        QStringList list;
        for (const TagRow &r : tagStore.rows(generation, q))
            list.append(r.identity().reference() + u'=' + r.deployedBy);
        return list;
    };
    QCOMPARE(names(QStringLiteral("owner:ownerzed")),
             QStringList { tags[1].reference() + QStringLiteral("=zelda-deployer") });
    QCOMPARE(names(QStringLiteral("deployer:trail-bot")), QStringList {});
    QCOMPARE(names(QStringLiteral("deployer:platform-bot")),
             QStringList { tags[5].reference() + QStringLiteral("=platform-bot") });
    TagQuery search;
    search.text = QStringLiteral("zelda");
    const QList<StoredTag> found = tagStore.query(generation, search);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().tag.deployedBy, std::optional<QString>(QStringLiteral("zelda-deployer")));
    QCOMPARE(found.constFirst().owners.deployedBy, OwnerProvenance::Source::Trail);
}

QTEST_GUILESS_MAIN(TestOwnerTrailStore)
#include "tst_ownertrailstore.moc"
