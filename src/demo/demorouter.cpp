#include "demorouter.h"

#include <QUrl>

namespace {

bool isParam(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

bool isCatchAll(const QString &segment)
{
    return isParam(segment) && segment.endsWith(u"...}");
}

} // namespace

void DemoRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    const QStringList segments = pattern.split(u'/');
    const bool catchAll = isCatchAll(segments.last());
    m_routes.append({ method, pattern, segments, std::move(handler), catchAll });
}

bool DemoRouter::matches(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    const qsizetype fixed = route.catchAll ? route.segments.size() - 1 : route.segments.size();
    if (route.catchAll ? segments.size() <= fixed : segments.size() != fixed)
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < fixed; ++i) {
        const QString &want = route.segments.at(i);
        if (isParam(want)) {
            if (segments.at(i).isEmpty())
                return false;
            found.insert(want.mid(1, want.size() - 2), QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
        } else if (want != segments.at(i)) {
            return false;
        }
    }
    if (route.catchAll) {
        const QString &want = route.segments.last();
        const QString rest = segments.mid(fixed).join(u'/');
        if (rest.isEmpty())
            return false;
        found.insert(want.mid(1, want.size() - 5), QUrl::fromPercentEncoding(rest.toUtf8()));
    }
    *params = found;
    return true;
}

const DemoRouter::Handler *DemoRouter::matchAmong(bool catchAll, DemoRequest &request,
                                                  const QStringList &segments, bool *pathKnown) const
{
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (route.catchAll != catchAll || !matches(route, segments, &params))
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

const DemoRouter::Handler *DemoRouter::match(DemoRequest &request, bool *pathKnown) const
{
    const QStringList segments = request.path.split(u'/');
    *pathKnown = false;
    if (const Handler *handler = matchAmong(false, request, segments, pathKnown))
        return handler;
    if (*pathKnown) // a fixed route knows this path: a wrong method, not a catch-all's business
        return nullptr;
    return matchAmong(true, request, segments, pathKnown);
}
