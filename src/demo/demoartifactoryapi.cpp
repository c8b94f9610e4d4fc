#include "demoartifactoryapi.h"

#include "demoaql.h"
#include "demotrail.h"
#include "jsonwriter.h"
#include "ownertrailworker.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace {

DemoResponse error(int status, const QString &message)
{
    return DemoResponse::platformError(status, message);
}

QString iso(qint64 ms)
{
    return DemoTrail::isoTime(ms);
}

QByteArray mimeTypeOf(const QString &path)
{
    if (path.endsWith(QLatin1StringView(".json")))
        return QByteArrayLiteral("application/json");
    if (path.endsWith(QLatin1StringView(".txt")))
        return QByteArrayLiteral("text/plain");
    return QByteArrayLiteral("application/octet-stream");
}

QString encodedPath(const QString &path)
{
    QStringList segments = path.split(u'/');
    for (QString &segment : segments)
        segment = QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return segments.join(u'/');
}

QString hexHash(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
}

// An item as a search sees it: its repository, and its path split as AQL splits it.
struct Match
{
    const QString *repo;
    const DemoArtifactoryApi::Item *item;
    QStringView folder; // "." at the root
    QStringView name;
};

Match matchOf(const QString &repo, const DemoArtifactoryApi::Item &item)
{
    const qsizetype slash = item.path.lastIndexOf(u'/');
    const QStringView path(item.path);
    return { &repo, &item, slash < 0 ? QStringView(u".") : path.left(slash), path.mid(slash + 1) };
}

int compareField(const QString &field, const Match &a, const Match &b)
{
    auto order = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
    if (field == u"modified" || field == u"updated")
        return order(a.item->modifiedMs, b.item->modifiedMs);
    if (field == u"created")
        return order(a.item->createdMs, b.item->createdMs);
    if (field == u"path")
        return a.folder.compare(b.folder);
    if (field == u"name")
        return a.name.compare(b.name);
    if (field == u"repo")
        return a.repo->compare(*b.repo);
    return order(a.item->content.size(), b.item->content.size()); // size
}

bool satisfies(qint64 value, DemoAqlQuery::Compare compare, qint64 bound)
{
    switch (compare) {
    case DemoAqlQuery::Compare::Greater:
        return value > bound;
    case DemoAqlQuery::Compare::GreaterOrEqual:
        return value >= bound;
    case DemoAqlQuery::Compare::Equal:
        return value == bound;
    case DemoAqlQuery::Compare::Less:
        return value < bound;
    case DemoAqlQuery::Compare::LessOrEqual:
        return value <= bound;
    }
    return false;
}

} // namespace

DemoArtifactoryApi::DemoArtifactoryApi(bool admin)
    : m_admin(admin)
{ }

void DemoArtifactoryApi::addRepository(const QString &key, const QString &description)
{
    QMutexLocker lock(&m_mutex);
    if (!m_repositories.contains(key))
        m_repositories.insert(key, Repository { key, description, {} });
}

bool DemoArtifactoryApi::hasRepository(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_repositories.contains(key);
}

void DemoArtifactoryApi::storeLocked(Repository &repository, const Item &item)
{
    auto it = repository.items.find(item.path);
    if (it == repository.items.end()) {
        repository.items.insert(item.path, item);
    } else {
        const qint64 created = it->createdMs;
        const QString creator = it->createdBy;
        *it = item;
        it->createdMs = created;
        it->createdBy = creator;
    }
    m_lastWriteMs = std::max(m_lastWriteMs, item.modifiedMs);
}

bool DemoArtifactoryApi::store(const QString &repository, const QList<Item> &items)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_repositories.find(repository);
    if (it == m_repositories.end())
        return false;
    it->items.reserve(it->items.size() + items.size());
    for (const Item &item : items)
        storeLocked(*it, item);
    return true;
}

std::optional<DemoArtifactoryApi::Item> DemoArtifactoryApi::item(const QString &repository,
                                                                 const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    const auto repo = m_repositories.constFind(repository);
    if (repo == m_repositories.cend())
        return std::nullopt;
    const auto it = repo->items.constFind(path);
    if (it == repo->items.cend())
        return std::nullopt;
    return *it;
}

QList<DemoArtifactoryApi::Item> DemoArtifactoryApi::items(const QString &repository) const
{
    QMutexLocker lock(&m_mutex);
    const auto repo = m_repositories.constFind(repository);
    if (repo == m_repositories.cend())
        return {};
    QList<Item> list = repo->items.values();
    std::sort(list.begin(), list.end(), [](const Item &a, const Item &b) {
        return a.modifiedMs != b.modifiedMs ? a.modifiedMs < b.modifiedMs : a.path < b.path;
    });
    return list;
}

int DemoArtifactoryApi::itemCount(const QString &repository) const
{
    QMutexLocker lock(&m_mutex);
    const auto repo = m_repositories.constFind(repository);
    return repo == m_repositories.cend() ? 0 : int(repo->items.size());
}

qint64 DemoArtifactoryApi::writeClock() const
{
    QMutexLocker lock(&m_mutex);
    return std::max(QDateTime::currentMSecsSinceEpoch(), m_lastWriteMs);
}

bool DemoArtifactoryApi::validPath(const QString &path)
{
    const QStringList segments = path.split(u'/');
    return std::none_of(segments.cbegin(), segments.cend(),
                        [](const QString &s) { return s.isEmpty() || s == u"." || s == u".."; });
}

DemoResponse DemoArtifactoryApi::repository(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_repositories.constFind(key);
    if (it == m_repositories.cend())
        return error(400, QStringLiteral("Repository %1 does not exist").arg(key));
    const QJsonObject config { { QStringLiteral("key"), it->key },
                               { QStringLiteral("rclass"), QStringLiteral("local") },
                               { QStringLiteral("packageType"), QStringLiteral("generic") },
                               { QStringLiteral("description"), it->description },
                               { QStringLiteral("notes"), QString() },
                               { QStringLiteral("includesPattern"), QStringLiteral("**/*") },
                               { QStringLiteral("excludesPattern"), QString() },
                               { QStringLiteral("repoLayoutRef"), QStringLiteral("simple-default") },
                               { QStringLiteral("blackedOut"), false },
                               { QStringLiteral("xrayIndex"), false },
                               { QStringLiteral("archiveBrowsingEnabled"), false } };
    return DemoResponse::json(200, QJsonDocument(config));
}

DemoResponse DemoArtifactoryApi::createRepository(const QString &key, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    if (!m_admin)
        return error(403, QStringLiteral("Forbidden"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("the body must be a JSON object"));
    const QJsonObject config = document.object();
    const QJsonValue bodyKey = config.value(QLatin1StringView("key"));
    if (!bodyKey.isUndefined() && bodyKey.toString() != key)
        return error(
            400,
            QStringLiteral("The repository key in the body (%1) differs from the one in the path (%2)")
                .arg(bodyKey.toString(), key));
    if (config.value(QLatin1StringView("rclass")).toString() != u"local")
        return error(400, QStringLiteral("rclass must be local (the demo has local repositories only)"));
    if (config.value(QLatin1StringView("packageType")).toString() != u"generic")
        return error(400,
                     QStringLiteral("packageType must be generic (the demo has generic repositories only)"));
    const QString invalid = OwnerTrailWorker::repositoryError(key);
    if (!invalid.isEmpty())
        return error(400, invalid);
    for (const QString &existing : m_repositories.keys()) {
        if (existing.compare(key, Qt::CaseInsensitive) == 0)
            return error(400, QStringLiteral("Case insensitive repository key already exists"));
    }
    m_repositories.insert(key,
                          Repository { key, config.value(QLatin1StringView("description")).toString(), {} });
    return DemoResponse::text(200, QStringLiteral("Successfully created repository '%1'").arg(key).toUtf8());
}

DemoResponse DemoArtifactoryApi::deploy(const DemoRequest &request, const QString &baseUrl)
{
    const QString repo = request.params.value(QStringLiteral("repo"));
    const QString path = request.params.value(QStringLiteral("path"));
    if (!validPath(path))
        return error(400, QStringLiteral("Invalid path: %1 (empty, . or .. segment)").arg(path));
    Item item;
    item.path = path;
    item.content = request.body;
    item.mimeType = request.header("Content-Type");
    if (item.mimeType.isEmpty())
        item.mimeType = mimeTypeOf(path);
    item.createdBy = item.modifiedBy = tokenUser;

    QMutexLocker lock(&m_mutex);
    auto it = m_repositories.find(repo);
    if (it == m_repositories.end())
        return error(404, QStringLiteral("Repository %1 does not exist").arg(repo));
    item.createdMs = item.modifiedMs = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastWriteMs);
    storeLocked(*it, item);
    const Item stored = it->items.value(path);
    lock.unlock();

    const QString sha256 = hexHash(item.content, QCryptographicHash::Sha256);
    const QJsonObject created {
        { QStringLiteral("repo"), repo },
        { QStringLiteral("path"), QString(u'/' + path) },
        { QStringLiteral("created"), iso(stored.createdMs) },
        { QStringLiteral("createdBy"), stored.createdBy },
        { QStringLiteral("downloadUri"),
          QString(baseUrl + QStringLiteral("/artifactory/") + repo + u'/' + encodedPath(path)) },
        { QStringLiteral("mimeType"), QString::fromUtf8(item.mimeType) },
        { QStringLiteral("size"), QString::number(item.content.size()) },
        { QStringLiteral("checksums"),
          QJsonObject { { QStringLiteral("sha1"), hexHash(item.content, QCryptographicHash::Sha1) },
                        { QStringLiteral("md5"), hexHash(item.content, QCryptographicHash::Md5) },
                        { QStringLiteral("sha256"), sha256 } } },
        { QStringLiteral("originalChecksums"), QJsonObject { { QStringLiteral("sha256"), sha256 } } },
        { QStringLiteral("uri"),
          QString(baseUrl + QStringLiteral("/artifactory/api/storage/") + repo + u'/' + encodedPath(path)) }
    };
    return DemoResponse::json(201, QJsonDocument(created));
}

DemoResponse DemoArtifactoryApi::download(const DemoRequest &request) const
{
    const QString repo = request.params.value(QStringLiteral("repo"));
    const QString path = request.params.value(QStringLiteral("path"));
    if (!validPath(path))
        return error(400, QStringLiteral("Invalid path: %1 (empty, . or .. segment)").arg(path));
    const std::optional<Item> found = item(repo, path);
    if (!found)
        return error(404, QStringLiteral("File not found."));
    DemoResponse response { 200, { { QByteArrayLiteral("Content-Type"), found->mimeType } }, found->content };
    response.headers.append({ QByteArrayLiteral("X-Checksum-Sha1"),
                              QCryptographicHash::hash(found->content, QCryptographicHash::Sha1).toHex() });
    response.headers.append({ QByteArrayLiteral("X-Checksum-Md5"),
                              QCryptographicHash::hash(found->content, QCryptographicHash::Md5).toHex() });
    response.headers.append({ QByteArrayLiteral("X-Checksum-Sha256"),
                              QCryptographicHash::hash(found->content, QCryptographicHash::Sha256).toHex() });
    return response;
}

DemoResponse DemoArtifactoryApi::search(const QByteArray &body) const
{
    QString reason;
    const std::optional<DemoAqlQuery> query = DemoAqlQuery::parse(body, &reason);
    if (!query)
        return error(400, QStringLiteral("Failed to parse query: %1").arg(reason));
    QMutexLocker lock(&m_mutex);
    return DemoResponse::json(200, results(*query));
}

QByteArray DemoArtifactoryApi::results(const DemoAqlQuery &query) const
{
    QList<Match> matches;
    if (query.type != u"folder") { // the demo keeps files only
        for (const Repository &repo : m_repositories) {
            if (query.repo && *query.repo != repo.key)
                continue;
            for (const Item &item : repo.items) {
                const bool inRange =
                    std::all_of(query.modified.cbegin(), query.modified.cend(), [&item](const auto &c) {
                        return satisfies(item.modifiedMs, c.first, c.second);
                    });
                if (inRange)
                    matches.append(matchOf(repo.key, item));
            }
        }
    }
    // The sort's fields, then repository and path, so that pages never overlap or skip.
    QStringList keys = query.sortFields;
    keys << QStringLiteral("repo") << QStringLiteral("path") << QStringLiteral("name");
    const auto before = [&keys, &query](const Match &a, const Match &b) {
        for (const QString &key : keys) {
            const int c = compareField(key, a, b);
            if (c != 0)
                return query.descending ? c > 0 : c < 0;
        }
        return false;
    };
    const qsizetype start = std::min<qsizetype>(query.offset, matches.size());
    const qsizetype end =
        query.limit ? std::min<qsizetype>(start + *query.limit, matches.size()) : matches.size();
    std::partial_sort(matches.begin(), matches.begin() + end, matches.end(), before);

    const QStringList &fields = query.include.isEmpty() ? DemoAqlQuery::fields() : query.include;
    JsonWriter w;
    w.beginObject().key(u"results").beginArray();
    for (qsizetype i = start; i < end; ++i) {
        const Match &m = matches.at(i);
        w.beginObject();
        for (const QString &field : DemoAqlQuery::fields()) { // in Artifactory's order
            if (!fields.contains(field))
                continue;
            w.key(field);
            if (field == u"repo")
                w.value(*m.repo);
            else if (field == u"path")
                w.value(m.folder);
            else if (field == u"name")
                w.value(m.name);
            else if (field == u"type")
                w.value(u"file");
            else if (field == u"size")
                w.value(qint64(m.item->content.size()));
            else if (field == u"created")
                w.value(iso(m.item->createdMs));
            else if (field == u"created_by")
                w.value(m.item->createdBy);
            else if (field == u"modified" || field == u"updated")
                w.value(iso(m.item->modifiedMs));
            else if (field == u"modified_by")
                w.value(m.item->modifiedBy);
        }
        w.endObject();
    }
    w.endArray();
    w.key(u"range").beginObject();
    w.key(u"start_pos").value(query.offset);
    w.key(u"end_pos").value(query.offset + qint64(end - start));
    w.key(u"total").value(qint64(end - start));
    if (query.limit)
        w.key(u"limit").value(*query.limit);
    w.endObject().endObject();
    return w.data();
}
