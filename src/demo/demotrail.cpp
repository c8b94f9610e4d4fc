#include "demotrail.h"

#include "demodataset.h"
#include "demorandom.h"
#include "jsonwriter.h"
#include "jstext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace DemoRandom;

namespace {

constexpr quint64 TrailSalt = 0x7a70;
constexpr int maxSegment = 128; // MAX_SEGMENT of collector-worker.ts
constexpr qint64 dayMs = 24LL * 3600 * 1000;

// The text with every lone surrogate as U+FFFD (wellFormed() of the collector), as UTF-8.
QByteArray wellFormedUtf8(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else {
            out += c.isSurrogate() ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return out.toUtf8();
}

bool isKept(uchar byte)
{
    return (byte >= '0' && byte <= '9') || (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z')
        || byte == '-' || byte == '_' || byte == '.';
}

void nullOr(JsonWriter &w, const QString *text)
{
    if (text)
        w.value(*text);
    else
        w.null();
}

} // namespace

QString DemoTrail::segment(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble() && std::isfinite(value.toDouble()))
        text = JsText::number(value.toDouble()); // String(value)
    if (text.isEmpty())
        return QStringLiteral("~");
    const bool onlyDots = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c == u'.'; });
    const QByteArray utf8 = wellFormedUtf8(text);
    static const char hex[] = "0123456789ABCDEF";
    QString out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const uchar byte = uchar(c);
        if (isKept(byte) && !onlyDots) {
            out += QLatin1Char(c);
        } else {
            out += u'%';
            out += QLatin1Char(hex[byte >> 4]);
            out += QLatin1Char(hex[byte & 0xf]);
        }
    }
    if (out.size() <= maxSegment)
        return out;
    return QStringLiteral("~sha256-")
        + QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
}

QString DemoTrail::objectPath(const ImageTag &tag, const WorkloadRef &workload)
{
    QStringList parts { QStringLiteral("v1") };
    if (!tag.digest.isEmpty()) {
        parts << QStringLiteral("sha256") << segment(tag.digest) << segment(tag.tag);
    } else {
        parts << QStringLiteral("no-digest") << segment(tag.registry) << segment(tag.repositoryPath)
              << segment(tag.name) << segment(tag.tag) << segment(tag.architecture);
    }
    parts << segment(workload.cluster) << segment(workload.nameSpace) << segment(workload.name);
    return parts.join(u'/') + QStringLiteral(".json");
}

QByteArray DemoTrail::record(const ImageTag &tag, const WorkloadRef &workload, qint64 recordedAtMs)
{
    // The event's image: sha256 absent without a digest, deployed_by and build_info absent when the
    // platform has none, build_info's keys as the platform sends them (build_owner absent when empty).
    JsonWriter w;
    w.beginObject();
    w.key(u"schema").value(u"runtime-desk.owner-trail");
    w.key(u"version").value(1);
    w.key(u"digest");
    nullOr(w, tag.digest.isEmpty() ? nullptr : &tag.digest);
    w.key(u"registry").value(tag.registry);
    w.key(u"repository_path").value(tag.repositoryPath);
    w.key(u"name").value(tag.name);
    w.key(u"tag").value(tag.tag);
    w.key(u"architecture").value(tag.architecture);
    w.key(u"deployed_by");
    nullOr(w, tag.deployedBy ? &*tag.deployedBy : nullptr);
    w.key(u"build_info");
    if (tag.buildInfo) {
        w.beginObject();
        if (!tag.buildInfo->owner.isEmpty())
            w.key(u"build_owner").value(tag.buildInfo->owner);
        w.key(u"build_name").value(tag.buildInfo->name);
        w.key(u"build_number").value(tag.buildInfo->number);
        w.key(u"build_repository").value(tag.buildInfo->repository);
        w.endObject();
    } else {
        w.null();
    }
    w.key(u"workload").beginObject();
    w.key(u"name").value(workload.name);
    w.key(u"namespace").value(workload.nameSpace);
    w.key(u"cluster").value(workload.cluster);
    w.endObject();
    w.key(u"change_type").value(u"workload");
    w.key(u"recorded_at").value(isoTime(recordedAtMs));
    w.endObject();
    return w.data();
}

QString DemoTrail::isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool DemoTrail::unseen(const DemoDataset &dataset, int row)
{
    return chance(hash(dataset.seed(), TrailSalt, dataset.record(row).uid, 0x5ee), 50);
}

QList<DemoTrailRecord> DemoTrail::generate(const DemoDataset &dataset, qint64 endMs)
{
    const quint64 seed = dataset.seed();
    const qint64 window = days * dayMs;
    const qint64 start = endMs - window;
    QList<DemoTrailRecord> records;
    records.reserve(dataset.size() + dataset.size() / 4);
    for (int row = 0; row < dataset.size(); ++row) {
        const DemoDataset::WorkloadKeys keys = dataset.workloadKeys(row);
        if (keys.isEmpty() || unseen(dataset, row))
            continue;
        const quint32 uid = dataset.record(row).uid;
        const ImageTag tag = dataset.tag(row, DemoTagView::ListWithDetail);
        for (qsizetype k = 0; k < keys.size(); ++k) {
            // The workload's last event; the last minute before endMs stays free.
            const quint64 event = hash(seed, TrailSalt, keys.at(k));
            const qint64 recordedAt = start + below(event, quint32(window - 60000));
            const bool sameMillisecond = chance(hash(event, 1), 250);
            const qint64 modified =
                recordedAt + (sameMillisecond ? 4 : 1 + below(hash(seed, TrailSalt, keys.at(k), uid), 800));
            const quint64 history = hash(seed, TrailSalt, keys.at(k), quint64(uid) | (1ULL << 40));
            const qint64 created =
                chance(history, 333) ? modified - below(hash(history, 1), quint32(14 * dayMs)) : modified;
            const WorkloadRef &workload = tag.workloads.at(k); // tag() lists workloadKeys() in order
            records.append(
                { objectPath(tag, workload), record(tag, workload, recordedAt), created, modified });
        }
    }
    return records;
}

QList<DemoTrailRecord> DemoTrail::eventsFor(const DemoDataset &dataset, const QList<int> &rows, qint64 fromMs)
{
    QList<quint64> events; // workload keys, in the order the rows name them
    QHash<quint64, QList<int>> rowsOf;
    for (int row : rows) {
        for (quint64 key : dataset.workloadKeys(row)) {
            auto it = rowsOf.find(key);
            if (it == rowsOf.end()) {
                events.append(key);
                it = rowsOf.insert(key, {});
            }
            it->append(row);
        }
    }
    QHash<int, ImageTag> tags;
    QList<DemoTrailRecord> records;
    for (qsizetype j = 0; j < events.size(); ++j) {
        const qint64 at = fromMs + j;
        const WorkloadRef workload = dataset.workloadRef(events.at(j));
        for (int row : rowsOf.value(events.at(j))) {
            auto tag = tags.find(row);
            if (tag == tags.end())
                tag = tags.insert(row, dataset.tag(row, DemoTagView::ListWithDetail));
            records.append({ objectPath(*tag, workload), record(*tag, workload, at), at, at });
        }
    }
    return records;
}
