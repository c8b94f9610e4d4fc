// HarnessController: the services it binds to and the event's source (a tag, a workload, or JSON).
// Simulation and sending: harnesscontroller_send.cpp; cases, backtest, the platform:
// harnesscontroller_cases.cpp.
#include "harnesscontroller.h"

#include "eventshape.h"
#include "inventorylookup.h"
#include "platformtestrun.h"
#include "risk.h"

#include <utility>

namespace {

constexpr int maxMatches = 50;

QString workloadText(const WorkloadRef &w)
{
    return EventFactory::workloadReference(w);
}

} // namespace

HarnessController::HarnessController(QObject *parent)
    : QObject(parent)
{ }

HarnessController::~HarnessController() = default;

void HarnessController::setAlarms(AlarmHarness *alarms)
{
    if (m_alarms == alarms)
        return;
    if (m_alarms)
        m_alarms->disconnect(this);
    m_alarms = alarms;
    if (m_alarms) {
        connect(m_alarms, &AlarmHarness::deliveryStarted, this, &HarnessController::deliveryStarted);
        connect(m_alarms, &AlarmHarness::deliveryFinished, this, &HarnessController::deliveryFinished);
        connect(m_alarms, &AlarmHarness::sendFinished, this, &HarnessController::sendFinished);
    }
    Q_EMIT servicesChanged();
    refreshDeliveries();
    refreshCases();
}

void HarnessController::setInventory(Inventory *inventory)
{
    if (m_inventory == inventory)
        return;
    if (m_inventory)
        m_inventory->disconnect(this);
    m_inventory = inventory;
    if (m_inventory)
        connect(m_inventory, &Inventory::changed, this, &HarnessController::inventoryChanged);
    Q_EMIT servicesChanged();
    inventoryChanged();
}

void HarnessController::setRules(RulesController *rules)
{
    if (m_rules == rules)
        return;
    if (m_rules)
        m_rules->disconnect(this);
    m_rules = rules;
    if (m_rules) {
        connect(m_rules, &RulesController::rulesChanged, this, &HarnessController::rulesChanged);
        delete m_platform;
        m_platform = new PlatformTestRun(m_rules->client(), this);
        connect(m_platform, &PlatformTestRun::stepChanged, this, [this] {
            m_platformRun.insert(QStringLiteral("running"), m_platform->isRunning());
            m_platformRun.insert(QStringLiteral("step"), m_platform->step());
            Q_EMIT platformRunChanged();
        });
        connect(m_platform, &PlatformTestRun::finished, this, &HarnessController::platformRunFinished);
    }
    Q_EMIT servicesChanged();
    rulesChanged();
}

void HarnessController::rulesChanged()
{
    m_ruleChoices.clear();
    if (m_rules) {
        for (const StoredRule &stored : m_rules->store().list())
            m_ruleChoices.append(QVariantMap {
                { QStringLiteral("ruleId"), stored.id },
                { QStringLiteral("name"), stored.name },
                { QStringLiteral("state"), RuleStore::stateName(stored.state()) },
                { QStringLiteral("workerKey"), stored.deployedRevision ? stored.workerKey : QString() } });
    }
    Q_EMIT ruleChoicesChanged();
    refreshCases();
}

QVariantList HarnessController::deployedRules() const
{
    QVariantList list;
    for (const QVariant &choice : m_ruleChoices) {
        if (!choice.toMap().value(QStringLiteral("workerKey")).toString().isEmpty())
            list.append(choice);
    }
    return list;
}

QVariantList HarnessController::changeKinds() const
{
    QVariantList list;
    for (const QString &name : EventFactory::kindNames()) {
        const auto kind = EventFactory::kindFromName(name);
        list.append(QVariantMap { { QStringLiteral("name"), name },
                                  { QStringLiteral("title"),
                                    kind == EventFactory::ChangeKind::None ? tr("As synced")
                                                                           : EventFactory::kindTitle(*kind) } });
    }
    return list;
}

void HarnessController::setSourceMode(const QString &mode)
{
    if (mode == m_sourceMode
        || !QStringList { QStringLiteral("tag"), QStringLiteral("workload"), QStringLiteral("json") }.contains(mode))
        return;
    // The chosen tag stays chosen in its own mode (and behind the JSON editor); a workload likewise.
    const bool keep = mode == u"json" || (mode == u"tag" ? m_selectedRowId > 0 : m_selectedRowId == 0);
    m_sourceMode = mode;
    if (!keep) {
        m_selectedRowId = 0;
        m_selectedReference.clear();
        m_selectedTitle.clear();
        m_tagWorkloads.clear();
        m_workload.clear();
    }
    Q_EMIT sourceChanged();
    if (mode == u"json") {
        setEventText(m_eventText); // the JSON as it stands is the event now
    } else {
        updateMatches();
        rebuildEvent();
    }
}

void HarnessController::setChangeKind(const QString &name)
{
    const auto kind = EventFactory::kindFromName(name);
    if (!kind || *kind == m_kind)
        return;
    m_kind = *kind;
    Q_EMIT sourceChanged();
    rebuildEvent();
}

void HarnessController::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    updateMatches();
}

void HarnessController::setWorkload(const QString &workload)
{
    if (workload == m_workload)
        return;
    m_workload = workload;
    Q_EMIT sourceChanged();
    rebuildEvent();
}

void HarnessController::inventoryChanged()
{
    // Row ids belong to a generation's content: find the chosen tag again by its reference.
    if (m_sourceMode == u"tag" && !m_selectedReference.isEmpty()) {
        const QString reference = m_selectedReference;
        if (!selectReference(reference))
            clearSelection(tr("%1 is no longer in the synced inventory").arg(reference));
    }
    updateMatches();
    if (!m_pendingOpen.isEmpty() && m_inventory && m_inventory->hasData()) {
        const QString reference = std::exchange(m_pendingOpen, QString());
        openTag(reference, QString());
    }
}

void HarnessController::updateMatches()
{
    m_matches.clear();
    if (m_inventory && m_inventory->hasData() && m_sourceMode == u"tag") {
        TagQuery query;
        query.text = m_search.trimmed();
        query.limit = maxMatches;
        for (const TagRow &row : m_inventory->tags().rows(m_inventory->generation(), query)) {
            const ImageTag identity = row.identity();
            // Each architecture is its own row: the title says which one this is.
            const QString title = row.architecture.isEmpty() ? identity.reference()
                                                             : tr("%1 · %2").arg(identity.reference(), row.architecture);
            m_matches.append(QVariantMap {
                { QStringLiteral("rowId"), row.rowId },
                { QStringLiteral("reference"), identity.pinnedReference() },
                { QStringLiteral("title"), title },
                { QStringLiteral("subtitle"),
                  row.workloads > 0 ? tr("%1 · %n workload(s)", nullptr, row.workloads).arg(row.registry)
                                    : tr("%1 · runs nowhere").arg(row.registry) },
                { QStringLiteral("risks"), RiskNames::canonicalList(row.risks) },
                { QStringLiteral("workloads"), row.workloads } });
        }
    } else if (m_inventory && m_inventory->hasData() && m_sourceMode == u"workload") {
        const QString needle = m_search.trimmed();
        const QList<Workload> workloads = m_inventory->workloads().workloads(m_inventory->generation());
        for (const Workload &w : workloads) {
            const QString reference = workloadText({ w.name, w.nameSpace, w.cluster });
            if (!needle.isEmpty() && !reference.contains(needle, Qt::CaseInsensitive))
                continue;
            m_matches.append(QVariantMap {
                { QStringLiteral("reference"), reference },
                { QStringLiteral("title"), w.name },
                { QStringLiteral("subtitle"), QString(w.cluster + u'/' + w.nameSpace) },
                { QStringLiteral("risks"), RiskNames::canonicalList(w.risks) } });
            if (m_matches.size() >= maxMatches)
                break;
        }
    }
    Q_EMIT matchesChanged();
}

void HarnessController::clearSelection(const QString &why)
{
    m_selectedRowId = 0;
    m_selectedReference.clear();
    m_selectedTitle.clear();
    m_tagWorkloads.clear();
    m_workload.clear();
    m_event.reset();
    m_eventSummary.clear();
    m_eventNotes.clear();
    m_sourceError = why;
    Q_EMIT sourceChanged();
    Q_EMIT eventChanged();
}

void HarnessController::selectTag(qint64 rowId)
{
    if (!m_inventory)
        return;
    const std::optional<StoredTag> stored = m_inventory->tags().byRowId(rowId);
    if (!stored) {
        clearSelection(tr("The image tag is no longer in the cache"));
        return;
    }
    const ImageTag &tag = stored->tag;
    m_sourceMode = QStringLiteral("tag");
    m_selectedRowId = rowId;
    m_selectedReference = EventFactory::tagReference(tag);
    m_selectedTitle = tag.architecture.isEmpty() ? tag.reference() : tr("%1 · %2").arg(tag.reference(), tag.architecture);
    m_tagWorkloads.clear();
    QList<WorkloadRef> workloads = tag.workloads;
    for (const WorkloadRef &w : workloads)
        m_tagWorkloads.append(workloadText(w));
    m_tagWorkloads.sort();
    if (!m_tagWorkloads.contains(m_workload))
        m_workload.clear();
    Q_EMIT sourceChanged();
    rebuildEvent();
}

bool HarnessController::selectReference(const QString &reference)
{
    if (!m_inventory || !m_inventory->hasData())
        return false;
    const QList<StoredTag> found = m_inventory->tags().findByReference(m_inventory->generation(), reference);
    if (found.size() != 1) {
        if (found.size() > 1) {
            // Several architectures or digests: the list shows them, the analyst picks one.
            m_search = found.constFirst().tag.name + u' ' + found.constFirst().tag.tag;
            updateMatches();
        }
        clearSelection(found.isEmpty() ? tr("No cached image tag %1").arg(reference)
                                       : tr("%1 names %2 cached image tags (architectures or digests): pick one in the list")
                                             .arg(reference)
                                             .arg(found.size()));
        return false;
    }
    selectTag(found.constFirst().rowId);
    return true;
}

void HarnessController::selectWorkload(const QString &reference)
{
    m_sourceMode = QStringLiteral("workload");
    m_selectedRowId = 0;
    m_selectedReference = reference;
    m_selectedTitle = reference;
    m_tagWorkloads.clear();
    m_workload.clear();
    Q_EMIT sourceChanged();
    rebuildEvent();
}

void HarnessController::openTag(const QString &reference, const QString &kind)
{
    if (const auto k = EventFactory::kindFromName(kind))
        m_kind = *k;
    if (!m_inventory || !m_inventory->hasData()) {
        m_pendingOpen = reference; // the first sync is still running: open it when the data is in
        m_sourceError = tr("Waiting for the inventory to open %1").arg(reference);
        Q_EMIT sourceChanged();
        Q_EMIT eventChanged();
        return;
    }
    const bool wasTagMode = m_sourceMode == u"tag";
    m_sourceMode = QStringLiteral("tag");
    if (!wasTagMode)
        updateMatches();
    if (reference.startsWith(QLatin1StringView("workload:")))
        selectWorkload(reference.mid(9));
    else if (!selectReference(reference))
        return;
    if (m_event)
        simulate();
}

void HarnessController::resetEvent()
{
    if (m_sourceMode != u"json") {
        rebuildEvent();
        return;
    }
    // The JSON again from the chosen tag or workload, still in the editor.
    m_sourceMode = m_selectedRowId > 0 ? QStringLiteral("tag") : QStringLiteral("workload");
    rebuildEvent();
    m_sourceMode = QStringLiteral("json");
    setEventText(m_eventText);
}

void HarnessController::rebuildEvent()
{
    if (m_sourceMode == u"json" || !m_alarms)
        return;
    QString error;
    std::optional<BuiltEvent> built;
    if (m_sourceMode == u"tag" && m_selectedRowId > 0)
        built = m_alarms->eventForTag(m_selectedRowId, m_kind, &error, m_workload);
    else if (m_sourceMode == u"workload" && !m_selectedReference.isEmpty())
        built = m_alarms->eventFor(QStringLiteral("workload:") + m_selectedReference, m_kind, &error);
    else
        error = m_sourceMode == u"tag" ? tr("Pick an image tag") : tr("Pick a workload");
    setBuilt(built, error);
}

void HarnessController::setBuilt(const std::optional<BuiltEvent> &built, const QString &error)
{
    m_eventErrors.clear();
    if (built) {
        m_event = built->event;
        m_eventText = QString::fromUtf8(AlarmHarness::eventJson(built->event));
        m_eventSummary = built->summary;
        m_eventNotes = built->notes;
        m_sourceError.clear();
    } else {
        m_event.reset();
        m_eventSummary.clear();
        m_eventNotes.clear();
        m_sourceError = error;
    }
    Q_EMIT eventChanged();
}

void HarnessController::setEventText(const QString &text)
{
    m_eventText = text;
    if (m_sourceMode != u"json") {
        Q_EMIT eventChanged();
        return;
    }
    const EventShape::Parsed parsed = AlarmHarness::checkEvent(text.toUtf8());
    m_eventErrors = parsed.errors;
    m_event = parsed.event;
    m_eventNotes.clear();
    m_sourceError.clear();
    const QJsonObject w =
        parsed.event ? parsed.event->value(QLatin1StringView("workload_changed_object")).toObject() : QJsonObject();
    m_eventSummary = parsed.event ? tr("Edited event about %1 in %2/%3")
                                        .arg(w.value(QLatin1StringView("name")).toString(),
                                             w.value(QLatin1StringView("cluster")).toString(),
                                             w.value(QLatin1StringView("namespace")).toString())
                                  : QString();
    Q_EMIT eventChanged();
}
