#include "filterkeys.h"

#include <algorithm>
#include <array>

namespace FilterKeys {
namespace {

using Field = FilterTerm::Field;

struct Key
{
    const char *name;
    Field field;
};

constexpr std::array<Key, 20> keyTable { {
    { "risk", Field::Risk },         { "ns", Field::Namespace },          { "namespace", Field::Namespace },
    { "cluster", Field::Cluster },   { "owner", Field::Owner },           { "deployer", Field::Deployer },
    { "deployed", Field::Deployer }, { "registry", Field::Registry },     { "repo", Field::Repository },
    { "severity", Field::Severity }, { "sev", Field::Severity },          { "cve", Field::Cve },
    { "tag", Field::Tag },           { "image", Field::Image },           { "name", Field::Image },
    { "status", Field::Status },     { "changed", Field::Changed },       { "arch", Field::Architecture },
    { "digest", Field::Digest },     { "repository", Field::Repository },
} };

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

std::optional<FilterTerm::Field> field(const QString &key)
{
    for (const Key &k : keyTable) {
        if (key == QLatin1StringView(k.name))
            return k.field;
    }
    return std::nullopt;
}

QString closest(const QString &key)
{
    if (key.size() > 64)
        return {}; // no key is that long; and the distance costs length squared
    QString best;
    int bestDistance = 3;
    for (const Key &k : keyTable) {
        const int d = editDistance(key, QString::fromLatin1(k.name));
        if (d < bestDistance) {
            bestDistance = d;
            best = QString::fromLatin1(k.name);
        }
    }
    return best;
}

QStringList names()
{
    return { QStringLiteral("risk"),    QStringLiteral("ns"),       QStringLiteral("cluster"),
             QStringLiteral("owner"),   QStringLiteral("deployer"), QStringLiteral("registry"),
             QStringLiteral("repo"),    QStringLiteral("severity"), QStringLiteral("cve"),
             QStringLiteral("tag"),     QStringLiteral("image"),    QStringLiteral("status"),
             QStringLiteral("changed"), QStringLiteral("arch"),     QStringLiteral("digest") };
}

} // namespace FilterKeys
