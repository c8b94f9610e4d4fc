#include "goldencase.h"

#include "simulation.h"

#include <QUuid>

QString GoldenCase::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

GoldenCase GoldenCase::fromSimulation(const RuleSimulation &simulation, const QJsonObject &event,
                                      qint64 planTime, const QString &name)
{
    GoldenCase c;
    c.id = newId();
    c.ruleId = simulation.ruleId;
    c.name = name;
    c.event = event;
    c.planTime = planTime;
    c.expectFire = simulation.fired;
    if (simulation.fired) {
        QStringList channels;
        for (const SimulatedCall &call : simulation.calls)
            channels.append(call.shown.channel);
        c.expectChannels = channels;
    }
    return c;
}
