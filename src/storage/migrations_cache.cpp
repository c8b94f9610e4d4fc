#include "migrations.h"

namespace Migrations {

QStringList cacheInventory()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"),
        // One row per sync attempt. Only a 'complete' generation is ever shown; a sync writes
        // into its own generation and the switch happens in one statement at the end.
        QStringLiteral(R"(CREATE TABLE generations (
            id INTEGER PRIMARY KEY,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            state TEXT NOT NULL CHECK (state IN ('running', 'complete', 'failed', 'abandoned', 'held')),
            source TEXT NOT NULL,
            phase TEXT NOT NULL DEFAULT 'tags',
            resume_key TEXT,
            pages INTEGER NOT NULL DEFAULT 0,
            tag_count INTEGER NOT NULL DEFAULT 0,
            workload_count INTEGER NOT NULL DEFAULT 0,
            cluster_count INTEGER NOT NULL DEFAULT 0,
            rejected_count INTEGER NOT NULL DEFAULT 0,
            server_total INTEGER,
            error TEXT))"),
        // Tag content, stored once however many generations hold it (content-addressed).
        QStringLiteral(R"(CREATE TABLE tag_rows (
            id INTEGER PRIMARY KEY,
            content_hash BLOB NOT NULL UNIQUE,
            tag_key TEXT NOT NULL,
            image_key TEXT NOT NULL,
            registry TEXT NOT NULL,
            repository_path TEXT NOT NULL,
            name TEXT NOT NULL,
            tag TEXT NOT NULL,
            digest TEXT NOT NULL,
            architecture TEXT NOT NULL,
            runtime_status TEXT NOT NULL,
            risks INTEGER NOT NULL,
            risk_rank INTEGER NOT NULL,
            vulnerabilities_count INTEGER NOT NULL,
            critical_applicable_count INTEGER NOT NULL,
            max_severity INTEGER NOT NULL,
            workloads_count INTEGER NOT NULL,
            clusters_count INTEGER NOT NULL,
            deployed_by TEXT,
            build_owner TEXT,
            build_name TEXT,
            build_number TEXT,
            registry_trusted INTEGER,
            integrity_status TEXT,
            detail_json TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX tag_rows_tag_key ON tag_rows (tag_key)"),
        QStringLiteral("CREATE INDEX tag_rows_digest ON tag_rows (digest)"),
        QStringLiteral(R"(CREATE TABLE generation_tags (
            generation INTEGER NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
            tag_key TEXT NOT NULL,
            tag_row INTEGER NOT NULL REFERENCES tag_rows (id),
            changed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (generation, tag_key)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX generation_tags_row ON generation_tags (tag_row)"),
        QStringLiteral(R"(CREATE TABLE vulnerabilities (
            tag_row INTEGER NOT NULL REFERENCES tag_rows (id) ON DELETE CASCADE,
            cve_id TEXT NOT NULL,
            xray_id TEXT NOT NULL,
            severity INTEGER NOT NULL,
            cvss_v2 TEXT NOT NULL,
            cvss_v3 TEXT NOT NULL,
            applicability TEXT NOT NULL,
            component_id TEXT NOT NULL,
            component_name TEXT NOT NULL,
            component_version TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX vulnerabilities_row ON vulnerabilities (tag_row)"),
        QStringLiteral(R"(CREATE TABLE malicious_packages (
            tag_row INTEGER NOT NULL REFERENCES tag_rows (id) ON DELETE CASCADE,
            xray_id TEXT NOT NULL,
            component_id TEXT NOT NULL,
            component_name TEXT NOT NULL,
            component_version TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX malicious_packages_row ON malicious_packages (tag_row)"),
        QStringLiteral(R"(CREATE TABLE tag_workloads (
            tag_row INTEGER NOT NULL REFERENCES tag_rows (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            namespace TEXT NOT NULL,
            cluster TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX tag_workloads_row ON tag_workloads (tag_row)"),
        QStringLiteral("CREATE INDEX tag_workloads_cluster ON tag_workloads (cluster, namespace)"),
        QStringLiteral(R"(CREATE TABLE workloads (
            generation INTEGER NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
            workload_key TEXT NOT NULL,
            name TEXT NOT NULL,
            namespace TEXT NOT NULL,
            cluster TEXT NOT NULL,
            runtime_status TEXT NOT NULL,
            risks INTEGER NOT NULL,
            vulnerabilities_count INTEGER NOT NULL,
            detail_json TEXT NOT NULL,
            PRIMARY KEY (generation, workload_key)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE clusters (
            generation INTEGER NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
            cluster_id TEXT NOT NULL,
            name TEXT NOT NULL,
            detail_json TEXT NOT NULL,
            PRIMARY KEY (generation, cluster_id)) WITHOUT ROWID)"),
    };
}

QStringList cacheTextSearch()
{
    return {
        // Full-text index over what analysts type: names, digests, people, CVEs and where it runs.
        QStringLiteral(R"(CREATE VIRTUAL TABLE tag_search USING fts5 (
            name, tag, registry, repository_path, digest, people, cves, workloads,
            tokenize = "unicode61 remove_diacritics 2"))"),
        QStringLiteral(
            R"(INSERT INTO tag_search (rowid, name, tag, registry, repository_path, digest, people, cves, workloads)
            SELECT r.id, r.name, r.tag, r.registry, r.repository_path, r.digest,
                   coalesce(r.deployed_by, '') || ' ' || coalesce(r.build_owner, ''),
                   (SELECT group_concat(v.cve_id, ' ') FROM vulnerabilities v WHERE v.tag_row = r.id),
                   (SELECT group_concat(w.name || ' ' || w.namespace || ' ' || w.cluster, ' ')
                      FROM tag_workloads w WHERE w.tag_row = r.id)
            FROM tag_rows r)"),
        QStringLiteral(R"(CREATE TRIGGER tag_rows_search_delete AFTER DELETE ON tag_rows BEGIN
            DELETE FROM tag_search WHERE rowid = old.id;
            END)"),
    };
}

QStringList cacheCompactRows()
{
    return {
        // Vulnerabilities live only in their table from now on; TagStore::reencodeRows then
        // rewrites every row's JSON and content hash in the new form.
        QStringLiteral("ALTER TABLE vulnerabilities ADD COLUMN package_type TEXT NOT NULL DEFAULT ''"),
        // Indexes no query uses: every insert paid for them.
        QStringLiteral("DROP INDEX tag_rows_tag_key"),
        QStringLiteral("DROP INDEX tag_workloads_cluster"),
    };
}

QStringList cacheImageList()
{
    QStringList statements {
        // The Images list (one row per registry/repository_path/name of a generation), aggregated
        // once when a generation completes: sorting and paging images never groups the tags. The
        // pos_* columns are each order's position (risk and counts largest first, text A to Z).
        QStringLiteral(R"(CREATE TABLE image_rows (
            id INTEGER PRIMARY KEY,
            generation INTEGER NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
            image_key TEXT NOT NULL,
            name TEXT NOT NULL,
            registry TEXT NOT NULL,
            repository_path TEXT NOT NULL,
            tag_count INTEGER NOT NULL DEFAULT 0,
            risks INTEGER NOT NULL DEFAULT 0,
            risk_rank INTEGER NOT NULL DEFAULT 0,
            vulnerabilities_count INTEGER NOT NULL DEFAULT 0,
            riskiest_row INTEGER NOT NULL DEFAULT 0,
            running INTEGER NOT NULL DEFAULT 0,
            workloads_count INTEGER NOT NULL DEFAULT 0,
            clusters_count INTEGER NOT NULL DEFAULT 0,
            changed INTEGER NOT NULL DEFAULT 0,
            pos_name INTEGER NOT NULL DEFAULT 0,
            pos_risk INTEGER NOT NULL DEFAULT 0,
            pos_vulnerabilities INTEGER NOT NULL DEFAULT 0,
            pos_status INTEGER NOT NULL DEFAULT 0,
            pos_workloads INTEGER NOT NULL DEFAULT 0,
            pos_clusters INTEGER NOT NULL DEFAULT 0,
            pos_repository INTEGER NOT NULL DEFAULT 0,
            pos_registry INTEGER NOT NULL DEFAULT 0,
            UNIQUE (generation, image_key)))"),
        // The list columns of every tag of a generation, without the detail JSON and clustered by
        // image: filters scan a few megabytes in key order instead of seeking 100,000 wide rows.
        QStringLiteral(R"(CREATE TABLE tag_list (
            generation INTEGER NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
            image_id INTEGER NOT NULL,
            tag_row INTEGER NOT NULL,
            tag TEXT NOT NULL,
            digest TEXT NOT NULL,
            architecture TEXT NOT NULL,
            runtime_status TEXT NOT NULL,
            risks INTEGER NOT NULL,
            risk_rank INTEGER NOT NULL,
            vulnerabilities_count INTEGER NOT NULL,
            critical_applicable_count INTEGER NOT NULL,
            max_severity INTEGER NOT NULL,
            workloads_count INTEGER NOT NULL,
            clusters_count INTEGER NOT NULL,
            build_owner TEXT,
            deployed_by TEXT,
            changed INTEGER NOT NULL,
            PRIMARY KEY (generation, image_id, tag_row)) WITHOUT ROWID)"),
    };
    // One index per order, covering what the unfiltered list reads: no sort, no table lookups.
    for (const char *order :
         { "name", "risk", "vulnerabilities", "status", "workloads", "clusters", "repository", "registry" })
        statements.append(
            QStringLiteral("CREATE INDEX image_rows_pos_%1 ON image_rows (generation, pos_%1, tag_count)")
                .arg(QLatin1StringView(order)));
    return statements;
}

QStringList cacheRowIdentity()
{
    return {
        // A row's key now ends with its architecture and digest (ImageTag::key()), so the rows of a
        // multi-architecture or re-pushed tag are kept apart. Rows a generation already lost cannot come
        // back here; the next sync brings them.
        QStringLiteral(
            "UPDATE tag_rows SET tag_key = registry || char(31) || repository_path || char(31) || name || "
            "char(31) || tag || char(31) || architecture || char(31) || digest"),
        QStringLiteral(
            "UPDATE generation_tags SET tag_key = (SELECT r.tag_key FROM tag_rows r WHERE r.id = tag_row)"),
        // What the platform sent, beside what was stored (tag_count) and what it said it had (server_total).
        QStringLiteral("ALTER TABLE generations ADD COLUMN received_count INTEGER"),
        // A sync killed before the upgrade resumes with what it had stored as what it had received.
        QStringLiteral(
            "UPDATE generations SET received_count = (SELECT count(*) FROM generation_tags g WHERE "
            "g.generation = generations.id) WHERE state = 'running'"),
    };
}

QStringList cacheOwnerTrail()
{
    return {
        // The owner trail read back from the platform (OwnerTrailStore): one row per record file. Records
        // describe digests, not a sync, so they belong to no generation.
        QStringLiteral(R"(CREATE TABLE owner_records (
            repository TEXT NOT NULL,
            path TEXT NOT NULL,
            modified TEXT NOT NULL,
            digest TEXT NOT NULL,
            row_key TEXT NOT NULL,
            registry TEXT NOT NULL,
            repository_path TEXT NOT NULL,
            name TEXT NOT NULL,
            tag TEXT NOT NULL,
            architecture TEXT NOT NULL,
            deployed_by TEXT,
            build_owner TEXT,
            build_name TEXT NOT NULL,
            build_number TEXT NOT NULL,
            build_repository TEXT NOT NULL,
            has_build INTEGER NOT NULL,
            workload_name TEXT NOT NULL,
            namespace TEXT NOT NULL,
            cluster TEXT NOT NULL,
            change_type TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            PRIMARY KEY (repository, path)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX owner_records_digest ON owner_records (digest, recorded_at)"),
        QStringLiteral(
            "CREATE INDEX owner_records_row ON owner_records (row_key, recorded_at) WHERE digest = ''"),
        // Each trail repository's incremental read: its cursor and how the last read ended.
        QStringLiteral(R"(CREATE TABLE owner_trail (
            repository TEXT PRIMARY KEY,
            cursor TEXT NOT NULL,
            cursor_seen INTEGER NOT NULL,
            read_at INTEGER,
            error TEXT) WITHOUT ROWID)"),
    };
}

} // namespace Migrations
