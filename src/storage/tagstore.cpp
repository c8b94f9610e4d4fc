#include "tagstore.h"

#include "database.h"
#include "runtimejson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QVariant>

struct TagStore::Statements
{
    QSqlQuery findHash;
    QSqlQuery insertRow;
    QSqlQuery insertVulnerability;
    QSqlQuery insertMalicious;
    QSqlQuery insertWorkload;
    QSqlQuery insertSearch;
    QSqlQuery addToGeneration;
};

namespace {

const QString rowColumns = QStringLiteral("r.id, r.detail_json, g.changed");

QString imageKey(const ImageTag &t)
{
    return t.registry + QChar(0x1f) + t.repositoryPath + QChar(0x1f) + t.name;
}

QVariant optionalText(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString orderColumn(TagQuery::Order order)
{
    switch (order) {
    case TagQuery::Order::Name:
        return QStringLiteral("r.name COLLATE NOCASE %1, r.tag %1");
    case TagQuery::Order::Risk:
        return QStringLiteral("r.risk_rank %1, r.vulnerabilities_count %1, r.name");
    case TagQuery::Order::Vulnerabilities:
        return QStringLiteral("r.vulnerabilities_count %1, r.name");
    case TagQuery::Order::Registry:
        return QStringLiteral("r.registry %1, r.name");
    case TagQuery::Order::RepositoryPath:
        return QStringLiteral("r.repository_path %1, r.name");
    case TagQuery::Order::RuntimeStatus:
        return QStringLiteral("r.runtime_status %1, r.name");
    case TagQuery::Order::Workloads:
        return QStringLiteral("r.workloads_count %1, r.name");
    case TagQuery::Order::Clusters:
        return QStringLiteral("r.clusters_count %1, r.name");
    }
    return QStringLiteral("r.name %1");
}

} // namespace

TagStore::TagStore(Database &db)
    : m_db(db)
{
}

TagStore::~TagStore() = default;

QByteArray TagStore::contentHash(const QByteArray &detailJson)
{
    return QCryptographicHash::hash(detailJson, QCryptographicHash::Sha1);
}

QString TagStore::matchExpression(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(u'"' + word + QStringLiteral("\"*"));
    return terms.join(u' ');
}

bool TagStore::insertRow(const ImageTag &t, const QByteArray &json, const QByteArray &hash, qint64 *rowId)
{
    Statements &s = *m_statements;
    QSqlQuery &q = s.insertRow;
    q.addBindValue(hash);
    q.addBindValue(t.key());
    q.addBindValue(imageKey(t));
    q.addBindValue(Database::text(t.registry));
    q.addBindValue(Database::text(t.repositoryPath));
    q.addBindValue(t.name);
    q.addBindValue(t.tag);
    q.addBindValue(Database::text(t.digest));
    q.addBindValue(Database::text(t.architecture));
    q.addBindValue(Database::text(t.runtimeStatus));
    q.addBindValue(int(t.risks.toInt()));
    q.addBindValue(RiskNames::rank(t.risks));
    q.addBindValue(int(t.vulnerabilities.size()));
    q.addBindValue(t.criticalApplicableCount());
    q.addBindValue(int(t.maxSeverity()));
    q.addBindValue(int(t.workloads.size()));
    q.addBindValue(int(t.clusters().size()));
    q.addBindValue(optionalText(t.deployedBy));
    q.addBindValue(t.buildInfo ? QVariant(t.buildInfo->owner) : QVariant());
    q.addBindValue(t.buildInfo ? QVariant(t.buildInfo->name) : QVariant());
    q.addBindValue(t.buildInfo ? QVariant(t.buildInfo->number) : QVariant());
    q.addBindValue(t.registryTrusted ? QVariant(int(*t.registryTrusted)) : QVariant());
    q.addBindValue(t.integrity ? QVariant(t.integrity->status) : QVariant());
    q.addBindValue(QString::fromUtf8(json));
    if (!m_db.exec(q))
        return false;
    *rowId = q.lastInsertId().toLongLong();

    QStringList cves;
    for (const Vulnerability &v : t.vulnerabilities) {
        cves.append(v.cveId);
        const QList<Component> components = v.components.isEmpty() ? QList<Component>{Component{}} : v.components;
        for (const Component &c : components) {
            QSqlQuery &vq = s.insertVulnerability;
            for (const QVariant &value : {QVariant(*rowId), Database::text(v.cveId), Database::text(v.xrayId),
                                          QVariant(int(v.severity)), Database::text(v.cvssV2), Database::text(v.cvssV3),
                                          Database::text(v.applicability), Database::text(c.id), Database::text(c.name),
                                          Database::text(c.version)})
                vq.addBindValue(value);
            if (!m_db.exec(vq))
                return false;
        }
    }
    for (const MaliciousPackage &p : t.maliciousPackages) {
        const QList<Component> components = p.components.isEmpty() ? QList<Component>{Component{}} : p.components;
        for (const Component &c : components) {
            QSqlQuery &mq = s.insertMalicious;
            for (const QVariant &value : {QVariant(*rowId), Database::text(p.xrayId), Database::text(c.id),
                                          Database::text(c.name), Database::text(c.version)})
                mq.addBindValue(value);
            if (!m_db.exec(mq))
                return false;
        }
    }
    QStringList places;
    for (const WorkloadRef &w : t.workloads) {
        QSqlQuery &wq = s.insertWorkload;
        for (const QVariant &value : {QVariant(*rowId), Database::text(w.name), Database::text(w.nameSpace),
                                      Database::text(w.cluster)})
            wq.addBindValue(value);
        if (!m_db.exec(wq))
            return false;
        places << w.name << w.nameSpace << w.cluster;
    }
    QSqlQuery &fq = s.insertSearch;
    const QString people = t.deployedBy.value_or(QString()) + u' ' + (t.buildInfo ? t.buildInfo->owner : QString());
    for (const QVariant &value : {QVariant(*rowId), QVariant(t.name), QVariant(t.tag), QVariant(t.registry),
                                  QVariant(t.repositoryPath), QVariant(t.digest), QVariant(people),
                                  QVariant(cves.join(u' ')), QVariant(places.join(u' '))})
        fq.addBindValue(value);
    return m_db.exec(fq);
}

bool TagStore::addTags(qint64 generation, const QList<ImageTag> &tags)
{
    if (!m_statements) {
        m_statements = std::make_unique<Statements>(Statements{
            m_db.prepare(QStringLiteral("SELECT id FROM tag_rows WHERE content_hash = ?")),
            m_db.prepare(QStringLiteral(
                "INSERT INTO tag_rows (content_hash, tag_key, image_key, registry, repository_path, name, tag, digest, "
                "architecture, runtime_status, risks, risk_rank, vulnerabilities_count, critical_applicable_count, "
                "max_severity, workloads_count, clusters_count, deployed_by, build_owner, build_name, build_number, "
                "registry_trusted, integrity_status, detail_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
            m_db.prepare(QStringLiteral(
                "INSERT INTO vulnerabilities (tag_row, cve_id, xray_id, severity, cvss_v2, cvss_v3, applicability, "
                "component_id, component_name, component_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
            m_db.prepare(QStringLiteral("INSERT INTO malicious_packages (tag_row, xray_id, component_id, component_name, "
                                        "component_version) VALUES (?, ?, ?, ?, ?)")),
            m_db.prepare(QStringLiteral("INSERT INTO tag_workloads (tag_row, name, namespace, cluster) VALUES (?, ?, ?, ?)")),
            m_db.prepare(QStringLiteral("INSERT INTO tag_search (rowid, name, tag, registry, repository_path, digest, "
                                        "people, cves, workloads) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")),
            m_db.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO generation_tags (generation, tag_key, tag_row) VALUES (?, ?, ?)")),
        });
    }
    Statements &s = *m_statements;
    for (const ImageTag &tag : tags) {
        const QByteArray json = QJsonDocument(RuntimeJson::toJson(tag)).toJson(QJsonDocument::Compact);
        const QByteArray hash = contentHash(json);
        qint64 rowId = 0;
        s.findHash.addBindValue(hash);
        if (!m_db.exec(s.findHash))
            return false;
        if (s.findHash.next())
            rowId = s.findHash.value(0).toLongLong();
        s.findHash.finish();
        if (rowId == 0 && !insertRow(tag, json, hash, &rowId))
            return false;
        s.addToGeneration.addBindValue(generation);
        s.addToGeneration.addBindValue(tag.key());
        s.addToGeneration.addBindValue(rowId);
        if (!m_db.exec(s.addToGeneration))
            return false;
    }
    return true;
}

qint64 TagStore::count(qint64 generation)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM generation_tags WHERE generation = ?"));
    q.addBindValue(generation);
    if (!m_db.exec(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<StoredTag> TagStore::read(QSqlQuery &q)
{
    QList<StoredTag> list;
    while (q.next()) {
        QString error;
        const auto tag = RuntimeJson::parseImageTagDetail(q.value(1).toString().toUtf8(), &error);
        if (!tag)
            continue;
        list.append(StoredTag{q.value(0).toLongLong(), *tag, q.value(2).toBool()});
    }
    return list;
}

QList<StoredTag> TagStore::findByReference(qint64 generation, const QString &reference)
{
    QString ref = reference.trimmed();
    QString sql = QStringLiteral("SELECT ") + rowColumns
                  + QStringLiteral(" FROM generation_tags g JOIN tag_rows r ON r.id = g.tag_row WHERE g.generation = ? AND ");
    QVariantList values{generation};
    static const QRegularExpression digestPattern(QStringLiteral("^(sha256:)?([0-9a-fA-F]{64})$"));
    const QRegularExpressionMatch digest = digestPattern.match(ref);
    if (digest.hasMatch()) {
        sql += QStringLiteral("(r.digest = ? OR r.digest = ?)");
        values << digest.captured(2).toLower() << QString(QStringLiteral("sha256:") + digest.captured(2).toLower());
    } else {
        const qsizetype colon = ref.lastIndexOf(u':');
        if (colon <= 0)
            return {};
        const QString path = ref.left(colon);
        const QString tag = ref.mid(colon + 1);
        const qsizetype slash = path.lastIndexOf(u'/');
        if (slash < 0) {
            sql += QStringLiteral("r.name = ? AND r.tag = ?");
            values << path << tag;
        } else {
            // registry/repository_path/name:tag, or repository_path/name:tag
            sql += QStringLiteral("r.name = ? AND r.tag = ? AND (r.registry || '/' || r.repository_path = ? OR "
                                  "r.repository_path = ?)");
            values << path.mid(slash + 1) << tag << path.left(slash) << path.left(slash);
        }
    }
    QSqlQuery q = m_db.prepare(sql + QStringLiteral(" ORDER BY r.registry, r.repository_path"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return {};
    return read(q);
}

QString TagStore::whereClause(const TagQuery &query, QVariantList *values) const
{
    QStringList conditions{QStringLiteral("g.generation = ?")};
    if (query.anyRisk) {
        conditions.append(QStringLiteral("(r.risks & ?) != 0"));
        values->append(int(query.anyRisk.toInt()));
    }
    const QString match = matchExpression(query.text);
    if (!match.isEmpty()) {
        conditions.append(QStringLiteral("r.id IN (SELECT rowid FROM tag_search WHERE tag_search MATCH ?)"));
        values->append(match);
    }
    auto inList = [&](const QString &column, const QStringList &list) {
        if (list.isEmpty())
            return;
        QStringList marks;
        for (const QString &item : list) {
            marks.append(QStringLiteral("?"));
            values->append(item);
        }
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM tag_workloads w WHERE w.tag_row = r.id AND w.%1 IN (%2))")
                              .arg(column, marks.join(u',')));
    };
    inList(QStringLiteral("cluster"), query.clusters);
    inList(QStringLiteral("namespace"), query.namespaces);
    if (query.minSeverity != Severity::Unknown) {
        conditions.append(QStringLiteral("r.max_severity >= ?"));
        values->append(int(query.minSeverity));
    }
    if (query.changedOnly)
        conditions.append(QStringLiteral("g.changed = 1"));
    return QStringLiteral(" FROM generation_tags g JOIN tag_rows r ON r.id = g.tag_row WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<StoredTag> TagStore::query(qint64 generation, const TagQuery &query)
{
    QVariantList values{generation};
    const QString where = whereClause(query, &values);
    const QString order = orderColumn(query.order).arg(query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + rowColumns + where + QStringLiteral(" ORDER BY ") + order
                               + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!m_db.exec(q))
        return {};
    return read(q);
}

QList<TagRow> TagStore::rows(qint64 generation, const TagQuery &query)
{
    QVariantList values{generation};
    const QString where = whereClause(query, &values);
    const QString order = orderColumn(query.order).arg(query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT r.id, r.name, r.tag, r.registry, r.repository_path, r.digest, r.runtime_status, r.architecture, r.risks, "
        "r.vulnerabilities_count, r.critical_applicable_count, r.workloads_count, r.clusters_count, r.build_owner, "
        "r.deployed_by, g.changed") + where + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    QList<TagRow> list;
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        TagRow r;
        r.rowId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.tag = q.value(2).toString();
        r.registry = q.value(3).toString();
        r.repositoryPath = q.value(4).toString();
        r.digest = q.value(5).toString();
        r.runtimeStatus = q.value(6).toString();
        r.architecture = q.value(7).toString();
        r.risks = Risks::fromInt(q.value(8).toInt());
        r.vulnerabilities = q.value(9).toInt();
        r.criticalApplicable = q.value(10).toInt();
        r.workloads = q.value(11).toInt();
        r.clusters = q.value(12).toInt();
        r.buildOwner = q.value(13).toString();
        r.deployedBy = q.value(14).toString();
        r.changed = q.value(15).toBool();
        list.append(r);
    }
    return list;
}

qint64 TagStore::countMatching(qint64 generation, const TagQuery &query)
{
    QVariantList values{generation};
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*)") + whereClause(query, &values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!m_db.exec(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::optional<StoredTag> TagStore::byRowId(qint64 rowId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT r.id, r.detail_json, 0 FROM tag_rows r WHERE r.id = ?"));
    q.addBindValue(rowId);
    if (!m_db.exec(q))
        return std::nullopt;
    const QList<StoredTag> list = read(q);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<ImageTag> TagStore::all(qint64 generation)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + rowColumns
                               + QStringLiteral(" FROM generation_tags g JOIN tag_rows r ON r.id = g.tag_row "
                                                "WHERE g.generation = ? ORDER BY g.tag_key"));
    q.addBindValue(generation);
    QList<ImageTag> tags;
    if (!m_db.exec(q))
        return tags;
    for (const StoredTag &s : read(q))
        tags.append(s.tag);
    return tags;
}
