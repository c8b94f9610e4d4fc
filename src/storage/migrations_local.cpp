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
        QStringLiteral(
            "CREATE UNIQUE INDEX rules_worker_key ON rules (worker_key) WHERE worker_key IS NOT NULL"),
        QStringLiteral("CREATE INDEX rules_name ON rules (name)"),
    };
}

// The alarm harness (src/alarms): the delivery log and the golden cases. A delivery row names its
// endpoint by origin only and holds no secret; a case holds an event and what the rule must do with
// it, and goes with its rule.
QStringList localAlarms()
{
    return {
        QStringLiteral(R"(CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            batch TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            rule_name TEXT NOT NULL,
            channel TEXT NOT NULL,
            channel_type TEXT NOT NULL,
            origin TEXT NOT NULL,
            outcome TEXT NOT NULL,
            delivered INTEGER NOT NULL CHECK (delivered IN (0, 1)),
            http_status INTEGER,
            latency_ms INTEGER NOT NULL,
            attempts INTEGER NOT NULL,
            message TEXT NOT NULL,
            webhook_id TEXT))"),
        QStringLiteral("CREATE INDEX deliveries_rule ON deliveries (rule_id, id)"),
        QStringLiteral("CREATE INDEX deliveries_batch ON deliveries (batch)"),
        QStringLiteral(R"(CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            rule_id TEXT NOT NULL REFERENCES rules (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            event TEXT NOT NULL,
            plan_time INTEGER NOT NULL,
            expect_fire INTEGER NOT NULL CHECK (expect_fire IN (0, 1)),
            expect_channels TEXT,
            expect_texts TEXT NOT NULL DEFAULT '[]',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX cases_rule ON cases (rule_id, name)"),
    };
}

} // namespace Migrations

namespace Migrations {

// Documenting a finding (src/findings): the triage of an image tag, its notes, and the outbox of
// tracker requests. A finding belongs to the tag's key (registry, repository path, name, tag), so
// it survives syncs and generations; `digest` is what the finding was last made about. The ticket
// link is the tracker's answer. Tracker credentials are never here: the keychain holds them.
QStringList localFindings()
{
    return {
        QStringLiteral(R"(CREATE TABLE findings (
            subject TEXT PRIMARY KEY,
            registry TEXT NOT NULL,
            repository_path TEXT NOT NULL,
            name TEXT NOT NULL,
            tag TEXT NOT NULL,
            digest TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'investigating', 'ticketed', 'accepted', 'resolved')),
            accepted_until TEXT,
            ticket_tracker TEXT,
            ticket_key TEXT,
            ticket_url TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            CHECK (status <> 'accepted' OR accepted_until IS NOT NULL)))"),
        QStringLiteral(R"(CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            subject TEXT NOT NULL REFERENCES findings (subject),
            markdown TEXT NOT NULL,
            digest TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            edited_at INTEGER))"),
        QStringLiteral("CREATE INDEX notes_subject ON notes (subject, created_at)"),
        // One tracker request that must reach the tracker exactly once. `idempotency_key` is
        // embedded in what is sent (a label and a marker line), so an uncertain attempt can be
        // looked up before the next one. A request is claimed ('sending', attempts + 1) and
        // committed before it goes on the wire.
        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            idempotency_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('issue', 'comment')),
            tracker TEXT NOT NULL CHECK (tracker IN ('jira', 'github')),
            subject TEXT NOT NULL,
            note_id INTEGER,
            payload TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            claimed_at INTEGER,
            result_key TEXT,
            result_url TEXT))"),
        QStringLiteral("CREATE INDEX outbox_state ON outbox (state, id)"),
        QStringLiteral("CREATE INDEX outbox_subject ON outbox (subject, id)"),
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

// Fire drills (src/alarms/drillstore.h): a rule's drill schedule (no row: off), every drill run and
// what each channel did. Kept beside the rule, not in its document: a schedule is this desk's, not
// the worker's. Results hold no secret: a verdict is the dispatcher's or the platform's one line.
QStringList localDrills()
{
    return {
        QStringLiteral(R"(CREATE TABLE drill_schedules (
            rule_id TEXT PRIMARY KEY REFERENCES rules (id) ON DELETE CASCADE,
            cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
            updated_at INTEGER NOT NULL) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE drill_runs (
            id INTEGER PRIMARY KEY,
            rule_id TEXT NOT NULL REFERENCES rules (id) ON DELETE CASCADE,
            started_at INTEGER NOT NULL,
            finished_at INTEGER NOT NULL,
            path TEXT NOT NULL CHECK (path IN ('direct', 'platform')),
            ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
            message TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX drill_runs_rule ON drill_runs (rule_id, id)"),
        QStringLiteral(R"(CREATE TABLE drill_results (
            run_id INTEGER NOT NULL REFERENCES drill_runs (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            channel TEXT NOT NULL,
            channel_type TEXT NOT NULL,
            delivered INTEGER NOT NULL CHECK (delivered IN (0, 1)),
            http_status INTEGER,
            verdict TEXT NOT NULL,
            PRIMARY KEY (run_id, position)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX drill_results_channel ON drill_results (channel, delivered)"),
    };
}

} // namespace Migrations

namespace Migrations {

// The people directory (PeopleStore): who a Build Owner or Deployed By is, keyed by the name exactly as
// the inventory spells it. `source` says whose word it is: the user's own ('yours') wins over the
// platform's Access API ('platform'); 'unresolved' keeps why a name could not be resolved.
QStringList localPeople()
{
    return {
        QStringLiteral(R"(CREATE TABLE people (
            name TEXT PRIMARY KEY,
            email TEXT NOT NULL DEFAULT '',
            slack_id TEXT NOT NULL DEFAULT '',
            team TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL CHECK (source IN ('yours', 'platform', 'unresolved')),
            status TEXT NOT NULL DEFAULT '',
            groups TEXT NOT NULL DEFAULT '[]',
            resolved_at INTEGER,
            reason TEXT NOT NULL DEFAULT '') WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX people_source ON people (source)"),
    };
}

} // namespace Migrations
