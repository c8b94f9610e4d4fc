#include "imagesviewstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QStringList strings(const QJsonValue &value, int max)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString() && list.size() < max)
            list.append(v.toString().left(256));
    }
    return list;
}
} // namespace

const QStringList &ImagesViewState::columns()
{
    // JFrog's order (docs/jfrog-api.md 2), with the tags' architecture after the counts.
    static const QStringList list {
        QStringLiteral("name"),         QStringLiteral("risk"),       QStringLiteral("vulnerabilities"),
        QStringLiteral("status"),       QStringLiteral("workloads"),  QStringLiteral("clusters"),
        QStringLiteral("architecture"), QStringLiteral("repository"), QStringLiteral("registry")
    };
    return list;
}

std::optional<TagQuery::Order> ImagesViewState::orderOf(const QString &column)
{
    using O = TagQuery::Order;
    static const QMap<QString, O> orders { { QStringLiteral("name"), O::Name },
                                           { QStringLiteral("risk"), O::Risk },
                                           { QStringLiteral("vulnerabilities"), O::Vulnerabilities },
                                           { QStringLiteral("status"), O::RuntimeStatus },
                                           { QStringLiteral("architecture"), O::Architecture },
                                           { QStringLiteral("workloads"), O::Workloads },
                                           { QStringLiteral("clusters"), O::Clusters },
                                           { QStringLiteral("repository"), O::RepositoryPath },
                                           { QStringLiteral("registry"), O::Registry } };
    const auto it = orders.constFind(column);
    if (it == orders.cend())
        return std::nullopt;
    return *it;
}

bool ImagesViewState::descendingFirst(const QString &column)
{
    return column == QLatin1StringView("risk") || column == QLatin1StringView("vulnerabilities")
        || column == QLatin1StringView("workloads") || column == QLatin1StringView("clusters");
}

QByteArray ImagesViewState::toJson() const
{
    QJsonObject widthObject;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        widthObject.insert(it.key(), it.value());
    const QJsonObject o {
        { QStringLiteral("version"), 1 },
        { QStringLiteral("filter"), filter },
        { QStringLiteral("risks"), QJsonArray::fromStringList(RiskNames::canonicalList(risks)) },
        { QStringLiteral("clusters"), QJsonArray::fromStringList(clusters) },
        { QStringLiteral("namespaces"), QJsonArray::fromStringList(namespaces) },
        { QStringLiteral("min_severity"),
          minSeverity == Severity::Unknown ? QString() : SeverityNames::toString(minSeverity) },
        { QStringLiteral("changed_only"), changedOnly },
        { QStringLiteral("sort"), sortColumn },
        { QStringLiteral("descending"), descending },
        { QStringLiteral("hidden_columns"), QJsonArray::fromStringList(hiddenColumns) },
        { QStringLiteral("widths"), widthObject },
        { QStringLiteral("active_view"), activeView },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ImagesViewState ImagesViewState::fromJson(const QByteArray &json)
{
    ImagesViewState s;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty())
        return s;
    s.filter = o.value(QLatin1StringView("filter")).toString().left(4096);
    for (const QString &r : strings(o.value(QLatin1StringView("risks")), 4)) {
        if (const auto risk = RiskNames::fromString(r))
            s.risks |= *risk;
    }
    s.clusters = strings(o.value(QLatin1StringView("clusters")), 200);
    s.namespaces = strings(o.value(QLatin1StringView("namespaces")), 200);
    s.minSeverity = SeverityNames::fromString(o.value(QLatin1StringView("min_severity")).toString());
    s.changedOnly = o.value(QLatin1StringView("changed_only")).toBool();
    const QString sort = o.value(QLatin1StringView("sort")).toString();
    if (orderOf(sort)) {
        s.sortColumn = sort;
        s.descending = o.value(QLatin1StringView("descending")).toBool();
    }
    for (const QString &c : strings(o.value(QLatin1StringView("hidden_columns")), 20)) {
        if (columns().contains(c) && c != QLatin1StringView("name"))
            s.hiddenColumns.append(c);
    }
    const QJsonObject widths = o.value(QLatin1StringView("widths")).toObject();
    for (auto it = widths.constBegin(); it != widths.constEnd(); ++it) {
        if (columns().contains(it.key()) && it.value().isDouble())
            s.widths.insert(it.key(), std::clamp(it.value().toInt(), 40, 1200));
    }
    s.activeView = o.value(QLatin1StringView("active_view")).toString().left(100);
    return s;
}

bool ImagesViewState::sameView(const ImagesViewState &o) const
{
    return filter == o.filter && risks == o.risks && clusters == o.clusters && namespaces == o.namespaces
        && minSeverity == o.minSeverity && changedOnly == o.changedOnly && sortColumn == o.sortColumn
        && descending == o.descending && hiddenColumns == o.hiddenColumns;
}
