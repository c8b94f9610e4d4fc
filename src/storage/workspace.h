#pragma once

#include "database.h"

#include <QString>

// The two SQLite files of one Runtime Desk profile. The local file holds what exists nowhere
// else (triage, notes, rules, cases, journal) and is never deleted; the cache beside it holds
// the synced inventory and can be rebuilt from the platform.
struct Workspace
{
    QString localPath; // desk.sqlite
    QString cachePath; // desk.cache.sqlite

    // --db FILE names the local file; the cache sits beside it.
    static Workspace fromLocalPath(const QString &localPath);
    // The default profile under the user's application data directory (or `name` beside it).
    static Workspace standard(const QString &name = QStringLiteral("desk"));

    // Both files as the app and the CLI open them: created or migrated; the local file with every
    // commit synced to disk and, when damaged, moved aside (never deleted); the cache, when
    // damaged, moved aside and created anew for the next sync to fill.
    Database::OpenResult openLocal() const;
    Database::OpenResult openCache() const;
};
