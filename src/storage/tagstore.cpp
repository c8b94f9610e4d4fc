#include "tagstore.h"

#include "database.h"
#include "runtimejson.h"
#include "sqlitestatement.h"
#include "tagfiltersql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QVariant>

// The write path's statements, prepared once per store on the connection's own handle.
struct TagStore::Statements
{
    explicit Statements(Database &db)
        : findHash(db, "SELECT id FROM tag_rows WHERE content_hash = ?")
        , insertRow(db,
                    "INSERT INTO tag_rows (content_hash, tag_key, image_key, registry, repository_path, "
                    "name, tag, digest, "
                    "architecture, runtime_status, risks, risk_rank, vulnerabilities_count, "
                    "critical_applicable_count, "
                    "max_severity, workloads_count, clusters_count, deployed_by, build_owner, build_name, "
                    "build_number, "
                    "registry_trusted, integrity_status, detail_json) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , insertVulnerability(
              db,
              "INSERT INTO vulnerabilities (tag_row, cve_id, xray_id, severity, cvss_v2, cvss_v3, "
              "applicability, component_id, component_name, component_version, package_type) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , insertMalicious(db,
                          "INSERT INTO malicious_packages (tag_row, xray_id, component_id, component_name, "
                          "component_version) VALUES (?, ?, ?, ?, ?)")
        , insertWorkload(db,
                         "INSERT INTO tag_workloads (tag_row, name, namespace, cluster) VALUES (?, ?, ?, ?)")
        , insertSearch(
              db,
              "INSERT INTO tag_search (rowid, name, tag, registry, repository_path, digest, people, cves, "
              "workloads) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , addToGeneration(
              db, "INSERT OR REPLACE INTO generation_tags (generation, tag_key, tag_row) VALUES (?, ?, ?)")
    { }

    bool isValid() const
    {
        return findHash.isValid() && insertRow.isValid() && insertVulnerability.isValid()
            && insertMalicious.isValid() && insertWorkload.isValid() && insertSearch.isValid()
            && addToGeneration.isValid();
    }

    SqliteStatement findHash;
    SqliteStatement insertRow;
    SqliteStatement insertVulnerability;
    SqliteStatement insertMalicious;
    SqliteStatement insertWorkload;
    SqliteStatement insertSearch;
    SqliteStatement addToGeneration;
};

// Reads back what the stored JSON leaves out: vulnerabilities, workloads, malicious packages.
struct TagStore::ReadStatements
{
    QSqlQuery vulnerabilities;
    QSqlQuery workloads;
    QSqlQuery malicious;
};

namespace {

const QString rowColumns = QStringLiteral("r.id, r.detail_json, g.changed");

QString imageKey(const ImageTag &t)
{
    return t.registry + QChar(0x1f) + t.repositoryPath + QChar(0x1f) + t.name;
}

void bindOptional(SqliteStatement &s, int index, const std::optional<QString> &value)
{
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
}

// The components stored for one vulnerability or malicious package, one row each: those with
// nothing in them are left out (reading the rows back drops them too), and a package with none
// keeps one empty row so it is not lost. An empty row before a real one would otherwise split
// one vulnerability into two when the rows fold back together.
QList<Component> storedComponents(const QList<Component> &components)
{
    QList<Component> kept;
    for (const Component &c : components) {
        if (!c.id.isEmpty() || !c.name.isEmpty() || !c.version.isEmpty())
            kept.append(c);
    }
    return kept.isEmpty() ? QList<Component> { Component {} } : kept;
}

} // namespace

TagStore::TagStore(Database &db)
    : m_db(db)
    , m_trail(db)
{ }

TagStore::~TagStore() = default;

QByteArray TagStore::contentHash(const QByteArray &detailJson)
{
    return QCryptographicHash::hash(detailJson, QCryptographicHash::Sha1);
}

QByteArray TagStore::contentHash(const ImageTag &tag, QByteArray *storedJson)
{
    // The row keeps the tag without what has a table of its own (vulnerabilities, workloads,
    // malicious packages); the hash covers everything, so any change is a changed tag.
    ImageTag stored = tag;
    stored.vulnerabilities.clear();
    stored.workloads.clear();
    stored.maliciousPackages.clear();
    *storedJson = RuntimeJson::compact(stored);
    return contentHash(RuntimeJson::compact(tag));
}

bool TagStore::reencodeRows(Database &db)
{
    QSqlQuery rows = db.prepare(QStringLiteral("SELECT id, detail_json FROM tag_rows"));
    QSqlQuery update =
        db.prepare(QStringLiteral("UPDATE tag_rows SET content_hash = ?, detail_json = ? WHERE id = ?"));
    QSqlQuery packageType = db.prepare(QStringLiteral(
        "UPDATE vulnerabilities SET package_type = ? WHERE tag_row = ? AND cve_id = ? AND xray_id = ?"));
    if (!db.exec(rows))
        return false;
    while (rows.next()) {
        const auto tag = RuntimeJson::parseImageTagDetail(rows.value(1).toByteArray(), nullptr);
        if (!tag)
            continue; // unreadable rows stay as they were; the next sync supersedes them
        QByteArray json;
        update.addBindValue(contentHash(*tag, &json));
        update.addBindValue(json);
        update.addBindValue(rows.value(0));
        if (!db.exec(update))
            return false;
        for (const Vulnerability &v : tag->vulnerabilities) {
            if (v.packageType.isEmpty())
                continue;
            for (const QVariant &value : { QVariant(v.packageType), rows.value(0), Database::text(v.cveId),
                                           Database::text(v.xrayId) })
                packageType.addBindValue(value);
            if (!db.exec(packageType))
                return false;
        }
    }
    return true;
}

QString TagStore::matchExpression(const QString &text)
{
    return TagFilterSql::matchExpression(text);
}

bool TagStore::insertRow(const PreparedTag &prepared, qint64 *rowId)
{
    const ImageTag &t = prepared.tag;
    const QByteArray &hash = prepared.hash;
    const QByteArray &json = prepared.json;
    Statements &s = *m_statements;
    SqliteStatement &q = s.insertRow;
    q.bind(1, hash)
        .bind(2, t.key())
        .bind(3, imageKey(t))
        .bind(4, t.registry)
        .bind(5, t.repositoryPath)
        .bind(6, t.name);
    q.bind(7, t.tag)
        .bind(8, t.digest)
        .bind(9, t.architecture)
        .bind(10, t.runtimeStatus)
        .bind(11, int(t.risks.toInt()));
    q.bind(12, RiskNames::rank(t.risks))
        .bind(13, int(t.vulnerabilities.size()))
        .bind(14, t.criticalApplicableCount());
    q.bind(15, int(t.maxSeverity())).bind(16, int(t.workloads.size())).bind(17, int(t.clusters().size()));
    bindOptional(q, 18, t.deployedBy);
    bindOptional(q, 19, t.buildInfo ? std::optional<QString>(t.buildInfo->owner) : std::nullopt);
    bindOptional(q, 20, t.buildInfo ? std::optional<QString>(t.buildInfo->name) : std::nullopt);
    bindOptional(q, 21, t.buildInfo ? std::optional<QString>(t.buildInfo->number) : std::nullopt);
    if (t.registryTrusted)
        q.bind(22, int(*t.registryTrusted));
    else
        q.bindNull(22);
    bindOptional(q, 23, t.integrity ? std::optional<QString>(t.integrity->status) : std::nullopt);
    q.bind(24, json);
    if (!q.step())
        return false;
    *rowId = m_db.lastInsertRowId();

    QStringList cves;
    cves.reserve(t.vulnerabilities.size());
    for (const Vulnerability &v : t.vulnerabilities) {
        cves.append(v.cveId);
        for (const Component &c : storedComponents(v.components)) {
            SqliteStatement &vq = s.insertVulnerability;
            vq.bind(1, *rowId).bind(2, v.cveId).bind(3, v.xrayId).bind(4, int(v.severity)).bind(5, v.cvssV2);
            vq.bind(6, v.cvssV3).bind(7, v.applicability).bind(8, c.id).bind(9, c.name).bind(10, c.version);
            vq.bind(11, v.packageType);
            if (!vq.step())
                return false;
        }
    }
    for (const MaliciousPackage &p : t.maliciousPackages) {
        for (const Component &c : storedComponents(p.components)) {
            SqliteStatement &mq = s.insertMalicious;
            mq.bind(1, *rowId).bind(2, p.xrayId).bind(3, c.id).bind(4, c.name).bind(5, c.version);
            if (!mq.step())
                return false;
        }
    }
    QStringList places;
    places.reserve(t.workloads.size() * 3);
    for (const WorkloadRef &w : t.workloads) {
        SqliteStatement &wq = s.insertWorkload;
        wq.bind(1, *rowId).bind(2, w.name).bind(3, w.nameSpace).bind(4, w.cluster);
        if (!wq.step())
            return false;
        places << w.name << w.nameSpace << w.cluster;
    }
    SqliteStatement &fq = s.insertSearch;
    const QString people =
        t.deployedBy.value_or(QString()) + u' ' + (t.buildInfo ? t.buildInfo->owner : QString());
    fq.bind(1, *rowId)
        .bind(2, t.name)
        .bind(3, t.tag)
        .bind(4, t.registry)
        .bind(5, t.repositoryPath)
        .bind(6, t.digest);
    fq.bind(7, people).bind(8, cves.join(u' ')).bind(9, places.join(u' '));
    return fq.step();
}

PreparedTag TagStore::prepare(const ImageTag &tag)
{
    PreparedTag prepared { tag, {}, {} };
    prepared.hash = contentHash(tag, &prepared.json);
    return prepared;
}

bool TagStore::addTags(qint64 generation, const QList<ImageTag> &tags)
{
    QList<PreparedTag> prepared;
    prepared.reserve(tags.size());
    for (const ImageTag &tag : tags)
        prepared.append(prepare(tag));
    return addTags(generation, prepared);
}

bool TagStore::addTags(qint64 generation, const QList<PreparedTag> &tags)
{
    if (!m_statements) {
        m_statements = std::make_unique<Statements>(m_db);
        if (!m_statements->isValid()) {
            m_statements.reset();
            return false;
        }
    }
    Statements &s = *m_statements;
    for (const PreparedTag &prepared : tags) {
        qint64 rowId = 0;
        bool found = false;
        s.findHash.bind(1, prepared.hash);
        if (!s.findHash.step(&found))
            return false;
        if (found)
            rowId = s.findHash.columnInt64(0);
        s.findHash.reset();
        if (rowId == 0 && !insertRow(prepared, &rowId))
            return false;
        s.addToGeneration.bind(1, generation).bind(2, prepared.tag.key()).bind(3, rowId);
        if (!s.addToGeneration.step())
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

QList<StoredTag> TagStore::read(QSqlQuery &q, Owners owners)
{
    QList<StoredTag> list;
    while (q.next()) {
        QString error;
        auto tag = RuntimeJson::parseImageTagDetail(q.value(1).toByteArray(), &error);
        if (!tag)
            continue;
        const qint64 rowId = q.value(0).toLongLong();
        // Rows keep these in their own tables (rows written by schema 2 had them in the JSON too).
        if (tag->vulnerabilities.isEmpty())
            tag->vulnerabilities = vulnerabilities(rowId);
        if (tag->workloads.isEmpty())
            tag->workloads = workloads(rowId);
        if (tag->maliciousPackages.isEmpty())
            tag->maliciousPackages = maliciousPackages(rowId);
        const OwnerProvenance provenance =
            owners == Owners::WithTrail ? m_trail.attach(*tag) : OwnerProvenance {};
        list.append(StoredTag { rowId, *tag, q.value(2).toBool(), provenance });
    }
    return list;
}

QList<WorkloadRef> TagStore::workloads(qint64 rowId)
{
    QSqlQuery &q = readStatements().workloads;
    q.addBindValue(rowId);
    QList<WorkloadRef> list;
    if (m_db.exec(q)) {
        while (q.next())
            list.append(WorkloadRef { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    }
    q.finish();
    return list;
}

QList<MaliciousPackage> TagStore::maliciousPackages(qint64 rowId)
{
    QSqlQuery &q = readStatements().malicious;
    q.addBindValue(rowId);
    QList<MaliciousPackage> list;
    if (m_db.exec(q)) {
        while (q.next()) {
            const QString xrayId = q.value(0).toString();
            const Component c { q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
            const bool noComponent = c.id.isEmpty() && c.name.isEmpty() && c.version.isEmpty();
            if (!list.isEmpty() && list.last().xrayId == xrayId && !noComponent
                && !list.last().components.isEmpty()) {
                list.last().components.append(c);
                continue;
            }
            list.append(
                MaliciousPackage { xrayId, noComponent ? QList<Component> {} : QList<Component> { c } });
        }
    }
    q.finish();
    return list;
}

TagStore::ReadStatements &TagStore::readStatements()
{
    if (!m_read)
        m_read = std::make_unique<ReadStatements>(ReadStatements {
            m_db.prepare(QStringLiteral(
                "SELECT cve_id, xray_id, severity, cvss_v2, cvss_v3, applicability, component_id, "
                "component_name, "
                "component_version, package_type FROM vulnerabilities WHERE tag_row = ? ORDER BY rowid")),
            m_db.prepare(QStringLiteral(
                "SELECT name, namespace, cluster FROM tag_workloads WHERE tag_row = ? ORDER BY rowid")),
            m_db.prepare(
                QStringLiteral("SELECT xray_id, component_id, component_name, component_version FROM "
                               "malicious_packages WHERE tag_row = ? ORDER BY rowid")) });
    return *m_read;
}

QList<Vulnerability> TagStore::vulnerabilities(qint64 rowId)
{
    QSqlQuery &q = readStatements().vulnerabilities;
    q.addBindValue(rowId);
    QList<Vulnerability> list;
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        Vulnerability v;
        v.cveId = q.value(0).toString();
        v.xrayId = q.value(1).toString();
        v.severity = Severity(q.value(2).toInt());
        v.cvssV2 = q.value(3).toString();
        v.cvssV3 = q.value(4).toString();
        v.applicability = q.value(5).toString();
        v.packageType = q.value(9).toString();
        const Component c { q.value(6).toString(), q.value(7).toString(), q.value(8).toString() };
        const bool noComponent = c.id.isEmpty() && c.name.isEmpty() && c.version.isEmpty();
        // One row per component: consecutive rows of one vulnerability fold back together.
        if (!list.isEmpty()) {
            Vulnerability &last = list.last();
            if (last.cveId == v.cveId && last.xrayId == v.xrayId && last.severity == v.severity
                && last.applicability == v.applicability && last.cvssV3 == v.cvssV3 && !noComponent
                && !last.components.isEmpty()) {
                last.components.append(c);
                continue;
            }
        }
        if (!noComponent)
            v.components.append(c);
        list.append(v);
    }
    q.finish();
    return list;
}

QList<StoredTag> TagStore::findByReference(qint64 generation, const QString &reference)
{
    QString ref = reference.trimmed();
    QString sql =
        QStringLiteral("SELECT ") + rowColumns
        + QStringLiteral(
            " FROM generation_tags g JOIN tag_rows r ON r.id = g.tag_row WHERE g.generation = ? AND ");
    QVariantList values { generation };
    static const QRegularExpression digestPattern(QStringLiteral("^(sha256:)?([0-9a-fA-F]{64})$"));
    // "REF@sha256:HEX" (Docker's pinned form) narrows REF to the row with that digest; "REF@arch:NAME" to
    // the row of that architecture (for rows the platform sent without a digest).
    static const QRegularExpression pinnedPattern(QStringLiteral("^(.+)@(?:sha256:)?([0-9a-fA-F]{64})$"));
    static const QRegularExpression archPattern(QStringLiteral("^(.+)@arch:([^@]*)$"));
    QString pin;
    QVariantList pinValues;
    if (const QRegularExpressionMatch pinned = pinnedPattern.match(ref); pinned.hasMatch()) {
        ref = pinned.captured(1);
        // The digest index decides; the name only confirms.
        pin = QStringLiteral(" AND (r.digest = ? OR r.digest = ?)");
        const QString hex = pinned.captured(2).toLower();
        pinValues << hex << QString(QStringLiteral("sha256:") + hex);
    } else if (const QRegularExpressionMatch arch = archPattern.match(ref); arch.hasMatch()) {
        ref = arch.captured(1);
        pin = QStringLiteral(" AND r.architecture = ?");
        pinValues << arch.captured(2);
    }
    const QRegularExpressionMatch digest = digestPattern.match(ref);
    if (digest.hasMatch()) {
        sql += QStringLiteral("(r.digest = ? OR r.digest = ?)");
        values << digest.captured(2).toLower()
               << QString(QStringLiteral("sha256:") + digest.captured(2).toLower());
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
            sql +=
                QStringLiteral("r.name = ? AND r.tag = ? AND (r.registry || '/' || r.repository_path = ? OR "
                               "r.repository_path = ?)");
            values << path.mid(slash + 1) << tag << path.left(slash) << path.left(slash);
        }
    }
    values << pinValues;
    QSqlQuery q = m_db.prepare(
        sql + pin
        + QStringLiteral(" ORDER BY r.registry, r.repository_path, r.name, r.tag, r.architecture, r.digest"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return {};
    return read(q);
}

QList<StoredTag> TagStore::query(qint64 generation, const TagQuery &query)
{
    QVariantList values { generation };
    const QString where =
        QStringLiteral(" FROM tag_list t JOIN image_rows i ON i.id = t.image_id JOIN tag_rows r ON "
                       "r.id = t.tag_row WHERE t.generation = ? AND ")
        + TagFilterSql::conditions(generation, query, &values);
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT r.id, r.detail_json, t.changed") + where + QStringLiteral(" ORDER BY ")
        + TagFilterSql::flatTagOrder(query.order, query.descending) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!m_db.exec(q))
        return {};
    return read(q);
}

std::optional<StoredTag> TagStore::inGeneration(qint64 generation, qint64 rowId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + rowColumns
                               + QStringLiteral(" FROM generation_tags g JOIN tag_rows r ON r.id = g.tag_row "
                                                "WHERE g.generation = ? AND g.tag_row = ? LIMIT 1"));
    q.addBindValue(generation);
    q.addBindValue(rowId);
    if (!m_db.exec(q))
        return std::nullopt;
    const QList<StoredTag> list = read(q);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<StoredTag> TagStore::byRowId(qint64 rowId)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT r.id, r.detail_json, 0 FROM tag_rows r WHERE r.id = ?"));
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
    for (const StoredTag &s : read(q, Owners::AsSent))
        tags.append(s.tag);
    return tags;
}
