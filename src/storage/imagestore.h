#pragma once

#include "risk.h"
#include "tagquery.h"

#include <QList>
#include <QString>

class Database;

// One image of a generation, as the Images table shows it (docs/jfrog-api.md 2, 3.7.3): the tags of
// (registry, repository_path, name) grouped; risk and vulnerabilities are those of its riskiest
// tag; it runs when any tag runs.
struct ImageRow
{
    qint64 id = 0;
    QString imageKey; // registry U+001F repository_path U+001F name, as tag_rows.image_key
    QString name;
    QString registry;
    QString repositoryPath;
    int tagCount = 0;
    Risks risks; // the riskiest tag's
    int vulnerabilities = 0; // the riskiest tag's
    qint64 riskiestRow = 0; // tag_rows.id of the riskiest tag
    bool running = false;
    int workloads = 0; // distinct workloads over all its tags
    int clusters = 0; // distinct clusters over all its tags
    bool changed = false; // a tag is new or different since the previous generation
};

// An image in a filtered list: which one and how many of its tags match.
struct ImageMatch
{
    qint64 id = 0;
    int tags = 0;
    bool operator==(const ImageMatch &) const = default;
};

// A Build Owner or Deployed By of a generation: how many tag rows they built or deployed, and how
// many of those carry any risk (a row they both built and deployed counts once).
struct PersonTally
{
    QString name;
    int tags = 0;
    int riskyTags = 0;
    bool operator==(const PersonTally &) const = default;
};

// Typed SQL for image_rows (cache v4), the per-generation aggregate of tag_rows that the
// Images list sorts and pages through without grouping 100,000 tags on every change.
class ImageStore
{
public:
    explicit ImageStore(Database &db);

    // Aggregates a generation's tags into its image rows (replacing any); the caller holds a
    // transaction. GenerationStore runs it when a generation becomes complete.
    static bool build(Database &db, qint64 generation);
    // Cache migration 4: image rows for every generation already complete or held.
    static bool buildAll(Database &db);

    // Every image with at least one tag matching `query`, in `query`'s order (ids only).
    QList<ImageMatch> matching(qint64 generation, const TagQuery &query, bool *ok = nullptr);
    // The rows of these images, in the order of `ids` (unknown ids are skipped).
    QList<ImageRow> rows(const QList<qint64> &ids);
    std::optional<ImageRow> byKey(qint64 generation, const QString &imageKey);
    qint64 count(qint64 generation);
    // Every Build Owner and Deployed By of the generation's tags (the platform's value, else the owner
    // trail's, as tag_list holds them), by name; one grouped statement over tag_list.
    QList<PersonTally> people(qint64 generation, bool *ok = nullptr);

    static QString imageKey(const QString &registry, const QString &repositoryPath, const QString &name);

private:
    Database &m_db;
};
