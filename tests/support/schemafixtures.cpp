#include "schemafixtures.h"

#include "runtimejson.h"
#include "sampledata.h"
#include "tagstore.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace SchemaFixtures {

// The tags the v1 fixture holds: the documented examples and a few generated ones.
QList<ImageTag> v1Tags()
{
    QList<ImageTag> tags { SampleData::exampleTag() };
    const QJsonObject event =
        QJsonDocument::fromJson(
            TestEnvironment::readData(QStringLiteral("events/workload-changed-event.json")))
            .object();
    tags.append(*RuntimeJson::imageTagFromJson(
        event.value(QLatin1StringView("image_tags_object")).toArray().at(0).toObject(), nullptr));
    for (int i = 1; i <= 2; ++i) {
        // Written out here, not generated, so the fixture never depends on other helpers.
        ImageTag t;
        t.name = QStringLiteral("image-%1").arg(i);
        t.tag = QStringLiteral("v%1").arg(i);
        t.registry = QStringLiteral("myco.jfrog.io");
        t.repositoryPath = QStringLiteral("docker-local/team");
        t.digest = QString(64, QChar(u'0' + i));
        t.architecture = QStringLiteral("amd64");
        t.runtimeStatus = i == 1 ? QStringLiteral("running") : QStringLiteral("stopped");
        t.rawRisks = { QStringLiteral("untrusted_registry") };
        t.risks = Risk::UntrustedRegistry;
        Vulnerability v;
        v.cveId = QStringLiteral("CVE-2022-1471");
        v.xrayId = QStringLiteral("XRAY-%1").arg(i);
        v.severity = Severity::High;
        v.cvssV3 = QStringLiteral("8.3");
        v.applicability = QStringLiteral("applicable");
        v.components = { Component { QStringLiteral("gav://org.yaml:snakeyaml:1.26"),
                                     QStringLiteral("org.yaml:snakeyaml"), QStringLiteral("1.26") } };
        t.vulnerabilities = { v };
        t.workloads = { WorkloadRef { QStringLiteral("api-%1").arg(i), QStringLiteral("production"),
                                      QStringLiteral("eu-1") } };
        tags.append(t);
    }
    std::sort(tags.begin(), tags.end(),
              [](const ImageTag &a, const ImageTag &b) { return a.key() < b.key(); });
    return tags;
}

bool execBound(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return db.exec(q);
}

// Writes one complete generation in the v1 layout (no full-text index yet), as v1 of the app did.
bool writeV1Generation(Database &db, const QList<ImageTag> &tags)
{
    return db.transaction([&] {
        const qint64 now = 1767225600000;
        if (!execBound(db,
                       QStringLiteral(
                           "INSERT INTO generations (id, started_at, finished_at, state, source, tag_count, "
                           "server_total) VALUES (1, ?, ?, 'complete', 'https://acme.jfrog.io', ?, ?)"),
                       { now - 60000, now, int(tags.size()), int(tags.size()) }))
            return false;
        for (const ImageTag &t : tags) {
            const QByteArray json = QJsonDocument(RuntimeJson::toJson(t)).toJson(QJsonDocument::Compact);
            QSqlQuery row = db.prepare(QStringLiteral(
                "INSERT INTO tag_rows (content_hash, tag_key, image_key, registry, repository_path, name, "
                "tag, digest, "
                "architecture, runtime_status, risks, risk_rank, vulnerabilities_count, "
                "critical_applicable_count, "
                "max_severity, workloads_count, clusters_count, deployed_by, build_owner, build_name, "
                "build_number, "
                "registry_trusted, integrity_status, detail_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v :
                 { QVariant(TagStore::contentHash(json)),
                   QVariant(t.key()),
                   QVariant(t.registry + QChar(0x1f) + t.repositoryPath + QChar(0x1f) + t.name),
                   Database::text(t.registry),
                   Database::text(t.repositoryPath),
                   QVariant(t.name),
                   QVariant(t.tag),
                   Database::text(t.digest),
                   Database::text(t.architecture),
                   Database::text(t.runtimeStatus),
                   QVariant(int(t.risks.toInt())),
                   QVariant(RiskNames::rank(t.risks)),
                   QVariant(int(t.vulnerabilities.size())),
                   QVariant(t.criticalApplicableCount()),
                   QVariant(int(t.maxSeverity())),
                   QVariant(int(t.workloads.size())),
                   QVariant(int(t.clusters().size())),
                   t.deployedBy ? QVariant(*t.deployedBy) : QVariant(),
                   t.buildInfo ? QVariant(t.buildInfo->owner) : QVariant(),
                   t.buildInfo ? QVariant(t.buildInfo->name) : QVariant(),
                   t.buildInfo ? QVariant(t.buildInfo->number) : QVariant(),
                   QVariant(),
                   QVariant(),
                   QVariant(QString::fromUtf8(json)) })
                row.addBindValue(v);
            if (!db.exec(row))
                return false;
            const qint64 rowId = row.lastInsertId().toLongLong();
            for (const Vulnerability &v : t.vulnerabilities) {
                for (const Component &c : v.components) {
                    if (!execBound(db,
                                   QStringLiteral(
                                       "INSERT INTO vulnerabilities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   { rowId, Database::text(v.cveId), Database::text(v.xrayId),
                                     int(v.severity), Database::text(v.cvssV2), Database::text(v.cvssV3),
                                     Database::text(v.applicability), Database::text(c.id),
                                     Database::text(c.name), Database::text(c.version) }))
                        return false;
                }
            }
            for (const MaliciousPackage &p : t.maliciousPackages) {
                for (const Component &c : p.components) {
                    if (!execBound(db,
                                   QStringLiteral("INSERT INTO malicious_packages VALUES (?, ?, ?, ?, ?)"),
                                   { rowId, Database::text(p.xrayId), Database::text(c.id),
                                     Database::text(c.name), Database::text(c.version) }))
                        return false;
                }
            }
            for (const WorkloadRef &w : t.workloads) {
                if (!execBound(db, QStringLiteral("INSERT INTO tag_workloads VALUES (?, ?, ?, ?)"),
                               { rowId, Database::text(w.name), Database::text(w.nameSpace),
                                 Database::text(w.cluster) }))
                    return false;
            }
            if (!execBound(db,
                           QStringLiteral(
                               "INSERT INTO generation_tags (generation, tag_key, tag_row) VALUES (1, ?, ?)"),
                           { t.key(), rowId }))
                return false;
        }
        return true;
    });
}

QStringList v1Notes(int count)
{
    QStringList notes;
    for (int i = 0; i < count; ++i)
        notes.append(QStringLiteral("image-%1:v%1|checked with the owner; false positive (%2)")
                         .arg(i)
                         .arg(QString(40, QChar(u'a' + i % 26))));
    return notes;
}

bool writeV1Notes(Database &db, int count)
{
    const QStringList notes = v1Notes(count);
    return db.transaction([&] {
        for (qsizetype i = 0; i < notes.size(); ++i) {
            const QStringList parts = notes.at(i).split(u'|');
            if (!execBound(
                    db,
                    QStringLiteral("INSERT INTO journal (at, subject, action, detail) VALUES (?, ?, ?, ?)"),
                    { 1767225600000 + i, parts.at(0), QStringLiteral("note"), parts.at(1) }))
                return false;
        }
        return true;
    });
}

} // namespace SchemaFixtures
