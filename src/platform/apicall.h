#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <optional>

// What one HTTP call to a platform is: built by a request class, sent by ApiClient.
struct ApiCall
{
    QByteArray method = "GET";
    QString path; // absolute path below the base URL, e.g. /runtime/api/v1/images/tags
    QUrlQuery query;
    QByteArray body; // JSON, sent with Content-Type: application/json when not empty
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<int> expectedStatuses { 200 };
    bool idempotent = false; // may be retried: GETs and the read-only list POSTs
    bool authenticated = true;
    std::optional<std::chrono::milliseconds> transferTimeout; // overrides the profile's

    static ApiCall get(QString path)
    {
        ApiCall c;
        c.path = std::move(path);
        c.idempotent = true;
        return c;
    }
    // A server- or user-given id as one path segment: percent-encoded, and "." or ".." (which a
    // server may resolve as dot segments) replaced by a name that cannot exist.
    static QString segment(const QString &text)
    {
        if (text == QLatin1StringView(".") || text == QLatin1StringView(".."))
            return QStringLiteral("invalid-id");
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    }
    static ApiCall postJson(QString path, QByteArray body)
    {
        ApiCall c;
        c.method = "POST";
        c.path = std::move(path);
        c.body = std::move(body);
        return c;
    }
};
