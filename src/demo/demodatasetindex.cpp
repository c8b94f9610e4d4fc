#include "demodatasetindex.h"

#include "demodataset.h"

#include <algorithm>

namespace {

// Sorts the dataset by a 64-bit key, ties in dataset (uid) order.
template<typename KeyOf> QList<quint32> sortedBy(int size, KeyOf keyOf)
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

void DemoDatasetIndex::rebuild(const DemoDataset &dataset)
{
    const int size = dataset.size();
    const DemoImageCatalog &images = dataset.images();
    QList<quint32> identity(size);
    for (int i = 0; i < size; ++i)
        identity[i] = quint32(i);
    m_orders[size_t(DemoTagOrder::Default)] = identity;
    // Ranks fit in 20 bits (a million distinct strings), the registry rank in 3.
    auto image = [&](int i) { return int(dataset.record(i).image); };
    m_orders[size_t(DemoTagOrder::Name)] = sortedBy(size, [&](int i) {
        return (quint64(images.nameRank(image(i))) << 40) | (quint64(images.registryRank(image(i))) << 36)
            | (quint64(images.repoRank(image(i))) << 16) | dataset.record(i).ordinal;
    });
    m_orders[size_t(DemoTagOrder::RepositoryPath)] = sortedBy(size, [&](int i) {
        return (quint64(images.repoRank(image(i))) << 40) | (quint64(images.nameRank(image(i))) << 20)
            | (quint64(images.registryRank(image(i))) << 16) | dataset.record(i).ordinal;
    });
    m_orders[size_t(DemoTagOrder::Registry)] = sortedBy(size, [&](int i) {
        return (quint64(images.registryRank(image(i))) << 56) | (quint64(images.repoRank(image(i))) << 36)
            | (quint64(images.nameRank(image(i))) << 16) | dataset.record(i).ordinal;
    });
    m_orders[size_t(DemoTagOrder::Risks)] = sortedBy(size, [&](int i) {
        const DemoDataset::Record &r = dataset.record(i);
        const quint64 riskiness = quint64(15 - RiskNames::rank(Risks::fromInt(r.risks))); // riskiest first
        return (riskiness << 56) | (quint64(255 - r.vulnCount) << 48)
            | (quint64(images.nameRank(image(i))) << 28) | (quint64(images.registryRank(image(i))) << 24)
            | (quint64(images.repoRank(image(i))) << 4);
    });

    // Rows sent without a digest cannot be found by one; rows sharing a digest sit together, in row order.
    m_digests.clear();
    m_digests.reserve(size);
    for (int i = 0; i < size; ++i) {
        const QString digest = dataset.digest(i);
        if (!digest.isEmpty())
            m_digests.append({ digest.left(16).toULongLong(nullptr, 16), quint32(i) });
    }
    std::sort(m_digests.begin(), m_digests.end());
}

QVarLengthArray<int, 2> DemoDatasetIndex::digestCandidates(quint64 prefix) const
{
    QVarLengthArray<int, 2> found;
    auto it =
        std::lower_bound(m_digests.cbegin(), m_digests.cend(), std::pair<quint64, quint32> { prefix, 0 });
    for (; it != m_digests.cend() && it->first == prefix; ++it)
        found.append(int(it->second));
    return found;
}

bool DemoDatasetIndex::parseOrder(const QString &text, DemoTagOrder *order)
{
    static const std::pair<const char *, DemoTagOrder> names[] = { { "name", DemoTagOrder::Name },
                                                                   { "repository_path",
                                                                     DemoTagOrder::RepositoryPath },
                                                                   { "registry", DemoTagOrder::Registry },
                                                                   { "risks", DemoTagOrder::Risks } };
    if (text.isEmpty()) {
        *order = DemoTagOrder::Default;
        return true;
    }
    for (const auto &[name, value] : names) {
        if (text == QLatin1StringView(name)) {
            *order = value;
            return true;
        }
    }
    return false;
}
