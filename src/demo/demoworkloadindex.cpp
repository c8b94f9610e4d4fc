#include "demoworkloadindex.h"

#include "demodataset.h"
#include "demorandom.h"
#include "runtimejson.h"

#include <QJsonArray>

#include <algorithm>
#include <numeric>

using namespace DemoRandom;

namespace {

QList<quint32> alphabeticalRanks(const QStringList &names)
{
    QList<quint32> order(names.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&names](quint32 a, quint32 b) { return names.at(a) < names.at(b); });
    QList<quint32> rank(names.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        rank[order.at(i)] = quint32(i);
    return rank;
}

QJsonArray maliciousJson(const QList<MaliciousPackage> &packages)
{
    QJsonArray array;
    for (const MaliciousPackage &p : packages) {
        QJsonArray components;
        for (const Component &c : p.components)
            components.append(QJsonObject { { QStringLiteral("id"), c.id },
                                            { QStringLiteral("name"), c.name },
                                            { QStringLiteral("version"), c.version } });
        array.append(QJsonObject { { QStringLiteral("xray_id"), p.xrayId },
                                   { QStringLiteral("components"), components } });
    }
    return array;
}

} // namespace

void DemoWorkloadIndex::rebuild(const DemoDataset &dataset)
{
    const DemoImageCatalog &images = dataset.images();
    QStringList clusterNames;
    for (int c = 0; c < dataset.clusters().size(); ++c)
        clusterNames.append(dataset.clusters().spec(c).name);
    const QList<quint32> clusterRank = alphabeticalRanks(clusterNames);
    const QList<quint32> namespaceRank = alphabeticalRanks(dataset.namespaces());
    auto sortKey = [&](quint64 key) {
        return (quint64(images.rankOfName(quint32(key >> 20))) << 24) | (((key >> 16) & 0x3) << 16)
            | (quint64(namespaceRank.at(DemoDataset::namespaceOfKey(key))) << 8)
            | clusterRank.at(DemoDataset::clusterOfKey(key));
    };

    struct Entry
    {
        quint64 sort;
        quint64 key;
        quint32 tag;
        bool operator<(const Entry &o) const { return sort != o.sort ? sort < o.sort : tag < o.tag; }
    };
    QList<Entry> entries;
    entries.reserve(dataset.size() * 3 / 2);
    for (int i = 0; i < dataset.size(); ++i) {
        for (quint64 key : dataset.workloadKeys(i))
            entries.append({ sortKey(key), key, quint32(i) });
    }
    std::sort(entries.begin(), entries.end());
    m_keys.clear();
    m_starts.clear();
    m_tags.clear();
    m_tags.reserve(entries.size());
    for (qsizetype e = 0; e < entries.size(); ++e) {
        if (e == 0 || entries.at(e).key != entries.at(e - 1).key) {
            m_keys.append(entries.at(e).key);
            m_starts.append(quint32(m_tags.size()));
        }
        m_tags.append(entries.at(e).tag);
    }
    m_starts.append(quint32(m_tags.size()));
}

QList<quint32> DemoWorkloadIndex::tagsOf(int workload) const
{
    return m_tags.mid(m_starts.at(workload), m_starts.at(workload + 1) - m_starts.at(workload));
}

int DemoWorkloadIndex::runtimeStatusRank(const DemoDataset &dataset, int workload) const
{
    int best = 2;
    for (quint32 t = m_starts.at(workload); t < m_starts.at(workload + 1); ++t)
        best = std::min(best, int(dataset.record(int(m_tags.at(t))).status));
    return best;
}

Workload DemoWorkloadIndex::workload(const DemoDataset &dataset, int index) const
{
    const quint64 key = m_keys.at(index);
    const WorkloadRef ref = dataset.workloadRef(key);
    Workload w;
    w.name = ref.name;
    w.nameSpace = ref.nameSpace;
    w.cluster = ref.cluster;
    static const QString statuses[] = { QStringLiteral("running"), QStringLiteral("stopped"),
                                        QStringLiteral("unknown") };
    w.runtimeStatus = statuses[runtimeStatusRank(dataset, index)];
    const QStringList &nodes = dataset.clusters().nodeNames(DemoDataset::clusterOfKey(key));
    const quint64 h = hash(dataset.seed(), 0x3041, key);
    const int nodeCount = 1 + int(below(h, quint32(std::min<qsizetype>(3, nodes.size()))));
    const int first = int(below(hash(h, 1), quint32(nodes.size())));
    for (int n = 0; n < nodeCount; ++n)
        w.nodes.append(nodes.at((first + n) % nodes.size()));

    Risks risks;
    const QList<quint32> tags = tagsOf(index);
    w.architecture = dataset.architecture(int(tags.first()));
    for (quint32 t : tags) {
        const int tagIndex = int(t);
        const DemoDataset::Record &r = dataset.record(tagIndex);
        const Risks tagRisks = Risks::fromInt(r.risks);
        risks |= tagRisks;
        w.vulnerabilitiesCount += r.vulnCount;
        // One process per image tag; CVE and malicious risks are the process's own (docs/jfrog-api.md 2).
        const Risks processRisks = tagRisks & (Risk::Malicious | Risk::CriticalApplicableCves);
        QJsonArray vulnerabilities;
        for (const DemoDataset::VulnRef &v : dataset.vulnerabilityRefs(tagIndex)) {
            if (v.applicability != 0 || dataset.cves().severity(v.pool) != Severity::Critical)
                continue;
            Vulnerability vulnerability = dataset.cves().at(v.pool);
            vulnerability.applicability = QStringLiteral("applicable");
            vulnerabilities.append(RuntimeJson::toJson(vulnerability));
        }
        const QString binary = dataset.images().name(int(r.image));
        const QString digest = dataset.digest(tagIndex);
        QJsonObject process {
            { QStringLiteral("name"), binary },
            { QStringLiteral("arguments"), QStringLiteral("--port=8080 --log-format=json") },
            { QStringLiteral("path"), QString(QStringLiteral("/usr/local/bin/") + binary) },
            { QStringLiteral("runtime_status"), dataset.runtimeStatus(tagIndex) },
            { QStringLiteral("risks"), QJsonArray::fromStringList(RiskNames::canonicalList(processRisks)) },
            { QStringLiteral("vulnerabilities"), vulnerabilities },
            { QStringLiteral("malicious_packages"), maliciousJson(dataset.maliciousPackages(r)) }
        };
        if (!digest.isEmpty()) { // absent, like the tag's, when the platform sends none
            process.insert(QStringLiteral("image_digest"), digest);
            process.insert(QStringLiteral("process_hash"), QString(digest.right(32) + digest.left(32)));
        }
        w.processes.append(process);
    }
    w.risks = risks;
    w.rawRisks = RiskNames::canonicalList(risks);
    return w;
}
