#pragma once

#include "democlusters.h"
#include "democvepool.h"
#include "demodatasetindex.h"
#include "demoimagecatalog.h"
#include "demoworkloadindex.h"
#include "imagetag.h"

#include <QList>
#include <QVarLengthArray>

#include <optional>

// How much of a tag a response carries: the documented list row, the list row plus the ASSUMED
// detail fields (deployed_by, build_info, registry_trusted, integrity), or the full ASSUMED detail
// (docs/jfrog-api.md 3.7, adding cloud_providers, clusters_count and workloads_count).
enum class DemoTagView { List, ListWithDetail, Detail };

// A deterministic JFrog Runtime estate of 1 to 200,000 image tags. Each tag is a compact record
// (indices into shared tables and a few counters); ImageTag values and JSON are built on demand.
// Same seed + size + epoch => the same tags, byte for byte. advance() moves to the next epoch:
// about 2% of the tags change, 0.5% disappear and 0.5% appear. Not thread-safe: DemoPlatform guards it.
//
// Besides one row per tag, the estate has what real platforms send: multi-architecture tags (one row
// per architecture), re-pushed tags (two digests of one name:tag, both running), one digest under
// several tags, rows without a digest, sidecars from another registry in an app's workloads, and
// people of every kind (users, service accounts, e-mail addresses, absent). These rows are added
// beside base rows with their own uids, so the base rows stay as they were; the total is still `size`.
class DemoDataset
{
public:
    struct Record
    {
        quint32 uid = 0; // stable identity across epochs
        quint32 image = 0; // index into images()
        quint32 contentUid =
            0; // whose digest and contents the row carries: uid, or the tag it shares a digest with
        quint32 podUid = 0; // whose workloads it runs in: uid, or the app a sidecar rides along with
        quint32 podImage = 0; // the image that names those workloads
        quint16 ordinal = 0; // tag number within its image
        quint16 digestRev = 0;
        quint16 workloadRev = 0;
        quint8 extraVulns = 0;
        quint8 extraWorkloads = 0;
        quint8 flags = 0; // Flag bits
        quint8 status = 0; // 0 running, 1 stopped, 2 unknown
        quint8 arch = 0; // 0 amd64, 1 arm64, 2 arm, 3 ppc64le
        quint8 risks = 0; // Risks, cached for ordering and filtering
        quint8 vulnCount = 0; // cached
        quint8 kind = 0; // Kind
        bool operator==(const Record &) const = default;
    };
    enum Flag : quint8 { IntegrityViolation = 0x1, AdversarialTag = 0x2, Malicious = 0x4, NoDigest = 0x8 };
    // Why a row exists. Base rows are the estate proper; the others are added beside a base row so
    // that the estate has the shapes real platforms send, without moving any base row.
    enum Kind : quint8 {
        Base, // one tag of one image
        Architecture, // another architecture of a multi-architecture tag: same name:tag, own digest
        RePush, // the same name:tag and architecture pushed again: the old digest still runs
        Alias, // another tag of the same image with the same digest (latest and v1.2.3)
        Sidecar, // an image from another registry running in the base row's workloads
    };

    struct VulnRef
    {
        quint16 pool; // index into cves()
        quint8 applicability; // index into DemoVocabulary::applicabilities()
    };
    using VulnRefs = QVarLengthArray<VulnRef, 16>;
    using WorkloadKeys = QVarLengthArray<quint64, 4>;

    struct AdvanceStats
    {
        int changed = 0;
        int removed = 0;
        int added = 0;
    };

    // Build Owner or Deployed By values by kind (DemoVocabulary::PersonKind).
    struct PeopleCounts
    {
        int user = 0;
        int serviceAccount = 0;
        int email = 0;
        int team = 0;
        int adversarial = 0;
        int absent = 0;
    };

    // The shapes the estate holds, counted from the tags it serves (not from what the generator meant to
    // make).
    struct ShapeCounts
    {
        int rows = 0;
        int multiArchRows = 0; // rows of a registry/repository/name/tag with more than one architecture
        int multiArchTags = 0; // such registry/repository/name/tag groups
        int rePushedRows = 0; // rows whose registry/repository/name/tag/architecture has another digest too
        int sharedDigestRows = 0; // rows whose digest is also another tag's
        int noDigestRows = 0;
        int multiRegistryWorkloads = 0; // workloads running images from more than one registry
        PeopleCounts deployedBy; // over every row (ListWithDetail)
        PeopleCounts buildOwner; // over the rows that carry build_info
        QString toString() const; // one line
    };

    DemoDataset(quint64 seed, int size);

    quint64 seed() const { return m_seed; }
    int epoch() const { return m_epoch; }
    int size() const { return int(m_records.size()); }
    const Record &record(int index) const { return m_records.at(index); }
    const DemoImageCatalog &images() const { return m_images; }
    const DemoClusters &clusters() const { return m_clusters; }
    const DemoCvePool &cves() const { return m_cves; }
    const DemoDatasetIndex &index() const { return m_index; }
    const DemoWorkloadIndex &workloads() const { return m_workloads; }

    ImageTag tag(int index, DemoTagView view) const;
    // Every tag of the current epoch in the default order: what a full sync must end with.
    QList<ImageTag> expectedTags(DemoTagView view) const;
    QString digest(int index) const; // 64 hex digits, no "sha256:" prefix; empty for a row sent without one
    // The first row with that digest (several tags may share one); -1 when unknown or empty.
    int indexOfDigest(QStringView digest) const;
    ShapeCounts shapeCounts() const;

    // Derived attributes, for filters and the workloads listing.
    VulnRefs vulnerabilityRefs(int index) const;
    WorkloadKeys workloadKeys(int index) const;
    WorkloadRef workloadRef(quint64 key) const;
    QString workloadName(quint64 key) const;
    static int clusterOfKey(quint64 key) { return int(key & 0xff); }
    static int namespaceOfKey(quint64 key) { return int((key >> 8) & 0xff); }
    const QStringList &namespaces() const { return m_namespaces; }
    int lastSeenHours(int index) const; // 0 while running
    QString runtimeStatus(int index) const;
    QString architecture(int index) const;
    bool trusted(int index) const { return m_images.trusted(int(m_records.at(index).image)); }

    QList<MaliciousPackage> maliciousPackages(const Record &record) const;

    AdvanceStats advance();
    const AdvanceStats &lastAdvance() const { return m_lastAdvance; }

private:
    void addTag(int image);
    Record sibling(const Record &base, Kind kind);
    void append(Record record);
    void addSiblings(int base, int limit);
    void addAlias(int base, int limit);
    void refreshDerived(Record &record) const;
    VulnRefs vulnerabilityRefs(const Record &record) const;
    std::optional<QString> deployer(const Record &record) const;
    QString buildOwner(const Record &record) const;
    QString hex64(quint64 a, quint64 b) const;
    void rebuildIndexes();

    quint64 m_seed;
    int m_epoch = 0;
    quint32 m_nextUid = 1;
    quint32 m_nextSiblingUid = 1; // siblings have their own uid space, so base rows keep theirs
    DemoImageCatalog m_images;
    DemoClusters m_clusters;
    DemoCvePool m_cves;
    QList<Record> m_records;
    QStringList m_namespaces;
    QList<int> m_namespaceOffsets; // where prod, staging, dev and infrastructure start in m_namespaces
    QList<int> m_clusterWeights;
    DemoDatasetIndex m_index;
    DemoWorkloadIndex m_workloads;
    AdvanceStats m_lastAdvance;
};
