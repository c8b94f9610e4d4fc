#pragma once

#include "alarmharness.h"

#include <QtQml/qqml.h>

// AlarmHarness (src/alarms) as the QML type Services.alarms has, so controllers can bind to it.
// It is built by the application; QML never creates one.
struct AlarmHarnessForeign
{
    Q_GADGET
    QML_FOREIGN(AlarmHarness)
    QML_NAMED_ELEMENT(AlarmHarness)
    QML_UNCREATABLE("AlarmHarness is created by the application")
};
