#pragma once

#include "ownertrailstore.h"
#include "syncprogress.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiRequest;
struct ArtifactItem;

// Reads the owner trail (docs/jfrog-api.md 3.10) from where the last read stopped: AQL for the record
// files modified since, oldest first, a page at a time, then a GET of each (a few at once). Each page
// that was read whole is handed over as a batch with the cursor after it; the caller stores both and
// calls next(). A failure ends the read with a warning and leaves the cursor before the page, so the
// next read tries it again; files that are not records are counted and passed over.
class TrailReader : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString repository;
        int pageLimit = 500;
        int parallelReads = 4;
        int maxPages = 10000; // a search that never ends is an error
    };

    TrailReader(ApiClient *client, Options options, QObject *parent = nullptr);
    ~TrailReader() override;

    void start(const TrailCursor &from);
    void next(); // after a batch is stored
    void cancel();
    const TrailReadResult &result() const { return m_result; }

    // The cursor after a page searched from `from` (items oldest first, as the search returned them).
    static TrailCursor advance(const TrailCursor &from, const QList<ArtifactItem> &items);

Q_SIGNALS:
    void batchRead(const QList<OwnerRecord> &records, const TrailCursor &cursor);
    void progressChanged(qint64 recordsRead);
    void finished(const TrailReadResult &result);

private:
    void search();
    void onSearched();
    void readMore();
    void onRead(int index);
    void stop(const QString &warning);
    static bool isRecordPath(const QString &path);

    QPointer<ApiClient> m_client;
    Options m_options;
    TrailReadResult m_result;
    TrailCursor m_cursor;
    TrailCursor m_pageCursor; // after the current page
    QList<ArtifactItem> m_items;
    QList<std::optional<OwnerRecord>> m_records;
    QList<QPointer<ApiRequest>> m_inFlight;
    QPointer<ApiRequest> m_search;
    int m_nextItem = 0;
    int m_done = 0;
    int m_pages = 0;
    bool m_lastPage = false;
    bool m_finished = false;
};
