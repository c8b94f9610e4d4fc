#include "demodataset.h"

#include "demorandom.h"
#include "logging.h"

#include <QElapsedTimer>

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
};

constexpr int applicabilityWeights[] = {25, 35, 10, 10, 5, 5, 10}; // order of DemoVocabulary::applicabilities()
constexpr int tagsPerImageWeights[] = {14, 18, 18, 15, 12, 9, 7, 7}; // 1..8 tags, mean about 4
constexpr int variantWeights[] = {70, 12, 10, 8};
const char *const variantSuffixes[] = {"", "-worker", "-canary", "-migrations"};

int baseVulnerabilities(quint64 seed, quint32 uid)
{
    const quint64 h = hash(seed, VulnSalt, uid, 0xffff);
    return int(below(h, 8) + below(hash(h, 0x5a0 + 3), 6)); // mean 6 for trusted tags, so about 4 over the estate
}

int baseWorkloads(quint64 seed, const DemoDataset::Record &r)
{
    const quint64 h = hash(seed, WorkloadSalt, r.uid, 0xffff);
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
    for (const char *stage : {"prod", "staging", "dev"}) {
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
        for (int k = 0; k < tags && m_records.size() < size; ++k)
            addTag(image);
    }
    m_images.rebuildRanks();
    rebuildIndexes();
    qCInfo(lcDemo) << "dataset: seed" << seed << m_records.size() << "tags," << m_images.size() << "images, built in"
                   << timer.elapsed() << "ms";
}

void DemoDataset::addTag(int image)
{
    Record r;
    r.uid = m_nextUid++;
    r.image = quint32(image);
    r.ordinal = m_images.takeOrdinal(image);
    const quint64 h = hash(m_seed, TagSalt, r.uid);
    static constexpr int statusWeights[] = {65, 25, 10};
    r.status = quint8(weighted(h, statusWeights));
    r.arch = quint8(chance(hash(h, 1), 250) ? 1 : 0);
    if (chance(hash(h, 2), 30))
        r.flags |= IntegrityViolation;
    if (chance(hash(h, 3), 5) || r.uid % 211 == 7) // rare, but present in any estate of a few hundred tags
        r.flags |= AdversarialTag;
    if (chance(hash(h, 4), 7) || r.uid % 997 == 500)
        r.flags |= Malicious;
    refreshDerived(r);
    m_records.append(r);
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
    // The API returns vulnerabilities only for images from a trusted registry (jfrog-api.md 2).
    if (!m_images.trusted(int(r.image)))
        return refs;
    const int count = baseVulnerabilities(m_seed, r.uid) + r.extraVulns;
    const quint32 poolSize = quint32(m_cves.size());
    for (int j = 0; j < count; ++j) {
        for (quint64 attempt = 0; attempt < 8; ++attempt) {
            const quint16 pool = quint16(below(hash(m_seed, VulnSalt, r.uid, quint64(j) * 8 + attempt), poolSize));
            const bool seen = std::any_of(refs.cbegin(), refs.cend(), [pool](const VulnRef &v) { return v.pool == pool; });
            if (seen)
                continue;
            refs.append({pool, quint8(weighted(hash(m_seed, ApplicabilitySalt, r.uid, pool), applicabilityWeights))});
            break;
        }
    }
    return refs;
}

DemoDataset::WorkloadKeys DemoDataset::workloadKeys(int index) const
{
    const Record &r = m_records.at(index);
    const DemoImageCatalog::Image &image = m_images.image(int(r.image));
    WorkloadKeys keys;
    const int count = baseWorkloads(m_seed, r) + r.extraWorkloads;
    for (int k = 0; k < count; ++k) {
        for (quint64 attempt = 0; attempt < 4; ++attempt) {
            const quint64 h = hash(m_seed, WorkloadSalt, r.uid, (quint64(r.workloadRev) << 20) | (quint64(k) << 4) | attempt);
            const int cluster = weighted(h, m_clusterWeights);
            int ns;
            if (image.openSource) {
                ns = m_namespaceOffsets.at(3) + int(below(hash(h, 1), quint32(m_namespaces.size() - m_namespaceOffsets.at(3))));
            } else {
                const QString &stage = m_clusters.spec(cluster).stage;
                const int group = stage == u"prod" ? 0 : stage == u"staging" ? 1 : 2;
                const int span = m_namespaceOffsets.at(group + 1) - m_namespaceOffsets.at(group);
                ns = m_namespaceOffsets.at(group) + int(below(hash(h, 1), quint32(span)));
            }
            const int variant = weighted(hash(h, 2), variantWeights);
            const quint64 key = (quint64(image.nameId) << 20) | (quint64(variant) << 16) | (quint64(ns) << 8) | quint64(cluster);
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
    return WorkloadRef{workloadName(key), m_namespaces.at(namespaceOfKey(key)), m_clusters.spec(clusterOfKey(key)).name};
}

int DemoDataset::lastSeenHours(int index) const
{
    const Record &r = m_records.at(index);
    return r.status == 0 ? 0 : 1 + int(below(hash(m_seed, SeenSalt, r.uid), 240));
}

QString DemoDataset::runtimeStatus(int index) const
{
    static const QString names[] = {QStringLiteral("running"), QStringLiteral("stopped"), QStringLiteral("unknown")};
    return names[m_records.at(index).status];
}

QString DemoDataset::architecture(int index) const
{
    static const QString names[] = {QStringLiteral("amd64"), QStringLiteral("arm64")};
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
    return hex64(r.uid, r.digestRev);
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
    const quint64 h = hash(m_seed, MaliciousSalt, r.uid);
    const int count = chance(h, 200) ? 2 : 1;
    for (int k = 0; k < count; ++k) {
        const auto &spec = pool.at(int((below(hash(h, 1), quint32(pool.size())) + quint32(k)) % quint32(pool.size())));
        packages.append(MaliciousPackage{spec.xrayId, {Component{spec.componentId, spec.name, spec.version}}});
    }
    return packages;
}

QString DemoDataset::deployer(const Record &r) const
{
    namespace V = DemoVocabulary;
    const quint64 h = hash(m_seed, DeployerSalt, r.uid, r.digestRev);
    if (chance(h, 10) || r.uid % 503 == 11)
        return V::adversarialOwners().at(int(below(hash(h, 1), quint32(V::adversarialOwners().size()))));
    if (chance(hash(h, 2), 700))
        return V::ciUsers().at(int(below(hash(h, 3), quint32(V::ciUsers().size()))));
    return V::people().at(int(below(hash(h, 4), quint32(V::people().size()))));
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
        t.buildInfo = BuildInfo{m_images.owner(image), t.name,
                                QString::number(100 + below(hash(m_seed, DeployerSalt, r.uid, 0xb1d), 900) + r.digestRev),
                                QStringLiteral("artifactory-build-info")};
    t.registryTrusted = t.scaScanned;
    IntegrityInfo integrity;
    integrity.expectedDigest = QStringLiteral("sha256:") + t.digest;
    if (r.flags & IntegrityViolation) {
        integrity.status = QStringLiteral("violation");
        integrity.violationType = QStringLiteral("digest_mismatch");
        integrity.severity = QStringLiteral("Critical");
        integrity.runtimeDigest = QStringLiteral("sha256:") + hex64(r.uid, quint64(r.digestRev) | 0x10000);
    } else {
        integrity.status = QStringLiteral("ok");
        integrity.runtimeDigest = integrity.expectedDigest;
    }
    t.integrity = integrity;
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
                if (r.flags & IntegrityViolation)
                    ++r.digestRev;
                r.flags |= IntegrityViolation;
                break;
            case 2: // a workload added, or the workloads moved (a tag that runs nowhere gets one)
                if ((chance(hash(h, 2), 500) || baseWorkloads(m_seed, r) + r.extraWorkloads == 0) && r.extraWorkloads < 8)
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
    const int added = int((before * 5 + 500) / 1000); // 0.5%, rounded
    const int imagesBefore = m_images.size();
    for (int a = 0; a < added; ++a) {
        const quint64 h = hash(m_seed, NewTagSalt, quint64(m_epoch), quint64(a));
        const int image = chance(h, 500) && imagesBefore > 0 ? int(below(hash(h, 1), quint32(imagesBefore))) : m_images.add();
        addTag(image);
    }
    stats.added = added;
    if (m_images.size() != imagesBefore)
        m_images.rebuildRanks();
    rebuildIndexes();
    m_lastAdvance = stats;
    qCInfo(lcDemo) << "dataset: epoch" << m_epoch << "changed" << stats.changed << "removed" << stats.removed << "added"
                   << stats.added << "now" << m_records.size() << "tags";
    return stats;
}

void DemoDataset::rebuildIndexes()
{
    m_index.rebuild(*this);
    m_workloads.rebuild(*this);
}
