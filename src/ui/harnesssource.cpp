// The user-visible texts here keep the translation context "HarnessController", where they were
// written first, so their translations still match.
#include "harnesssource.h"

#include "alarmharness.h"
#include "eventshape.h"
#include "inventory.h"
#include "inventorylookup.h"
#include "risk.h"
#include "sourcematchmodel.h"

#include <QCoreApplication>

#include <utility>

namespace {

constexpr int maxMatches = 50;

QString workloadText(const WorkloadRef &w)
{
    return EventFactory::workloadReference(w);
}

} // namespace

HarnessSource::HarnessSource(QObject *parent)
    : QObject(parent)
    , m_matches(new SourceMatchModel(this))
{ }

void HarnessSource::setAlarms(AlarmHarness *alarms)
{
    m_alarms = alarms;
}

void HarnessSource::setInventory(Inventory *inventory)
{
    if (m_inventory == inventory)
        return;
    if (m_inventory)
        m_inventory->disconnect(this);
    m_inventory = inventory;
    if (m_inventory)
        connect(m_inventory, &Inventory::changed, this, &HarnessSource::inventoryChanged);
    inventoryChanged();
}

QString HarnessSource::kindTitle(const QString &name) const
{
    const auto kind = EventFactory::kindFromName(name);
    if (!kind)
        return name;
    return *kind == EventFactory::ChangeKind::None
        ? QCoreApplication::translate("HarnessController", "As synced")
        : EventFactory::kindTitle(*kind);
}

void HarnessSource::setMode(const QString &mode)
{
    if (mode == m_mode
        || !QStringList { QStringLiteral("tag"), QStringLiteral("workload"), QStringLiteral("json") }
                .contains(mode))
        return;
    // The chosen tag stays chosen in its own mode (and behind the JSON editor); a workload likewise.
    const bool keep = mode == u"json" || (mode == u"tag" ? m_selectedRowId > 0 : m_selectedRowId == 0);
    m_mode = mode;
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

void HarnessSource::setChangeKind(const QString &name)
{
    const auto kind = EventFactory::kindFromName(name);
    if (!kind || *kind == m_kind)
        return;
    m_kind = *kind;
    Q_EMIT sourceChanged();
    rebuildEvent();
}

void HarnessSource::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    Q_EMIT searchChanged();
    updateMatches();
}

void HarnessSource::setWorkload(const QString &workload)
{
    if (workload == m_workload)
        return;
    m_workload = workload;
    Q_EMIT sourceChanged();
    rebuildEvent();
}

void HarnessSource::setError(const QString &error)
{
    m_error = error;
    Q_EMIT eventChanged();
}

void HarnessSource::inventoryChanged()
{
    // Row ids belong to a generation's content: find the chosen tag again by its reference.
    if (m_mode == u"tag" && !m_selectedReference.isEmpty()) {
        const QString reference = m_selectedReference;
        if (!selectReference(reference))
            clearSelection(
                QCoreApplication::translate("HarnessController", "%1 is no longer in the synced inventory")
                    .arg(reference));
    }
    updateMatches();
    if (!m_pendingOpen.isEmpty() && m_inventory && m_inventory->hasData()) {
        const QString reference = std::exchange(m_pendingOpen, QString());
        open(reference, QString());
    }
}

void HarnessSource::updateMatches()
{
    QList<SourceMatch> matches;
    if (m_inventory && m_inventory->hasData() && m_mode == u"tag") {
        TagQuery query;
        query.text = m_search.trimmed();
        query.limit = maxMatches;
        for (const TagRow &row : m_inventory->tags().rows(m_inventory->generation(), query)) {
            const ImageTag identity = row.identity();
            // Each architecture is its own row: the title says which one this is.
            const QString title = row.architecture.isEmpty()
                ? identity.reference()
                : QCoreApplication::translate("HarnessController", "%1 · %2")
                      .arg(identity.reference(), row.architecture);
            const QString subtitle = row.workloads > 0
                ? QCoreApplication::translate("HarnessController", "%1 · %n workload(s)", nullptr,
                                              row.workloads)
                      .arg(row.registry)
                : QCoreApplication::translate("HarnessController", "%1 · runs nowhere").arg(row.registry);
            matches.append({ row.rowId, identity.pinnedReference(), title, subtitle,
                             RiskNames::canonicalList(row.risks) });
        }
    } else if (m_inventory && m_inventory->hasData() && m_mode == u"workload") {
        const QString needle = m_search.trimmed();
        const QList<Workload> workloads = m_inventory->workloads().workloads(m_inventory->generation());
        for (const Workload &w : workloads) {
            const QString reference = workloadText({ w.name, w.nameSpace, w.cluster });
            if (!needle.isEmpty() && !reference.contains(needle, Qt::CaseInsensitive))
                continue;
            matches.append({ 0, reference, w.name, QString(w.cluster + u'/' + w.nameSpace),
                             RiskNames::canonicalList(w.risks) });
            if (matches.size() >= maxMatches)
                break;
        }
    }
    m_matches->setMatches(matches);
}

void HarnessSource::clearSelection(const QString &why)
{
    m_selectedRowId = 0;
    m_selectedReference.clear();
    m_selectedTitle.clear();
    m_tagWorkloads.clear();
    m_workload.clear();
    m_event.reset();
    m_eventSummary.clear();
    m_eventNotes.clear();
    m_error = why;
    Q_EMIT sourceChanged();
    Q_EMIT eventChanged();
}

void HarnessSource::selectTag(qint64 rowId)
{
    if (!m_inventory)
        return;
    const std::optional<StoredTag> stored = m_inventory->tags().byRowId(rowId);
    if (!stored) {
        clearSelection(
            QCoreApplication::translate("HarnessController", "The image tag is no longer in the cache"));
        return;
    }
    const ImageTag &tag = stored->tag;
    m_mode = QStringLiteral("tag");
    m_selectedRowId = rowId;
    m_selectedReference = EventFactory::tagReference(tag);
    m_selectedTitle = tag.architecture.isEmpty()
        ? tag.reference()
        : QCoreApplication::translate("HarnessController", "%1 · %2").arg(tag.reference(), tag.architecture);
    m_tagWorkloads.clear();
    for (const WorkloadRef &w : tag.workloads)
        m_tagWorkloads.append(workloadText(w));
    m_tagWorkloads.sort();
    if (!m_tagWorkloads.contains(m_workload))
        m_workload.clear();
    Q_EMIT sourceChanged();
    rebuildEvent();
}

bool HarnessSource::selectReference(const QString &reference)
{
    if (!m_inventory || !m_inventory->hasData())
        return false;
    const QList<StoredTag> found = m_inventory->tags().findByReference(m_inventory->generation(), reference);
    if (found.size() != 1) {
        if (found.size() > 1) {
            // Several architectures or digests: the list shows them, the analyst picks one.
            m_search = found.constFirst().tag.name + u' ' + found.constFirst().tag.tag;
            Q_EMIT searchChanged();
            updateMatches();
        }
        clearSelection(
            found.isEmpty()
                ? QCoreApplication::translate("HarnessController", "No cached image tag %1").arg(reference)
                : QCoreApplication::translate("HarnessController",
                                              "%1 names %2 cached image tags (architectures or digests): "
                                              "pick one in the list")
                      .arg(reference)
                      .arg(found.size()));
        return false;
    }
    selectTag(found.constFirst().rowId);
    return true;
}

void HarnessSource::selectWorkload(const QString &reference)
{
    m_mode = QStringLiteral("workload");
    m_selectedRowId = 0;
    m_selectedReference = reference;
    m_selectedTitle = reference;
    m_tagWorkloads.clear();
    m_workload.clear();
    Q_EMIT sourceChanged();
    rebuildEvent();
}

void HarnessSource::open(const QString &reference, const QString &kind)
{
    if (const auto k = EventFactory::kindFromName(kind))
        m_kind = *k;
    if (!m_inventory || !m_inventory->hasData()) {
        m_pendingOpen = reference; // the first sync is still running: open it when the data is in
        m_error = QCoreApplication::translate("HarnessController", "Waiting for the inventory to open %1")
                      .arg(reference);
        Q_EMIT sourceChanged();
        Q_EMIT eventChanged();
        return;
    }
    const bool wasTagMode = m_mode == u"tag";
    m_mode = QStringLiteral("tag");
    if (!wasTagMode)
        updateMatches();
    if (reference.startsWith(QLatin1StringView("workload:")))
        selectWorkload(reference.mid(9));
    else if (!selectReference(reference))
        return;
    Q_EMIT opened();
}

void HarnessSource::resetEvent()
{
    if (m_mode != u"json") {
        rebuildEvent();
        return;
    }
    // The JSON again from the chosen tag or workload, still in the editor.
    m_mode = m_selectedRowId > 0 ? QStringLiteral("tag") : QStringLiteral("workload");
    rebuildEvent();
    m_mode = QStringLiteral("json");
    setEventText(m_eventText);
}

void HarnessSource::rebuildEvent()
{
    if (m_mode == u"json" || !m_alarms)
        return;
    QString error;
    std::optional<BuiltEvent> built;
    if (m_mode == u"tag" && m_selectedRowId > 0)
        built = m_alarms->eventForTag(m_selectedRowId, m_kind, &error, m_workload);
    else if (m_mode == u"workload" && !m_selectedReference.isEmpty())
        built = m_alarms->eventFor(QStringLiteral("workload:") + m_selectedReference, m_kind, &error);
    else
        error = m_mode == u"tag" ? QCoreApplication::translate("HarnessController", "Pick an image tag")
                                 : QCoreApplication::translate("HarnessController", "Pick a workload");
    setBuilt(built, error);
}

void HarnessSource::setBuilt(const std::optional<BuiltEvent> &built, const QString &error)
{
    m_eventErrors.clear();
    if (built) {
        m_event = built->event;
        m_eventText = QString::fromUtf8(AlarmHarness::eventJson(built->event));
        m_eventSummary = built->summary;
        m_eventNotes = built->notes;
        m_error.clear();
    } else {
        m_event.reset();
        m_eventSummary.clear();
        m_eventNotes.clear();
        m_error = error;
    }
    Q_EMIT eventChanged();
}

void HarnessSource::setEventText(const QString &text)
{
    m_eventText = text;
    if (m_mode != u"json") {
        Q_EMIT eventChanged();
        return;
    }
    const EventShape::Parsed parsed = AlarmHarness::checkEvent(text.toUtf8());
    m_eventErrors = parsed.errors;
    m_event = parsed.event;
    m_eventNotes.clear();
    m_error.clear();
    const QJsonObject w = parsed.event
        ? parsed.event->value(QLatin1StringView("workload_changed_object")).toObject()
        : QJsonObject();
    m_eventSummary = parsed.event
        ? QCoreApplication::translate("HarnessController", "Edited event about %1 in %2/%3")
              .arg(w.value(QLatin1StringView("name")).toString(),
                   w.value(QLatin1StringView("cluster")).toString(),
                   w.value(QLatin1StringView("namespace")).toString())
        : QString();
    Q_EMIT eventChanged();
}
