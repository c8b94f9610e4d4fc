#pragma once

#include "demorequest.h"
#include "demoresponse.h"

#include <QList>
#include <QString>

#include <functional>

// Method + path pattern routing for DemoServer: "/runtime/api/v1/cluster/{id}" matches one
// non-empty segment per {param}; a trailing slash is part of the pattern ("/clusters/{id}/").
// A last segment "{name...}" is a catch-all: it takes one or more remaining segments, and the
// param is them percent-decoded and joined with '/' (the handler checks what it may hold).
// A catch-all route is tried only when no fixed route knows the path, so
// "/artifactory/api/search/aql" never lands in "/artifactory/{repo}/{path...}", whatever the method.
class DemoRouter
{
public:
    using Handler = std::function<DemoResponse(const DemoRequest &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    // Fills request.pattern and request.params. nullptr when nothing matches; *pathKnown tells
    // a wrong method (405) from an unknown path (404).
    const Handler *match(DemoRequest &request, bool *pathKnown) const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        bool catchAll = false;
    };
    static bool matches(const Route &route, const QStringList &segments, QHash<QString, QString> *params);
    const Handler *matchAmong(bool catchAll, DemoRequest &request, const QStringList &segments,
                              bool *pathKnown) const;

    QList<Route> m_routes;
};
