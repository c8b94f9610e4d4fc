#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Value types of the Workers REST API (docs/jfrog-api.md 4.4), as WorkerJson reads and writes them.

// A worker as GET /worker/api/v1/workers[/{key}] describes it (WorkerDetails). Secret values never
// come back; only their keys.
struct WorkerDetails
{
    QString key;
    QString description;
    bool enabled = false;
    bool debug = false;
    QString sourceCode; // decoded: a "base64:" form is turned back into the text
    QString action; // upper case: AFTER_WORKLOAD_STATE_CHANGE (a camelCase answer is normalised)
    QString application; // when the platform says (an action object); often empty
    QJsonObject filterCriteria;
    QStringList secretKeys;
    QString projectKey;
};

// One entry of GET /worker/api/v2/actions (ActionMetadata).
struct ActionMetadata
{
    QString application;
    QString name;
    QString description;
    QString samplePayload; // a JSON document as a string
    QString sampleCode;
    QString typesDefinitions;
    QString filterType; // FILTER_REPO, SCHEDULE or empty
    QString wikiUrl;
    QString executionRequestType;
    bool supportProjects = false;
    bool mandatoryFilter = false;
    bool async = false;
};

// GET /worker/api/v1/options.
struct WorkerOptions
{
    qint64 maxCodeChars = 100000;
    qint64 maxVersionNumberChars = 64;
    qint64 maxVersionCommitShaChars = 128;
    qint64 maxVersionDescriptionChars = 256;
    bool encodeSourceCodeInBase64 = false;
    bool historyEnabled = true;
};

struct WorkerSecret
{
    QString key;
    QString value;
    bool markedForRemoval = false;
};

// The body of POST and PUT /worker/api/v2/workers (what `jf worker deploy` sends).
struct WorkerDeployment
{
    QString key;
    QString description;
    bool enabled = false;
    bool debug = false;
    QString sourceCode; // the text; WorkerJson encodes it when the options ask for base64
    QString application;
    QString action;
    QList<WorkerSecret> secrets; // in the order sent: removals before new values
    QString projectKey;
    QString versionNumber;
    QString versionDescription;
};

// POST /worker/api/v1/test/{key}: the logs, and what else the platform answered.
struct WorkerTestResult
{
    QString logs;
    QJsonObject result; // the answer without "logs" (its key names the action; not relied upon)
    QString message; // result.<any>.message, when there is one
    QString executionStatus; // STATUS_SUCCESS / STATUS_FAIL, when there is one
};

// One entry of GET /worker/api/v1/execution_history.
struct WorkerHistoryEntry
{
    QString historyEntryId;
    QString workerKey;
    QString workerType; // upper case, normalised as WorkerDetails::action
    QString executionStatus;
    QString logs;
    QJsonObject result;
    QJsonObject payload;
    qint64 startTimeMillis = 0;
    qint64 endTimeMillis = 0;
    QString triggeredBy;
    bool testRun = false;
    QString executedVersion;
};
