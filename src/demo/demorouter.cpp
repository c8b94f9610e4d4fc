#include "demorouter.h"

#include <QUrl>

void DemoRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append({method, pattern, pattern.split(u'/'), std::move(handler)});
}

bool DemoRouter::matches(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(u'{') && want.endsWith(u'}')) {
            if (segments.at(i).isEmpty())
                return false;
            found.insert(want.mid(1, want.size() - 2), QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
        } else if (want != segments.at(i)) {
            return false;
        }
    }
    *params = found;
    return true;
}

const DemoRouter::Handler *DemoRouter::match(DemoRequest &request, bool *pathKnown) const
{
    const QStringList segments = request.path.split(u'/');
    *pathKnown = false;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route, segments, &params))
            continue;
        *pathKnown = true;
        if (route.method != request.method)
            continue;
        request.pattern = route.pattern;
        request.params = params;
        return &route.handler;
    }
    return nullptr;
}
