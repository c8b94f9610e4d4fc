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

// Alarm rules (src/rules/rulestore.h). The rule itself is the JSON document; the other columns are
// what the app needs without parsing it: its name for lists, its deployment to the platform.
// Secret values are never here, only their names inside the document.
QStringList localRules()
{
    return {
        QStringLiteral(R"(CREATE TABLE rules (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            document TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            worker_key TEXT,
            deployed_revision INTEGER,
            deployed_at INTEGER,
            enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1))))"),
        QStringLiteral("CREATE UNIQUE INDEX rules_worker_key ON rules (worker_key) WHERE worker_key IS NOT NULL"),
        QStringLiteral("CREATE INDEX rules_name ON rules (name)"),
    };
}

// Named views of a page's list (filter, chips, sort, columns), as the user saved them. The
// state is the page's own JSON document (for Images: ImagesViewState).
QStringList localSavedViews()
{
    return {
        QStringLiteral(R"(CREATE TABLE saved_views (
            page TEXT NOT NULL,
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
            state TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (page, name)) WITHOUT ROWID)"),
    };
}

} // namespace Migrations
