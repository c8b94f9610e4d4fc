#pragma once

#include <QHash>
#include <QString>

// Slack takes at most one incoming-webhook request per second per URL (docs/TESTING.md NOTIF-3). The pacer
// lets a request to a URL start only when none to it is in flight and at least `interval` has passed
// since the previous one *finished*: the previous one arrived before it finished, so two arrivals at
// Slack are always at least `interval` apart, whatever the latency. Pure: the caller gives the clock.
class SlackPacer
{
public:
    explicit SlackPacer(qint64 intervalMs = 1000)
        : m_intervalMs(intervalMs)
    { }

    // Milliseconds to wait before a request to `key` may start: 0 now, -1 while one is in flight.
    qint64 waitFor(const QString &key, qint64 nowMs) const;
    void started(const QString &key);
    void finished(const QString &key, qint64 nowMs);
    // Slack said to wait (429 Retry-After): nothing to `key` starts before `untilMs`.
    void hold(const QString &key, qint64 untilMs);
    qint64 intervalMs() const { return m_intervalMs; }

private:
    struct Lane
    {
        bool inFlight = false;
        qint64 lastFinishedMs = -1;
    };
    qint64 m_intervalMs;
    QHash<QString, Lane> m_lanes;
};
