#pragma once

#include "connectioncontroller.h"
#include "imagetag.h"
#include "integrityevidence.h"
#include "inventory.h"
#include "ownertrailstore.h"
#include "peoplecontroller.h"
#include "personinfo.h"
#include "recordlistmodel.h"
#include "tagbuild.h"
#include "tagdetailtables.h"
#include "tagidentity.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ImageTagDetailRequest;

// The detailed view of one image tag: the cached row at once, then the platform's image-tag
// detail where it offers one (docs/jfrog-api.md 3.7.1, ASSUMED; a platform without it keeps the
// cached data). An empty string means "not provided by the platform"; QML says so in words.
class TagDetailController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Inventory *inventory READ inventory WRITE setInventory NOTIFY inventoryChanged)
    Q_PROPERTY(ConnectionController *connection READ connection WRITE setConnection NOTIFY connectionChanged)
    Q_PROPERTY(qint64 rowId READ rowId WRITE setRowId NOTIFY rowIdChanged)
    // The people directory: Contact writes to the resolved address; the cards say whether it is known.
    Q_PROPERTY(PeopleController *people READ people WRITE setPeople NOTIFY peopleChanged)

    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool fromPlatform READ fromPlatform NOTIFY changed)
    Q_PROPERTY(QString sourceNote READ sourceNote NOTIFY changed)

    Q_PROPERTY(TagIdentity identity READ identity NOTIFY changed)
    Q_PROPERTY(PersonInfo buildOwner READ buildOwner NOTIFY changed)
    Q_PROPERTY(PersonInfo deployedBy READ deployedBy NOTIFY changed)
    Q_PROPERTY(TagBuild build READ build NOTIFY changed)
    Q_PROPERTY(IntegrityEvidence integrity READ integrity NOTIFY changed)
    // The other rows of this tag: other architectures ("also built for arm64") and other digests of the same
    // architecture (re-pushed while the old digest still runs). Roles: rowId, architecture, digest,
    // runtimeStatus, riskSummary ("critical, untrusted"), sameArchitecture.
    Q_PROPERTY(RecordListModel *siblings READ siblings CONSTANT)
    Q_PROPERTY(TagDetailTables *tables READ tables CONSTANT)

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
    const OwnerProvenance &owners() const { return m_owners; }

    TagIdentity identity() const;
    PersonInfo buildOwner() const { return withDirectory(PersonInfo::buildOwner(m_tag, m_owners)); }
    PersonInfo deployedBy() const { return withDirectory(PersonInfo::deployer(m_tag, m_owners)); }
    PeopleController *people() const { return m_people; }
    void setPeople(PeopleController *people);
    TagBuild build() const { return TagBuild::of(m_tag); }
    IntegrityEvidence integrity() const { return IntegrityEvidence::of(m_tag); }
    RecordListModel *siblings() const { return m_siblings; }
    TagDetailTables *tables() const { return m_tables; }

    // role: "owner" (Build Owner) or "deployer" (Deployed By).
    Q_INVOKABLE QString contactUrl(const QString &role) const;
    Q_INVOKABLE bool contact(const QString &role) const;
    Q_INVOKABLE void copy(const QString &text);
    Q_INVOKABLE void copyDigests();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void inventoryChanged();
    void connectionChanged();
    void peopleChanged();
    void rowIdChanged();
    void changed();
    void copied(const QString &what);

private:
    void load();
    void fetchDetail();
    void onDetailFinished();
    void cancelRequest();
    PersonInfo withDirectory(PersonInfo person) const;

    QPointer<Inventory> m_inventory;
    QPointer<ConnectionController> m_connection;
    QPointer<PeopleController> m_people;
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
    TagDetailTables *m_tables;
};
