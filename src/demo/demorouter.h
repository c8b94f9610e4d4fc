#pragma once

#include "demorequest.h"
#include "demoresponse.h"

#include <QList>
#include <QString>

#include <functional>

// Method + path pattern routing for DemoServer: "/runtime/api/v1/cluster/{id}" matches one
// non-empty segment per {param}; a trailing slash is part of the pattern ("/clusters/{id}/").
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
    };
    static bool matches(const Route &route, const QStringList &segments, QHash<QString, QString> *params);

    QList<Route> m_routes;
};
