#pragma once

#include "risk.h"
#include "tagquery.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// Everything that makes a view of the Images list: the filter text, the chips, the sort and the
// columns. Saved views and the state kept across restarts are this, as JSON.
struct ImagesViewState
{
    QString filter;
    Risks risks;
    QStringList clusters;
    QStringList namespaces;
    Severity minSeverity = Severity::Unknown;
    bool changedOnly = false;
    QString sortColumn = QStringLiteral("risk");
    bool descending = true;
    QStringList hiddenColumns;
    QMap<QString, int> widths;
    QString activeView; // the saved view this state came from, if any

    // The sortable columns, in display order; "name" is always shown.
    static const QStringList &columns();
    static std::optional<TagQuery::Order> orderOf(const QString &column);
    // A text column sorts A to Z first; counts and risk sort largest first.
    static bool descendingFirst(const QString &column);

    QByteArray toJson() const;
    // Unknown keys and values are ignored: an old or hand-edited state still opens.
    static ImagesViewState fromJson(const QByteArray &json);
    bool sameView(const ImagesViewState &other) const; // filter, chips, sort and columns
};
