#pragma once

#include "ownerrecord.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class Database;

// Where an incremental read of a trail repository stands: the last modification time read (as the
// server wrote it) and how many files at exactly that time were read (docs/jfrog-api.md 3.10).
struct TrailCursor
{
    QString modified; // empty: nothing read yet
    int seenAtModified = 0;
    bool operator==(const TrailCursor &) const = default;
};

// The last read of one trail repository.
struct TrailState
{
    QString repository;
    TrailCursor cursor;
    QDateTime readAt; // the last read, successful or not
    QString error; // why the last read stopped short; empty when it read everything
    qint64 records = 0; // records kept from this repository
    QDateTime newestRecord; // the newest recorded_at among them
};

// Who a row's Build Owner and Deployed By are, and where each came from.
struct OwnerProvenance
{
    enum class Source { None, Platform, Trail };
    Source deployedBy = Source::None;
    Source buildOwner = Source::None;
    std::optional<OwnerRecord> deployRecord; // the trail record Deployed By came from
    std::optional<OwnerRecord> buildRecord; // the trail record the build came from
};

// The owner trail as read from the platform: one row per record file, kept across generations (records
// describe digests, not a sync), and the cursor of each repository's incremental read.
class OwnerTrailStore
{
public:
    explicit OwnerTrailStore(Database &db);

    TrailCursor cursor(const QString &repository);
    // Keeps a batch of records and moves the cursor past them, in one transaction.
    bool write(const QString &repository, const QList<OwnerRecord> &records, const TrailCursor &cursor);
    // Marks the end of a read: when, and why it stopped short (empty when it did not).
    bool finishRead(const QString &repository, const QString &error);
    std::optional<TrailState> state(const QString &repository);
    std::optional<TrailState> lastRead(); // of whichever repository was read last

    // Fills what the platform left out of `tag` from the newest trail records of its digest (of its row,
    // when it has none): the platform's own values win. Says where each came from.
    OwnerProvenance attach(ImageTag &tag);
    // Every record of the tag's digest (or row), newest first: who deployed it where, and when.
    QList<OwnerRecord> history(const ImageTag &tag, int limit = 200);

    // SQL for the newest trail value of a column for tag_rows alias `r` (build_owner or deployed_by),
    // for building the list columns in one statement.
    static QString newestSql(const QString &column, const QString &rowAlias);

private:
    std::optional<OwnerRecord> newest(const ImageTag &tag, const char *condition);
    QList<OwnerRecord> select(const QString &where, const QVariantList &values, int limit);

    Database &m_db;
};

Q_DECLARE_METATYPE(TrailCursor)
