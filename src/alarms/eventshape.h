#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class JsonWriter;

// The documented AFTER_WORKLOAD_STATE_CHANGE payload (docs/jfrog-api.md 4.3, the sample in
// tests/data/events/workload-changed-event.json, the workers-sample types.ts). validate() checks an
// event a user edited and names each problem by its field path, one line each:
//   image_tags_object[0].sha256: expected a string, got a number
//   workload_changed_object.namespace: missing
// It is as tolerant as the documentation: vulnerabilities may be absent, malicious_packages may be
// anything (null included), deployed_by and build_info may be absent or null (the platform only knows
// them for Artifactory builds), unknown keys are allowed. Everything else the types declare is
// checked for its JSON type. write() prints an event with the keys in the documented order.
class EventShape
{
    Q_DECLARE_TR_FUNCTIONS(EventShape)

public:
    static constexpr int maxErrors = 100;
    static constexpr qsizetype maxImages = 1000;
    static constexpr qsizetype maxBytes = 8 * 1024 * 1024;

    struct Parsed
    {
        std::optional<QJsonObject> event; // set only when errors is empty
        QStringList errors;
    };

    // JSON text -> a checked event. Syntax errors say where: "line 4, column 17: unterminated string".
    static Parsed parse(const QByteArray &json);
    // The shape errors of an event (empty when it has the documented shape), at most maxErrors.
    static QStringList validate(const QJsonObject &event);
    // The event as JSON with the documented keys first, in the sample's order, then any others sorted.
    static QByteArray write(const QJsonObject &event, int indent = 2);
    // The same, as one value inside a larger document.
    static void writeTo(JsonWriter &writer, const QJsonObject &event);
};
