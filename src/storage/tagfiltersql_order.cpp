// TagFilterSql: the ORDER BY of tags and images.
#include "tagfiltersql.h"

namespace TagFilterSql {

QString tagOrder(TagQuery::Order order, bool descending)
{
    // Within one image: name, registry and repository path are the image's, so the tag decides.
    const QString d = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    switch (order) {
    case TagQuery::Order::Name:
    case TagQuery::Order::Registry:
    case TagQuery::Order::RepositoryPath:
        return QStringLiteral("t.tag COLLATE NOCASE %1, t.tag_row").arg(d);
    case TagQuery::Order::Risk:
        return QStringLiteral("t.risk_rank %1, t.vulnerabilities_count %1, t.tag COLLATE NOCASE, t.tag_row")
            .arg(d);
    case TagQuery::Order::Vulnerabilities:
        return QStringLiteral("t.vulnerabilities_count %1, t.tag COLLATE NOCASE, t.tag_row").arg(d);
    case TagQuery::Order::RuntimeStatus:
        return QStringLiteral("t.runtime_status %1, t.tag COLLATE NOCASE, t.tag_row").arg(d);
    case TagQuery::Order::Workloads:
        return QStringLiteral("t.workloads_count %1, t.tag COLLATE NOCASE, t.tag_row").arg(d);
    case TagQuery::Order::Clusters:
        return QStringLiteral("t.clusters_count %1, t.tag COLLATE NOCASE, t.tag_row").arg(d);
    case TagQuery::Order::Architecture:
        return QStringLiteral("t.architecture %1, t.tag COLLATE NOCASE, t.tag_row").arg(d);
    }
    return QStringLiteral("t.tag_row");
}

QString flatTagOrder(TagQuery::Order order, bool descending)
{
    const QString d = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    switch (order) {
    case TagQuery::Order::Name:
        return QStringLiteral("i.name COLLATE NOCASE %1, t.tag COLLATE NOCASE %1, t.tag_row").arg(d);
    case TagQuery::Order::Registry:
        return QStringLiteral("i.registry %1, i.name COLLATE NOCASE, t.tag COLLATE NOCASE, t.tag_row").arg(d);
    case TagQuery::Order::RepositoryPath:
        return QStringLiteral("i.repository_path %1, i.name COLLATE NOCASE, t.tag COLLATE NOCASE, t.tag_row")
            .arg(d);
    default:
        return tagOrder(order, descending);
    }
}

QString imageOrder(TagQuery::Order order, bool descending)
{
    // Positions computed when the generation completed (ImageStore::build): the risk and the
    // counts count from the largest, the rest from A; the other direction reads them backwards.
    struct Position
    {
        const char *column;
        bool largestFirst;
    };
    Position p { "pos_name", false };
    switch (order) {
    case TagQuery::Order::Name:
    case TagQuery::Order::Architecture: // an image has no one architecture: by name
        break;
    case TagQuery::Order::Risk:
        p = { "pos_risk", true };
        break;
    case TagQuery::Order::Vulnerabilities:
        p = { "pos_vulnerabilities", true };
        break;
    case TagQuery::Order::RuntimeStatus:
        p = { "pos_status", false }; // running first
        break;
    case TagQuery::Order::Workloads:
        p = { "pos_workloads", true };
        break;
    case TagQuery::Order::Clusters:
        p = { "pos_clusters", true };
        break;
    case TagQuery::Order::RepositoryPath:
        p = { "pos_repository", false };
        break;
    case TagQuery::Order::Registry:
        p = { "pos_registry", false };
        break;
    }
    return QStringLiteral("i.%1 %2").arg(QLatin1StringView(p.column),
                                         descending == p.largestFirst ? QStringLiteral("ASC")
                                                                      : QStringLiteral("DESC"));
}

} // namespace TagFilterSql
