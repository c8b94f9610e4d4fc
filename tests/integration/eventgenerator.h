#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// AFTER_WORKLOAD_STATE_CHANGE payloads for the differential test, from a seed: clusters,
// namespaces and names (with Unicode, right-to-left, HTML-looking, control and lone-surrogate
// strings), risks in every spelling, vulnerabilities of every severity spelling, nulls and missing
// fields where the type allows them, odd numbers, and now and then a field of the wrong type.
namespace EventGenerator {
QList<QJsonObject> generate(quint32 seed, int count);
// A JSON array; every other event has its keys in reverse order (the worker must not care).
QByteArray write(const QList<QJsonObject> &events);
} // namespace EventGenerator
