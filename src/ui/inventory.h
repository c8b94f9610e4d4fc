#pragma once

#include "generationstore.h"
#include "imagestore.h"
#include "ownertrailstore.h"
#include "tagstore.h"
#include "workloadstore.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class Database;

// The main thread's read access to the cache: the current generation and its stores. Models
// and controllers read through it; a sync's commit makes it reload.
class Inventory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Inventory is created by the application")
    Q_PROPERTY(bool hasData READ hasData NOTIFY changed)
    Q_PROPERTY(QDateTime asOf READ asOf NOTIFY changed)
    Q_PROPERTY(int tagCount READ tagCount NOTIFY changed)
    Q_PROPERTY(QString asOfText READ asOfText NOTIFY changed)
    Q_PROPERTY(double generation READ generationNumber NOTIFY changed)
    Q_PROPERTY(QString source READ source NOTIFY changed)
    // The Live Assessment time period the current generation was synced with ("" = the platform's default).
    Q_PROPERTY(QString timePeriod READ timePeriod NOTIFY changed)
    // When the current generation's platform count, rows received and rows stored differ: the numbers, in
    // one line ("the platform reported 2,507 image tags; 2,500 received, 2,500 stored"); else empty.
    Q_PROPERTY(QString countsWarning READ countsWarning NOTIFY changed)
    // When the last read of the owner trail stopped short: why, in one line; else empty.
    Q_PROPERTY(QString ownerTrailWarning READ ownerTrailWarning NOTIFY changed)

public:
    explicit Inventory(std::unique_ptr<Database> cache, QObject *parent = nullptr);
    ~Inventory() override;

    bool hasData() const { return m_current.has_value(); }
    QDateTime asOf() const { return m_current ? m_current->finishedAt : QDateTime(); }
    int tagCount() const { return m_current ? int(m_current->tagCount) : 0; }
    // When the shown inventory was synced, in the user's locale ("27/11/2026 10:42").
    QString asOfText() const;
    qint64 generation() const { return m_current ? m_current->id : 0; }
    double generationNumber() const { return double(generation()); }
    QString source() const;
    QString timePeriod() const;
    QString countsWarning() const { return m_current ? m_current->rowCounts().warning() : QString(); }
    QString ownerTrailWarning() const { return m_trailRead ? m_trailRead->error : QString(); }
    const std::optional<GenerationInfo> &current() const { return m_current; }
    const std::optional<TrailState> &lastTrailRead() const { return m_trailRead; }

    Database &database() { return *m_db; }
    GenerationStore &generations() { return *m_generations; }
    TagStore &tags() { return *m_tags; }
    ImageStore &images() { return *m_images; }
    WorkloadStore &workloads() { return *m_workloads; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GenerationStore> m_generations;
    std::unique_ptr<TagStore> m_tags;
    std::unique_ptr<ImageStore> m_images;
    std::unique_ptr<WorkloadStore> m_workloads;
    std::optional<GenerationInfo> m_current;
    std::optional<TrailState> m_trailRead;
};
