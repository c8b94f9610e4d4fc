#pragma once

#include "imagetag.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// One record of the owner trail: who deployed an image where, and who owns its build, as the
// collector worker copied it from an AFTER_WORKLOAD_STATE_CHANGE event (docs/jfrog-api.md 3.10 and
// 4.3; the layout is described in src/rules/collector-worker.ts).
struct OwnerRecord
{
    QString path; // where the record lives in its repository ("v1/sha256/…/w.json")
    QString modified; // the repository's modification time, exactly as the server wrote it
    QString digest; // sha256:… or empty
    QString registry;
    QString repositoryPath;
    QString name;
    QString tag;
    QString architecture;
    std::optional<QString> deployedBy;
    std::optional<BuildInfo> buildInfo;
    WorkloadRef workload;
    QString changeType;
    QDateTime recordedAt; // the worker's clock, UTC

    // The row a record without a digest belongs to: registry, repository path, name, tag, architecture.
    QString rowKey() const;
    static QString rowKeyOf(const ImageTag &tag);

    // Reads a record the collector wrote; nullopt and the reason when it is not one (another schema,
    // a newer version, a value that is not text where text belongs, over a size limit).
    static std::optional<OwnerRecord> fromJson(const QByteArray &body, QString *error);
    static constexpr qsizetype maxBytes = 64 * 1024; // a record is a few hundred bytes
    static constexpr int schemaVersion = 1;
};

Q_DECLARE_METATYPE(OwnerRecord)
