#include "demodataset.h"

#include "demorandom.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

using namespace DemoRandom;

namespace {

// Salts, so that attributes drawn for the same tag are independent.
enum Salt : quint64 {
    TagSalt = 0x7a61,
    VulnSalt = 0x7a62,
    ApplicabilitySalt = 0x7a63,
    WorkloadSalt = 0x7a64,
    DigestSalt = 0x7a65,
    AdvanceSalt = 0x7a66,
    NewTagSalt = 0x7a67,
    DeployerSalt = 0x7a68,
    SeenSalt = 0x7a69,
    MaliciousSalt = 0x7a6a,
    ImageSizeSalt = 0x7a6b,
    ShapeSalt = 0x7a6c,
    PeopleSalt = 0x7a6d,
    BuildOwnerSalt = 0x7a6e,
};

constexpr quint32 siblingUids = 0x80000000u; // base uids count up from 1 and never reach this
constexpr int statusWeights[] = { 65, 25, 10 };

constexpr int applicabilityWeights[] = {
    25, 35, 10, 10, 5, 5, 10
}; // order of DemoVocabulary::applicabilities()
constexpr int tagsPerImageWeights[] = { 14, 18, 18, 15, 12, 9, 7, 7 }; // 1..8 tags, mean about 4
constexpr int variantWeights[] = { 70, 12, 10, 8 };
const char *const variantSuffixes[] = { "", "-worker", "-canary", "-migrations" };

int baseVulnerabilities(quint64 seed, quint32 uid)
{
    const quint64 h = hash(seed, VulnSalt, uid, 0xffff);
    return int(below(h, 8)
               + below(hash(h, 0x5a0 + 3), 6)); // mean 6 for trusted tags, so about 4 over the estate
}

int baseWorkloads(quint64 seed, const DemoDataset::Record &r)
{
    const quint64 h = hash(seed, WorkloadSalt, r.podUid, 0xffff);
    if (r.status == 0)
        return 1 + (chance(h, 400) ? 1 : 0) + (chance(hash(h, 1), 120) ? 1 : 0);
    return chance(hash(h, 2), r.status == 1 ? 500 : 300) ? 1 : 0;
}

} // namespace

DemoDataset::DemoDataset(quint64 seed, int size)
    : m_seed(seed)
    , m_images(seed)
    , m_clusters(seed)
    , m_cves(seed)
{
    QElapsedTimer timer;
    timer.start();
    for (const char *stage : { "prod", "staging", "dev" }) {
        m_namespaceOffsets.append(int(m_namespaces.size()));
        m_namespaces += DemoVocabulary::namespacesFor(QString::fromLatin1(stage));
    }
    m_namespaceOffsets.append(int(m_namespaces.size()));
    m_namespaces += DemoVocabulary::infrastructureNamespaces();
    for (int c = 0; c < m_clusters.size(); ++c)
        m_clusterWeights.append(m_clusters.weight(c));

    size = std::clamp(size, 1, 1000000);
    m_records.reserve(size + size / 50);
    while (m_records.size() < size) {
        const int image = m_images.add();
        const int tags = 1 + weighted(hash(seed, ImageSizeSalt, quint64(image)), tagsPerImageWeights);
        QVarLengthArray<int, 8> bases;
        for (int k = 0; k < tags && m_records.size() < size; ++k) {
            bases.append(int(m_records.size()));
            addTag(image);
            addSiblings(bases.last(), size);
        }
        // Aliases take the image's next tag numbers, so they come after its base tags, which keep theirs.
        for (int base : bases)
            addAlias(base, size);
    }
    m_images.rebuildRanks();
    rebuildIndexes();
    qCInfo(lcDemo) << "dataset: seed" << seed << m_records.size() << "tags," << m_images.size()
                   << "images, built in" << timer.elapsed() << "ms";
}

void DemoDataset::addTag(int image)
{
    Record r;
    r.uid = m_nextUid++;
    r.image = quint32(image);
    r.contentUid = r.uid;
    r.podUid = r.uid;
    r.podImage = r.image;
    r.ordinal = m_images.takeOrdinal(image);
    const quint64 h = hash(m_seed, TagSalt, r.uid);
    r.status = quint8(weighted(h, statusWeights));
    r.arch = quint8(chance(hash(h, 1), 250) ? 1 : 0);
    if (chance(hash(h, 2), 30))
        r.flags |= IntegrityViolation;
    if (chance(hash(h, 3), 5) || r.uid % 211 == 7) // rare, but present in any estate of a few hundred tags
        r.flags |= AdversarialTag;
    if (chance(hash(h, 4), 7) || r.uid % 997 == 500)
        r.flags |= Malicious;
    // Older platforms send no image_digest; without one there is nothing to check integrity against.
    if (chance(hash(m_seed, ShapeSalt, r.uid), 10) || r.uid % 331 == 9) {
        r.flags |= NoDigest;
        r.flags &= ~IntegrityViolation;
    }
    append(r);
}

void DemoDataset::append(Record r)
{
    refreshDerived(r);
    m_records.append(r);
}

DemoDataset::Record DemoDataset::sibling(const Record &base, Kind kind)
{
    Record r;
    r.uid = siblingUids | m_nextSiblingUid++;
    r.kind = kind;
    r.image = base.image;
    r.ordinal = base.ordinal;
    r.contentUid = r.uid;
    r.podUid = r.uid;
    r.podImage = base.image;
    r.arch = base.arch;
    const quint64 h = hash(m_seed, TagSalt, r.uid);
    r.status = quint8(weighted(h, statusWeights));
    r.flags = base.flags & AdversarialTag; // the same tag text
    if (chance(hash(h, 2), 30))
        r.flags |= IntegrityViolation;
    if (chance(hash(h, 4), 7))
        r.flags |= Malicious;
    return r;
}

// The siblings that keep the base row's tag number: other architectures, a re-push, a sidecar.
void DemoDataset::addSiblings(int baseIndex, int limit)
{
    const Record base = m_records.at(baseIndex);
    if (base.flags & NoDigest) // a platform without digests could not tell such rows apart
        return;
    const quint64 s = hash(m_seed, ShapeSalt, base.uid);
    auto room = [this, limit] { return m_records.size() < limit; };

    // A manifest list: amd64 and arm64, and for some a third architecture.
    if (chance(hash(s, 2), 80)) {
        const quint8 others[] = { quint8(base.arch == 0 ? 1 : 0), quint8(chance(hash(s, 4), 500) ? 2 : 3) };
        const int architectures = chance(hash(s, 3), 300) ? 3 : 2;
        for (int a = 0; a < architectures - 1 && room(); ++a) {
            Record r = sibling(base, Architecture);
            r.arch = others[a];
            append(r);
        }
    }
    // Pushed again under the same name:tag; the old digest still runs (the base row) while the new one
    // rolls out, so both rows run somewhere.
    if (base.status == 0 && (chance(hash(s, 5), 8) || base.uid % 151 == 5) && room()) {
        Record r = sibling(base, RePush);
        r.status = 0;
        append(r);
    }
    // A sidecar (envoy, fluent-bit...) pulled from another registry, in the same workloads as the app.
    const DemoImageCatalog::Image &app = m_images.image(int(base.image));
    if (base.status == 0 && base.image > 0 && !app.openSource
        && (chance(hash(s, 6), 20) || base.uid % 173 == 20) && room()) {
        const QString &appRegistry = m_images.registry(int(base.image)).host;
        for (quint64 attempt = 0; attempt < 16; ++attempt) {
            const int candidate = int(below(hash(s, 7, attempt), base.image)); // an image that exists already
            if (!m_images.image(candidate).openSource || m_images.registry(candidate).host == appRegistry)
                continue;
            Record r = sibling(base, Sidecar);
            r.image = quint32(candidate);
            r.ordinal = m_images.takeOrdinal(candidate);
            r.flags &= ~AdversarialTag;
            r.status = base.status;
            r.podUid = base.uid;
            r.podImage = base.image;
            append(r);
            break;
        }
    }
}

// Another tag of the same image on the same digest, as `latest` and `v1.2.3` often are.
void DemoDataset::addAlias(int baseIndex, int limit)
{
    const Record base = m_records.at(baseIndex);
    if ((base.flags & NoDigest) || m_records.size() >= limit)
        return;
    const quint64 s = hash(m_seed, ShapeSalt, base.uid);
    if (!chance(hash(s, 8), 30) && base.uid % 127 != 3)
        return;
    Record r = sibling(base, Alias);
    r.ordinal = m_images.takeOrdinal(int(base.image));
    r.flags &= ~(AdversarialTag | Malicious);
    r.flags |= base.flags & Malicious; // the same contents
    r.contentUid = base.contentUid;
    r.digestRev = base.digestRev;
    append(r);
}

void DemoDataset::refreshDerived(Record &r) const
{
    Risks risks;
    const VulnRefs refs = vulnerabilityRefs(r);
    for (const VulnRef &v : refs) {
        if (v.applicability == 0 && m_cves.severity(v.pool) == Severity::Critical)
            risks |= Risk::CriticalApplicableCves;
    }
    r.vulnCount = quint8(std::min<qsizetype>(refs.size(), 255));
    if (r.flags & Malicious)
        risks |= Risk::Malicious;
    if (r.flags & IntegrityViolation)
        risks |= Risk::IntegrityViolation;
    if (!m_images.trusted(int(r.image)))
        risks |= Risk::UntrustedRegistry;
    r.risks = quint8(risks.toInt());
}

DemoDataset::VulnRefs DemoDataset::vulnerabilityRefs(int index) const
{
    return vulnerabilityRefs(m_records.at(index));
}

DemoDataset::VulnRefs DemoDataset::vulnerabilityRefs(const Record &r) const
{
    VulnRefs refs;
    // The API returns vulnerabilities only for images from a trusted registry (docs/jfrog-api.md 2).
    if (!m_images.trusted(int(r.image)))
        return refs;
    const int count = baseVulnerabilities(m_seed, r.contentUid) + r.extraVulns;
    const quint32 poolSize = quint32(m_cves.size());
    for (int j = 0; j < count; ++j) {
        for (quint64 attempt = 0; attempt < 8; ++attempt) {
            const quint16 pool =
                quint16(below(hash(m_seed, VulnSalt, r.contentUid, quint64(j) * 8 + attempt), poolSize));
            const bool seen =
                std::any_of(refs.cbegin(), refs.cend(), [pool](const VulnRef &v) { return v.pool == pool; });
            if (seen)
                continue;
            refs.append({ pool,
                          quint8(weighted(hash(m_seed, ApplicabilitySalt, r.contentUid, pool),
                                          applicabilityWeights)) });
            break;
        }
    }
    return refs;
}

DemoDataset::WorkloadKeys DemoDataset::workloadKeys(int index) const
{
    const Record &r = m_records.at(index);
    const DemoImageCatalog::Image &image = m_images.image(int(r.podImage));
    WorkloadKeys keys;
    const int count = baseWorkloads(m_seed, r) + r.extraWorkloads;
    for (int k = 0; k < count; ++k) {
        for (quint64 attempt = 0; attempt < 4; ++attempt) {
            const quint64 h = hash(m_seed, WorkloadSalt, r.podUid,
                                   (quint64(r.workloadRev) << 20) | (quint64(k) << 4) | attempt);
            const int cluster = weighted(h, m_clusterWeights);
            int ns;
            if (image.openSource) {
                ns = m_namespaceOffsets.at(3)
                    + int(below(hash(h, 1), quint32(m_namespaces.size() - m_namespaceOffsets.at(3))));
            } else {
                const QString &stage = m_clusters.spec(cluster).stage;
                const int group = stage == u"prod" ? 0 : stage == u"staging" ? 1 : 2;
                const int span = m_namespaceOffsets.at(group + 1) - m_namespaceOffsets.at(group);
                ns = m_namespaceOffsets.at(group) + int(below(hash(h, 1), quint32(span)));
            }
            const int variant = weighted(hash(h, 2), variantWeights);
            const quint64 key = (quint64(image.nameId) << 20) | (quint64(variant) << 16) | (quint64(ns) << 8)
                | quint64(cluster);
            if (std::find(keys.cbegin(), keys.cend(), key) != keys.cend())
                continue;
            keys.append(key);
            break;
        }
    }
    return keys;
}

QString DemoDataset::workloadName(quint64 key) const
{
    return m_images.nameById(quint32(key >> 20)) + QLatin1StringView(variantSuffixes[(key >> 16) & 0x3]);
}

WorkloadRef DemoDataset::workloadRef(quint64 key) const
{
    return WorkloadRef { workloadName(key), m_namespaces.at(namespaceOfKey(key)),
                         m_clusters.spec(clusterOfKey(key)).name };
}

int DemoDataset::lastSeenHours(int index) const
{
    const Record &r = m_records.at(index);
    return r.status == 0 ? 0 : 1 + int(below(hash(m_seed, SeenSalt, r.uid), 240));
}

QString DemoDataset::runtimeStatus(int index) const
{
    static const QString names[] = { QStringLiteral("running"), QStringLiteral("stopped"),
                                     QStringLiteral("unknown") };
    return names[m_records.at(index).status];
}

QString DemoDataset::architecture(int index) const
{
    static const QString names[] = { QStringLiteral("amd64"), QStringLiteral("arm64"), QStringLiteral("arm"),
                                     QStringLiteral("ppc64le") };
    return names[m_records.at(index).arch];
}

QString DemoDataset::hex64(quint64 a, quint64 b) const
{
    char text[64];
    for (int part = 0; part < 4; ++part) {
        quint64 h = hash(m_seed, DigestSalt, a, (b << 2) | quint64(part));
        for (int i = 15; i >= 0; --i, h >>= 4)
            text[part * 16 + i] = "0123456789abcdef"[h & 0xf];
    }
    return QString::fromLatin1(text, 64);
}

QString DemoDataset::digest(int index) const
{
    const Record &r = m_records.at(index);
    if (r.flags & NoDigest)
        return QString();
    return hex64(r.contentUid, r.digestRev);
}

int DemoDataset::indexOfDigest(QStringView digest) const
{
    if (digest.startsWith(u"sha256:"))
        digest = digest.mid(7);
    if (digest.size() != 64)
        return -1;
    bool ok = false;
    const quint64 prefix = digest.left(16).toULongLong(&ok, 16);
    if (!ok)
        return -1;
    for (int candidate : m_index.digestCandidates(prefix)) {
        if (this->digest(candidate) == digest)
            return candidate;
    }
    return -1;
}

QList<MaliciousPackage> DemoDataset::maliciousPackages(const Record &r) const
{
    QList<MaliciousPackage> packages;
    if (!(r.flags & Malicious))
        return packages;
    const auto &pool = DemoVocabulary::maliciousPackages();
    const quint64 h = hash(m_seed, MaliciousSalt, r.contentUid);
    const int count = chance(h, 200) ? 2 : 1;
    for (int k = 0; k < count; ++k) {
        const auto &spec =
            pool.at(int((below(hash(h, 1), quint32(pool.size())) + quint32(k)) % quint32(pool.size())));
        packages.append(
            MaliciousPackage { spec.xrayId, { Component { spec.componentId, spec.name, spec.version } } });
    }
    return packages;
}

std::optional<QString> DemoDataset::deployer(const Record &r) const
{
    namespace V = DemoVocabulary;
    const quint64 h = hash(m_seed, DeployerSalt, r.uid, r.digestRev);
    if (chance(h, 10) || r.uid % 503 == 11)
        return V::adversarialOwners().at(int(below(hash(h, 1), quint32(V::adversarialOwners().size()))));
    // A minority with the other kinds platforms send: nothing, an e-mail address, a bot or service account.
    const quint64 k = hash(m_seed, PeopleSalt, r.uid, r.digestRev);
    if (chance(k, 40) || r.uid % 409 == 13)
        return std::nullopt;
    if (chance(hash(k, 1), 60) || r.uid % 419 == 17)
        return V::emailOf(V::people().at(int(below(hash(k, 2), quint32(V::people().size())))));
    if (chance(hash(k, 3), 50) || r.uid % 421 == 19)
        return V::serviceAccounts().at(int(below(hash(k, 4), quint32(V::serviceAccounts().size()))));
    if (chance(hash(h, 2), 700))
        return V::ciUsers().at(int(below(hash(h, 3), quint32(V::ciUsers().size()))));
    return V::people().at(int(below(hash(h, 4), quint32(V::people().size()))));
}

// The image's owner mostly; for a minority the build says otherwise, or nothing (build_owner absent).
QString DemoDataset::buildOwner(const Record &r) const
{
    namespace V = DemoVocabulary;
    const quint64 h = hash(m_seed, BuildOwnerSalt, r.uid);
    if (chance(h, 40) || r.uid % 397 == 21)
        return QString();
    if (chance(hash(h, 1), 50) || r.uid % 389 == 23) {
        const QStringList accounts = V::ciUsers() + V::serviceAccounts();
        return accounts.at(int(below(hash(h, 2), quint32(accounts.size()))));
    }
    if (chance(hash(h, 3), 50) || r.uid % 383 == 25)
        return V::emailOf(V::people().at(int(below(hash(h, 4), quint32(V::people().size())))));
    return m_images.owner(int(r.image));
}

ImageTag DemoDataset::tag(int index, DemoTagView view) const
{
    const Record &r = m_records.at(index);
    const int image = int(r.image);
    ImageTag t;
    t.name = m_images.name(image);
    t.tag = m_images.tagName(image, r.ordinal, r.flags & AdversarialTag);
    t.registry = m_images.registry(image).host;
    t.repositoryPath = m_images.repositoryPath(image);
    t.digest = digest(index);
    t.architecture = architecture(index);
    t.runtimeStatus = runtimeStatus(index);
    t.risks = Risks::fromInt(r.risks);
    t.rawRisks = RiskNames::canonicalList(t.risks);
    t.scaScanned = m_images.trusted(image);
    const VulnRefs refs = vulnerabilityRefs(r);
    t.vulnerabilities.reserve(refs.size());
    for (const VulnRef &ref : refs) {
        Vulnerability v = m_cves.at(ref.pool);
        v.applicability = DemoVocabulary::applicabilities().at(ref.applicability);
        t.vulnerabilities.append(std::move(v));
    }
    t.maliciousPackages = maliciousPackages(r);
    for (quint64 key : workloadKeys(index))
        t.workloads.append(workloadRef(key));
    if (view == DemoTagView::List)
        return t;

    t.deployedBy = deployer(r);
    if (t.scaScanned) // only Artifactory builds have build info
        t.buildInfo = BuildInfo { buildOwner(r), t.name,
                                  QString::number(100 + below(hash(m_seed, DeployerSalt, r.uid, 0xb1d), 900)
                                                  + r.digestRev),
                                  QStringLiteral("artifactory-build-info") };
    t.registryTrusted = t.scaScanned;
    if (!(r.flags & NoDigest)) { // without a digest there is nothing to compare: no integrity claim
        IntegrityInfo integrity;
        integrity.expectedDigest = QStringLiteral("sha256:") + t.digest;
        if (r.flags & IntegrityViolation) {
            integrity.status = QStringLiteral("violation");
            integrity.violationType = QStringLiteral("digest_mismatch");
            integrity.severity = QStringLiteral("Critical");
            integrity.runtimeDigest =
                QStringLiteral("sha256:") + hex64(r.uid, quint64(r.digestRev) | 0x10000);
        } else {
            integrity.status = QStringLiteral("ok");
            integrity.runtimeDigest = integrity.expectedDigest;
        }
        t.integrity = integrity;
    }
    if (view == DemoTagView::Detail) {
        for (quint64 key : workloadKeys(index)) {
            const QString &provider = m_clusters.spec(clusterOfKey(key)).provider;
            if (!t.cloudProviders.contains(provider))
                t.cloudProviders.append(provider);
        }
    }
    return t;
}

QList<ImageTag> DemoDataset::expectedTags(DemoTagView view) const
{
    QList<ImageTag> tags;
    tags.reserve(m_records.size());
    for (int i = 0; i < size(); ++i)
        tags.append(tag(i, view));
    return tags;
}

DemoDataset::AdvanceStats DemoDataset::advance()
{
    ++m_epoch;
    AdvanceStats stats;
    const qsizetype before = m_records.size();
    QList<Record> kept;
    kept.reserve(before + before / 100 + 1);
    for (Record r : std::as_const(m_records)) {
        const quint64 h = hash(m_seed, AdvanceSalt, quint64(m_epoch), r.uid);
        const quint32 roll = below(h, 1000);
        if (roll < 5) { // 0.5% disappear
            ++stats.removed;
            continue;
        }
        if (roll < 25) { // 2% change
            ++stats.changed;
            const bool trustedImage = m_images.trusted(int(r.image));
            switch (below(hash(h, 1), 4)) {
            case 0: // rebuilt and redeployed: a new digest
                ++r.digestRev;
                break;
            case 1: // a new integrity violation (or, if it already had one, a new runtime digest)
                if (r.flags & NoDigest) { // nothing to check without a digest: the workloads moved instead
                    ++r.workloadRev;
                    break;
                }
                if (r.flags & IntegrityViolation)
                    ++r.digestRev;
                r.flags |= IntegrityViolation;
                break;
            case 2: // a workload added, or the workloads moved (a tag that runs nowhere gets one)
                if ((chance(hash(h, 2), 500) || baseWorkloads(m_seed, r) + r.extraWorkloads == 0)
                    && r.extraWorkloads < 8)
                    ++r.extraWorkloads;
                else
                    ++r.workloadRev;
                break;
            default: // a vulnerability found; images that are not scanned are redeployed instead
                if (trustedImage && r.extraVulns < 200)
                    ++r.extraVulns;
                else
                    ++r.digestRev;
                break;
            }
            refreshDerived(r);
        }
        kept.append(r);
    }
    m_records = std::move(kept);
    const int added = int((before * 5 + 500) / 1000); // 0.5%, rounded; siblings of new tags count
    const int imagesBefore = m_images.size();
    const int target = int(m_records.size()) + added;
    for (quint64 a = 0; m_records.size() < target; ++a) {
        const quint64 h = hash(m_seed, NewTagSalt, quint64(m_epoch), a);
        const int image = chance(h, 500) && imagesBefore > 0 ? int(below(hash(h, 1), quint32(imagesBefore)))
                                                             : m_images.add();
        const int base = int(m_records.size());
        addTag(image);
        addSiblings(base, target);
        addAlias(base, target);
    }
    stats.added = added;
    if (m_images.size() != imagesBefore)
        m_images.rebuildRanks();
    rebuildIndexes();
    m_lastAdvance = stats;
    qCInfo(lcDemo) << "dataset: epoch" << m_epoch << "changed" << stats.changed << "removed" << stats.removed
                   << "added" << stats.added << "now" << m_records.size() << "tags";
    return stats;
}

DemoDataset::ShapeCounts DemoDataset::shapeCounts() const
{
    namespace V = DemoVocabulary;
    auto count = [](PeopleCounts &counts, const std::optional<QString> &value) {
        switch (V::personKind(value)) {
        case V::PersonKind::User:
            ++counts.user;
            break;
        case V::PersonKind::ServiceAccount:
            ++counts.serviceAccount;
            break;
        case V::PersonKind::Email:
            ++counts.email;
            break;
        case V::PersonKind::Team:
            ++counts.team;
            break;
        case V::PersonKind::Adversarial:
            ++counts.adversarial;
            break;
        case V::PersonKind::Absent:
            ++counts.absent;
            break;
        }
    };
    ShapeCounts counts;
    counts.rows = size();
    // Everything below comes from the ImageTags as served, grouped the way a client would group them.
    QHash<QString, QSet<QString>> architecturesOfTag; // key -> architectures
    QHash<QString, QSet<QString>> digestsOfTagAndArch; // key + architecture -> digests
    QHash<QString, QSet<QString>> tagsOfDigest; // digest -> keys
    QHash<QString, QSet<QString>> registriesOfWorkload; // cluster/namespace/name -> registries
    QList<std::pair<QString, QString>> rows; // key, architecture
    QStringList digests;
    rows.reserve(size());
    digests.reserve(size());
    for (int i = 0; i < size(); ++i) {
        const ImageTag t = tag(i, DemoTagView::ListWithDetail);
        const QString key = t.fullReference();
        architecturesOfTag[key].insert(t.architecture);
        digestsOfTagAndArch[key + QChar(0x1f) + t.architecture].insert(t.digest);
        if (t.digest.isEmpty())
            ++counts.noDigestRows;
        else
            tagsOfDigest[t.digest].insert(key);
        for (const WorkloadRef &w : t.workloads)
            registriesOfWorkload[w.cluster + QChar(0x1f) + w.nameSpace + QChar(0x1f) + w.name].insert(
                t.registry);
        count(counts.deployedBy, t.deployedBy);
        if (t.buildInfo)
            count(counts.buildOwner, t.buildInfo->owner);
        rows.append({ key, t.architecture });
        digests.append(t.digest);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto &[key, architecture] = rows.at(i);
        if (architecturesOfTag.value(key).size() > 1)
            ++counts.multiArchRows;
        if (digestsOfTagAndArch.value(key + QChar(0x1f) + architecture).size() > 1)
            ++counts.rePushedRows;
        if (!digests.at(i).isEmpty() && tagsOfDigest.value(digests.at(i)).size() > 1)
            ++counts.sharedDigestRows;
    }
    for (const QSet<QString> &architectures : std::as_const(architecturesOfTag))
        counts.multiArchTags += architectures.size() > 1;
    for (const QSet<QString> &registries : std::as_const(registriesOfWorkload))
        counts.multiRegistryWorkloads += registries.size() > 1;
    return counts;
}

QString DemoDataset::ShapeCounts::toString() const
{
    auto people = [](const PeopleCounts &c) {
        return QStringLiteral("user %1, service account %2, e-mail %3, team %4, adversarial %5, absent %6")
            .arg(c.user)
            .arg(c.serviceAccount)
            .arg(c.email)
            .arg(c.team)
            .arg(c.adversarial)
            .arg(c.absent);
    };
    return QStringLiteral(
               "%1 rows: %2 multi-architecture rows in %3 tags, %4 re-pushed rows, %5 rows sharing a digest "
               "with another tag, %6 without a digest, %7 workloads from several registries; deployed_by: "
               "%8; "
               "build_owner (of rows with build_info): %9")
        .arg(rows)
        .arg(multiArchRows)
        .arg(multiArchTags)
        .arg(rePushedRows)
        .arg(sharedDigestRows)
        .arg(noDigestRows)
        .arg(multiRegistryWorkloads)
        .arg(people(deployedBy), people(buildOwner));
}

void DemoDataset::rebuildIndexes()
{
    m_index.rebuild(*this);
    m_workloads.rebuild(*this);
}
