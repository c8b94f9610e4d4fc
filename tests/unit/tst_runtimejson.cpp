#include "inputlimits.h"
#include "runtimejson.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// The tolerant JSON codecs of the Runtime API: the documented examples, every CONFLICT variant,
// the structural limits at the boundary, and hostile input.
class TestRuntimeJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void imageTagsExample();
    void imageTagsConflictVariants_data();
    void imageTagsConflictVariants();
    void imageTagDetailAssumed();
    void everyRowOfATagIsItsOwn_data();
    void everyRowOfATagIsItsOwn();
    void workloadsExample();
    void workloadsConflictVariants_data();
    void workloadsConflictVariants();
    void clustersExample();
    void clustersConflictVariants_data();
    void clustersConflictVariants();
    void clusterDetail_data();
    void clusterDetail();
    void workloadChangedEvent();

    void roundTrip_data();
    void roundTrip();
    void workloadAndClusterRoundTrip();

    void textFieldLimit_data();
    void textFieldLimit();
    void tagLengthLimit();
    void itemsPerPageLimit();
    void vulnerabilitiesLimit();
    void listPerTagLimit();

    void unusableBodies_data();
    void unusableBodies();
    void hugeAndOddNumbers_data();
    void hugeAndOddNumbers();
    void controlAndBidiCharactersKeptVerbatim();
    void nextKey_data();
    void nextKey();
    void rowsMissingRequiredFieldsAreRejectedAlone();
    void nestingDepthLimit();
};

namespace {

QByteArray fixture(const QString &name)
{
    return TestEnvironment::readData(QStringLiteral("api/") + name);
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

Page<ImageTag> imageTagsPage(const QByteArray &body)
{
    QString error;
    const auto page = RuntimeJson::parseImageTagsPage(body, &error);
    if (!page)
        qWarning("unexpected parse failure: %s", qPrintable(error));
    return page.value_or(Page<ImageTag> {});
}

QByteArray pageOf(const QJsonArray &items, const QString &arrayKey = QStringLiteral("image_tags"))
{
    return QJsonDocument(QJsonObject { { arrayKey, items },
                                       { QStringLiteral("pagination"),
                                         QJsonObject { { QStringLiteral("limit"), 100 } } } })
        .toJson(QJsonDocument::Compact);
}

// The image tag of the 3.2 example, written out by hand from the document.
ImageTag expectedExampleTag()
{
    ImageTag t;
    t.name = QStringLiteral("demo-security");
    t.tag = QStringLiteral("latest");
    t.architecture = QStringLiteral("arm64");
    t.registry = QStringLiteral("jfrog.com");
    t.repositoryPath = QStringLiteral("docker-local/jfrog");
    t.digest = QStringLiteral("35c2979c963e316314dee20bd3fadb197166f687567174d8c098a01ea29e96f2");
    t.runtimeStatus = QStringLiteral("running");
    t.scaScanned = true;
    t.rawRisks = { QStringLiteral("critical_applicable_cves"), QStringLiteral("malicious") };
    t.risks = Risks(Risk::CriticalApplicableCves) | Risk::Malicious;
    Vulnerability v;
    v.cveId = QStringLiteral("CVE-2013-7459");
    v.xrayId = QStringLiteral("XRAY-84306");
    v.severity = Severity::Critical;
    v.cvssV2 = QStringLiteral("7.5");
    v.cvssV3 = QStringLiteral("9.8");
    v.applicability = QStringLiteral("not_applicable");
    v.components = { Component { QStringLiteral("pypi://pycrypto:2.6.1"), QStringLiteral("pycrypto"),
                                 QStringLiteral("2.6.1") } };
    t.vulnerabilities = { v };
    t.maliciousPackages = { MaliciousPackage {
        QStringLiteral("XRAY-198184"),
        { Component { QStringLiteral("pypi://ecopower:1.3"), QStringLiteral("ecopower"),
                      QStringLiteral("1.3") } } } };
    t.workloads = { WorkloadRef { QStringLiteral("demosecurity"), QStringLiteral("production"),
                                  QStringLiteral("runtime-cluster") } };
    return t;
}

Workload expectedExampleWorkload()
{
    Workload w;
    w.name = QStringLiteral("demo-security");
    w.nameSpace = QStringLiteral("my-namespace");
    w.cluster = QStringLiteral("my-cluster");
    w.runtimeStatus = QStringLiteral("running");
    w.nodes = { QStringLiteral("10-0-0-1"), QStringLiteral("10-0-0-2") };
    w.architecture = QStringLiteral("amd64");
    w.rawRisks = { QStringLiteral("critical_applicable_cves") };
    w.risks = Risk::CriticalApplicableCves;
    w.vulnerabilitiesCount = 1;
    w.processes = fixtureObject(QStringLiteral("list-workloads.json"))
                      .value(QLatin1StringView("workloads"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(QLatin1StringView("processes"))
                      .toArray();
    return w;
}

Cluster expectedExampleCluster()
{
    Cluster c;
    c.id = QStringLiteral("2");
    c.name = QStringLiteral("z0runtime");
    c.provider = QStringLiteral("kubernetes");
    c.monitoredAt = QStringLiteral("2024-12-25T12:28:13.438479Z");
    c.controllerStatus = QStringLiteral("running");
    c.controllerVersion = QStringLiteral("0.0.0");
    c.nodesCount = 4;
    c.runningNodesCount = 4;
    return c;
}

ClusterNode expectedExampleNode()
{
    ClusterNode n;
    n.id = QStringLiteral("10");
    n.name = QStringLiteral("ip-10-90-99-192");
    n.hostname = QStringLiteral("ip-10-90-99-192");
    n.architecture = QStringLiteral("amd64");
    n.internalIp = QStringLiteral("10.90.99.192");
    n.status = QStringLiteral("running_with_sensors");
    n.sensorInstalled = true;
    n.sensorVersion = QStringLiteral("0.0.0-20241224065042-65402c9bec33-43");
    return n;
}

// A copy of `root` with the value at `path` replaced ("vulnerabilities/0/cve_id").
QJsonValue replaced(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = step.toInt();
        array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    object[step] = replaced(object.value(step), path, value);
    return object;
}

QJsonObject minimalTag(int i)
{
    return QJsonObject { { QStringLiteral("name"), QStringLiteral("image-%1").arg(i) },
                         { QStringLiteral("tag"), QStringLiteral("v%1").arg(i) } };
}

} // namespace

void TestRuntimeJson::imageTagsExample()
{
    QString error;
    const auto page =
        RuntimeJson::parseImageTagsPage(fixture(QStringLiteral("list-image-tags.json")), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first(), expectedExampleTag());
    QCOMPARE(page->nextKey, QStringLiteral("1"));
    QCOMPARE(page->totalCount, std::optional<qint64>(38));
    QVERIFY(page->rejected.isEmpty());

    const ImageTag &t = page->items.first();
    QCOMPARE(t.maxSeverity(), Severity::Critical);
    QCOMPARE(t.criticalApplicableCount(), 0); // Critical but not_applicable
    QCOMPARE(t.clusters(), QStringList { QStringLiteral("runtime-cluster") });
    QCOMPARE(t.reference(), QStringLiteral("demo-security:latest"));
    QVERIFY(!t.deployedBy && !t.buildInfo && !t.registryTrusted && !t.integrity);
}

void TestRuntimeJson::imageTagsConflictVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("withoutDigest");
    QTest::addColumn<bool>("withoutMalicious");
    QTest::newRow("images_tags") << QStringLiteral("list-image-tags.images_tags.json") << false << false;
    QTest::newRow("component_id") << QStringLiteral("list-image-tags.component_id.json") << false << false;
    QTest::newRow("image_digest missing")
        << QStringLiteral("list-image-tags.no-image-digest.json") << true << false;
    QTest::newRow("malicious_packages null")
        << QStringLiteral("list-image-tags.malicious-null.json") << false << true;
}

void TestRuntimeJson::imageTagsConflictVariants()
{
    QFETCH(QString, file);
    QFETCH(bool, withoutDigest);
    QFETCH(bool, withoutMalicious);

    const Page<ImageTag> canonical = imageTagsPage(fixture(QStringLiteral("list-image-tags.json")));
    QString error;
    const auto variant = RuntimeJson::parseImageTagsPage(fixture(file), &error);
    QVERIFY2(variant, qPrintable(error));
    QCOMPARE(variant->items.size(), 1);

    // The variant carries the same tag; only what it leaves out may differ.
    ImageTag expected = canonical.items.first();
    if (withoutDigest)
        expected.digest.clear();
    if (withoutMalicious)
        expected.maliciousPackages.clear();
    QCOMPARE(variant->items.first(), expected);
    QCOMPARE(variant->nextKey, canonical.nextKey);
    QCOMPARE(variant->totalCount, canonical.totalCount);
    QVERIFY(variant->rejected.isEmpty());
}

void TestRuntimeJson::imageTagDetailAssumed()
{
    QString error;
    const auto detail =
        RuntimeJson::parseImageTagDetail(fixture(QStringLiteral("image-tag-detail.assumed.json")), &error);
    QVERIFY2(detail, qPrintable(error));
    ImageTag expected = expectedExampleTag();
    expected.deployedBy = QStringLiteral("jenkins-user");
    expected.buildInfo = BuildInfo { QStringLiteral("devops-team"), QStringLiteral("frontend-service"),
                                     QStringLiteral("456"), QStringLiteral("jfrog-artifactory") };
    expected.registryTrusted = false;
    expected.integrity = IntegrityInfo { QStringLiteral("violation"), QStringLiteral("digest_mismatch"),
                                         QStringLiteral("Critical"), QStringLiteral("sha256:\u2026"),
                                         QStringLiteral("sha256:\u2026") };
    expected.cloudProviders = { QStringLiteral("aws") };
    QCOMPARE(*detail, expected);
}

void TestRuntimeJson::workloadsExample()
{
    QString error;
    const auto page = RuntimeJson::parseWorkloadsPage(fixture(QStringLiteral("list-workloads.json")), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->items.size(), 1);
    const Workload &w = page->items.first();
    QCOMPARE(w, expectedExampleWorkload());
    QCOMPARE(w.processes.size(), 1);
    QCOMPARE(w.processes.at(0).toObject().value(QLatin1StringView("path")).toString(),
             QStringLiteral("/bin/my-process"));
    QCOMPARE(page->nextKey, QStringLiteral("87319827319827"));
    QCOMPARE(page->totalCount, std::optional<qint64>(105));
    QVERIFY(page->rejected.isEmpty());
}

void TestRuntimeJson::workloadsConflictVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("total_count at the top level")
        << QStringLiteral("list-workloads.total-count-top-level.json");
    QTest::newRow("architectures and Processes") << QStringLiteral("list-workloads.rd-spellings.json");
}

void TestRuntimeJson::workloadsConflictVariants()
{
    QFETCH(QString, file);
    QString error;
    const auto canonical =
        RuntimeJson::parseWorkloadsPage(fixture(QStringLiteral("list-workloads.json")), &error);
    QVERIFY2(canonical, qPrintable(error));
    const auto variant = RuntimeJson::parseWorkloadsPage(fixture(file), &error);
    QVERIFY2(variant, qPrintable(error));
    QCOMPARE(variant->items, canonical->items);
    QCOMPARE(variant->nextKey, canonical->nextKey);
    QCOMPARE(variant->totalCount, std::optional<qint64>(105));
    QVERIFY(variant->rejected.isEmpty());
}

void TestRuntimeJson::clustersExample()
{
    QString error;
    const auto page = RuntimeJson::parseClustersPage(fixture(QStringLiteral("list-clusters.json")), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first(), expectedExampleCluster());
    QVERIFY(page->nextKey.isEmpty()); // pagination has only "limit": the last page
    QCOMPARE(page->totalCount, std::optional<qint64>(1));
}

void TestRuntimeJson::clustersConflictVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("string id") << QStringLiteral("list-clusters.string-id.json");
}

void TestRuntimeJson::clustersConflictVariants()
{
    QFETCH(QString, file);
    QString error;
    const auto variant = RuntimeJson::parseClustersPage(fixture(file), &error);
    QVERIFY2(variant, qPrintable(error));
    QCOMPARE(variant->items, QList<Cluster> { expectedExampleCluster() });
    QCOMPARE(variant->totalCount, std::optional<qint64>(1));
}

void TestRuntimeJson::clusterDetail_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("integer id") << QStringLiteral("cluster-detail.json");
    QTest::newRow("string id") << QStringLiteral("cluster-detail.string-id.json");
}

void TestRuntimeJson::clusterDetail()
{
    QFETCH(QString, file);
    QString error;
    const auto cluster = RuntimeJson::parseClusterDetail(fixture(file), &error);
    QVERIFY2(cluster, qPrintable(error));
    Cluster expected = expectedExampleCluster();
    expected.nodes = { expectedExampleNode() };
    QCOMPARE(*cluster, expected);

    // The bare node example reads the same through a cluster wrapper.
    const QJsonObject wrapped { { QStringLiteral("id"), 2 },
                                { QStringLiteral("nodes"),
                                  QJsonArray { fixtureObject(QStringLiteral("cluster-node.json")) } } };
    const auto fromNode = RuntimeJson::clusterFromJson(wrapped, &error);
    QVERIFY2(fromNode, qPrintable(error));
    QCOMPARE(fromNode->nodes, QList<ClusterNode> { expectedExampleNode() });
}

void TestRuntimeJson::workloadChangedEvent()
{
    const QJsonObject event =
        QJsonDocument::fromJson(
            TestEnvironment::readData(QStringLiteral("events/workload-changed-event.json")))
            .object();
    QVERIFY(!event.isEmpty());
    QString error;

    const auto tag = RuntimeJson::imageTagFromJson(
        event.value(QLatin1StringView("image_tags_object")).toArray().at(0).toObject(), &error);
    QVERIFY2(tag, qPrintable(error));
    QCOMPARE(tag->name, QStringLiteral("frontend-image"));
    QCOMPARE(tag->tag, QStringLiteral("v1.2.3"));
    QCOMPARE(tag->registry, QStringLiteral("docker.io"));
    QCOMPARE(tag->repositoryPath, QStringLiteral("company/frontend"));
    QCOMPARE(tag->architecture, QStringLiteral("amd64"));
    QCOMPARE(tag->digest,
             QStringLiteral("bce40a2025d450f7865c5ec6f1ebea13108166f81fe41462069690cb4d96c00f")); // "sha256"
    QCOMPARE(tag->risks, Risks(Risk::CriticalApplicableCves));
    QCOMPARE(tag->rawRisks, QStringList { QStringLiteral("critical_and_applicable_cves") });
    QCOMPARE(tag->vulnerabilities.size(), 1);
    const Vulnerability &v = tag->vulnerabilities.first();
    QCOMPARE(v.cveId, QStringLiteral("CVE-2024-1234"));
    QCOMPARE(v.xrayId, QStringLiteral("XRAY-2024-001"));
    QCOMPARE(v.severity, Severity::Critical);
    QCOMPARE(v.cvssV2, QStringLiteral("6.5"));
    QCOMPARE(v.cvssV3, QStringLiteral("8.2"));
    QCOMPARE(v.applicability, QStringLiteral("applicable"));
    QCOMPARE(v.packageType, QStringLiteral("npm"));
    const QList<Component> lodash { Component { QStringLiteral("npm:lodash"), QStringLiteral("lodash"),
                                                QStringLiteral("4.17.21") } };
    QCOMPARE(v.components, lodash);
    QCOMPARE(tag->criticalApplicableCount(), 1);
    QVERIFY(tag->maliciousPackages.isEmpty()); // null
    QCOMPARE(tag->deployedBy, std::optional<QString>(QStringLiteral("jenkins-user")));
    const BuildInfo build { QStringLiteral("devops-team"), QStringLiteral("frontend-service"),
                            QStringLiteral("456"), QStringLiteral("jfrog-artifactory") };
    QCOMPARE(tag->buildInfo, std::optional<BuildInfo>(build));

    const auto workload = RuntimeJson::workloadFromJson(
        event.value(QLatin1StringView("workload_changed_object")).toObject(), &error);
    QVERIFY2(workload, qPrintable(error));
    QCOMPARE(workload->name, QStringLiteral("frontend-service"));
    QCOMPARE(workload->nameSpace, QStringLiteral("production"));
    QCOMPARE(workload->cluster, QStringLiteral("production-euc1"));
    QCOMPARE(workload->nodes, QStringList({ QStringLiteral("node-1"), QStringLiteral("node-2") }));
    QCOMPARE(workload->risks, Risks(Risk::UntrustedRegistry) | Risk::CriticalApplicableCves);
    QCOMPARE(workload->vulnerabilitiesCount, 5);
}

void TestRuntimeJson::roundTrip_data()
{
    QTest::addColumn<ImageTag>("tag");

    QTest::newRow("list example") << expectedExampleTag();

    ImageTag detail = expectedExampleTag();
    detail.deployedBy = QStringLiteral("jenkins-user");
    detail.buildInfo = BuildInfo { QStringLiteral("devops-team"), QStringLiteral("frontend-service"),
                                   QStringLiteral("456"), QStringLiteral("jfrog-artifactory") };
    detail.registryTrusted = true;
    detail.integrity = IntegrityInfo { QStringLiteral("violation"), QStringLiteral("digest_mismatch"),
                                       QStringLiteral("Critical"), QStringLiteral("sha256:aa"),
                                       QStringLiteral("sha256:bb") };
    detail.cloudProviders = { QStringLiteral("aws"), QStringLiteral("gcp") };
    detail.vulnerabilities.first().packageType = QStringLiteral("pypi");
    QTest::newRow("with every detail field") << detail;

    ImageTag empties = expectedExampleTag();
    empties.deployedBy = QString();
    empties.buildInfo = BuildInfo {};
    empties.registryTrusted = false;
    empties.integrity = IntegrityInfo {};
    QTest::newRow("detail fields present but empty") << empties;

    ImageTag bare;
    bare.name = QStringLiteral("n");
    bare.tag = QStringLiteral("t");
    QTest::newRow("only name and tag") << bare;

    ImageTag odd = expectedExampleTag();
    odd.name = QStringLiteral("na\u0000me\u200f\u202e");
    odd.rawRisks.append(QStringLiteral("some_future_risk"));
    odd.vulnerabilities.first().severity = Severity::Unknown;
    odd.vulnerabilities.first().components.clear();
    QTest::newRow("control characters, unknown risk and severity") << odd;
}

void TestRuntimeJson::roundTrip()
{
    QFETCH(ImageTag, tag);
    QString error;
    const auto back = RuntimeJson::imageTagFromJson(RuntimeJson::toJson(tag), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, tag);

    // Through bytes as well, as the cache stores it.
    const QByteArray bytes = QJsonDocument(RuntimeJson::toJson(tag)).toJson(QJsonDocument::Compact);
    const auto fromBytes = RuntimeJson::parseImageTagDetail(bytes, &error);
    QVERIFY2(fromBytes, qPrintable(error));
    QCOMPARE(*fromBytes, tag);
}

void TestRuntimeJson::workloadAndClusterRoundTrip()
{
    QString error;
    const Workload workload = expectedExampleWorkload();
    const auto w = RuntimeJson::workloadFromJson(RuntimeJson::toJson(workload), &error);
    QVERIFY2(w, qPrintable(error));
    QCOMPARE(*w, workload);

    Cluster cluster = expectedExampleCluster();
    cluster.regions = { QStringLiteral("eu-central-1") };
    cluster.failedNodesCount = 1;
    cluster.failedToInstallNodesCount = 2;
    cluster.disabledNodesCount = 3;
    cluster.nodes = { expectedExampleNode() };
    const auto c = RuntimeJson::clusterFromJson(RuntimeJson::toJson(cluster), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(*c, cluster);
}

void TestRuntimeJson::textFieldLimit_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path :
         { "name", "registry", "repository_path", "image_digest", "architecture", "runtime_status", "risks/0",
           "vulnerabilities/0/cve_id", "vulnerabilities/0/cvss_v3", "vulnerabilities/0/components/0/name",
           "malicious_packages/0/xray_id", "malicious_packages/0/components/0/id", "workloads/0/cluster",
           "deployed_by", "build_info/build_owner", "integrity/runtime_digest", "cloud_providers/0" })
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestRuntimeJson::textFieldLimit()
{
    QFETCH(QString, path);
    const QJsonObject detail = fixtureObject(QStringLiteral("image-tag-detail.assumed.json"));
    const QStringList steps = path.split(u'/');

    for (qsizetype length : { Limits::maxTextField, Limits::maxTextField + 1 }) {
        const QJsonValue changed = replaced(detail, steps, QString(length, u'x'));
        const Page<ImageTag> page = imageTagsPage(pageOf(QJsonArray { detail, changed, detail }));
        if (length == Limits::maxTextField) {
            QCOMPARE(page.items.size(), 3);
            QVERIFY(page.rejected.isEmpty());
            QVERIFY(RuntimeJson::toJson(page.items.at(1)) != RuntimeJson::toJson(page.items.at(0)));
        } else {
            // Only the row with the long field goes; the rest of the page is kept.
            QCOMPARE(page.items.size(), 2);
            QCOMPARE(page.rejected.size(), 1);
            QVERIFY2(page.rejected.first().startsWith(QStringLiteral("row 1:")),
                     qPrintable(page.rejected.first()));
            QVERIFY2(page.rejected.first().contains(QStringLiteral("4096")),
                     qPrintable(page.rejected.first()));
        }
    }
}

void TestRuntimeJson::tagLengthLimit()
{
    const QJsonObject atLimit { { QStringLiteral("name"), QStringLiteral("image") },
                                { QStringLiteral("tag"), QString(Limits::maxTagLength, u't') } };
    QJsonObject overLimit = atLimit;
    overLimit[QStringLiteral("tag")] = QString(Limits::maxTagLength + 1, u't');
    QCOMPARE(Limits::maxTagLength, 128);

    const Page<ImageTag> page = imageTagsPage(pageOf(QJsonArray { atLimit, overLimit }));
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().tag.size(), 128);
    QCOMPARE(page.rejected.size(), 1);
    QVERIFY2(page.rejected.first().startsWith(QStringLiteral("row 1:"))
                 && page.rejected.first().contains(u"\"tag\""),
             qPrintable(page.rejected.first()));
}

void TestRuntimeJson::itemsPerPageLimit()
{
    QCOMPARE(Limits::maxItemsPerPage, 200);
    QJsonArray items;
    for (int i = 0; i < Limits::maxItemsPerPage; ++i)
        items.append(minimalTag(i));
    QString error;
    const auto full = RuntimeJson::parseImageTagsPage(pageOf(items), &error);
    QVERIFY2(full, qPrintable(error));
    QCOMPARE(full->items.size(), 200);

    items.append(minimalTag(200));
    const auto over = RuntimeJson::parseImageTagsPage(pageOf(items), &error);
    QVERIFY(!over);
    QCOMPARE(error, QStringLiteral("the page has 201 items, more than the limit of 200"));

    // The same cap for workloads and clusters.
    QJsonArray workloads;
    for (int i = 0; i <= Limits::maxItemsPerPage; ++i)
        workloads.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("w%1").arg(i) } });
    QVERIFY(!RuntimeJson::parseWorkloadsPage(pageOf(workloads, QStringLiteral("workloads")), &error));
    workloads.removeLast();
    QVERIFY(RuntimeJson::parseWorkloadsPage(pageOf(workloads, QStringLiteral("workloads")), &error));
}

void TestRuntimeJson::vulnerabilitiesLimit()
{
    QCOMPARE(Limits::maxVulnerabilitiesPerTag, 10000);
    const QJsonObject vulnerability { { QStringLiteral("cve_id"), QStringLiteral("CVE-2024-0001") },
                                      { QStringLiteral("severity"), QStringLiteral("High") } };
    QJsonArray vulnerabilities;
    for (int i = 0; i < Limits::maxVulnerabilitiesPerTag; ++i)
        vulnerabilities.append(vulnerability);
    QJsonObject atLimit = minimalTag(0);
    atLimit[QStringLiteral("vulnerabilities")] = vulnerabilities;
    vulnerabilities.append(vulnerability);
    QJsonObject overLimit = minimalTag(1);
    overLimit[QStringLiteral("vulnerabilities")] = vulnerabilities;

    const Page<ImageTag> page = imageTagsPage(pageOf(QJsonArray { atLimit, overLimit, minimalTag(2) }));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(0).vulnerabilities.size(), 10000);
    QCOMPARE(page.items.at(1).name, QStringLiteral("image-2"));
    QCOMPARE(page.rejected.size(), 1);
    QVERIFY2(page.rejected.first().startsWith(QStringLiteral("row 1:"))
                 && page.rejected.first().contains(u"10000"),
             qPrintable(page.rejected.first()));
}

void TestRuntimeJson::listPerTagLimit()
{
    QJsonArray workloads;
    for (int i = 0; i <= Limits::maxListPerTag; ++i)
        workloads.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("w") } });
    QJsonObject over = minimalTag(0);
    over[QStringLiteral("workloads")] = workloads;
    workloads.removeLast();
    QJsonObject at = minimalTag(1);
    at[QStringLiteral("workloads")] = workloads;
    const Page<ImageTag> page = imageTagsPage(pageOf(QJsonArray { over, at }));
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().workloads.size(), Limits::maxListPerTag);
    QCOMPARE(page.rejected.size(), 1);
    QVERIFY(page.rejected.first().startsWith(QStringLiteral("row 0:")));
}

void TestRuntimeJson::unusableBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorStart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed JSON");
    QTest::newRow("truncated") << QByteArray(R"({"image_tags": [{"name": "a", "tag")")
                               << QStringLiteral("malformed JSON");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                          << QStringLiteral("malformed JSON");
    QTest::newRow("trailing garbage")
        << QByteArray(R"({"image_tags": []} x)") << QStringLiteral("malformed JSON");
    QTest::newRow("top-level array") << QByteArray(R"([{"name": "a", "tag": "b"}])")
                                     << QStringLiteral("expected a JSON object");
    QTest::newRow("top-level string") << QByteArray(R"("image_tags")")
                                      << QStringLiteral("expected a JSON object"); // valid JSON, not a page
    QTest::newRow("top-level empty array") << QByteArray("[]") << QStringLiteral("expected a JSON object");
    QTest::newRow("image_tags as a string")
        << QByteArray(R"({"image_tags": "[]"})") << QStringLiteral("\"image_tags\" is not an array");
    QTest::newRow("image_tags as an object")
        << QByteArray(R"({"image_tags": {"name": "a"}})") << QStringLiteral("\"image_tags\" is not an array");
    QTest::newRow("images_tags as a number")
        << QByteArray(R"({"images_tags": 3})") << QStringLiteral("\"images_tags\" is not an array");
    QTest::newRow("no array") << QByteArray(R"({"pagination": {"next_key": "x"}})")
                              << QStringLiteral("the response has no \"image_tags\" array");
    QTest::newRow("image_tags null") << QByteArray(R"({"image_tags": null})")
                                     << QStringLiteral("the response has no \"image_tags\" array");
    QTest::newRow("1e999 in total_count")
        << QByteArray(R"({"image_tags": [], "total_count": 1e999})") << QStringLiteral("malformed JSON");
    QTest::newRow("-1e999 in a row") << QByteArray(
        R"({"image_tags": [{"name": "a", "tag": "b", "x": -1e999}]})")
                                     << QStringLiteral("malformed JSON");
    QTest::newRow("next_key too long")
        << (QByteArray(R"({"image_tags": [], "pagination": {"next_key": ")") + QByteArray(4097, 'k') + "\"}}")
        << QStringLiteral("next_key is longer than 4096 characters");
}

void TestRuntimeJson::unusableBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorStart);
    QString error;
    QVERIFY(!RuntimeJson::parseImageTagsPage(body, &error));
    QVERIFY2(error.startsWith(errorStart), qPrintable(error));
    // A null error pointer is allowed.
    QVERIFY(!RuntimeJson::parseImageTagsPage(body, nullptr));
}

void TestRuntimeJson::hugeAndOddNumbers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<std::optional<qint64>>("totalCount");
    QTest::addColumn<int>("vulnerabilitiesCount");
    const char *row = R"({"name": "w", "vulnerabilities_count": %1})";
    auto page = [row](const char *total, const char *count) -> QByteArray {
        return QByteArray(R"({"workloads": [)") + QByteArray(row).replace("%1", count)
            + R"(], "total_count": )" + total + "}";
    };
    QTest::newRow("ordinary") << page("12", "3") << std::optional<qint64>(12) << 3;
    QTest::newRow("1e300") << page("1e300", "1e300") << std::optional<qint64>() << 0;
    QTest::newRow("negative") << page("-5", "-5") << std::optional<qint64>() << 0;
    QTest::newRow("fraction") << page("2.5", "2.5") << std::optional<qint64>(2) << 2;
    QTest::newRow("as strings") << page(R"("12")", R"("3")") << std::optional<qint64>() << 3;
    QTest::newRow("null") << page("null", "null") << std::optional<qint64>() << 0;
    QTest::newRow("booleans") << page("true", "true") << std::optional<qint64>() << 0;
}

void TestRuntimeJson::hugeAndOddNumbers()
{
    QFETCH(QByteArray, body);
    QFETCH(std::optional<qint64>, totalCount);
    QFETCH(int, vulnerabilitiesCount);
    QString error;
    const auto page = RuntimeJson::parseWorkloadsPage(body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->totalCount, totalCount);
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().vulnerabilitiesCount, vulnerabilitiesCount);
}

void TestRuntimeJson::controlAndBidiCharactersKeptVerbatim()
{
    // U+0000, a right-to-left mark and a right-to-left override: kept as sent, for display code to
    // neutralise.
    const QByteArray body =
        R"({"image_tags": [{"name": "evil\u0000name", "tag": "v1\u200f\u202e", )"
        R"("registry": "r\u202egepj.exe", "workloads": [{"name": "\u0000", "cluster": "c"}]}]})";
    const Page<ImageTag> page = imageTagsPage(body);
    QCOMPARE(page.items.size(), 1);
    const ImageTag &t = page.items.first();
    QCOMPARE(t.name, QString(QStringLiteral("evil") + QChar(0) + QStringLiteral("name")));
    QCOMPARE(t.name.size(), 9);
    QCOMPARE(t.tag, QStringLiteral("v1\u200f\u202e"));
    QCOMPARE(t.registry, QStringLiteral("r\u202egepj.exe"));
    QCOMPARE(t.workloads.first().name, QString(QChar(0)));
}

void TestRuntimeJson::nextKey_data()
{
    QTest::addColumn<QByteArray>("pagination");
    QTest::addColumn<QString>("nextKey");
    QTest::newRow("a key") << QByteArray(R"("pagination": {"next_key": "abc"})") << QStringLiteral("abc");
    QTest::newRow("empty: last page") << QByteArray(R"("pagination": {"next_key": ""})") << QString();
    QTest::newRow("absent: last page") << QByteArray(R"("pagination": {"limit": 10})") << QString();
    QTest::newRow("null: last page") << QByteArray(R"("pagination": {"next_key": null})") << QString();
    QTest::newRow("no pagination: last page") << QByteArray(R"("x": 1)") << QString();
    QTest::newRow("pagination not an object") << QByteArray(R"("pagination": "next")") << QString();
    QTest::newRow("a number") << QByteArray(R"("pagination": {"next_key": 87319827319827})")
                              << QStringLiteral("87319827319827");
    QTest::newRow("at the length limit")
        << (QByteArray(R"("pagination": {"next_key": ")") + QByteArray(4096, 'k') + "\"}")
        << QString(4096, u'k');
}

void TestRuntimeJson::nextKey()
{
    QFETCH(QByteArray, pagination);
    QFETCH(QString, nextKey);
    const QByteArray body = R"({"image_tags": [{"name": "a", "tag": "b"}], )" + pagination + "}";
    QString error;
    const auto page = RuntimeJson::parseImageTagsPage(body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->nextKey, nextKey);
    QCOMPARE(page->items.size(), 1);
}

void TestRuntimeJson::rowsMissingRequiredFieldsAreRejectedAlone()
{
    const QJsonObject good = fixtureObject(QStringLiteral("image-tag-detail.assumed.json"));
    QJsonObject noName = good;
    noName.remove(QStringLiteral("name"));
    QJsonObject noTag = good;
    noTag.remove(QStringLiteral("tag"));
    QJsonObject emptyName = good;
    emptyName[QStringLiteral("name")] = QString();
    QJsonObject objectTag = good;
    objectTag[QStringLiteral("tag")] = QJsonObject {};

    const Page<ImageTag> page = imageTagsPage(
        pageOf(QJsonArray { good, noName, noTag, 42, emptyName, QStringLiteral("x"), objectTag, good }));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.rejected,
             QStringList({ QStringLiteral("row 1: \"name\" is missing or not a string"),
                           QStringLiteral("row 2: \"tag\" is missing or not a string"),
                           QStringLiteral("row 3: not an object"),
                           QStringLiteral("row 4: \"name\" is missing or not a string"),
                           QStringLiteral("row 5: not an object"),
                           QStringLiteral("row 6: \"tag\" is missing or not a string") }));

    // Workloads need a name; clusters need an id or a name.
    const auto workloads = RuntimeJson::parseWorkloadsPage(
        R"({"workloads": [{"name": "w"}, {"namespace": "n"}], "pagination": {}})", nullptr);
    QVERIFY(workloads);
    QCOMPARE(workloads->items.size(), 1);
    QCOMPARE(workloads->rejected,
             QStringList { QStringLiteral("row 1: \"name\" is missing or not a string") });
    const auto clusters = RuntimeJson::parseClustersPage(
        R"({"clusters": [{"id": 7}, {"name": "c"}, {"provider": "k8s"}]})", nullptr);
    QVERIFY(clusters);
    QCOMPARE(clusters->items.size(), 2);
    QCOMPARE(clusters->rejected,
             QStringList { QStringLiteral("row 2: the cluster has neither \"id\" nor \"name\"") });
}

void TestRuntimeJson::nestingDepthLimit()
{
    // 64 levels in all are accepted, 65 are refused before Qt parses anything.
    auto page = [](int extraLevels) -> QByteArray {
        QByteArray inner = "1";
        for (int i = 0; i < extraLevels; ++i)
            inner = "[" + inner + "]";
        // {"image_tags":[],"x":<arrays>} nests 1 (object) + extraLevels.
        return QByteArray(R"({"image_tags":[],"x":)") + inner + "}";
    };
    QString error;
    QVERIFY2(RuntimeJson::parseImageTagsPage(page(63), &error), qPrintable(error));
    QVERIFY(!RuntimeJson::parseImageTagsPage(page(64), &error));
    QCOMPARE(error, QStringLiteral("the JSON nests deeper than 64 levels"));
    // Brackets inside strings do not count.
    QVERIFY(RuntimeJson::parseImageTagsPage(
        QByteArray(R"({"image_tags":[],"x":")") + QByteArray(500, '[') + "\"}", &error));
}

// The shapes real platforms send, in one page: a tag built for two architectures, a re-pushed tag whose old
// digest still runs, one digest under two tags, rows without a digest. The reader keeps every row as sent, in
// order, for both documented array names and both places of total_count.
void TestRuntimeJson::everyRowOfATagIsItsOwn_data()
{
    QTest::addColumn<QString>("arrayKey");
    QTest::addColumn<bool>("countInPagination");
    QTest::newRow("image_tags, total_count at the top") << QStringLiteral("image_tags") << false;
    QTest::newRow("images_tags, total_count in pagination") << QStringLiteral("images_tags") << true;
}

void TestRuntimeJson::everyRowOfATagIsItsOwn()
{
    QFETCH(QString, arrayKey);
    QFETCH(bool, countInPagination);
    const QJsonObject base = fixtureObject(QStringLiteral("list-image-tags.json"))
                                 .value(QLatin1StringView("image_tags"))
                                 .toArray()
                                 .first()
                                 .toObject();
    auto row = [&base](const char *tag, const char *arch, const QString &digest) {
        QJsonObject o = base;
        o.insert(QStringLiteral("tag"), QLatin1StringView(tag));
        o.insert(QStringLiteral("architecture"), QLatin1StringView(arch));
        if (digest.isEmpty())
            o.remove(QStringLiteral("image_digest"));
        else
            o.insert(QStringLiteral("image_digest"), digest);
        return o;
    };
    const QJsonArray rows { row("1.0", "amd64", QString(64, u'1')),
                            row("1.0", "arm64", QString(64, u'2')),
                            row("2.0", "amd64", QString(64, u'3')),
                            row("2.0", "amd64", QString(64, u'4')),
                            row("latest", "amd64", QString(64, u'5')),
                            row("v1.2.3", "amd64", QString(64, u'5')),
                            row("3.0", "amd64", QString()),
                            row("3.0", "arm64", QString()) };
    QJsonObject pagination { { QStringLiteral("limit"), 100 } };
    QJsonObject body { { arrayKey, rows } };
    if (countInPagination)
        pagination.insert(QStringLiteral("total_count"), 9);
    else
        body.insert(QStringLiteral("total_count"), 9);
    body.insert(QStringLiteral("pagination"), pagination);
    const Page<ImageTag> page = imageTagsPage(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(page.items.size(), rows.size());
    QVERIFY(page.rejected.isEmpty());
    QCOMPARE(page.totalCount.value_or(-1), 9); // what the platform says, kept to compare with what came
    QSet<QString> keys;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject sent = rows.at(i).toObject();
        const ImageTag &t = page.items.at(i);
        QCOMPARE(t.tag, sent.value(QLatin1StringView("tag")).toString());
        QCOMPARE(t.architecture, sent.value(QLatin1StringView("architecture")).toString());
        QCOMPARE(t.digest, sent.value(QLatin1StringView("image_digest")).toString()); // absent: empty
        keys.insert(t.key());
    }
    QCOMPARE(keys.size(), rows.size()); // no two rows share an identity
}

QTEST_GUILESS_MAIN(TestRuntimeJson)
#include "tst_runtimejson.moc"
