#pragma once

#include "demofault.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// When a fault fires: which requests, which page of a listing, how many times.
//
// JSON (one object, an array of them, or {"rules": [...]}):
//   {"path": "/runtime/api/v1/images/tags",  // exact path, a route pattern, or "*" (default)
//    "method": "POST",                       // default any
//    "page": "first" | "middle" | "last" | "any" | 3,   // page index 0-based; default any
//    "skip": 0,                              // let this many matching requests through first
//    "count": 1,                             // fire this many times, then disarm; -1 = forever
//    "fault": "status", "status": 429, "retry_after": 1, ...}   // DemoFault fields, snake_case
// Control endpoints (/__demo/...) are never faulted.
struct DemoFaultRule
{
    enum class Page { Any, First, Middle, Last, Index };

    QByteArray method;
    QString path = QStringLiteral("*");
    Page page = Page::Any;
    int pageIndex = 0;
    int skip = 0;
    int count = 1;
    DemoFault fault;
    int seen = 0; // matching requests so far
    int fired = 0;

    static std::optional<DemoFaultRule> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    bool matches(const QByteArray &requestMethod, const QString &requestPath, const QString &pattern,
                 int requestPage, bool lastPage) const;
    bool exhausted() const { return count >= 0 && fired >= count; }
};
