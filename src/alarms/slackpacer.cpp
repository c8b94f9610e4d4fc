#include "slackpacer.h"

#include <algorithm>

qint64 SlackPacer::waitFor(const QString &key, qint64 nowMs) const
{
    const auto it = m_lanes.constFind(key);
    if (it == m_lanes.cend())
        return 0;
    if (it->inFlight)
        return -1;
    if (it->lastFinishedMs < 0)
        return 0;
    return std::max<qint64>(0, it->lastFinishedMs + m_intervalMs - nowMs);
}

void SlackPacer::started(const QString &key)
{
    m_lanes[key].inFlight = true;
}

void SlackPacer::finished(const QString &key, qint64 nowMs)
{
    Lane &lane = m_lanes[key];
    lane.inFlight = false;
    lane.lastFinishedMs = nowMs;
}

void SlackPacer::hold(const QString &key, qint64 untilMs)
{
    Lane &lane = m_lanes[key];
    lane.lastFinishedMs = std::max(lane.lastFinishedMs, untilMs - m_intervalMs);
}
