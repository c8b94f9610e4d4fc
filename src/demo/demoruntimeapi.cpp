#include "demoruntimeapi.h"

#include "demofilter.h"
#include "demojson.h"
#include "jsonwriter.h"
#include "runtimejson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

constexpr qsizetype cacheEntries = 8;

// A platform sends UTF-8, which cannot hold a lone surrogate: "?", as QString::toUtf8 writes it.
const JsonWriter::Style utf8Style { 0, false, JsonWriter::LoneSurrogates::Replace };

// FNV-1a: stable across processes, unlike qHash.
quint32 fingerprintOf(const QByteArray &bytes)
{
    quint32 h = 2166136261u;
    for (char c : bytes)
        h = (h ^ quint8(c)) * 16777619u;
    return h;
}

template<typename KeyOf> QList<quint32> sortedIndices(int size, KeyOf keyOf)
{
    QList<std::pair<quint64, quint32>> keyed(size);
    for (int i = 0; i < size; ++i)
        keyed[i] = { keyOf(i), quint32(i) };
    std::sort(keyed.begin(), keyed.end());
    QList<quint32> order(size);
    for (int i = 0; i < size; ++i)
        order[i] = keyed.at(i).second;
    return order;
}

} // namespace

DemoRuntimeApi::DemoRuntimeApi(quint64 secret, bool listIncludesDetail)
    : m_secret(secret)
    , m_listIncludesDetail(listIncludesDetail)
{ }

std::optional<DemoResponse> DemoRuntimeApi::parseList(const QByteArray &body, const char *endpoint,
                                                      ListRequest *request) const
{
    QJsonObject root;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return DemoResponse::validationError(QStringLiteral("invalid request body"));
        root = document.object();
    }
    const QJsonValue limit = root.value(QLatin1StringView("limit"));
    if (!limit.isUndefined()) {
        const double d = limit.toDouble(-1);
        if (!limit.isDouble() || d != std::floor(d) || d < 1 || d > 100)
            return DemoResponse::validationError(QStringLiteral("limit should be between 1 and 100"));
        request->limit = int(d);
    }
    const QJsonValue order = root.value(QLatin1StringView("order_by"));
    if (!order.isUndefined() && !order.isNull() && !order.isString())
        return DemoResponse::validationError(QStringLiteral("invalid order_by"));
    request->orderBy = order.toString();
    const QJsonValue filters = root.value(QLatin1StringView("filters"));
    if (!filters.isUndefined() && !filters.isNull() && !filters.isObject())
        return DemoResponse::validationError(QStringLiteral("filters should be an object"));
    request->filters = filters.toObject();

    const quint32 fingerprint =
        fingerprintOf(QByteArray(endpoint) + '\n' + request->orderBy.toUtf8() + '\n'
                      + QJsonDocument(request->filters).toJson(QJsonDocument::Compact));
    request->cursor.fingerprint = fingerprint;
    QJsonValue key = root.value(QLatin1StringView("next_key"));
    if (key.isUndefined() || key.isNull())
        key = root.value(QLatin1StringView("last_key")); // what the docs' examples send
    if (!key.isUndefined() && !key.isNull() && !(key.isString() && key.toString().isEmpty())) {
        const auto cursor = key.isString() ? DemoCursor::decode(key.toString(), m_secret) : std::nullopt;
        if (!cursor || cursor->fingerprint != fingerprint)
            return DemoResponse::validationError(QStringLiteral("invalid next_key"));
        request->cursor = *cursor;
    }
    return std::nullopt;
}

QList<quint32> DemoRuntimeApi::cached(quint32 fingerprint, int epoch) const
{
    for (const CacheEntry &entry : m_cache) {
        if (entry.fingerprint == fingerprint && entry.epoch == epoch)
            return entry.indices;
    }
    return {};
}

void DemoRuntimeApi::remember(quint32 fingerprint, int epoch, const QList<quint32> &indices)
{
    m_cache.removeIf([epoch](const CacheEntry &e) { return e.epoch != epoch; });
    if (m_cache.size() >= cacheEntries)
        m_cache.removeFirst();
    m_cache.append({ fingerprint, epoch, indices });
}

QByteArray DemoRuntimeApi::pagination(const ListRequest &request, qsizetype total, DemoResponse *response,
                                      bool countInside, qint64 reported) const
{
    const qsizetype next = qsizetype(request.cursor.offset) + request.limit;
    response->pageIndex = int(request.cursor.page);
    response->lastPage = next >= total;
    QByteArray out = "\"pagination\":{\"limit\":" + QByteArray::number(request.limit) + ",\"next_key\":";
    if (response->lastPage) {
        out += "\"\"";
    } else {
        DemoCursor cursor = request.cursor;
        cursor.offset = quint32(next);
        cursor.page += 1;
        out += JsonWriter::quote(cursor.encode(m_secret));
    }
    if (countInside)
        out += ",\"total_count\":" + QByteArray::number(reported < 0 ? qint64(total) : reported);
    out += '}';
    return out;
}

DemoResponse DemoRuntimeApi::imageTags(const DemoDataset &dataset, const QByteArray &body)
{
    ListRequest request;
    if (auto error = parseList(body, "images/tags", &request))
        return *error;
    DemoTagOrder order;
    if (!DemoDatasetIndex::parseOrder(request.orderBy, &order))
        return DemoResponse::validationError(QStringLiteral("invalid order_by"));
    DemoFilter filter;
    QString filterError;
    if (!filter.parse(request.filters, dataset, &filterError))
        return DemoResponse::validationError(filterError);

    QList<quint32> indices = dataset.index().order(order); // shared, not copied
    if (!filter.isEmpty()) {
        indices = cached(request.cursor.fingerprint, dataset.epoch());
        if (indices.isEmpty()) {
            const QList<quint32> &all = dataset.index().order(order);
            for (quint32 i : all) {
                if (filter.matchesTag(dataset, int(i)))
                    indices.append(i);
            }
            remember(request.cursor.fingerprint, dataset.epoch(), indices);
        }
    }
    const DemoTagView view = m_listIncludesDetail ? DemoTagView::ListWithDetail : DemoTagView::List;
    DemoResponse response = DemoResponse::json(200, QByteArray());
    QByteArray &out = response.body;
    out.reserve(request.limit * 2600);
    const bool fieldTable = m_listVariant == DemoListVariant::FieldTable;
    out += fieldTable ? "{\"images_tags\":[" : "{\"image_tags\":[";
    const qsizetype end =
        std::min<qsizetype>(indices.size(), qsizetype(request.cursor.offset) + request.limit);
    for (qsizetype i = request.cursor.offset; i < end; ++i) {
        if (i > qsizetype(request.cursor.offset))
            out += ',';
        DemoJson::appendImageTag(out, dataset.tag(int(indices.at(i)), view), view);
    }
    out += "],";
    // The skew changes what is reported, never what is served or where paging stops.
    const qint64 reported = std::max<qint64>(0, qint64(indices.size()) + m_totalCountSkew);
    out += pagination(request, indices.size(), &response, fieldTable, reported);
    if (!fieldTable)
        out += ",\"total_count\":" + QByteArray::number(reported);
    out += '}';
    return response;
}

QList<quint32> DemoRuntimeApi::workloadOrder(const DemoDataset &dataset, const QString &orderBy) const
{
    const DemoWorkloadIndex &workloads = dataset.workloads();
    const int size = workloads.size();
    if (orderBy == u"cluster")
        return sortedIndices(size,
                             [&](int w) { return quint64(DemoDataset::clusterOfKey(workloads.key(w))); });
    if (orderBy == u"runtime_status")
        return sortedIndices(size, [&](int w) { return quint64(workloads.runtimeStatusRank(dataset, w)); });
    if (orderBy == u"vulnerabilties_count" || orderBy == u"vulnerabilities_count") // sic, as documented
        return sortedIndices(size, [&](int w) {
            quint64 count = 0;
            for (quint32 t : workloads.tagsOf(w))
                count += dataset.record(int(t)).vulnCount;
            return ~count; // most vulnerable first
        });
    if (orderBy == u"registry")
        return sortedIndices(size, [&](int w) {
            return quint64(
                dataset.images().registryRank(int(dataset.record(int(workloads.tagsOf(w).first())).image)));
        });
    if (orderBy == u"risks")
        return sortedIndices(size, [&](int w) {
            Risks risks;
            for (quint32 t : workloads.tagsOf(w))
                risks |= Risks::fromInt(dataset.record(int(t)).risks);
            return quint64(15 - RiskNames::rank(risks));
        });
    QList<quint32> identity(size);
    std::iota(identity.begin(), identity.end(), 0u);
    return identity;
}

DemoResponse DemoRuntimeApi::workloads(const DemoDataset &dataset, const QByteArray &body)
{
    ListRequest request;
    if (auto error = parseList(body, "workloads", &request))
        return *error;
    static const QStringList orders { QString(),
                                      QStringLiteral("name"),
                                      QStringLiteral("cluster"),
                                      QStringLiteral("runtime_status"),
                                      QStringLiteral("vulnerabilties_count"),
                                      QStringLiteral("vulnerabilities_count"),
                                      QStringLiteral("registry"),
                                      QStringLiteral("risks") };
    if (!orders.contains(request.orderBy))
        return DemoResponse::validationError(QStringLiteral("invalid order_by"));
    DemoFilter filter;
    QString filterError;
    if (!filter.parse(request.filters, dataset, &filterError))
        return DemoResponse::validationError(filterError);

    QList<quint32> indices = cached(request.cursor.fingerprint, dataset.epoch());
    if (indices.isEmpty()) {
        for (quint32 w : workloadOrder(dataset, request.orderBy)) {
            if (filter.matchesWorkload(dataset, int(w)))
                indices.append(w);
        }
        remember(request.cursor.fingerprint, dataset.epoch(), indices);
    }
    DemoResponse response = DemoResponse::json(200, QByteArray());
    QByteArray &out = response.body;
    out += '{';
    out += pagination(request, indices.size(), &response, true);
    out += ",\"workloads\":[";
    const qsizetype end =
        std::min<qsizetype>(indices.size(), qsizetype(request.cursor.offset) + request.limit);
    for (qsizetype i = request.cursor.offset; i < end; ++i) {
        if (i > qsizetype(request.cursor.offset))
            out += ',';
        JsonWriter(out, utf8Style)
            .value(RuntimeJson::toJson(dataset.workloads().workload(dataset, int(indices.at(i)))));
    }
    out += "],\"total_count\":" + QByteArray::number(indices.size()) + '}';
    return response;
}

namespace {
// The documented examples carry integer ids; RuntimeJson writes the decimal text.
QJsonObject withIntegerIds(QJsonObject cluster)
{
    cluster.insert(QStringLiteral("id"), cluster.value(QLatin1StringView("id")).toString().toLongLong());
    QJsonArray nodes = cluster.value(QLatin1StringView("nodes")).toArray();
    for (qsizetype n = 0; n < nodes.size(); ++n) {
        QJsonObject node = nodes.at(n).toObject();
        node.insert(QStringLiteral("id"), node.value(QLatin1StringView("id")).toString().toLongLong());
        nodes[n] = node;
    }
    if (!nodes.isEmpty())
        cluster.insert(QStringLiteral("nodes"), nodes);
    return cluster;
}
} // namespace

DemoResponse DemoRuntimeApi::clusters(const DemoDataset &dataset, const QByteArray &body)
{
    ListRequest request;
    if (auto error = parseList(body, "clusters", &request))
        return *error;
    const DemoClusters &clusters = dataset.clusters();
    DemoResponse response = DemoResponse::json(200, QByteArray());
    QByteArray &out = response.body;
    out += "{\"clusters\":[";
    const int end = std::min(clusters.size(), int(request.cursor.offset) + request.limit);
    for (int c = int(request.cursor.offset); c < end; ++c) {
        if (c > int(request.cursor.offset))
            out += ',';
        JsonWriter(out, utf8Style).value(withIntegerIds(RuntimeJson::toJson(clusters.cluster(c, false))));
    }
    out += "],";
    out += pagination(request, clusters.size(), &response, false);
    out += ",\"total_count\":" + QByteArray::number(clusters.size()) + '}';
    return response;
}

DemoResponse DemoRuntimeApi::cluster(const DemoDataset &dataset, const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    const int index = ok ? dataset.clusters().indexOfId(number) : -1;
    if (index < 0)
        return DemoResponse::runtimeError(404, QStringLiteral("cluster not found"));
    const QJsonObject cluster = withIntegerIds(RuntimeJson::toJson(dataset.clusters().cluster(index, true)));
    return DemoResponse::json(200, QJsonDocument(QJsonObject { { QStringLiteral("cluster"), cluster } }));
}

DemoResponse DemoRuntimeApi::imageTag(const DemoDataset &dataset, const QString &digest)
{
    const int index = dataset.indexOfDigest(digest);
    if (index < 0)
        return DemoResponse::runtimeError(404, QStringLiteral("image tag not found"));
    DemoResponse response = DemoResponse::json(200, QByteArray());
    DemoJson::appendImageTag(response.body, dataset.tag(index, DemoTagView::Detail), DemoTagView::Detail);
    return response;
}
