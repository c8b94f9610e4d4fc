#pragma once

#include "imagetag.h"
#include "ownertrailstore.h"
#include "tagquery.h"

#include <QByteArray>
#include <QList>
#include <QSqlQuery>

#include <memory>

class Database;

// A tag ready to store: its stored JSON and content hash, computed on the thread that parsed
// it, so the writer thread only runs SQL.
struct PreparedTag
{
    ImageTag tag;
    QByteArray json;
    QByteArray hash;
};

// A tag as the cache holds it: the value plus what the cache knows about it.
struct StoredTag
{
    qint64 rowId = 0;
    ImageTag
        tag; // Build Owner and Deployed By completed from the owner trail where the platform left them out
    bool changed = false; // new or different since the previous generation
    OwnerProvenance owners; // where the tag's Build Owner and Deployed By came from
};

// One list row, read straight from columns (no JSON): what list views need.
struct TagRow
{
    qint64 rowId = 0;
    QString name;
    QString tag;
    QString registry;
    QString repositoryPath;
    QString digest;
    QString runtimeStatus;
    QString architecture;
    Risks risks;
    int vulnerabilities = 0;
    int criticalApplicable = 0;
    int workloads = 0;
    int clusters = 0;
    QString buildOwner;
    QString deployedBy;
    bool changed = false;

    // The row's names and identity (registry, repository path, name, tag, architecture, digest) as an
    // ImageTag, for its references (ImageTag::pinnedReference()).
    ImageTag identity() const
    {
        ImageTag t;
        t.registry = registry;
        t.repositoryPath = repositoryPath;
        t.name = name;
        t.tag = tag;
        t.architecture = architecture;
        t.digest = digest;
        return t;
    }
};

// Typed SQL for image tags and what hangs off them (vulnerabilities, malicious packages,
// workloads, full-text index). Tag content is stored once, keyed by a hash of its JSON;
// a generation lists which contents it holds.
class TagStore
{
public:
    explicit TagStore(Database &db);
    ~TagStore();

    // Adds a page of tags to a generation; the caller wraps it in a transaction.
    bool addTags(qint64 generation, const QList<PreparedTag> &tags);
    bool addTags(qint64 generation, const QList<ImageTag> &tags);
    static PreparedTag prepare(const ImageTag &tag);

    qint64 count(qint64 generation);
    // REF is a digest (with or without "sha256:"), "name:tag", or "registry/repository_path/name:tag"; either
    // name form may be pinned to a digest ("name:tag@sha256:HEX") or, for rows without one, to an
    // architecture
    // ("name:tag@arch:arm64"). Every matching row, by architecture.
    QList<StoredTag> findByReference(qint64 generation, const QString &reference);
    // Tags that match `query` (cache v4's tag list of the generation, so after its commit).
    QList<StoredTag> query(qint64 generation, const TagQuery &query);
    QList<TagRow> rows(qint64 generation, const TagQuery &query);
    // The tags of one image (image_rows.id) that match `query`, in its order.
    QList<TagRow> rowsOfImage(qint64 generation, qint64 imageId, const TagQuery &query);
    qint64 countMatching(qint64 generation, const TagQuery &query);
    // The other rows of the same tag in a generation (row `rowId` is `tag`): its other architectures,
    // and other digests of the same architecture (a re-pushed tag whose old digest still runs).
    QList<TagRow> siblingsOf(qint64 generation, const ImageTag &tag, qint64 rowId);
    std::optional<StoredTag> byRowId(qint64 rowId);
    // The tag with this row in a generation, with its "changed" flag; nullopt when not in it.
    std::optional<StoredTag> inGeneration(qint64 generation, qint64 rowId);
    // Every tag of a generation as the platform sent it (no owners from the trail), ordered by key: for
    // comparing the cache with a server.
    QList<ImageTag> all(qint64 generation);

    static QByteArray contentHash(const QByteArray &detailJson);
    static QByteArray contentHash(const ImageTag &tag, QByteArray *storedJson);
    // Cache migration 3: rewrites every row in the current encoding (JSON without the lists
    // that have tables of their own, hash over everything), so rows written before still deduplicate.
    static bool reencodeRows(Database &db);
    // The FTS5 MATCH expression for what a user typed: every word must match as a prefix.
    static QString matchExpression(const QString &text);

private:
    struct Statements;
    bool insertRow(const PreparedTag &prepared, qint64 *rowId);
    enum class Owners { WithTrail, AsSent };
    QList<StoredTag> read(QSqlQuery &query, Owners owners = Owners::WithTrail);
    QList<TagRow> readRows(const QString &sql, const QVariantList &values);
    QList<Vulnerability> vulnerabilities(qint64 rowId);
    QList<WorkloadRef> workloads(qint64 rowId);
    QList<MaliciousPackage> maliciousPackages(qint64 rowId);
    struct ReadStatements;
    ReadStatements &readStatements();

    Database &m_db;
    OwnerTrailStore m_trail;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<ReadStatements> m_read;
};
