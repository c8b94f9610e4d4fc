// The demo platform's Artifactory calls for the owner trail (docs/jfrog-api.md 3.10) over real TLS on
// 127.0.0.1: repository configuration and creation, deploy and download (names with %2F, no
// climbing), the AQL subset with paging across equal `modified` times, faults, the tag-detail knob,
// and the pre-made trail checked against what the platform's own listing says about every row.
#include "demofixture.h"
#include "demotrail.h"
#include "demoworkersapi.h"
#include "ownertrailworker.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslSocket>
#include <QtTest>

namespace {

const QString trail = QStringLiteral("runtime-desk-trail");

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    int errorStatus() const
    {
        return object()
            .value(QLatin1StringView("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1StringView("status"))
            .toInt();
    }
    QString errorMessage() const
    {
        return object()
            .value(QLatin1StringView("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1StringView("message"))
            .toString();
    }
};

// One request with the path exactly as given (already percent-encoded), the platform's CA and token.
Reply http(DemoFixture &fixture, const QByteArray &method, const QString &encodedPath,
           const QByteArray &body = {}, const QByteArray &contentType = {}, bool withToken = true)
{
    QUrl url = fixture.platform().url();
    url.setPath(encodedPath, QUrl::TolerantMode);
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({ fixture.platform().caCertificate() });
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + fixture.platform().token().toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = fixture.networkAccessManager()->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
              reply->header(QNetworkRequest::ContentTypeHeader).toByteArray() };
    reply->deleteLater();
    return r;
}

// The same over a TLS socket of its own, the request line byte for byte: QNetworkAccessManager removes
// dot segments before sending, a client of the platform need not.
Reply rawHttp(DemoFixture &fixture, const QByteArray &method, const QByteArray &path,
              const QByteArray &body = {})
{
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({ fixture.platform().caCertificate() });
    socket.setSslConfiguration(ssl);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QSignalSpy disconnected(&socket, &QSslSocket::disconnected);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), fixture.platform().port());
    if (!encrypted.wait(10000)) // the platform serves in this thread: wait in an event loop
        return {};
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                 + fixture.platform().token().toUtf8()
                 + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\n\r\n" + body);
    if (disconnected.isEmpty())
        disconnected.wait(10000);
    const QByteArray response = socket.readAll();
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    Reply r;
    r.status = response.mid(9, 3).toInt();
    r.body = headEnd < 0 ? QByteArray() : response.mid(headEnd + 4);
    return r;
}

Reply aql(DemoFixture &fixture, const QString &query)
{
    return http(fixture, "POST", QStringLiteral("/artifactory/api/search/aql"), query.toUtf8(), "text/plain");
}

QJsonArray results(const Reply &reply)
{
    return reply.object().value(QLatin1StringView("results")).toArray();
}

// "folder/name" of each result, in order.
QStringList paths(const QJsonArray &results)
{
    QStringList out;
    for (const QJsonValue &v : results) {
        const QString folder = v[QLatin1StringView("path")].toString();
        const QString name = v[QLatin1StringView("name")].toString();
        out.append(folder == u"." ? name : QString(folder + u'/' + name));
    }
    return out;
}

qint64 ms(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString iso(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString sortedQuery(const QString &repo, const QString &modified = {}, qint64 offset = -1, qint64 limit = -1)
{
    QString q = QStringLiteral("items.find({\"repo\":\"%1\",\"type\":\"file\"%2})"
                               ".include(\"repo\",\"path\",\"name\",\"modified\",\"size\")"
                               ".sort({\"$asc\":[\"modified\",\"path\",\"name\"]})")
                    .arg(repo, modified.isEmpty() ? QString() : QStringLiteral(",\"modified\":") + modified);
    if (offset >= 0)
        q += QStringLiteral(".offset(%1)").arg(offset);
    if (limit >= 0)
        q += QStringLiteral(".limit(%1)").arg(limit);
    return q;
}

// Every row of POST /runtime/api/v1/images/tags, as the platform serves it.
QList<QJsonObject> listing(DemoFixture &fixture)
{
    QList<QJsonObject> rows;
    QString next;
    do {
        QJsonObject request { { QStringLiteral("limit"), 100 } };
        if (!next.isEmpty())
            request.insert(QStringLiteral("next_key"), next);
        const Reply page = http(fixture, "POST", QStringLiteral("/runtime/api/v1/images/tags"),
                                QJsonDocument(request).toJson(QJsonDocument::Compact), "application/json");
        if (page.status != 200)
            return {};
        for (const QJsonValue &row : page.object().value(QLatin1StringView("image_tags")).toArray())
            rows.append(row.toObject());
        next = page.object().value(QLatin1StringView("pagination"))[QLatin1StringView("next_key")].toString();
    } while (!next.isEmpty());
    return rows;
}

// What names one record: the image (digest and tag, or every field without a digest) and the workload.
QString identity(const QJsonObject &image, const QJsonObject &workload)
{
    QStringList parts;
    const QString digest = image.value(QLatin1StringView("image_digest"))
                               .toString(image.value(QLatin1StringView("digest")).toString());
    if (!digest.isEmpty())
        parts << digest << image.value(QLatin1StringView("tag")).toString();
    else
        for (const char *key : { "registry", "repository_path", "name", "tag", "architecture" })
            parts << image.value(QLatin1StringView(key)).toString();
    for (const char *key : { "cluster", "namespace", "name" })
        parts << workload.value(QLatin1StringView(key)).toString();
    return parts.join(QChar(0x1f));
}

// The row and workload of every record the collector would write for the listing.
QHash<QString, std::pair<QJsonObject, QJsonObject>> recordable(const QList<QJsonObject> &rows)
{
    QHash<QString, std::pair<QJsonObject, QJsonObject>> byIdentity;
    for (const QJsonObject &row : rows) {
        for (const QJsonValue &w : row.value(QLatin1StringView("workloads")).toArray())
            byIdentity.insert(identity(row, w.toObject()), { row, w.toObject() });
    }
    return byIdentity;
}

// A path segment names the value: percent-decoding gives it back, `~` is empty, `~sha256-` its hash.
bool segmentNames(const QString &segment, const QString &value)
{
    if (segment == u"~")
        return value.isEmpty();
    if (segment.startsWith(u"~sha256-"))
        return segment.mid(8)
            == QString::fromLatin1(
                   QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
    return QUrl::fromPercentEncoding(segment.toUtf8()) == value;
}

DemoArtifactoryApi::Item item(const QString &path, qint64 modified, const QByteArray &content = "{}")
{
    return { path,
             content,
             "application/json",
             modified,
             modified,
             QStringLiteral("tester"),
             QStringLiteral("tester") };
}

} // namespace

class TestDemoArtifactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void repositoryConfiguration()
    {
        DemoFixture fixture;
        QVERIFY(fixture.start());
        const Reply config = http(fixture, "GET", QStringLiteral("/artifactory/api/repositories/") + trail);
        QCOMPARE(config.status, 200);
        QCOMPARE(config.object().value(QLatin1StringView("key")).toString(), trail);
        QCOMPARE(config.object().value(QLatin1StringView("rclass")).toString(), QStringLiteral("local"));
        QCOMPARE(config.object().value(QLatin1StringView("packageType")).toString(),
                 QStringLiteral("generic"));

        const Reply unknown =
            http(fixture, "GET", QStringLiteral("/artifactory/api/repositories/no-such-repo"));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errorStatus(), 400);
        QCOMPARE(unknown.errorMessage(), QStringLiteral("Repository no-such-repo does not exist"));

        const Reply anonymous =
            http(fixture, "GET", QStringLiteral("/artifactory/api/repositories/") + trail, {}, {}, false);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(http(fixture, "GET", QStringLiteral("/artifactory/api/system/ping"), {}, {}, false).status,
                 200);
    }

    void createRepository()
    {
        DemoFixture fixture;
        QVERIFY(fixture.start());
        const QString path = QStringLiteral("/artifactory/api/repositories/team-trail");
        const QByteArray body =
            R"({"key":"team-trail","rclass":"local","packageType":"generic","description":"who runs what"})";
        const Reply created = http(fixture, "PUT", path, body, "application/json");
        QCOMPARE(created.status, 200);
        QCOMPARE(created.body, QByteArray("Successfully created repository 'team-trail'"));
        const Reply config = http(fixture, "GET", path);
        QCOMPARE(config.status, 200);
        QCOMPARE(config.object().value(QLatin1StringView("description")).toString(),
                 QStringLiteral("who runs what"));

        const Reply again = http(fixture, "PUT", path, body, "application/json");
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorStatus(), 400);
        QVERIFY(!again.errorMessage().isEmpty());
        const Reply otherCase =
            http(fixture, "PUT", QStringLiteral("/artifactory/api/repositories/Team-Trail"),
                 R"({"key":"Team-Trail","rclass":"local","packageType":"generic"})", "application/json");
        QCOMPARE(otherCase.status, 400); // keys are unique without regard to case

        for (const QByteArray &bad :
             { QByteArray(R"({"key":"other","rclass":"local","packageType":"generic"})"),
               QByteArray(R"({"key":"second","rclass":"remote","packageType":"generic"})"),
               QByteArray(R"({"key":"second","rclass":"local","packageType":"docker"})"),
               QByteArray("not json") }) {
            const Reply refused = http(fixture, "PUT", QStringLiteral("/artifactory/api/repositories/second"),
                                       bad, "application/json");
            QVERIFY2(refused.status == 400 && refused.errorStatus() == 400, bad.constData());
        }
        QCOMPARE(http(fixture, "GET", QStringLiteral("/artifactory/api/repositories/second")).status, 400);

        DemoPlatform::Options options = DemoFixture::defaultOptions();
        options.artifactoryAdmin = false;
        DemoFixture reader(options);
        QVERIFY(reader.start());
        const Reply forbidden = http(reader, "PUT", path, body, "application/json");
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.object(),
                 QJsonDocument::fromJson(R"({"errors":[{"status":403,"message":"Forbidden"}]})").object());
        QCOMPARE(http(reader, "GET", path).status, 400); // not created
        QCOMPARE(http(reader, "GET", QStringLiteral("/artifactory/api/repositories/") + trail).status,
                 200); // reading is fine
    }

    void deployAndGet()
    {
        DemoFixture fixture;
        QVERIFY(fixture.start());
        const int before = fixture.platform().trailRecordCount();
        // The collector sends each % of a segment as %25: the stored name keeps "%2F" as three characters.
        const QString url =
            QStringLiteral("/artifactory/") + trail + QStringLiteral("/v1/test/shop%252F..%252Fadmin/x.json");
        const QString stored = QStringLiteral("v1/test/shop%2F..%2Fadmin/x.json");
        const QByteArray first = R"({"schema":"runtime-desk.owner-trail","n":1})";
        const Reply created = http(fixture, "PUT", url, first, "application/json");
        QCOMPARE(created.status, 201);
        const QJsonObject c = created.object();
        QCOMPARE(c.value(QLatin1StringView("repo")).toString(), trail);
        QCOMPARE(c.value(QLatin1StringView("path")).toString(), QString(u'/' + stored));
        QCOMPARE(c.value(QLatin1StringView("size")).toString(), QString::number(first.size()));
        QCOMPARE(c.value(QLatin1StringView("mimeType")).toString(), QStringLiteral("application/json"));
        QCOMPARE(c.value(QLatin1StringView("createdBy")).toString(), QStringLiteral("demo-admin"));
        const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex());
        QCOMPARE(c.value(QLatin1StringView("checksums"))[QLatin1StringView("sha256")].toString(), sha256);
        QCOMPARE(c.value(QLatin1StringView("checksums"))[QLatin1StringView("sha1")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha1).toHex()));
        QCOMPARE(c.value(QLatin1StringView("checksums"))[QLatin1StringView("md5")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Md5).toHex()));
        QCOMPARE(c.value(QLatin1StringView("originalChecksums"))[QLatin1StringView("sha256")].toString(),
                 sha256);
        QCOMPARE(c.value(QLatin1StringView("downloadUri")).toString(),
                 QString(fixture.platform().url().toString() + url));
        QVERIFY(c.value(QLatin1StringView("uri"))
                    .toString()
                    .endsWith(QStringLiteral("/artifactory/api/storage/") + trail
                              + QStringLiteral("/v1/test/shop%252F..%252Fadmin/x.json")));
        QVERIFY(fixture.platform().artifactory().item(trail, stored));
        QCOMPARE(fixture.platform().trailRecordCount(), before + 1);

        Reply got = http(fixture, "GET", url);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, first);
        QCOMPARE(got.contentType, QByteArray("application/json"));
        // The search names it by the same literal folder and name.
        const QJsonArray found =
            results(aql(fixture,
                        QStringLiteral(R"(items.find({"repo":"%1","modified":{"$gte":"%2"}}))")
                            .arg(trail, c.value(QLatin1StringView("created")).toString())));
        QVERIFY(paths(found).contains(stored));

        // Overwritten: created kept, modified moves on, the new bytes come back with their type.
        QTest::qWait(5);
        const QByteArray second = "plain text now";
        const Reply replaced = http(fixture, "PUT", url, second, "text/plain");
        QCOMPARE(replaced.status, 201);
        QCOMPARE(replaced.object().value(QLatin1StringView("created")),
                 c.value(QLatin1StringView("created")));
        got = http(fixture, "GET", url);
        QCOMPARE(got.body, second);
        QCOMPARE(got.contentType, QByteArray("text/plain"));
        const std::optional<DemoArtifactoryApi::Item> item =
            fixture.platform().artifactory().item(trail, stored);
        QVERIFY(item && item->modifiedMs > item->createdMs);
        QCOMPARE(fixture.platform().trailRecordCount(), before + 1);

        // No climbing: `.` and `..` segments, written or percent-encoded, and empty segments are refused.
        for (const QByteArray &climb : { QByteArray("/artifactory/other/../runtime-desk-trail/x.json"),
                                         QByteArray("/artifactory/runtime-desk-trail/v1/../../x.json"),
                                         QByteArray("/artifactory/runtime-desk-trail/v1/..%2F..%2Fx.json"),
                                         QByteArray("/artifactory/runtime-desk-trail/v1/%2E%2E/x.json"),
                                         QByteArray("/artifactory/runtime-desk-trail/v1/%2e%2e%2Fx.json"),
                                         QByteArray("/artifactory/runtime-desk-trail/./x.json"),
                                         QByteArray("/artifactory/runtime-desk-trail/v1//x.json") }) {
            const Reply refused = rawHttp(fixture, "PUT", climb, "{}");
            QVERIFY2(refused.status == 400 && refused.errorStatus() == 400,
                     QByteArray(climb + ": " + QByteArray::number(refused.status)).constData());
            QCOMPARE(rawHttp(fixture, "GET", climb).status, 400);
        }
        QCOMPARE(rawHttp(fixture, "PUT", "/artifactory/runtime-desk-trail/v1/raw.json", "{}").status,
                 201); // the socket works
        QCOMPARE(fixture.platform().trailRecordCount(), before + 2);
        QVERIFY(!fixture.platform().artifactory().item(trail, QStringLiteral("x.json")));

        const Reply missing =
            http(fixture, "GET", QStringLiteral("/artifactory/") + trail + QStringLiteral("/v1/none.json"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorStatus(), 404);
        const Reply noRepo = http(fixture, "PUT", QStringLiteral("/artifactory/no-such-repo/a/b.json"), "{}",
                                  "application/json");
        QCOMPARE(noRepo.status, 404);
        QCOMPARE(noRepo.errorStatus(), 404);
        QCOMPARE(http(fixture, "PUT", url, first, "application/json", false).status, 401);
        // A method the search does not take is not a file of a repository called "api".
        QCOMPARE(http(fixture, "GET", QStringLiteral("/artifactory/api/search/aql")).status, 405);
    }

    void aqlPagingAcrossTies()
    {
        DemoFixture fixture;
        QVERIFY(fixture.start());
        DemoArtifactoryApi &artifactory = fixture.platform().artifactory();
        artifactory.addRepository(QStringLiteral("paging"));
        const qint64 t = ms(QStringLiteral("2026-12-03T09:15:27.123Z"));
        QVERIFY(artifactory.store(
            QStringLiteral("paging"),
            { item(QStringLiteral("c/2.json"), t + 1), item(QStringLiteral("a/1.json"), t),
              item(QStringLiteral("e/1.json"), t + 3), item(QStringLiteral("c/1.json"), t + 1),
              item(QStringLiteral("d.json"), t + 2, "{\"root\":true}"),
              item(QStringLiteral("b/1.json"), t + 1), item(QStringLiteral("a/2.json"), t + 1) }));
        const QStringList order { QStringLiteral("a/1.json"), QStringLiteral("a/2.json"),
                                  QStringLiteral("b/1.json"), QStringLiteral("c/1.json"),
                                  QStringLiteral("c/2.json"), QStringLiteral("d.json"),
                                  QStringLiteral("e/1.json") };
        QStringList paged;
        for (int offset = 0; offset < 8; offset += 2) {
            const Reply page = aql(fixture, sortedQuery(QStringLiteral("paging"), {}, offset, 2));
            QCOMPARE(page.status, 200);
            const QJsonObject range = page.object().value(QLatin1StringView("range")).toObject();
            const qsizetype n = results(page).size();
            QCOMPARE(n, std::min<qsizetype>(2, std::max(0, 7 - offset)));
            QCOMPARE(range.value(QLatin1StringView("start_pos")).toInt(), offset);
            QCOMPARE(range.value(QLatin1StringView("end_pos")).toInt(), offset + int(n));
            QCOMPARE(range.value(QLatin1StringView("total")).toInt(), int(n));
            QCOMPARE(range.value(QLatin1StringView("limit")).toInt(), 2);
            paged += paths(results(page));
        }
        QCOMPARE(paged, order);
        const QJsonObject root =
            results(aql(fixture, sortedQuery(QStringLiteral("paging"), {}, 5, 1))).first().toObject();
        QCOMPARE(root.value(QLatin1StringView("path")).toString(), QStringLiteral("."));
        QCOMPARE(root.value(QLatin1StringView("name")).toString(), QStringLiteral("d.json"));
        QCOMPARE(root.value(QLatin1StringView("size")).toInt(), 13);
        QCOMPARE(root.value(QLatin1StringView("modified")).toString(),
                 QStringLiteral("2026-12-03T09:15:27.125Z"));
        QCOMPARE(root.keys(),
                 (QStringList { QStringLiteral("modified"), QStringLiteral("name"), QStringLiteral("path"),
                                QStringLiteral("repo"), QStringLiteral("size") }));

        // The incremental cursor: after a page that ended inside the tie at t+1 having read two of its
        // four items, $gte t+1 skipping those two goes on with the third.
        const Reply resumed = aql(
            fixture,
            sortedQuery(QStringLiteral("paging"), QStringLiteral("{\"$gte\":\"%1\"}").arg(iso(t + 1)), 2, 2));
        QCOMPARE(paths(results(resumed)), order.mid(3, 2));

        // $gt, $gte and $eq on one instant, written in UTC or with an offset.
        auto matching = [&](const QString &criterion) {
            return paths(results(aql(fixture, sortedQuery(QStringLiteral("paging"), criterion))));
        };
        QCOMPARE(matching(QStringLiteral("{\"$gt\":\"2026-12-03T09:15:27.124Z\"}")), order.mid(5));
        QCOMPARE(matching(QStringLiteral("{\"$gte\":\"2026-12-03T09:15:27.124Z\"}")), order.mid(1));
        QCOMPARE(matching(QStringLiteral("{\"$gte\":\"2026-12-03T11:15:27.124+02:00\"}")), order.mid(1));
        QCOMPARE(matching(QStringLiteral("{\"$eq\":\"2026-12-03T09:15:27.124Z\"}")), order.mid(1, 4));
        QCOMPARE(matching(QStringLiteral("\"2026-12-03T09:15:27.124Z\"")), order.mid(1, 4));
        QCOMPARE(matching(QStringLiteral(
                     "{\"$gt\":\"2026-12-03T09:15:27.123Z\",\"$lt\":\"2026-12-03T09:15:27.126Z\"}")),
                 order.mid(1, 5));

        // Whitespace anywhere, repo as {"$eq":…}, no type, no include (every field), descending.
        const Reply loose = aql(fixture,
                                QStringLiteral("  items . find ( {\n\t\"repo\" : {\"$eq\":\"paging\"} }\n)\n"
                                               "  .sort( {\"$desc\" : [\"modified\", \"path\", \"name\"]} )\n"
                                               "  .limit( 3 )\n"));
        QCOMPARE(loose.status, 200);
        QCOMPARE(paths(results(loose)), (QStringList { order.at(6), order.at(5), order.at(4) }));
        const QJsonObject full = results(loose).first().toObject();
        QCOMPARE(full.value(QLatin1StringView("type")).toString(), QStringLiteral("file"));
        QCOMPARE(full.value(QLatin1StringView("created_by")).toString(), QStringLiteral("tester"));
        QCOMPARE(full.value(QLatin1StringView("modified_by")).toString(), QStringLiteral("tester"));
        QCOMPARE(full.value(QLatin1StringView("updated")), full.value(QLatin1StringView("modified")));
        QVERIFY(full.contains(QLatin1StringView("created")) && full.contains(QLatin1StringView("size")));
        // Without .limit() every match comes back, and the range has no limit.
        const Reply all = aql(fixture, QStringLiteral(R"(items.find({"repo":"paging"}))"));
        QCOMPARE(results(all).size(), 7);
        QVERIFY(
            !all.object().value(QLatin1StringView("range")).toObject().contains(QLatin1StringView("limit")));
    }

    void aqlUnknownRepositoryIsEmpty()
    {
        DemoFixture fixture;
        QVERIFY(fixture.start());
        const Reply none = aql(fixture,
                               sortedQuery(QStringLiteral("no-such-repo"),
                                           QStringLiteral("{\"$gte\":\"2020-01-01T00:00:00.000Z\"}"), 0, 10));
        QCOMPARE(none.status, 200);
        QCOMPARE(results(none), QJsonArray());
        QCOMPARE(none.object().value(QLatin1StringView("range"))[QLatin1StringView("total")].toInt(-1), 0);
        QCOMPARE(aql(fixture, sortedQuery(trail, {}, 0, 10)).status, 200);
        QCOMPARE(http(fixture, "POST", QStringLiteral("/artifactory/api/search/aql"),
                      sortedQuery(trail).toUtf8(), "text/plain", false)
                     .status,
                 401);
    }

    void aqlBadQueries()
    {
        const QStringList queries {
            QString(),
            QStringLiteral(R"(builds.find({"name":"x"}))"),
            QStringLiteral(R"(items.find({"repo":"x","color":"red"}))"),
            QStringLiteral(R"(items.find({"modified":{"$within":"2026-01-01T00:00:00.000Z"}}))"),
            QStringLiteral(R"(items.find({"repo":{"$match":"x*"}}))"),
            QStringLiteral(R"(items.find({"modified":{"$gt":"yesterday"}}))"),
            QStringLiteral(R"(items.find({repo:"x"}))"),
            QStringLiteral(R"(items.find(["x"]))"),
            QStringLiteral(R"(items.find({"repo":"x"})"),
            QStringLiteral(R"(items.find({"repo":"x"}).include("colour"))"),
            QStringLiteral(R"(items.find({"repo":"x"}).sort({"$up":["name"]}))"),
            QStringLiteral(R"(items.find({"repo":"x"}).limit(-1))"),
            QStringLiteral(R"(items.find({"repo":"x"}).limit(5).offset(2))"),
            QStringLiteral(R"(items.find({"repo":"x"}).limit(1).limit(2))"),
            QStringLiteral(R"(items.find({"repo":"x"}) and more)"),
            QStringLiteral(R"(items.find({"repo":"x"}).distinct(true))"),
        };
        DemoFixture fixture;
        QVERIFY(fixture.start());
        for (const QString &query : queries) {
            const Reply refused = aql(fixture, query);
            QVERIFY2(refused.status == 400 && refused.errorStatus() == 400
                         && !refused.errorMessage().isEmpty(),
                     qPrintable(query + QStringLiteral(" -> ") + QString::number(refused.status) + u' '
                                + QString::fromUtf8(refused.body)));
        }
        // The same query well formed is answered.
        QCOMPARE(aql(fixture, QStringLiteral(R"(items.find({"repo":"x"}).offset(2).limit(5))")).status, 200);
    }

    void faultsApply()
    {
        DemoFixture fixture;
        QVERIFY(fixture.start());
        const QString query = sortedQuery(trail, {}, 0, 5);
        QVERIFY(fixture.arm(
            QJsonObject { { QStringLiteral("path"), QStringLiteral("/artifactory/api/search/aql") },
                          { QStringLiteral("fault"), QStringLiteral("status") },
                          { QStringLiteral("status"), 403 } }));
        const Reply refused = aql(fixture, query);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorStatus(), 403);
        QCOMPARE(aql(fixture, query).status, 200); // count 1: it fired once

        const QString stored = fixture.platform().trailRecords().first().path;
        const QString record = QStringLiteral("/artifactory/") + trail + u'/'
            + QString(stored).replace(u'%', QStringLiteral("%25"));
        QCOMPARE(http(fixture, "GET", record).status, 200);
        QVERIFY(fixture.arm(
            QJsonObject { { QStringLiteral("path"), QStringLiteral("/artifactory/{repo}/{path...}") },
                          { QStringLiteral("method"), QStringLiteral("GET") },
                          { QStringLiteral("fault"), QStringLiteral("status") },
                          { QStringLiteral("status"), 403 } }));
        QCOMPARE(http(fixture, "GET", record).status, 403);
        QCOMPARE(http(fixture, "GET", record).status, 200);
        QCOMPARE(fixture.platform().requests().count(QStringLiteral("GET /artifactory/{repo}/{path...}")), 3);
    }

    void tagDetailKnob()
    {
        DemoPlatform::Options options = DemoFixture::defaultOptions();
        DemoFixture with(options);
        QVERIFY(with.start());
        options.tagDetailEndpoint = false;
        DemoFixture without(options);
        QVERIFY(without.start());
        const QString digest =
            without.platform().withDataset([](const DemoDataset &d) { return d.digest(3); });
        QVERIFY(!digest.isEmpty());
        const QString detail = QStringLiteral("/runtime/api/v1/images/tags/") + digest;
        QCOMPARE(http(with, "GET", detail).status, 200);
        const Reply gone = http(without, "GET", detail);
        const Reply unknown = http(without, "GET", QStringLiteral("/runtime/api/v1/no/such/endpoint"));
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.body, unknown.body);
        QCOMPARE(gone.contentType, unknown.contentType);
        QCOMPARE(
            http(without, "GET", detail, {}, {}, false).status,
            http(without, "GET", QStringLiteral("/runtime/api/v1/no/such/endpoint"), {}, {}, false).status);
        QCOMPARE(
            http(without, "POST", QStringLiteral("/runtime/api/v1/images/tags"), "{}", "application/json")
                .status,
            200);
    }

    // Every record is one the collector would write for a row the platform lists (its owners as the
    // listing says), under a path whose segments name the record's values; rows without workloads have
    // none; about 5% of running rows have none; times spread over the 21 days before start, with ties.
    void premadeTrailMatchesTheListing()
    {
        DemoPlatform::Options options = DemoFixture::defaultOptions();
        options.tags = 1000;
        DemoFixture fixture(options);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(fixture.start());
        const QList<QJsonObject> rows = listing(fixture);
        QCOMPARE(rows.size(), 1000);
        const auto expected = recordable(rows);
        const QList<DemoTrailRecord> records = fixture.platform().trailRecords();
        QCOMPARE(fixture.platform().trailRecordCount(), records.size());
        QVERIFY(records.size() > 500);

        static const QRegularExpression isoMs(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        QSet<QString> seen;
        QHash<qint64, int> perTime;
        for (const DemoTrailRecord &r : records) {
            QJsonParseError parseError;
            const QJsonObject record = QJsonDocument::fromJson(r.json, &parseError).object();
            QVERIFY2(parseError.error == QJsonParseError::NoError, r.json.constData());
            QCOMPARE(record.value(QLatin1StringView("schema")).toString(),
                     QStringLiteral("runtime-desk.owner-trail"));
            QCOMPARE(record.value(QLatin1StringView("version")).toInt(), 1);
            QCOMPARE(record.value(QLatin1StringView("change_type")).toString(), QStringLiteral("workload"));
            const QJsonObject workload = record.value(QLatin1StringView("workload")).toObject();
            const QString id = identity(record, workload);
            QVERIFY2(expected.contains(id), qPrintable(r.path));
            seen.insert(id);
            const QJsonObject row = expected.value(id).first;
            // The owners are what the platform says about that row.
            QCOMPARE(record.value(QLatin1StringView("deployed_by")),
                     row.contains(QLatin1StringView("deployed_by"))
                         ? row.value(QLatin1StringView("deployed_by"))
                         : QJsonValue());
            QCOMPARE(record.value(QLatin1StringView("build_info")),
                     row.contains(QLatin1StringView("build_info"))
                         ? row.value(QLatin1StringView("build_info"))
                         : QJsonValue());
            for (const char *key : { "registry", "repository_path", "name", "tag", "architecture" })
                QCOMPARE(record.value(QLatin1StringView(key)), row.value(QLatin1StringView(key)));
            QCOMPARE(record.value(QLatin1StringView("digest")).toString(),
                     row.value(QLatin1StringView("image_digest")).toString());

            // The layout, read back from the path alone.
            QVERIFY2(r.path.endsWith(QLatin1StringView(".json")), qPrintable(r.path));
            const QStringList segments = r.path.chopped(5).split(u'/');
            QStringList values { QStringLiteral("v1") };
            if (row.value(QLatin1StringView("image_digest")).toString().isEmpty()) {
                values << QStringLiteral("no-digest");
                for (const char *key : { "registry", "repository_path", "name", "tag", "architecture" })
                    values << row.value(QLatin1StringView(key)).toString();
            } else {
                values << QStringLiteral("sha256") << row.value(QLatin1StringView("image_digest")).toString()
                       << row.value(QLatin1StringView("tag")).toString();
            }
            for (const char *key : { "cluster", "namespace", "name" })
                values << workload.value(QLatin1StringView(key)).toString();
            QCOMPARE(segments.size(), values.size());
            for (qsizetype i = 0; i < segments.size(); ++i)
                QVERIFY2(segmentNames(segments[i], values[i]), qPrintable(r.path));

            const QString recordedAt = record.value(QLatin1StringView("recorded_at")).toString();
            QVERIFY2(isoMs.match(recordedAt).hasMatch(), qPrintable(recordedAt));
            QVERIFY(ms(recordedAt) <= r.modifiedMs && r.createdMs <= r.modifiedMs);
            QVERIFY(r.modifiedMs >= started - DemoTrail::days * 24LL * 3600 * 1000
                    && r.modifiedMs <= started + 60000);
            ++perTime[r.modifiedMs];
        }
        QCOMPARE(seen.size(), records.size()); // one record per row and workload

        // Whole rows are seen or not; rows without workloads never are.
        int running = 0;
        int unseen = 0;
        for (const QJsonObject &row : rows) {
            const QJsonArray workloads = row.value(QLatin1StringView("workloads")).toArray();
            int recorded = 0;
            for (const QJsonValue &w : workloads)
                recorded += seen.contains(identity(row, w.toObject()));
            if (workloads.isEmpty())
                continue;
            ++running;
            QVERIFY(recorded == 0 || recorded == workloads.size());
            unseen += recorded == 0;
        }
        QVERIFY2(
            unseen >= running * 2 / 100 && unseen <= running * 9 / 100,
            qPrintable(QStringLiteral("%1 of %2 running rows without a record").arg(unseen).arg(running)));
        const qsizetype ties = std::count_if(perTime.cbegin(), perTime.cend(), [](int n) { return n > 1; });
        QVERIFY2(ties > 0 && perTime.size() > records.size() / 2,
                 qPrintable(QStringLiteral("%1 distinct times, %2 shared").arg(perTime.size()).arg(ties)));

        // A reader paging by the documented cursor ($gte the last modified, skipping the items at that
        // time already read) gets every record once, in order, and the bytes by GET.
        QStringList read;
        QString cursor = QStringLiteral("1970-01-01T00:00:00.000Z");
        int atCursor = 0;
        for (int pages = 0; pages < 1000; ++pages) {
            const Reply page = aql(
                fixture, sortedQuery(trail, QStringLiteral("{\"$gte\":\"%1\"}").arg(cursor), atCursor, 97));
            QCOMPARE(page.status, 200);
            const QJsonArray items = results(page);
            for (const QJsonValue &v : items) {
                const QString modified = v[QLatin1StringView("modified")].toString();
                atCursor = modified == cursor ? atCursor + 1 : 1;
                cursor = modified;
            }
            read += paths(items);
            if (items.size() < 97)
                break;
        }
        QStringList all;
        for (const DemoTrailRecord &r : records)
            all.append(r.path);
        QCOMPARE(read.size(), all.size());
        QCOMPARE(QSet<QString>(read.cbegin(), read.cend()).size(), all.size());
        QCOMPARE(QSet<QString>(read.cbegin(), read.cend()), QSet<QString>(all.cbegin(), all.cend()));
        const DemoTrailRecord &sample = records.at(records.size() / 2);
        const Reply got = http(fixture, "GET",
                               QStringLiteral("/artifactory/") + trail + u'/'
                                   + QString(sample.path).replace(u'%', QStringLiteral("%25")));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, sample.json);
    }

    void trailIsDeterministic()
    {
        const qint64 end = ms(QStringLiteral("2026-12-07T12:00:00.000Z"));
        const DemoDataset one(7, 400);
        const DemoDataset two(7, 400);
        const QList<DemoTrailRecord> a = DemoTrail::generate(one, end);
        const QList<DemoTrailRecord> b = DemoTrail::generate(two, end);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].path, b[i].path);
            QCOMPARE(a[i].json, b[i].json);
            QCOMPARE(a[i].modifiedMs, b[i].modifiedMs);
        }
        const QList<DemoTrailRecord> other = DemoTrail::generate(DemoDataset(8, 400), end);
        QVERIFY(other.size() != a.size() || other.first().json != a.first().json);
    }

    void noOwnerTrail()
    {
        DemoPlatform::Options options = DemoFixture::defaultOptions();
        options.ownerTrail = false;
        DemoFixture fixture(options);
        QVERIFY(fixture.start());
        QCOMPARE(fixture.platform().trailRecordCount(), 0);
        QCOMPARE(http(fixture, "GET", QStringLiteral("/artifactory/api/repositories/") + trail).status, 400);
        QCOMPARE(results(aql(fixture, sortedQuery(trail))), QJsonArray());
        fixture.platform().advance();
        QCOMPARE(fixture.platform().trailRecordCount(), 0);
    }

    // After advance(), the rows that changed or appeared have records (one per workload) modified
    // after everything before; nothing else moved; $gt the old newest time finds exactly those.
    void advanceAddsNewerRecords()
    {
        DemoPlatform::Options options = DemoFixture::defaultOptions();
        options.tags = 1000;
        DemoFixture fixture(options);
        QVERIFY(fixture.start());
        QHash<QString, DemoTrailRecord> before;
        qint64 newest = 0;
        for (const DemoTrailRecord &r : fixture.platform().trailRecords()) {
            before.insert(r.path, r);
            newest = std::max(newest, r.modifiedMs);
        }
        const QList<QJsonObject> rowsBefore = listing(fixture);
        QSet<QByteArray> unchanged;
        for (const QJsonObject &row : rowsBefore)
            unchanged.insert(QJsonDocument(row).toJson(QJsonDocument::Compact));

        const DemoDataset::AdvanceStats stats = fixture.platform().advance();
        QVERIFY(stats.changed + stats.added > 0);
        const QList<QJsonObject> rows = listing(fixture);
        QSet<QString> expected; // the records of the rows the listing shows changed or new
        for (const QJsonObject &row : rows) {
            if (unchanged.contains(QJsonDocument(row).toJson(QJsonDocument::Compact)))
                continue;
            for (const QJsonValue &w : row.value(QLatin1StringView("workloads")).toArray())
                expected.insert(identity(row, w.toObject()));
        }
        QVERIFY(!expected.isEmpty());
        const auto current = recordable(rows);

        QSet<QString> written;
        QStringList newer;
        for (const DemoTrailRecord &r : fixture.platform().trailRecords()) {
            const auto was = before.constFind(r.path);
            if (r.modifiedMs <= newest) {
                QVERIFY2(was != before.cend() && was->json == r.json && was->modifiedMs == r.modifiedMs,
                         qPrintable(r.path));
                continue;
            }
            newer.append(r.path);
            const QJsonObject record = QJsonDocument::fromJson(r.json).object();
            const QString id = identity(record, record.value(QLatin1StringView("workload")).toObject());
            written.insert(id);
            QVERIFY2(current.contains(id), qPrintable(r.path));
            const QJsonObject &row = current.value(id).first;
            QCOMPARE(record.value(QLatin1StringView("deployed_by")),
                     row.contains(QLatin1StringView("deployed_by"))
                         ? row.value(QLatin1StringView("deployed_by"))
                         : QJsonValue());
            QCOMPARE(record.value(QLatin1StringView("build_info")),
                     row.contains(QLatin1StringView("build_info"))
                         ? row.value(QLatin1StringView("build_info"))
                         : QJsonValue());
            QCOMPARE(ms(record.value(QLatin1StringView("recorded_at")).toString()), r.modifiedMs);
            if (was != before.cend())
                QCOMPARE(r.createdMs, was->createdMs); // replaced, not made again
        }
        QCOMPARE(written, expected);
        // A second sync reads exactly these by $gt the newest time it had.
        const Reply since =
            aql(fixture, sortedQuery(trail, QStringLiteral("{\"$gt\":\"%1\"}").arg(iso(newest))));
        QCOMPARE(since.status, 200);
        QStringList found = paths(results(since));
        found.sort();
        newer.sort();
        QCOMPARE(found, newer);
    }

    // Without the pre-made trail, a deployed and enabled collector writes into the repository its code
    // names; disabled, it writes nothing.
    void advanceWritesForADeployedCollector()
    {
        DemoPlatform::Options options = DemoFixture::defaultOptions();
        options.ownerTrail = false;
        DemoFixture fixture(options);
        QVERIFY(fixture.start());
        DemoPlatform &platform = fixture.platform();
        platform.artifactory().addRepository(QStringLiteral("team.trail_2"));
        DemoWorkersApi::Worker collector;
        collector.key = OwnerTrailWorker::workerKey;
        collector.application = QStringLiteral("runtime");
        collector.action = QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE");
        collector.sourceCode =
            QString::fromUtf8(OwnerTrailWorker::workerSource(QStringLiteral("team.trail_2")));
        collector.enabled = false;
        platform.workers().put(collector);
        platform.advance();
        QCOMPARE(platform.artifactory().itemCount(QStringLiteral("team.trail_2")), 0);
        collector.enabled = true;
        platform.workers().put(collector);
        const DemoDataset::AdvanceStats stats = platform.advance();
        QVERIFY(stats.changed + stats.added > 0);
        QVERIFY(platform.artifactory().itemCount(QStringLiteral("team.trail_2")) > 0);
        QCOMPARE(platform.trailRecordCount(), 0);
        const Reply found = aql(fixture, sortedQuery(QStringLiteral("team.trail_2"), {}, 0, 10));
        QCOMPARE(found.status, 200);
        QVERIFY(!results(found).isEmpty());
    }

    // serve-demo's flags reach the platform, and it tells how many trail records there are.
    void serveDemoFlags()
    {
        QVERIFY2(QFileInfo::exists(TestEnvironment::cliPath()),
                 "RD_CLI must name the built runtime-desk-cli");
        // What it prints, stdout and stderr together, until the trail's line.
        auto serve = [](const QStringList &flags, QByteArray *printed) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(
                TestEnvironment::cliPath(),
                QStringList { QStringLiteral("serve-demo"), QStringLiteral("--tags"), QStringLiteral("60") }
                    + flags);
            while (!printed->contains("serve-demo: owner trail:") && process.waitForReadyRead(20000))
                *printed += process.readAll();
            process.terminate(); // SIGTERM: it stops cleanly
            process.waitForFinished(20000);
            *printed += process.readAll();
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QByteArray out;
        QCOMPARE(serve({}, &out), 0);
        static const QRegularExpression count(
            QStringLiteral("serve-demo: owner trail: (\\d+) records in runtime-desk-trail\n"));
        const QRegularExpressionMatch match = count.match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch() && match.captured(1).toInt() > 0, out.constData());
        QVERIFY2(out.contains("serve-demo: shapes: 60 rows"), out.constData());
        QVERIFY2(!out.contains("knobs:"), out.constData());

        out.clear();
        QCOMPARE(serve({ QStringLiteral("--no-tag-detail"), QStringLiteral("--no-owner-trail"),
                         QStringLiteral("--no-artifactory-admin") },
                       &out),
                 0);
        QVERIFY2(out.contains("serve-demo: owner trail: off\n"), out.constData());
        QVERIFY2(out.contains("  knobs: no image-tag detail endpoint, no owner trail, the token is not an "
                              "Artifactory admin\n"),
                 out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDemoArtifactory)
#include "tst_demoartifactory.moc"
