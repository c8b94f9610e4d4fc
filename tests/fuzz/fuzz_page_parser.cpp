// FUZZ-1a: a page of POST /runtime/api/v1/images/tags, from raw bytes through RuntimeJson into the
// cache, as a sync writes it (TagStore and GenerationStore on a real SQLite file).
// Invariants: a refused page says why; an accepted page keeps every structural limit, is always
// storable, and reads back with exactly its keys, each tag's own fields and its workloads. Strings
// are compared as the cache stores them, in UTF-8 (a lone surrogate becomes U+FFFD, in the row and
// in its content hash alike). Vulnerabilities and malicious packages live in tables of their own
// where entries with the same identity fold together and empty components are not kept; for them
// only "never more than were sent" is checked (docs/ARCHITECTURE.md, Reliability).
#include "database.h"
#include "fuzzsupport.h"
#include "generationstore.h"
#include "inputlimits.h"
#include "runtimejson.h"
#include "schema.h"
#include "tagstore.h"

#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace {

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<GenerationStore> generations;
    std::unique_ptr<TagStore> tags;
};
Store *store = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    store = new Store;
    Database::Options options;
    options.onCorruption = Database::OnCorruption::Rebuild;
    store->db =
        Database::open(store->dir.filePath(QStringLiteral("fuzz.cache.sqlite")), Schema::cache(), options)
            .database;
    if (!store->db)
        FuzzSupport::violated("the cache does not open");
    store->generations = std::make_unique<GenerationStore>(*store->db);
    store->tags = std::make_unique<TagStore>(*store->db);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto page = RuntimeJson::parseImageTagsPage(FuzzSupport::bytes(data, size), &error);
    if (!page) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(page->items.size() + page->rejected.size() <= Limits::maxItemsPerPage);
    FUZZ_CHECK(page->nextKey.size() <= Limits::maxTextField);
    FUZZ_CHECK(!page->totalCount || *page->totalCount >= 0);
    QMap<QString, ImageTag> expected; // a key listed twice in a page: the later row wins, as in the cache
    QList<PreparedTag> prepared;
    for (const ImageTag &t : page->items) {
        FUZZ_CHECK(!t.name.isEmpty() && !t.tag.isEmpty());
        FUZZ_CHECK(t.tag.size() <= Limits::maxTagLength && t.name.size() <= Limits::maxTextField);
        FUZZ_CHECK(t.vulnerabilities.size() <= Limits::maxVulnerabilitiesPerTag);
        FUZZ_CHECK(t.workloads.size() <= Limits::maxListPerTag);
        // The tag as UTF-8 text holds it: its compact JSON (what the content hash covers) reads back.
        QString reason;
        const auto stored = RuntimeJson::parseImageTagDetail(RuntimeJson::compact(t), &reason);
        FUZZ_CHECK(stored.has_value());
        expected.insert(stored->key(), *stored);
        prepared.append(TagStore::prepare(t));
    }

    Database &db = *store->db;
    const qint64 generation = store->generations->begin(QStringLiteral("fuzz"));
    FUZZ_CHECK(generation > 0);
    const bool written = db.transaction([&] {
        return store->tags->addTags(generation, prepared)
            && store->generations->recordProgress(generation, QStringLiteral("tags"), page->nextKey, 1,
                                                  int(page->rejected.size()));
    });
    FUZZ_CHECK(written); // what the parser accepts, the cache can always hold
    FUZZ_CHECK(store->tags->count(generation) == expected.size());
    const QList<ImageTag> back = store->tags->all(generation);
    FUZZ_CHECK(back.size() == expected.size());
    const auto own = [](ImageTag t) {
        t.vulnerabilities.clear();
        t.maliciousPackages.clear();
        return RuntimeJson::compact(t);
    };
    for (const ImageTag &t : back) {
        const auto it = expected.constFind(t.key());
        FUZZ_CHECK(it != expected.cend());
        FUZZ_CHECK(own(it.value()) == own(t));
        FUZZ_CHECK(t.vulnerabilities.size() <= it.value().vulnerabilities.size());
        FUZZ_CHECK(t.maliciousPackages.size() <= it.value().maliciousPackages.size());
    }
    GenerationStore::CommitPolicy policy;
    policy.acceptShrink = true;
    policy.keepComplete = 2;
    if (size % 2)
        FUZZ_CHECK(store->generations->commit(generation, page->totalCount, policy)
                   == GenerationStore::CommitOutcome::Committed);
    else
        FUZZ_CHECK(store->generations->fail(generation, error));
    return 0;
}
