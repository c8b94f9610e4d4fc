#pragma once

#include "database.h"
#include "imagetag.h"
#include "syncjob.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

class ApiClient;

// What the sync tests share: running a SyncJob to its end, reading the current generation back,
// and comparing it with what the server holds (docs/TESTING.md NET-1, NET-2: 0 rows lost, 0 rows
// duplicated).
namespace SyncCheck {

// The image-tag listing's fault rule (the JSON of POST /__demo/faults); `path` defaults to the listing.
QJsonObject fault(const char *kind, QJsonObject extra = {});

// Opens the cache as the app does (created or migrated, rebuilt when damaged); nullptr on failure.
std::unique_ptr<Database> openCache(const QString &path);

// Runs one sync to its end in the caller's thread; an Outcome::Failed result with the message
// "the test gave up waiting" when it does not finish in time.
SyncResult run(ApiClient *client, const QString &cachePath, const SyncOptions &options = {},
               int timeoutMs = 120000);

// Every tag of the current generation, by ImageTag::key(); empty when there is none.
QMap<QString, ImageTag> cachedTags(const QString &cachePath, qint64 *generation = nullptr);
QMap<QString, ImageTag> byKey(const QList<ImageTag> &tags);
// Every row of the current generation as stored (a duplicate would be there twice), by key.
QList<ImageTag> currentRows(const QString &cachePath);

// The current generation against the server: identities (registry, repository path, name, tag,
// architecture, digest) missing, listed more than once, not on the server, and same key with other content.
struct Diff
{
    int serverRows = 0;
    int cacheRows = 0;
    int lost = 0;
    int duplicated = 0;
    int extra = 0;
    int changed = 0;
    bool equal() const
    {
        return lost == 0 && duplicated == 0 && extra == 0 && changed == 0 && serverRows == cacheRows;
    }
    QString describe() const;
};
Diff compare(const QList<ImageTag> &server, const QString &cachePath);

// `PRAGMA integrity_check` of a database file ("ok" when healthy), through a connection of its own.
QString integrity(const QString &path);

} // namespace SyncCheck
