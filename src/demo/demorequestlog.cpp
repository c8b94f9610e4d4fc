#include "demorequestlog.h"

#include <QJsonArray>

DemoRequestLog::DemoRequestLog()
{
    m_clock.start();
}

void DemoRequestLog::append(Entry entry)
{
    QMutexLocker lock(&m_mutex);
    entry.atMs = m_clock.elapsed();
    if (entry.body.size() > 65536)
        entry.body.truncate(65536);
    m_entries.append(std::move(entry));
}

void DemoRequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

QList<DemoRequestLog::Entry> DemoRequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

int DemoRequestLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

int DemoRequestLog::count(const QString &endpoint) const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [&endpoint](const Entry &e) { return e.endpoint == endpoint; }));
}

QMap<QString, int> DemoRequestLog::counts() const
{
    QMutexLocker lock(&m_mutex);
    QMap<QString, int> counts;
    for (const Entry &e : m_entries)
        ++counts[e.endpoint];
    return counts;
}

int DemoRequestLog::withAuthorization() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return e.hadAuthorization; }));
}

QJsonObject DemoRequestLog::toJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray requests;
    QJsonObject counts;
    for (const Entry &e : m_entries) {
        requests.append(QJsonObject { { QStringLiteral("at_ms"), e.atMs },
                                      { QStringLiteral("method"), QString::fromLatin1(e.method) },
                                      { QStringLiteral("path"), e.path },
                                      { QStringLiteral("endpoint"), e.endpoint },
                                      { QStringLiteral("body"), QString::fromUtf8(e.body) },
                                      { QStringLiteral("authorization"), e.hadAuthorization },
                                      { QStringLiteral("authorized"), e.authorized },
                                      { QStringLiteral("status"), e.status },
                                      { QStringLiteral("fault"), e.fault } });
        counts.insert(e.endpoint, counts.value(e.endpoint).toInt() + 1);
    }
    return QJsonObject { { QStringLiteral("requests"), requests },
                         { QStringLiteral("counts"), counts },
                         { QStringLiteral("total"), int(m_entries.size()) } };
}
