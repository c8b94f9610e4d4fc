#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The part of Artifactory Query Language the demo platform answers (docs/jfrog-api.md 3.10): the items
// domain, criteria on repo, type and modified, and include, sort, offset and limit in that order,
// each optional, with any whitespace between the tokens:
//   items.find({"repo":"K","type":"file","modified":{"$gte":"2026-12-01T10:00:00.000Z"}})
//        .include("repo","path","name","modified","size").sort({"$asc":["modified","path","name"]})
//        .offset(N).limit(L)
// "repo" and "type" take a value or {"$eq": value}; "modified" a time (equality) or an object of
// $gt, $gte, $eq, $lt and $lte, all of which must hold. Times are ISO 8601 and compared as instants.
// Anything else (another domain, another criterion or operator, JSON that does not parse, a method
// out of order) is an error, which the platform answers with 400.
struct DemoAqlQuery
{
    enum class Compare { Greater, GreaterOrEqual, Equal, Less, LessOrEqual };

    std::optional<QString> repo; // absent: every repository
    QString type = QStringLiteral("file"); // file, folder or any
    QList<QPair<Compare, qint64>> modified; // ms since the epoch
    QStringList include; // empty: every field of fields()
    QStringList sortFields; // empty: no .sort()
    bool descending = false;
    qint64 offset = 0;
    std::optional<qint64> limit;

    static std::optional<DemoAqlQuery> parse(const QByteArray &text, QString *error);
    // The item fields a result may carry, in the order they are written.
    static const QStringList &fields();
    static const QStringList &sortableFields();
};
