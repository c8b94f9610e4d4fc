#include "trailreader.h"

#include "apiclient.h"
#include "artifactoryrequests.h"
#include "logging.h"

#include <QCoreApplication>

namespace {
constexpr int maxRejectedSamples = 5;
} // namespace

TrailReader::TrailReader(ApiClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    m_result.repository = m_options.repository;
}

TrailReader::~TrailReader()
{
    cancel();
}

void TrailReader::start(const TrailCursor &from)
{
    m_cursor = from;
    search();
}

void TrailReader::cancel()
{
    m_finished = true;
    QList<QPointer<ApiRequest>> requests = std::exchange(m_inFlight, {});
    requests.append(m_search);
    for (const QPointer<ApiRequest> &request : std::as_const(requests)) {
        if (request) {
            request->disconnect(this);
            request->abort();
            request->deleteLater();
        }
    }
}

bool TrailReader::isRecordPath(const QString &path)
{
    return path.startsWith(QLatin1StringView("v1/")) && path.endsWith(QLatin1StringView(".json"));
}

TrailCursor TrailReader::advance(const TrailCursor &from, const QList<ArtifactItem> &items)
{
    if (items.isEmpty())
        return from;
    const ArtifactItem &last = items.constLast();
    int atLast = 0;
    for (const ArtifactItem &item : items)
        atLast += item.modifiedAt == last.modifiedAt ? 1 : 0;
    const QDateTime fromTime = QDateTime::fromString(from.modified, Qt::ISODateWithMs);
    // Still at the time the page started from: the files seen there before count too.
    if (fromTime.isValid() && fromTime == last.modifiedAt)
        return TrailCursor { from.modified, from.seenAtModified + int(items.size()) };
    return TrailCursor { last.modified, atLast };
}

void TrailReader::search()
{
    if (m_finished || !m_client)
        return;
    if (++m_pages > m_options.maxPages) {
        stop(tr("the search of %1 went on for more than %2 pages")
                 .arg(m_options.repository)
                 .arg(m_options.maxPages));
        return;
    }
    AqlFilesRequest::Query query { m_options.repository, m_cursor.modified, m_cursor.seenAtModified,
                                   m_options.pageLimit };
    auto *request = new AqlFilesRequest(m_client, query, this);
    m_search = request;
    connect(request, &ApiRequest::finished, this, &TrailReader::onSearched);
    request->start();
}

void TrailReader::onSearched()
{
    auto *request = qobject_cast<AqlFilesRequest *>(sender());
    request->deleteLater();
    if (m_finished)
        return;
    if (request->error()) {
        const ApiError &e = request->error();
        stop(e.kind == ApiError::Kind::Forbidden || e.kind == ApiError::Kind::Unauthorized
                 ? tr("the token may not search %1 (%2); an administrator can give its user read permission "
                      "on "
                      "that repository")
                       .arg(m_options.repository, e.message())
                 : e.message());
        return;
    }
    m_items = request->result();
    m_lastPage = m_items.size() < m_options.pageLimit;
    m_pageCursor = advance(m_cursor, m_items);
    if (m_items.isEmpty()) {
        stop({});
        return;
    }
    m_result.listed += m_items.size();
    m_records = QList<std::optional<OwnerRecord>>(m_items.size());
    m_nextItem = 0;
    m_done = 0;
    readMore();
}

void TrailReader::readMore()
{
    while (!m_finished && m_nextItem < m_items.size() && m_inFlight.size() < m_options.parallelReads) {
        const int index = m_nextItem++;
        const ArtifactItem &item = m_items.at(index);
        if (!isRecordPath(item.fullPath())) { // a file of someone else's in the repository
            ++m_done;
            continue;
        }
        auto *request =
            new ArtifactRequest(m_client, m_options.repository, item.fullPath(), OwnerRecord::maxBytes, this);
        m_inFlight.append(request);
        connect(request, &ApiRequest::finished, this, [this, index] { onRead(index); });
        request->start();
    }
    if (!m_finished && m_done == m_items.size()) {
        QList<OwnerRecord> batch;
        for (const std::optional<OwnerRecord> &record : std::as_const(m_records)) {
            if (record)
                batch.append(*record);
        }
        m_result.stored += batch.size();
        Q_EMIT progressChanged(m_result.stored);
        Q_EMIT batchRead(batch, m_pageCursor);
    }
}

void TrailReader::onRead(int index)
{
    auto *request = qobject_cast<ArtifactRequest *>(sender());
    request->deleteLater();
    m_inFlight.removeAll(request);
    if (m_finished)
        return;
    const ArtifactItem &item = m_items.at(index);
    if (request->error()) {
        const ApiError &e = request->error();
        if (e.kind == ApiError::Kind::Protocol || e.kind == ApiError::Kind::TooLarge) {
            ++m_result.rejected; // this file is unusable; the others are not
            if (m_result.rejectedSamples.size() < maxRejectedSamples)
                m_result.rejectedSamples.append(item.fullPath() + QStringLiteral(": ") + e.message());
        } else {
            stop(e.kind == ApiError::Kind::Forbidden ? tr("the token may not read the records in %1 (%2)")
                                                           .arg(m_options.repository, e.message())
                                                     : e.message());
            return;
        }
    } else if (request->missing()) {
        ++m_result.missing;
    } else {
        QString reason;
        std::optional<OwnerRecord> record = OwnerRecord::fromJson(request->body(), &reason);
        if (record) {
            record->path = item.fullPath();
            record->modified = item.modified;
            m_records[index] = std::move(record);
        } else {
            ++m_result.rejected;
            if (m_result.rejectedSamples.size() < maxRejectedSamples)
                m_result.rejectedSamples.append(item.fullPath() + QStringLiteral(": ") + reason);
        }
    }
    ++m_done;
    readMore();
}

void TrailReader::next()
{
    if (m_finished)
        return;
    m_cursor = m_pageCursor;
    if (m_lastPage)
        stop({});
    else
        search();
}

void TrailReader::stop(const QString &warning)
{
    if (m_finished)
        return;
    if (!warning.isEmpty()) {
        m_result.warning = tr("The owner trail was not read to the end: %1").arg(warning);
        qCWarning(lcSync).noquote() << m_result.warning;
    }
    cancel();
    Q_EMIT finished(m_result);
}
