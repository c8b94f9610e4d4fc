#pragma once

#include <QList>
#include <QVarLengthArray>

#include <array>
#include <utility>

class DemoDataset;

// The orders of POST /images/tags (`order_by`) over the whole dataset, and a digest lookup for the
// ASSUMED detail endpoint. Rebuilt when the dataset changes; about 20 bytes per tag.
enum class DemoTagOrder { Default, Name, RepositoryPath, Registry, Risks };

class DemoDatasetIndex
{
public:
    void rebuild(const DemoDataset &dataset);
    const QList<quint32> &order(DemoTagOrder order) const { return m_orders.at(size_t(order)); }
    // Indices whose digest starts with these 64 bits, in row order (one, or the tags sharing a digest).
    QVarLengthArray<int, 2> digestCandidates(quint64 prefix) const;

    // Parses an `order_by` value; false when it is not a documented one.
    static bool parseOrder(const QString &text, DemoTagOrder *order);

private:
    std::array<QList<quint32>, 5> m_orders;
    QList<std::pair<quint64, quint32>> m_digests;
};
