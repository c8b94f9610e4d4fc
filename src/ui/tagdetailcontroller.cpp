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
    , m_siblings(new RecordListModel({ "rowId", "architecture", "digest", "runtimeStatus", "risks", "sameArchitecture" }, this))
    , m_deployments(new RecordListModel({ "when", "deployedBy", "cluster", "namespace", "workload", "tag", "changeType" }, this))
    , m_vulnerabilities(new RecordListModel(
          { "severity", "severityRank", "cve", "cvss", "applicability", "component", "version", "xrayId" },
          this))
    , m_malicious(new RecordListModel({ "xrayId", "component", "version", "componentId" }, this))
    , m_workloads(new RecordListModel({ "name", "namespace", "cluster", "nodes", "status" }, this))
    , m_clusters(new RecordListModel({ "name", "provider", "regions", "nodes", "controller", "known" }, this))
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
    fillTables();
    QList<QVariantList> siblings;
    if (m_loaded) {
        for (const TagRow &r : m_inventory->tags().siblingsOf(m_generation, m_tag, m_rowId))
            siblings.append({ r.rowId, r.architecture, r.digest, r.runtimeStatus, RiskNames::canonicalList(r.risks),
                              r.architecture == m_tag.architecture });
    }
    m_siblings->setRows(siblings);
    QList<QVariantList> deployments;
    if (m_loaded) {
        const QLocale locale;
        for (const OwnerRecord &r : OwnerTrailStore(m_inventory->database()).history(m_tag))
            deployments.append({ locale.toString(r.recordedAt.toLocalTime(), QLocale::ShortFormat),
                                 r.deployedBy.value_or(QString()), r.workload.cluster, r.workload.nameSpace,
                                 r.workload.name, r.tag, r.changeType });
    }
    m_deployments->setRows(deployments);
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
            // The platform's detail comes first; what it leaves out keeps what the sync or the owner trail gave.
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
            fillTables();
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

namespace {
QString sourceText(OwnerProvenance::Source source, const std::optional<OwnerRecord> &record)
{
    switch (source) {
    case OwnerProvenance::Source::Platform:
        return TagDetailController::tr("From the platform");
    case OwnerProvenance::Source::Trail:
        if (!record)
            break;
        return TagDetailController::tr("From the owner trail: recorded %1 from %2/%3/%4")
            .arg(QLocale().toString(record->recordedAt.toLocalTime(), QLocale::ShortFormat), record->workload.cluster,
                 record->workload.nameSpace, record->workload.name);
    case OwnerProvenance::Source::None:
        break;
    }
    return {};
}
} // namespace

QString TagDetailController::buildOwnerSource() const
{
    return buildOwner().isEmpty() ? QString() : sourceText(m_owners.buildOwner, m_owners.buildRecord);
}

QString TagDetailController::deployedBySource() const
{
    return deployedBy().isEmpty() ? QString() : sourceText(m_owners.deployedBy, m_owners.deployRecord);
}

void TagDetailController::fillTables()
{
    QList<QVariantList> vulnerabilities;
    for (const Vulnerability &v : m_tag.vulnerabilities) {
        const QString cvss = !v.cvssV3.isEmpty() ? v.cvssV3 : v.cvssV2;
        const QList<Component> components =
            v.components.isEmpty() ? QList<Component> { Component {} } : v.components;
        for (const Component &c : components)
            vulnerabilities.append({ SeverityNames::toString(v.severity), int(v.severity), v.cveId, cvss,
                                     v.applicability, c.name.isEmpty() ? c.id : c.name, c.version,
                                     v.xrayId });
    }
    std::stable_sort(vulnerabilities.begin(), vulnerabilities.end(),
                     [](const QVariantList &a, const QVariantList &b) {
                         if (a.at(1).toInt() != b.at(1).toInt())
                             return a.at(1).toInt() > b.at(1).toInt();
                         return a.at(3).toString().toDouble() > b.at(3).toString().toDouble();
                     });
    m_vulnerabilities->setRows(vulnerabilities);

    QList<QVariantList> malicious;
    for (const MaliciousPackage &p : m_tag.maliciousPackages) {
        const QList<Component> components =
            p.components.isEmpty() ? QList<Component> { Component {} } : p.components;
        for (const Component &c : components)
            malicious.append({ p.xrayId, c.name.isEmpty() ? c.id : c.name, c.version, c.id });
    }
    m_malicious->setRows(malicious);

    QList<QVariantList> workloads;
    QStringList clusterNames;
    for (const WorkloadRef &w : m_tag.workloads) {
        // Nodes and status come from the workloads listing of the same sync, when it had this one.
        const auto full = m_generation ? m_inventory->workloads().workload(m_generation, w) : std::nullopt;
        workloads.append({ w.name, w.nameSpace, w.cluster,
                           full ? full->nodes.join(QStringLiteral(", ")) : QString(),
                           full ? full->runtimeStatus : QString() });
        if (!w.cluster.isEmpty() && !clusterNames.contains(w.cluster))
            clusterNames.append(w.cluster);
    }
    m_workloads->setRows(workloads);

    QList<QVariantList> clusters;
    for (const QString &name : std::as_const(clusterNames)) {
        const auto c =
            m_generation ? m_inventory->workloads().clusterByName(m_generation, name) : std::nullopt;
        if (c)
            clusters.append({ c->name, c->provider, c->regions.join(QStringLiteral(", ")),
                              tr("%1 of %2 running").arg(c->runningNodesCount).arg(c->nodesCount),
                              c->controllerStatus, true });
        else
            clusters.append({ name, QString(), QString(), QString(), QString(), false });
    }
    m_clusters->setRows(clusters);
}

QString TagDetailController::fullReference() const
{
    return m_loaded ? m_tag.pinnedReference() : QString();
}

QString TagDetailController::digest() const
{
    if (m_tag.digest.isEmpty() || m_tag.digest.startsWith(QLatin1StringView("sha256:")))
        return m_tag.digest;
    return u"sha256:" + m_tag.digest;
}

QString TagDetailController::registryTrust() const
{
    if (!m_tag.registryTrusted)
        return {};
    return *m_tag.registryTrusted ? QStringLiteral("trusted") : QStringLiteral("untrusted");
}

QString TagDetailController::contactUrl(const QString &role) const
{
    if (!m_loaded)
        return {};
    return QString::fromUtf8(ContactMail::url(m_tag, roleOf(role)).toEncoded());
}

bool TagDetailController::contact(const QString &role) const
{
    return m_loaded && QDesktopServices::openUrl(ContactMail::url(m_tag, roleOf(role)));
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
    copy(tr("runtime digest: %1\nexpected digest: %2").arg(runtimeDigest(), expectedDigest()));
}
