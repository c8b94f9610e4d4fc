#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One page of a key-paged Runtime list. Rows the parser refused (over a limit, a required
// field missing) are not in `items`; `rejected` says why, one line each.
template<typename T> struct Page
{
    QList<T> items;
    QString nextKey; // empty or absent means: no more pages (ASSUMED, docs/jfrog-api.md 3.2)
    std::optional<qint64> totalCount;
    QStringList rejected;
};
