#include "sampledata.h"

#include "generationstore.h"
#include "runtimejson.h"
#include "schema.h"
#include "tagstore.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

namespace SampleData {

ImageTag tag(const QString &name, const QString &tagName, const QString &registry,
             const QString &repositoryPath)
{
    ImageTag t;
    t.name = name;
    t.tag = tagName;
    t.registry = registry;
    t.repositoryPath = repositoryPath;
    t.digest =
        QString::fromLatin1(QCryptographicHash::hash(t.key().toUtf8(), QCryptographicHash::Sha256).toHex());
    t.architecture = QStringLiteral("amd64");
    t.runtimeStatus = QStringLiteral("running");
    t.scaScanned = true;
    return t;
}

QList<ImageTag> tags(int count, int images)
{
    static const Severity severities[] = { Severity::Low, Severity::Medium, Severity::High,
                                           Severity::Critical };
    QList<ImageTag> list;
    for (int i = 0; i < count; ++i) {
        ImageTag t = tag(QStringLiteral("image-%1").arg(i % images), QStringLiteral("v%1").arg(i));
        t.rawRisks = RiskNames::canonicalList(Risks::fromInt(i % 16));
        t.risks = Risks::fromInt(i % 16);
        Vulnerability v;
        v.cveId = QStringLiteral("CVE-2024-%1").arg(1000 + i);
        v.xrayId = QStringLiteral("XRAY-%1").arg(i);
        v.severity = severities[i % 4];
        v.cvssV3 = QStringLiteral("7.5");
        v.applicability = i % 2 ? QStringLiteral("applicable") : QStringLiteral("not_applicable");
        v.components = { Component { QStringLiteral("npm://lib%1:1.0").arg(i), QStringLiteral("lib%1").arg(i),
                                     QStringLiteral("1.0") } };
        t.vulnerabilities = { v };
        t.workloads = { WorkloadRef { QStringLiteral("workload-%1").arg(i),
                                      i % 2 ? QStringLiteral("production") : QStringLiteral("staging"),
                                      i % 3 ? QStringLiteral("cluster-a") : QStringLiteral("cluster-b") } };
        list.append(t);
    }
    return list;
}

ImageTag exampleTag()
{
    QString error;
    const auto page = RuntimeJson::parseImageTagsPage(
        TestEnvironment::readData(QStringLiteral("api/list-image-tags.json")), &error);
    if (!page || page->items.isEmpty())
        qFatal("list-image-tags.json does not parse: %s", qPrintable(error));
    return page->items.first();
}

std::unique_ptr<Database> openCache(const QString &path)
{
    Database::Options options;
    options.durability = Database::Durability::Normal;
    options.onCorruption = Database::OnCorruption::Rebuild;
    Database::OpenResult result = Database::open(path, Schema::cache(), options);
    if (!result.database)
        QTest::qFail(qPrintable(QStringLiteral("cannot open %1: %2").arg(path, result.error.message)),
                     __FILE__, __LINE__);
    return std::move(result.database);
}

qint64 commitGeneration(Database &cache, const QList<ImageTag> &tags, const QString &source)
{
    GenerationStore generations(cache);
    TagStore store(cache);
    const qint64 generation = generations.begin(source);
    if (generation > 0 && cache.transaction([&] { return store.addTags(generation, tags); })
        && generations.commit(generation, tags.size(), {}) == GenerationStore::CommitOutcome::Committed)
        return generation;
    QTest::qFail("cannot commit a generation of the sample tags", __FILE__, __LINE__);
    return 0;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!db.exec(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace SampleData
