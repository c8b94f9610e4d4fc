#pragma once

#include "workertypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

// JSON codecs for the Workers REST API (docs/jfrog-api.md 4.4), tolerant of the documented variants:
// `action` as a string or as {application, name}; workerType upper case or camelCase; a list as
// {"workers": […]} or a bare array; sourceCode as text or "base64:<b64>". Each parse function
// returns nullopt and a one-line reason when the body as a whole is unusable.
namespace WorkerJson {

// "afterWorkloadStateChange" and "AFTER_WORKLOAD_STATE_CHANGE" both give the latter.
QString normaliseAction(const QString &action);
// "base64:<b64>" -> the text; anything else unchanged.
QString decodeSource(const QString &sourceCode);
QString encodeSource(const QString &text, bool base64);

std::optional<WorkerDetails> detailsFromJson(const QJsonObject &object, QString *error);
std::optional<WorkerDetails> parseDetails(const QByteArray &body, QString *error);
// {"workers": [WorkerDetails]}, a bare array, or {"keys": […]} (keysOnly=true: only keys are set).
std::optional<QList<WorkerDetails>> parseWorkers(const QByteArray &body, QString *error);
std::optional<QList<ActionMetadata>> parseActions(const QByteArray &body, QString *error);
std::optional<WorkerOptions> parseOptions(const QByteArray &body, QString *error);
std::optional<WorkerTestResult> parseTestResult(const QByteArray &body, QString *error);
std::optional<QList<WorkerHistoryEntry>> parseHistory(const QByteArray &body, QString *error);

// The v2 create/update body; the source is sent as "base64:<b64>" when `base64`.
QJsonObject deploymentToJson(const WorkerDeployment &deployment, bool base64);
// The body of POST /worker/api/v1/test/{key}.
QJsonObject testToJson(const QString &code, const QString &action, const QJsonObject &data,
                       const QList<WorkerSecret> &stagedSecrets);

// A JSON document of any type with the structural limits of RuntimeJson; nullopt and a reason.
std::optional<QJsonValue> parseValue(const QByteArray &body, QString *error);

} // namespace WorkerJson
