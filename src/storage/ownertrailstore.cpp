#include "ownertrailstore.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString recordColumns = QStringLiteral(
    "path, modified, digest, registry, repository_path, name, tag, architecture, deployed_by, build_owner, "
    "build_name, build_number, build_repository, has_build, workload_name, namespace, cluster, change_type, "
    "recorded_at");

QVariant optional(const std::optional<QString> &value)
{
    return value ? Database::text(*value) : QVariant();
}

OwnerRecord recordFrom(const QSqlQuery &q)
{
    OwnerRecord r;
    r.path = q.value(0).toString();
    r.modified = q.value(1).toString();
    r.digest = q.value(2).toString();
    r.registry = q.value(3).toString();
    r.repositoryPath = q.value(4).toString();
    r.name = q.value(5).toString();
    r.tag = q.value(6).toString();
    r.architecture = q.value(7).toString();
    if (!q.value(8).isNull())
        r.deployedBy = q.value(8).toString();
    if (q.value(13).toBool())
        r.buildInfo = BuildInfo { q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                                  q.value(12).toString() };
    r.workload = WorkloadRef { q.value(14).toString(), q.value(15).toString(), q.value(16).toString() };
    r.changeType = q.value(17).toString();
    r.recordedAt = QDateTime::fromMSecsSinceEpoch(q.value(18).toLongLong(), Qt::UTC);
    return r;
}

// Records of one row: by digest, or by the row's names when the platform sent no digest.
QString rowCondition(const ImageTag &tag, QVariantList *values)
{
    if (!tag.digest.isEmpty()) {
        values->append(tag.digest);
        return QStringLiteral("digest = ?");
    }
    values->append(OwnerRecord::rowKeyOf(tag));
    return QStringLiteral("digest = '' AND row_key = ?");
}

} // namespace

OwnerTrailStore::OwnerTrailStore(Database &db)
    : m_db(db)
{ }

TrailCursor OwnerTrailStore::cursor(const QString &repository)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT cursor, cursor_seen FROM owner_trail WHERE repository = ?"));
    q.addBindValue(repository);
    if (!m_db.exec(q) || !q.next())
        return {};
    return TrailCursor { q.value(0).toString(), q.value(1).toInt() };
}

bool OwnerTrailStore::write(const QString &repository, const QList<OwnerRecord> &records,
                            const TrailCursor &cursor)
{
    return m_db.transaction([&] {
        QSqlQuery insert = m_db.prepare(
            QStringLiteral("INSERT OR REPLACE INTO owner_records (repository, row_key, %1) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(recordColumns));
        for (const OwnerRecord &r : records) {
            const BuildInfo build = r.buildInfo.value_or(BuildInfo {});
            for (const QVariant &v : { QVariant(repository),
                                       QVariant(r.rowKey()),
                                       Database::text(r.path),
                                       Database::text(r.modified),
                                       Database::text(r.digest),
                                       Database::text(r.registry),
                                       Database::text(r.repositoryPath),
                                       Database::text(r.name),
                                       Database::text(r.tag),
                                       Database::text(r.architecture),
                                       optional(r.deployedBy),
                                       r.buildInfo ? Database::text(build.owner) : QVariant(),
                                       Database::text(build.name),
                                       Database::text(build.number),
                                       Database::text(build.repository),
                                       QVariant(r.buildInfo.has_value()),
                                       Database::text(r.workload.name),
                                       Database::text(r.workload.nameSpace),
                                       Database::text(r.workload.cluster),
                                       Database::text(r.changeType),
                                       QVariant(r.recordedAt.toMSecsSinceEpoch()) })
                insert.addBindValue(v);
            if (!m_db.exec(insert))
                return false;
        }
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO owner_trail (repository, cursor, cursor_seen) VALUES (?, ?, ?) "
                           "ON CONFLICT (repository) DO UPDATE SET cursor = excluded.cursor, cursor_seen = "
                           "excluded.cursor_seen"));
        q.addBindValue(repository);
        q.addBindValue(Database::text(cursor.modified));
        q.addBindValue(cursor.seenAtModified);
        return m_db.exec(q);
    });
}

bool OwnerTrailStore::finishRead(const QString &repository, const QString &error)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO owner_trail (repository, cursor, cursor_seen, read_at, error) VALUES (?, '', 0, ?, ?) "
        "ON CONFLICT (repository) DO UPDATE SET read_at = excluded.read_at, error = excluded.error"));
    q.addBindValue(repository);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    return m_db.exec(q);
}

std::optional<TrailState> OwnerTrailStore::state(const QString &repository)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT s.cursor, s.cursor_seen, s.read_at, s.error, "
                       "(SELECT count(*) FROM owner_records o WHERE o.repository = s.repository), "
                       "(SELECT max(recorded_at) FROM owner_records o WHERE o.repository = s.repository) "
                       "FROM owner_trail s WHERE s.repository = ?"));
    q.addBindValue(repository);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    TrailState s;
    s.repository = repository;
    s.cursor = TrailCursor { q.value(0).toString(), q.value(1).toInt() };
    if (!q.value(2).isNull())
        s.readAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    s.error = q.value(3).toString();
    s.records = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        s.newestRecord = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    return s;
}

std::optional<TrailState> OwnerTrailStore::lastRead()
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT repository FROM owner_trail WHERE read_at IS NOT NULL ORDER BY read_at DESC LIMIT 1"));
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    const QString repository = q.value(0).toString();
    q.finish();
    return state(repository);
}

QList<OwnerRecord> OwnerTrailStore::select(const QString &where, const QVariantList &values, int limit)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM owner_records WHERE %2 "
                                              "ORDER BY recorded_at DESC, modified DESC, path LIMIT ?")
                                   .arg(recordColumns, where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<OwnerRecord> list;
    if (!m_db.exec(q))
        return list;
    while (q.next())
        list.append(recordFrom(q));
    return list;
}

std::optional<OwnerRecord> OwnerTrailStore::newest(const ImageTag &tag, const char *condition)
{
    QVariantList values;
    const QString where = rowCondition(tag, &values) + QStringLiteral(" AND ") + QLatin1StringView(condition);
    const QList<OwnerRecord> found = select(where, values, 1);
    return found.isEmpty() ? std::nullopt : std::optional<OwnerRecord>(found.constFirst());
}

OwnerProvenance OwnerTrailStore::attach(ImageTag &tag)
{
    OwnerProvenance p;
    p.deployedBy = tag.deployedBy ? OwnerProvenance::Source::Platform : OwnerProvenance::Source::None;
    p.buildOwner = tag.buildInfo ? OwnerProvenance::Source::Platform : OwnerProvenance::Source::None;
    if (tag.digest.isEmpty() && tag.name.isEmpty())
        return p;
    if (!tag.deployedBy) {
        p.deployRecord = newest(tag, "deployed_by IS NOT NULL");
        if (p.deployRecord) {
            tag.deployedBy = p.deployRecord->deployedBy;
            p.deployedBy = OwnerProvenance::Source::Trail;
        }
    }
    if (!tag.buildInfo) {
        p.buildRecord = newest(tag, "has_build");
        if (p.buildRecord) {
            tag.buildInfo = p.buildRecord->buildInfo;
            p.buildOwner = OwnerProvenance::Source::Trail;
        }
    }
    return p;
}

QList<OwnerRecord> OwnerTrailStore::history(const ImageTag &tag, int limit)
{
    QVariantList values;
    const QString where = rowCondition(tag, &values);
    return select(where, values, limit);
}

QString OwnerTrailStore::newestSql(const QString &column, const QString &r)
{
    // By the row's digest, or for a row without one by its names (OwnerRecord::rowKey()); two subqueries
    // so that each can use its index.
    const QString present = column == QLatin1StringView("build_owner")
        ? QStringLiteral("o.has_build")
        : QStringLiteral("o.deployed_by IS NOT NULL");
    const QString newest = QStringLiteral(" ORDER BY o.recorded_at DESC, o.modified DESC, o.path LIMIT 1)");
    return QStringLiteral(
               "coalesce((SELECT o.%1 FROM owner_records o WHERE %2.digest <> '' AND o.digest = %2.digest "
               "AND %3%4, (SELECT o.%1 FROM owner_records o WHERE %2.digest = '' AND o.digest = '' AND "
               "o.row_key = %2.registry || char(31) || %2.repository_path || char(31) || %2.name || "
               "char(31) || %2.tag || char(31) || %2.architecture AND %3%4)")
        .arg(column, r, present, newest);
}
