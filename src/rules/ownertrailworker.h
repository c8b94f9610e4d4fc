#pragma once

#include "workergenerator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The owner trail's collector: a `jf worker` project whose worker records, for every image of an
// AFTER_WORKLOAD_STATE_CHANGE event, who deployed it and whose build it is, as one JSON object in an
// Artifactory generic repository (the layout is in collector-worker.ts and docs/ARCHITECTURE.md).
// worker.ts is the fixed collector-worker.ts with the repository key in it; the rest of the project is
// what every worker project has (WorkerProject), with no spec and no secrets.
class OwnerTrailWorker
{
    Q_DECLARE_TR_FUNCTIONS(OwnerTrailWorker)

public:
    static constexpr int generatorVersion = 1;
    static constexpr int maxImages = 50; // MAX_IMAGES of collector-worker.ts
    static inline const QString defaultRepository = QStringLiteral("runtime-desk-trail");
    static inline const QString workerKey = QStringLiteral("runtime-desk-owner-trail");
    static inline const QString schema = QStringLiteral("runtime-desk.owner-trail");

    // Empty when `key` is a repository key Artifactory accepts: 1 to 64 letters, digits, `-`, `_`
    // and `.`, and not `.` or `..` (it is a segment of every path the worker writes); else why not.
    static QString repositoryError(const QString &key);

    static WorkerGenerator::Output generate(const QString &repository = defaultRepository);
    static QByteArray workerSource(const QString &repository);
    static QByteArray manifest(const QString &repository);
};
