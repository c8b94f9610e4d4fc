#include "demoimagecatalog.h"

#include "demorandom.h"

#include <algorithm>
#include <numeric>

namespace {

QList<quint32> ranksOf(const QStringList &table)
{
    QList<quint32> order(table.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&table](quint32 a, quint32 b) { return table.at(a) < table.at(b); });
    QList<quint32> rank(table.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        rank[order.at(i)] = quint32(i);
    return rank;
}

} // namespace

DemoImageCatalog::DemoImageCatalog(quint64 seed)
    : m_seed(seed)
{
    m_owners = DemoVocabulary::buildOwners() + DemoVocabulary::people() + DemoVocabulary::adversarialOwners();
}

const DemoVocabulary::Registry &DemoImageCatalog::registry(int index) const
{
    return DemoVocabulary::registries().at(m_images.at(index).registry);
}

const QString &DemoImageCatalog::team(int index) const
{
    return DemoVocabulary::teams().at(m_images.at(index).team);
}

quint32 DemoImageCatalog::intern(QStringList &table, QHash<QString, quint32> &ids, const QString &text)
{
    const auto it = ids.constFind(text);
    if (it != ids.constEnd())
        return *it;
    const quint32 id = quint32(table.size());
    table.append(text);
    ids.insert(text, id);
    return id;
}

int DemoImageCatalog::add()
{
    using namespace DemoRandom;
    namespace V = DemoVocabulary;
    const quint64 serial = m_created++;
    QList<int> registryWeights;
    for (const V::Registry &r : V::registries())
        registryWeights.append(r.weight);

    Image image;
    QString name;
    QString repo;
    for (int attempt = 0;; ++attempt) {
        const quint64 h = hash(m_seed, 0x1a6e, serial, quint64(attempt));
        image.registry = quint8(weighted(h, registryWeights));
        const V::Registry &registry = V::registries().at(image.registry);
        image.team = quint8(below(hash(h, 1), quint32(V::teams().size())));
        const QString &root = registry.roots.at(int(below(hash(h, 2), quint32(registry.roots.size()))));
        image.openSource = quint8(registry.trusted ? chance(hash(h, 3), 100) : chance(hash(h, 3), 700));
        if (image.openSource) {
            name = V::openSourceImages().at(int(below(hash(h, 4), quint32(V::openSourceImages().size()))));
            repo = registry.trusted ? QStringLiteral("docker-remote/library") : root;
        } else {
            name = V::products().at(int(below(hash(h, 4), quint32(V::products().size())))) + u'-'
                + V::productSuffixes().at(int(below(hash(h, 5), quint32(V::productSuffixes().size()))));
            repo = registry.trusted ? root + u'/' + V::teams().at(image.team) : root;
        }
        // About one image in a hundred has a hostile name (FUZZ-4); the seed shifts which.
        image.adversarial = quint8((serial + m_seed) % 97 == 0 || (serial + m_seed) % 89 == 0);
        if (image.adversarial) {
            const auto &names = V::adversarialImageNames();
            name = names.at(int((serial / 89) % quint64(names.size())));
        }
        if (attempt >= 6)
            name += u'-' + QString::number(serial); // the combinations ran out here: make it unique
        const quint32 nameId = intern(m_names, m_nameIds, name);
        const quint32 repoId = intern(m_repos, m_repoIds, repo);
        const quint64 identity = (quint64(image.registry) << 56) | (quint64(repoId) << 28) | nameId;
        if (m_identities.contains(identity))
            continue;
        m_identities.insert(identity);
        image.nameId = nameId;
        image.repoId = repoId;
        image.style = quint8(below(hash(h, 6), 5));
        // Owners: teams mostly, people sometimes, a hostile string rarely.
        const int teamsCount = int(V::buildOwners().size()), peopleCount = int(V::people().size());
        const quint64 o = hash(h, 7);
        if (chance(o, 15))
            image.owner = quint8(teamsCount + peopleCount
                                 + int(below(hash(o, 1), quint32(V::adversarialOwners().size()))));
        else if (chance(hash(o, 2), 300))
            image.owner = quint8(teamsCount + int(below(hash(o, 3), quint32(peopleCount))));
        else
            image.owner = quint8(below(hash(o, 4), quint32(teamsCount)));
        break;
    }
    m_images.append(image);
    return int(m_images.size() - 1);
}

QString DemoImageCatalog::tagName(int index, quint16 ordinal, bool adversarial) const
{
    using namespace DemoRandom;
    const Image &image = m_images.at(index);
    if (adversarial) {
        const auto &patterns = DemoVocabulary::adversarialTagPatterns();
        return patterns.at(int(below(hash(m_seed, 0x7a6, index, ordinal), quint32(patterns.size()))))
            .arg(ordinal);
    }
    const quint64 h = hash(m_seed, 0x7a9, quint64(index));
    const int major = int(below(h, 4)) + (image.openSource ? 1 : 0);
    const int minor = int(below(hash(h, 0x5a0 + 12), 20));
    switch (image.style) {
    case 0:
        return ordinal == 0 ? QStringLiteral("latest")
                            : QStringLiteral("v%1.%2.%3").arg(major).arg(minor).arg(ordinal);
    case 1:
        return ordinal == 0
            ? QStringLiteral("stable")
            : QStringLiteral("%1.%2.%3").arg(major).arg(ordinal).arg(below(hash(h, 0x5a0 + 20), 9));
    case 2:
        return QStringLiteral("%1.%2.%3-alpine").arg(major).arg(minor).arg(ordinal);
    case 3:
        return QStringLiteral("2025.%1.%2").arg(1 + ordinal / 28).arg(1 + ordinal % 28);
    default:
        return QStringLiteral("main-%1-%2")
            .arg(ordinal)
            .arg(hash(h, ordinal) & 0xfffffff, 7, 16, QLatin1Char('0'));
    }
}

void DemoImageCatalog::rebuildRanks()
{
    m_nameRank = ranksOf(m_names);
    m_repoRank = ranksOf(m_repos);
    QStringList hosts;
    for (const DemoVocabulary::Registry &r : DemoVocabulary::registries())
        hosts.append(r.host);
    m_registryRank = ranksOf(hosts);
}
