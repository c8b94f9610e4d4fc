#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One request as the demo platform's handlers see it.
struct DemoRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded path, no query
    QString pattern; // the route that matched, e.g. /runtime/api/v1/cluster/{id}
    QHash<QString, QString> params; // {id} and friends, percent-decoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QUrlQuery query; // the query string, as sent (toString(QUrl::FullyEncoded) gives it back)

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};
