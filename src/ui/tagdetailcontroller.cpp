#include "tagdetailcontroller.h"

#include "apiclient.h"
#include "connectioncontroller.h"
#include "contactmail.h"
#include "inventory.h"
#include "logging.h"
#include "runtimerequests.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLocale>

namespace {
QString bareDigest(const QString &digest)
{
    return digest.startsWith(QLatin1StringView("sha256:")) ? digest.mid(7).toLower() : digest.toLower();
}

ContactMail::Role roleOf(const QString &role)
{
    return role == QLatin1StringView("deployer") ? ContactMail::Role::DeployedBy
                                                 : ContactMail::Role::BuildOwner;
}
} // namespace

TagDetailController::TagDetailController(QObject *parent)
    : QObject(parent)
    , m_siblings(new RecordListModel(
          { "rowId", "architecture", "digest", "runtimeStatus", "riskSummary", "sameArchitecture" }, this))
    , m_tables(new TagDetailTables(this))
{ }

TagDetailController::~TagDetailController()
{
    cancelRequest();
}

void TagDetailController::setInventory(Inventory *inventory)
{
    if (m_inventory == inventory)
        return;
    if (m_inventory)
        disconnect(m_inventory, nullptr, this, nullptr);
    m_inventory = inventory;
    if (m_inventory)
        connect(m_inventory, &Inventory::changed, this, [this] {
            if (m_inventory->generation() != m_generation)
                load(); // the tag may have changed, or left the inventory
        });
    Q_EMIT inventoryChanged();
    load();
}

void TagDetailController::setConnection(ConnectionController *connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    Q_EMIT connectionChanged();
}

void TagDetailController::setPeople(PeopleController *people)
{
    if (m_people == people)
        return;
    if (m_people)
        m_people->disconnect(this);
    m_people = people;
    if (m_people)
        connect(m_people, &PeopleController::directoryChanged, this, &TagDetailController::changed);
    Q_EMIT peopleChanged();
    Q_EMIT changed();
}

PersonInfo TagDetailController::withDirectory(PersonInfo person) const
{
    if (!m_people || person.name.isEmpty())
        return person;
    if (const std::optional<Person> known = m_people->resolved(person.name)) {
        person.resolved = true;
        person.email = known->email;
    }
    return person;
}

void TagDetailController::setRowId(qint64 rowId)
{
    if (rowId == m_rowId)
        return;
    m_rowId = rowId;
    Q_EMIT rowIdChanged();
    load();
}

void TagDetailController::reload()
{
    load();
}

void TagDetailController::cancelRequest()
{
    if (!m_request)
        return;
    disconnect(m_request, nullptr, this, nullptr);
    m_request->abort();
    m_request->deleteLater();
    m_request = nullptr;
}

void TagDetailController::load()
{
    cancelRequest();
    m_loaded = false;
    m_fromPlatform = false;
    m_tag = ImageTag();
    m_owners = {};
    m_changed = false;
    m_sourceNote.clear();
    m_generation = m_inventory && m_inventory->hasData() ? m_inventory->generation() : 0;
    if (m_generation && m_rowId > 0) {
        if (const auto stored = m_inventory->tags().inGeneration(m_generation, m_rowId)) {
            m_tag = stored->tag;
            m_owners = stored->owners;
            m_changed = stored->changed;
            m_loaded = true;
            m_sourceNote =
                tr("Synced %1.")
                    .arg(QLocale().toString(m_inventory->asOf().toLocalTime(), QLocale::ShortFormat));
        } else {
            m_sourceNote = tr("This tag is not in the current inventory.");
        }
    }
    m_tables->fill(m_tag, m_inventory, m_generation);
    QList<QVariantList> siblings;
    if (m_loaded) {
        for (const TagRow &r : m_inventory->tags().siblingsOf(m_generation, m_tag, m_rowId))
            siblings.append({ r.rowId, r.architecture, r.digest, r.runtimeStatus,
                              RiskNames::canonicalList(r.risks).join(QStringLiteral(", ")),
                              r.architecture == m_tag.architecture });
    }
    m_siblings->setRows(siblings);
    m_tables->fillDeployments(m_tag, m_loaded ? m_inventory.data() : nullptr);
    if (m_loaded)
        fetchDetail();
    Q_EMIT changed();
}

void TagDetailController::fetchDetail()
{
    ApiClient *client = m_connection ? m_connection->client() : nullptr;
    if (!client || !client->hasCredentials() || m_tag.digest.isEmpty())
        return; // offline or no digest to ask for: the synced data is all there is
    m_request = new ImageTagDetailRequest(client, m_tag.digest, this);
    connect(m_request, &ApiRequest::finished, this, &TagDetailController::onDetailFinished);
    m_request->start();
}

void TagDetailController::onDetailFinished()
{
    ImageTagDetailRequest *request = m_request;
    m_request = nullptr;
    request->deleteLater();
    const QString synced = QLocale().toString(m_inventory ? m_inventory->asOf().toLocalTime() : QDateTime(),
                                              QLocale::ShortFormat);
    if (!request->error() && request->result()) {
        const ImageTag &detail = *request->result();
        // The same tag (same digest): the platform's detail is newer than the sync.
        if (detail.digest.isEmpty() || bareDigest(detail.digest) == bareDigest(m_tag.digest)) {
            const ImageTag cached = m_tag;
            m_tag = detail;
            if (m_tag.workloads.isEmpty())
                m_tag.workloads = cached.workloads;
            // The platform's detail comes first; what it leaves out keeps what the sync or the owner trail
            // gave.
            if (m_tag.deployedBy)
                m_owners.deployedBy = OwnerProvenance::Source::Platform;
            else
                m_tag.deployedBy = cached.deployedBy;
            if (m_tag.buildInfo)
                m_owners.buildOwner = OwnerProvenance::Source::Platform;
            else
                m_tag.buildInfo = cached.buildInfo;
            if (m_tag.digest.isEmpty())
                m_tag.digest = cached.digest;
            m_fromPlatform = true;
            m_sourceNote = tr("Detail from the platform, %1.")
                               .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
            m_tables->fill(m_tag, m_inventory, m_generation);
        }
    } else if (!request->available()) {
        m_sourceNote = tr("The platform offers no image-tag detail; showing the data synced %1.").arg(synced);
    } else {
        qCInfo(lcUi).noquote() << "image tag detail:" << request->error().message();
        m_sourceNote = tr("The platform did not answer (%1); showing the data synced %2.")
                           .arg(request->error().message(), synced);
    }
    Q_EMIT changed();
}

TagIdentity TagDetailController::identity() const
{
    return m_loaded ? TagIdentity::of(m_tag, m_changed) : TagIdentity();
}

QString TagDetailController::contactUrl(const QString &role) const
{
    if (!m_loaded)
        return {};
    const PersonInfo person = role == QLatin1StringView("deployer") ? deployedBy() : buildOwner();
    return QString::fromUtf8(ContactMail::url(m_tag, roleOf(role), person.email).toEncoded());
}

bool TagDetailController::contact(const QString &role) const
{
    return m_loaded && QDesktopServices::openUrl(QUrl::fromEncoded(contactUrl(role).toUtf8()));
}

void TagDetailController::copy(const QString &text)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(text);
}

void TagDetailController::copyDigests()
{
    if (!m_tag.integrity)
        return;
    copy(tr("runtime digest: %1\nexpected digest: %2")
             .arg(m_tag.integrity->runtimeDigest, m_tag.integrity->expectedDigest));
}
