#include "migrations.h"

namespace Migrations {

QStringList localJournal()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"),
        // Every user action that changes local data, append-only.
        QStringLiteral(R"(CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            subject TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX journal_subject ON journal (subject, at)"),
    };
}

} // namespace Migrations
