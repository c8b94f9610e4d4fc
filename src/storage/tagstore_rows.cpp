// TagStore's list rows: read straight from columns, no JSON (what list views need).
#include "database.h"
#include "imagestore.h"
#include "tagfiltersql.h"
#include "tagstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
const QString listColumns = QStringLiteral("SELECT t.tag_row, i.name, t.tag, i.registry, i.repository_path, "
                                           "t.digest, t.runtime_status, t.architecture, t.risks, "
                                           "t.vulnerabilities_count, t.critical_applicable_count, "
                                           "t.workloads_count, t.clusters_count, t.build_owner, "
                                           "t.deployed_by, t.changed");
const QString listFrom =
    QStringLiteral(" FROM tag_list t JOIN image_rows i ON i.id = t.image_id WHERE t.generation = ? AND ");
} // namespace

QList<TagRow> TagStore::readRows(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = m_db.prepare(sql);
    q.setForwardOnly(true);
    for (const QVariant &v : values)
        q.addBindValue(v);
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

QList<TagRow> TagStore::rows(qint64 generation, const TagQuery &query)
{
    QVariantList values { generation };
    const QString where = listFrom + TagFilterSql::conditions(generation, query, &values);
    values << query.limit << query.offset;
    return readRows(listColumns + where + QStringLiteral(" ORDER BY ")
                        + TagFilterSql::flatTagOrder(query.order, query.descending)
                        + QStringLiteral(" LIMIT ? OFFSET ?"),
                    values);
}

QList<TagRow> TagStore::rowsOfImage(qint64 generation, qint64 imageId, const TagQuery &query)
{
    // tag_list is keyed by (generation, image_id, tag_row): one image's tags are one range.
    QVariantList values { generation, imageId };
    const QString where =
        QStringLiteral(" FROM tag_list t JOIN image_rows i ON i.id = t.image_id WHERE t.generation = ? "
                       "AND t.image_id = ? AND ")
        + TagFilterSql::conditions(generation, query, &values, TagFilterSql::Scope::OneImage);
    return readRows(listColumns + where + QStringLiteral(" ORDER BY ")
                        + TagFilterSql::tagOrder(query.order, query.descending),
                    values);
}

qint64 TagStore::countMatching(qint64 generation, const TagQuery &query)
{
    QVariantList values;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT count(*)") + TagFilterSql::fromWhere(generation, query, &values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!m_db.exec(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<TagRow> TagStore::siblingsOf(qint64 generation, const ImageTag &tag, qint64 rowId)
{
    // The image's tags are one range of tag_list; the same tag name within it is every architecture and
    // every digest the platform sent for this tag.
    const QString imageKey = ImageStore::imageKey(tag.registry, tag.repositoryPath, tag.name);
    return readRows(
        listColumns
            + QStringLiteral(
                " FROM tag_list t JOIN image_rows i ON i.id = t.image_id WHERE t.generation = ? "
                "AND t.image_id = (SELECT id FROM image_rows WHERE generation = ? AND image_key = ?) "
                "AND t.tag = ? AND t.tag_row != ? ORDER BY t.architecture, t.digest"),
        { generation, generation, imageKey, tag.tag, rowId });
}
