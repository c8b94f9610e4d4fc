#include "imagestore.h"

#include "database.h"
#include "ownertrailstore.h"
#include "tagfiltersql.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString imageColumns =
    QStringLiteral("i.id, i.image_key, i.name, i.registry, i.repository_path, i.tag_count, i.risks, "
                   "i.vulnerabilities_count, "
                   "i.riskiest_row, i.running, i.workloads_count, i.clusters_count, i.changed");

ImageRow readRow(const QSqlQuery &q)
{
    ImageRow r;
    r.id = q.value(0).toLongLong();
    r.imageKey = q.value(1).toString();
    r.name = q.value(2).toString();
    r.registry = q.value(3).toString();
    r.repositoryPath = q.value(4).toString();
    r.tagCount = q.value(5).toInt();
    r.risks = Risks::fromInt(q.value(6).toInt());
    r.vulnerabilities = q.value(7).toInt();
    r.riskiestRow = q.value(8).toLongLong();
    r.running = q.value(9).toBool();
    r.workloads = q.value(10).toInt();
    r.clusters = q.value(11).toInt();
    r.changed = q.value(12).toBool();
    return r;
}

bool runBound(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return db.exec(q);
}

// The generation's lists emptied, and the scratch table of image keys ready.
bool clearLists(Database &db, qint64 generation)
{
    return runBound(db, QStringLiteral("DELETE FROM tag_list WHERE generation = ?"), { generation })
        && runBound(db, QStringLiteral("DELETE FROM image_rows WHERE generation = ?"), { generation })
        && db.exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS image_keys (id INTEGER PRIMARY KEY, "
                           "image_key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, registry TEXT NOT NULL, "
                           "repository_path TEXT NOT NULL)"))
        && db.exec(QStringLiteral("DELETE FROM temp.image_keys"));
}

// The images and their ids, from the generation's keys alone (registry US repository_path US name US tag
// US architecture US digest; caches before v5 end at the tag): no wide row is read for them.
bool collectImageKeys(Database &db, qint64 generation)
{
    QSqlQuery maxId = db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM image_rows"));
    if (!db.exec(maxId) || !maxId.next())
        return false;
    qint64 nextId = maxId.value(0).toLongLong() + 1;
    maxId.finish();
    QSqlQuery keys = db.prepare(QStringLiteral("SELECT tag_key FROM generation_tags WHERE generation = ?"));
    keys.setForwardOnly(true);
    keys.addBindValue(generation);
    QSqlQuery insertKey = db.prepare(QStringLiteral("INSERT INTO temp.image_keys (image_key, id, name, "
                                                    "registry, repository_path) VALUES (?, ?, ?, ?, ?)"));
    if (!db.exec(keys))
        return false;
    QSet<QString> seen;
    while (keys.next()) {
        const QStringList parts = keys.value(0).toString().split(QChar(0x1f));
        if (parts.size() != 6 && parts.size() != 4)
            continue; // not a key TagStore wrote: its tag stays out of the list rather than break it
        const QString key = parts.mid(0, 3).join(QChar(0x1f));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        for (const QVariant &v : { QVariant(key), QVariant(nextId++), QVariant(parts[2]), QVariant(parts[0]),
                                   QVariant(parts[1]) })
            insertKey.addBindValue(v);
        if (!db.exec(insertKey))
            return false;
    }
    keys.finish();
    insertKey.finish();
    return true;
}

// The list columns of every tag: the one pass over the wide tag rows. Build Owner and Deployed By are
// the platform's when it sent them, else the owner trail's newest (OwnerTrailStore; cache v6, so a
// cache upgraded through v4 builds its lists before the trail's table exists).
bool buildTagList(Database &db, qint64 generation)
{
    QSqlQuery trailTable = db.prepare(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'owner_records'"));
    if (!db.exec(trailTable) || !trailTable.next())
        return false;
    const bool hasTrail = trailTable.value(0).toBool();
    trailTable.finish();
    const auto trailOwner = [hasTrail](const char *column) {
        return hasTrail ? OwnerTrailStore::newestSql(QLatin1StringView(column), QStringLiteral("r"))
                        : QStringLiteral("NULL");
    };
    if (!runBound(
            db,
            QStringLiteral("INSERT INTO tag_list (generation, image_id, tag_row, tag, digest, architecture, "
                           "runtime_status, risks, "
                           "risk_rank, vulnerabilities_count, critical_applicable_count, max_severity, "
                           "workloads_count, clusters_count, "
                           "build_owner, deployed_by, changed) "
                           "SELECT g.generation, k.id, r.id, r.tag, r.digest, r.architecture, "
                           "r.runtime_status, r.risks, r.risk_rank, "
                           "r.vulnerabilities_count, r.critical_applicable_count, r.max_severity, "
                           "r.workloads_count, r.clusters_count, "
                           "coalesce(r.build_owner, %1), coalesce(r.deployed_by, %2), g.changed "
                           "FROM generation_tags g JOIN tag_rows r ON r.id = g.tag_row "
                           "JOIN temp.image_keys k ON k.image_key = r.image_key WHERE g.generation = ?")
                .arg(trailOwner("build_owner"), trailOwner("deployed_by")),
            { generation }))
        return false;
    // The full-text index finds people by what the list shows: rows whose people came from the trail.
    if (hasTrail
        && !runBound(
            db,
            QStringLiteral(
                "WITH p AS (SELECT t.tag_row AS id, coalesce(t.deployed_by, '') || ' ' || "
                "coalesce(t.build_owner, '') AS people FROM tag_list t JOIN tag_rows r ON r.id = t.tag_row "
                "WHERE t.generation = ? AND (r.build_owner IS NULL OR r.deployed_by IS NULL)) "
                "UPDATE tag_search SET people = p.people FROM p WHERE tag_search.rowid = p.id "
                "AND tag_search.people IS NOT p.people"),
            { generation }))
        return false;
    return true;
}

// Each image from its tags, with every order's position, in one insert. The riskiest tag
// (docs/jfrog-api.md 3.7.3): risk_rank orders malicious, integrity, untrusted, critical-applicable;
// the vulnerability count breaks ties. With exactly one max() in `a`, SQLite takes its bare
// columns (risks, tag_row...) from the row that has the maximum. Workloads and clusters are
// counted once per image however many of its tags run there.
bool buildImageRows(Database &db, qint64 generation)
{
    return runBound(
        db,
        QStringLiteral(
            "WITH a AS (SELECT image_id, count(*) AS n, max(risk_rank * 100000 + vulnerabilities_count) "
            "AS score, risks, "
            "  risk_rank, vulnerabilities_count, tag_row, sum(lower(runtime_status) = 'running') > 0 AS "
            "running, "
            "  sum(changed) > 0 AS changed FROM tag_list WHERE generation = ? GROUP BY image_id), "
            "p AS (SELECT t.image_id AS id, count(DISTINCT nullif(w.cluster, '')) AS c, "
            "  count(DISTINCT w.cluster || char(31) || w.namespace || char(31) || w.name) AS n "
            "  FROM tag_list t JOIN tag_workloads w ON w.tag_row = t.tag_row WHERE t.generation = ? "
            "GROUP BY t.image_id), "
            "b AS (SELECT k.id, k.image_key, k.name, k.registry, k.repository_path, a.n, a.risks, "
            "a.risk_rank, "
            "  a.vulnerabilities_count, a.tag_row, a.running, coalesce(p.n, 0) AS workloads, "
            "coalesce(p.c, 0) AS clusters, "
            "  a.changed FROM temp.image_keys k JOIN a ON a.image_id = k.id LEFT JOIN p ON p.id = k.id), "
            // The name order once (text, without case); the other orders break ties with it.
            "c AS (SELECT b.*, row_number() OVER (ORDER BY name COLLATE NOCASE, registry, "
            "repository_path, id) AS pn FROM b) "
            "INSERT INTO image_rows (id, generation, image_key, name, registry, repository_path, "
            "tag_count, risks, risk_rank, "
            "vulnerabilities_count, riskiest_row, running, workloads_count, clusters_count, changed, "
            "pos_name, pos_risk, "
            "pos_vulnerabilities, pos_status, pos_workloads, pos_clusters, pos_repository, pos_registry) "
            "SELECT id, ?, image_key, name, registry, repository_path, n, risks, risk_rank, "
            "vulnerabilities_count, tag_row, "
            "running, workloads, clusters, changed, pn, "
            "row_number() OVER (ORDER BY risk_rank DESC, vulnerabilities_count DESC, pn), "
            "row_number() OVER (ORDER BY vulnerabilities_count DESC, pn), "
            "row_number() OVER (ORDER BY running DESC, pn), "
            "row_number() OVER (ORDER BY workloads DESC, pn), "
            "row_number() OVER (ORDER BY clusters DESC, pn), "
            "row_number() OVER (ORDER BY repository_path, pn), "
            "row_number() OVER (ORDER BY registry, repository_path, pn) FROM c"),
        { generation, generation, generation });
}

} // namespace

ImageStore::ImageStore(Database &db)
    : m_db(db)
{ }

QString ImageStore::imageKey(const QString &registry, const QString &repositoryPath, const QString &name)
{
    return registry + QChar(0x1f) + repositoryPath + QChar(0x1f) + name;
}

bool ImageStore::build(Database &db, qint64 generation)
{
    // Every statement below runs once per generation, on the sync's writer thread, inside the
    // commit's transaction. Each table is written once (inserts, no updates of indexed columns).
    const bool ok = clearLists(db, generation) && collectImageKeys(db, generation)
        && buildTagList(db, generation) && buildImageRows(db, generation);
    // Emptied, not dropped: DROP TABLE fails while any statement of the connection is open.
    return ok && db.exec(QStringLiteral("DELETE FROM temp.image_keys"));
}

bool ImageStore::buildAll(Database &db)
{
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT id FROM generations WHERE state IN ('complete', 'held')"));
    if (!db.exec(q))
        return false;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return std::all_of(ids.cbegin(), ids.cend(), [&](qint64 id) { return build(db, id); });
}

QList<ImageMatch> ImageStore::matching(qint64 generation, const TagQuery &query, bool *ok)
{
    QString sql;
    QVariantList values;
    const QString order = TagFilterSql::imageOrder(query.order, query.descending);
    QVariantList imageValues;
    const QString imageOnly = TagFilterSql::imageConditions(query, &imageValues);
    if (TagFilterSql::isUnfiltered(query)) {
        sql = QStringLiteral("SELECT i.id, i.tag_count FROM image_rows i WHERE i.generation = ? ORDER BY ")
            + order;
        values.append(generation);
    } else if (!imageOnly.isEmpty()) {
        // Conditions on the image alone: no tag is read.
        sql = QStringLiteral("SELECT i.id, i.tag_count FROM image_rows i WHERE i.generation = ? AND ")
            + imageOnly + QStringLiteral(" ORDER BY ") + order;
        values.append(generation);
        values += imageValues;
    } else {
        // The matching tags, counted per image in the list's key order (no sort), then the
        // images in the order's positions.
        sql = QStringLiteral("SELECT i.id, m.n FROM (SELECT t.image_id AS k, count(*) AS n")
            + TagFilterSql::fromWhere(generation, query, &values)
            + QStringLiteral(" GROUP BY t.image_id) m JOIN image_rows i ON i.id = m.k ORDER BY ") + order;
    }
    QSqlQuery q = m_db.prepare(sql);
    q.setForwardOnly(true);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<ImageMatch> list;
    const bool executed = m_db.exec(q);
    if (ok)
        *ok = executed;
    if (!executed)
        return list;
    while (q.next())
        list.append(ImageMatch { q.value(0).toLongLong(), q.value(1).toInt() });
    return list;
}

QList<ImageRow> ImageStore::rows(const QList<qint64> &ids)
{
    QList<ImageRow> list;
    if (ids.isEmpty())
        return list;
    QStringList marks;
    marks.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT ") + imageColumns
                     + QStringLiteral(" FROM image_rows i WHERE i.id IN (%1)").arg(marks.join(u',')));
    q.setForwardOnly(true);
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!m_db.exec(q))
        return list;
    QHash<qint64, ImageRow> byId;
    while (q.next()) {
        ImageRow r = readRow(q);
        byId.insert(r.id, std::move(r));
    }
    list.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.constFind(id);
        if (it != byId.cend())
            list.append(*it);
    }
    return list;
}

std::optional<ImageRow> ImageStore::byKey(qint64 generation, const QString &key)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT ") + imageColumns
                     + QStringLiteral(" FROM image_rows i WHERE i.generation = ? AND i.image_key = ?"));
    q.addBindValue(generation);
    q.addBindValue(key);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return readRow(q);
}

qint64 ImageStore::count(qint64 generation)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM image_rows WHERE generation = ?"));
    q.addBindValue(generation);
    if (!m_db.exec(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<PersonTally> ImageStore::people(qint64 generation, bool *ok)
{
    QList<PersonTally> list;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "WITH p (name, tag_row, risks) AS (SELECT build_owner, tag_row, risks FROM tag_list WHERE generation "
        "= ? "
        "AND build_owner <> '' UNION SELECT deployed_by, tag_row, risks FROM tag_list WHERE generation = ? "
        "AND "
        "deployed_by <> '') SELECT name, count(*), sum(risks <> 0) FROM p GROUP BY name ORDER BY name"));
    q.addBindValue(generation);
    q.addBindValue(generation);
    const bool done = m_db.exec(q);
    if (ok)
        *ok = done;
    while (done && q.next())
        list.append(PersonTally { q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt() });
    return list;
}
