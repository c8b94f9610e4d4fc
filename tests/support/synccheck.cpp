#include "synccheck.h"

#include "apiclient.h"
#include "generationstore.h"
#include "tagstore.h"
#include "workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>

#include <sqlite3.h>

namespace SyncCheck {

QJsonObject fault(const char *kind, QJsonObject extra)
{
    extra.insert(QStringLiteral("fault"), QLatin1StringView(kind));
    if (!extra.contains(QStringLiteral("path")))
        extra.insert(QStringLiteral("path"), QStringLiteral("/runtime/api/v1/images/tags"));
    return extra;
}

std::unique_ptr<Database> openCache(const QString &path)
{
    Workspace workspace;
    workspace.cachePath = path;
    return std::move(workspace.openCache().database);
}

SyncResult run(ApiClient *client, const QString &cachePath, const SyncOptions &options, int timeoutMs)
{
    SyncJob job(client, cachePath, options);
    QSignalSpy finished(&job, &SyncJob::finished);
    job.start();
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        SyncResult gaveUp;
        gaveUp.message = QStringLiteral("the test gave up waiting");
        return gaveUp;
    }
    return finished.first().first().value<SyncResult>();
}

QMap<QString, ImageTag> byKey(const QList<ImageTag> &tags)
{
    QMap<QString, ImageTag> map;
    for (const ImageTag &t : tags)
        map.insert(t.key(), t);
    return map;
}

QMap<QString, ImageTag> cachedTags(const QString &cachePath, qint64 *generation)
{
    QMap<QString, ImageTag> map;
    if (generation)
        *generation = 0;
    auto db = openCache(cachePath);
    if (!db)
        return map;
    GenerationStore generations(*db);
    const auto current = generations.current();
    if (!current)
        return map;
    if (generation)
        *generation = current->id;
    TagStore tags(*db);
    for (const ImageTag &t : tags.all(current->id))
        map.insert(t.key(), t);
    return map;
}

QList<ImageTag> currentRows(const QString &cachePath)
{
    auto db = openCache(cachePath);
    if (!db)
        return {};
    GenerationStore generations(*db);
    const auto current = generations.current();
    if (!current)
        return {};
    return TagStore(*db).all(current->id);
}

namespace {
QString identity(const ImageTag &t)
{
    return QStringList { t.registry, t.repositoryPath, t.name, t.tag, t.architecture, t.digest }.join(
        QChar(0x1f));
}
} // namespace

QString Diff::describe() const
{
    return QStringLiteral("server %1 rows, cache %2 rows: %3 lost, %4 duplicated, %5 extra, %6 changed")
        .arg(serverRows)
        .arg(cacheRows)
        .arg(lost)
        .arg(duplicated)
        .arg(extra)
        .arg(changed);
}

Diff compare(const QList<ImageTag> &server, const QString &cachePath)
{
    Diff diff;
    diff.serverRows = int(server.size());
    auto db = openCache(cachePath);
    if (!db) {
        diff.lost = diff.serverRows;
        return diff;
    }
    GenerationStore generations(*db);
    const auto current = generations.current();
    if (!current) {
        diff.lost = diff.serverRows;
        return diff;
    }
    // Every row of the generation as stored, so a duplicate would be counted, not folded by a map.
    QSqlQuery rows =
        db->prepare(QStringLiteral("SELECT r.registry, r.repository_path, r.name, r.tag, r.architecture, "
                                   "r.digest FROM generation_tags g "
                                   "JOIN tag_rows r ON r.id = g.tag_row WHERE g.generation = ?"));
    rows.addBindValue(current->id);
    QMap<QString, int> seen;
    if (db->exec(rows)) {
        while (rows.next()) {
            QStringList parts;
            for (int i = 0; i < 6; ++i)
                parts.append(rows.value(i).toString());
            ++seen[parts.join(QChar(0x1f))];
            ++diff.cacheRows;
        }
    }
    QMap<QString, int> expected;
    for (const ImageTag &t : server)
        ++expected[identity(t)];
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        diff.duplicated += it.value() - 1;
        if (!expected.contains(it.key()))
            ++diff.extra;
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key()))
            diff.lost += it.value();
    }
    TagStore tags(*db);
    const QMap<QString, ImageTag> stored = byKey(tags.all(current->id));
    for (const ImageTag &t : server) {
        const auto it = stored.constFind(t.key());
        if (it != stored.cend() && !(it.value() == t))
            ++diff.changed;
    }
    return diff;
}

QString integrity(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt *statement = nullptr;
    QStringList lines;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK) {
        lines.append(QString::fromUtf8(sqlite3_errmsg(db)));
    } else {
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            lines.append(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        if (rc != SQLITE_DONE)
            lines.append(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return lines.join(u'\n');
}

} // namespace SyncCheck
