#pragma once

#include "connectioncontroller.h"
#include "imagetag.h"
#include "ownertrailstore.h"
#include "inventory.h"
#include "recordlistmodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ImageTagDetailRequest;

// The detailed view of one image tag: the cached row at once, then the platform's image-tag
// detail where it offers one (jfrog-api.md 3.7.1, ASSUMED; a platform without it keeps the
// cached data). An empty string means "not provided by the platform"; QML says so in words.
class TagDetailController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Inventory *inventory READ inventory WRITE setInventory NOTIFY inventoryChanged)
    Q_PROPERTY(ConnectionController *connection READ connection WRITE setConnection NOTIFY connectionChanged)
    Q_PROPERTY(qint64 rowId READ rowId WRITE setRowId NOTIFY rowIdChanged)

    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool fromPlatform READ fromPlatform NOTIFY changed)
    Q_PROPERTY(QString sourceNote READ sourceNote NOTIFY changed)

    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString tag READ tag NOTIFY changed)
    Q_PROPERTY(QString reference READ reference NOTIFY changed)
    Q_PROPERTY(QString fullReference READ fullReference NOTIFY changed)
    Q_PROPERTY(QString registry READ registry NOTIFY changed)
    Q_PROPERTY(QString repositoryPath READ repositoryPath NOTIFY changed)
    Q_PROPERTY(QString digest READ digest NOTIFY changed)
    Q_PROPERTY(QString architecture READ architecture NOTIFY changed)
    Q_PROPERTY(QString runtimeStatus READ runtimeStatus NOTIFY changed)
    Q_PROPERTY(QStringList risks READ risks NOTIFY changed)
    Q_PROPERTY(bool changedSinceLastSync READ changedSinceLastSync NOTIFY changed)
    Q_PROPERTY(QStringList cloudProviders READ cloudProviders NOTIFY changed)

    Q_PROPERTY(QString buildOwner READ buildOwner NOTIFY changed)
    Q_PROPERTY(QString deployedBy READ deployedBy NOTIFY changed)
    // Where each came from, in words: "From the platform", "From the owner trail: recorded … from
    // cluster/namespace/workload"; empty when not provided.
    Q_PROPERTY(QString buildOwnerSource READ buildOwnerSource NOTIFY changed)
    Q_PROPERTY(QString deployedBySource READ deployedBySource NOTIFY changed)
    // Who deployed this digest where and when, from the owner trail, newest first. Roles: when, deployedBy,
    // cluster, namespace, workload, tag, changeType.
    Q_PROPERTY(RecordListModel *deployments READ deployments CONSTANT)
    Q_PROPERTY(QString buildName READ buildName NOTIFY changed)
    Q_PROPERTY(QString buildNumber READ buildNumber NOTIFY changed)
    Q_PROPERTY(QString buildRepository READ buildRepository NOTIFY changed)
    Q_PROPERTY(QString registryTrust READ registryTrust NOTIFY changed) // trusted | untrusted | ""

    Q_PROPERTY(QString integrityStatus READ integrityStatus NOTIFY changed) // ok | violation | open | ""
    Q_PROPERTY(QString integrityType READ integrityType NOTIFY changed)
    Q_PROPERTY(QString integritySeverity READ integritySeverity NOTIFY changed)
    Q_PROPERTY(QString runtimeDigest READ runtimeDigest NOTIFY changed)
    Q_PROPERTY(QString expectedDigest READ expectedDigest NOTIFY changed)

    Q_PROPERTY(int criticalApplicableCount READ criticalApplicableCount NOTIFY changed)
    Q_PROPERTY(RecordListModel *vulnerabilities READ vulnerabilities CONSTANT)
    Q_PROPERTY(RecordListModel *maliciousPackages READ maliciousPackages CONSTANT)
    Q_PROPERTY(RecordListModel *workloads READ workloads CONSTANT)
    Q_PROPERTY(RecordListModel *clusters READ clusters CONSTANT)
    // The other rows of this tag: other architectures ("also built for arm64") and other digests of the same
    // architecture (re-pushed while the old digest still runs). Roles: rowId, architecture, digest,
    // runtimeStatus, risks, sameArchitecture.
    Q_PROPERTY(RecordListModel *siblings READ siblings CONSTANT)

public:
    explicit TagDetailController(QObject *parent = nullptr);
    ~TagDetailController() override;

    Inventory *inventory() const { return m_inventory; }
    void setInventory(Inventory *inventory);
    ConnectionController *connection() const { return m_connection; }
    void setConnection(ConnectionController *connection);
    qint64 rowId() const { return m_rowId; }
    void setRowId(qint64 rowId);

    bool loaded() const { return m_loaded; }
    bool loading() const { return m_request != nullptr; }
    bool fromPlatform() const { return m_fromPlatform; }
    QString sourceNote() const { return m_sourceNote; }
    const ImageTag &tagValue() const { return m_tag; }

    QString name() const { return m_tag.name; }
    QString tag() const { return m_tag.tag; }
    QString reference() const { return m_loaded ? m_tag.reference() : QString(); }
    QString fullReference() const;
    QString registry() const { return m_tag.registry; }
    QString repositoryPath() const { return m_tag.repositoryPath; }
    QString digest() const;
    QString architecture() const { return m_tag.architecture; }
    QString runtimeStatus() const { return m_tag.runtimeStatus; }
    QStringList risks() const { return RiskNames::canonicalList(m_tag.risks); }
    bool changedSinceLastSync() const { return m_changed; }
    QStringList cloudProviders() const { return m_tag.cloudProviders; }
    QString buildOwner() const { return m_tag.buildInfo ? m_tag.buildInfo->owner : QString(); }
    QString deployedBy() const { return m_tag.deployedBy.value_or(QString()); }
    QString buildName() const { return m_tag.buildInfo ? m_tag.buildInfo->name : QString(); }
    QString buildNumber() const { return m_tag.buildInfo ? m_tag.buildInfo->number : QString(); }
    QString buildRepository() const { return m_tag.buildInfo ? m_tag.buildInfo->repository : QString(); }
    QString registryTrust() const;
    QString integrityStatus() const { return m_tag.integrity ? m_tag.integrity->status : QString(); }
    QString integrityType() const { return m_tag.integrity ? m_tag.integrity->violationType : QString(); }
    QString integritySeverity() const { return m_tag.integrity ? m_tag.integrity->severity : QString(); }
    QString runtimeDigest() const { return m_tag.integrity ? m_tag.integrity->runtimeDigest : QString(); }
    QString expectedDigest() const { return m_tag.integrity ? m_tag.integrity->expectedDigest : QString(); }
    int criticalApplicableCount() const { return m_tag.criticalApplicableCount(); }
    RecordListModel *vulnerabilities() const { return m_vulnerabilities; }
    RecordListModel *maliciousPackages() const { return m_malicious; }
    RecordListModel *workloads() const { return m_workloads; }
    RecordListModel *clusters() const { return m_clusters; }
    RecordListModel *siblings() const { return m_siblings; }
    RecordListModel *deployments() const { return m_deployments; }
    QString buildOwnerSource() const;
    QString deployedBySource() const;
    const OwnerProvenance &owners() const { return m_owners; }

    // role: "owner" (Build Owner) or "deployer" (Deployed By).
    Q_INVOKABLE QString contactUrl(const QString &role) const;
    Q_INVOKABLE bool contact(const QString &role) const;
    Q_INVOKABLE void copy(const QString &text);
    Q_INVOKABLE void copyDigests();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void inventoryChanged();
    void connectionChanged();
    void rowIdChanged();
    void changed();
    void copied(const QString &what);

private:
    void load();
    void fetchDetail();
    void onDetailFinished();
    void fillTables();
    void cancelRequest();

    QPointer<Inventory> m_inventory;
    QPointer<ConnectionController> m_connection;
    qint64 m_rowId = 0;
    qint64 m_generation = 0;
    ImageTag m_tag;
    bool m_loaded = false;
    bool m_changed = false;
    bool m_fromPlatform = false;
    QString m_sourceNote;
    ImageTagDetailRequest *m_request = nullptr;
    OwnerProvenance m_owners;
    RecordListModel *m_siblings;
    RecordListModel *m_deployments;
    RecordListModel *m_vulnerabilities;
    RecordListModel *m_malicious;
    RecordListModel *m_workloads;
    RecordListModel *m_clusters;
};
