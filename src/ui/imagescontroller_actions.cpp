// ImagesController: sort, columns, saved views, time period, and opening tags.
#include "displaytext.h"
#include "filterparser.h"
#include "imagescontroller.h"
#include "inventory.h"
#include "synccontroller.h"
#include "viewpreferences.h"

void ImagesController::sortBy(const QString &column)
{
    if (!ImagesViewState::orderOf(column))
        return;
    if (m_state.sortColumn == column) {
        m_state.descending = !m_state.descending;
    } else {
        m_state.sortColumn = column;
        m_state.descending = ImagesViewState::descendingFirst(column);
    }
    viewEdited();
}

void ImagesController::toggleColumn(const QString &column)
{
    if (!ImagesViewState::columns().contains(column) || column == QLatin1StringView("name"))
        return;
    if (!m_state.hiddenColumns.removeOne(column))
        m_state.hiddenColumns.append(column);
    Q_EMIT viewChanged();
    persistSoon();
}

QVariantMap ImagesController::columnWidths() const
{
    QVariantMap map;
    for (auto it = m_state.widths.cbegin(); it != m_state.widths.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

void ImagesController::setColumnWidth(const QString &column, int width)
{
    if (!ImagesViewState::columns().contains(column))
        return;
    const int clamped = std::clamp(width, 40, 1200);
    if (m_state.widths.value(column) == clamped)
        return;
    m_state.widths.insert(column, clamped);
    Q_EMIT columnWidthsChanged();
    persistSoon();
}

void ImagesController::refreshSavedViews()
{
    const QStringList names = m_preferences ? m_preferences->viewNames(page) : QStringList();
    if (names == m_savedViews)
        return;
    m_savedViews = names;
    Q_EMIT savedViewsChanged();
}

bool ImagesController::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!m_preferences || trimmed.isEmpty()) {
        setMessage(tr("A view needs a name."));
        return false;
    }
    ImagesViewState state = m_state;
    state.activeView = trimmed;
    if (!m_preferences->saveView(page, trimmed, state.toJson())) {
        setMessage(tr("The view \"%1\" could not be saved.").arg(DisplayText::cell(trimmed, 60)));
        return false;
    }
    m_state.activeView = trimmed;
    m_savedState = state;
    refreshSavedViews();
    setMessage(tr("Saved the view \"%1\".").arg(DisplayText::cell(trimmed, 60)));
    Q_EMIT viewChanged();
    persistSoon();
    return true;
}

bool ImagesController::loadView(const QString &name)
{
    const auto json = m_preferences ? m_preferences->view(page, name) : std::nullopt;
    if (!json) {
        setMessage(tr("There is no view \"%1\".").arg(DisplayText::cell(name, 60)));
        return false;
    }
    ImagesViewState state = ImagesViewState::fromJson(*json);
    state.activeView = name.trimmed();
    m_savedState = state;
    applyState(state, true);
    setMessage(QString());
    return true;
}

bool ImagesController::deleteView(const QString &name)
{
    if (!m_preferences || !m_preferences->removeView(page, name))
        return false;
    if (m_state.activeView == name.trimmed()) {
        m_state.activeView.clear();
        Q_EMIT viewChanged();
        persistSoon();
    }
    refreshSavedViews();
    return true;
}

QString ImagesController::timePeriod() const
{
    return m_inventory ? m_inventory->timePeriod() : QString();
}

QStringList ImagesController::timePeriods() const
{
    return SyncController::timePeriods();
}

QString ImagesController::timePeriodLabel(const QString &period) const
{
    if (period.isEmpty())
        return tr("Platform default");
    if (period == QLatin1StringView("now"))
        return tr("Running now");
    if (period == QLatin1StringView("1 hour"))
        return tr("Last hour");
    if (period == QLatin1StringView("24 hours"))
        return tr("Last 24 hours");
    if (period == QLatin1StringView("3 days"))
        return tr("Last 3 days");
    if (period == QLatin1StringView("7 days"))
        return tr("Last 7 days");
    if (period == QLatin1StringView("10 days"))
        return tr("Last 10 days");
    return DisplayText::cell(period, 30);
}

void ImagesController::requestTimePeriod(const QString &period)
{
    // The platform has no per-tag times: the period is what the sync asks the platform for.
    if (!m_sync || !SyncController::timePeriods().contains(period))
        return;
    m_sync->setTimePeriod(period);
    if (m_preferences)
        m_preferences->setValue(QStringLiteral("sync.time_period"), period);
    if (m_sync->running()) {
        setMessage(tr("A sync is running; %1 applies to the next one.").arg(timePeriodLabel(period)));
        return;
    }
    setMessage(tr("Syncing %1 from the platform…").arg(timePeriodLabel(period)));
    m_sync->start();
}

void ImagesController::setOpened(qint64 rowId, const QString &reference)
{
    if (rowId == m_openedRowId && reference == m_openedReference)
        return;
    m_openedRowId = rowId;
    m_openedReference = reference;
    Q_EMIT openedChanged();
}

void ImagesController::open(int row)
{
    if (m_model->isImage(row)) {
        m_model->toggle(row);
        return;
    }
    const qint64 rowId = m_model->rowIdAt(row);
    if (rowId > 0)
        setOpened(rowId, m_model->referenceAt(row));
}

bool ImagesController::openReference(const QString &reference)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return false;
    if (!m_restored || !m_inventory || !m_inventory->hasData()) {
        // --open before the first sync finished: done when the inventory arrives.
        const bool changed = m_pendingReference != ref;
        m_pendingReference = ref;
        if (changed)
            Q_EMIT openedChanged();
        return false;
    }
    const bool wasPending = !m_pendingReference.isEmpty();
    m_pendingReference.clear();
    const QList<StoredTag> found = m_inventory->tags().findByReference(m_inventory->generation(), ref);
    if (found.isEmpty()) {
        setMessage(tr("No image tag %1 in the inventory.").arg(DisplayText::cell(ref, 80)));
        if (wasPending)
            Q_EMIT openedChanged();
        return false;
    }
    if (found.size() > 1) {
        const ImageTag &first = found.constFirst().tag;
        setMessage(tr("%1 names %n rows (architectures or digests); opened %2.", nullptr, int(found.size()))
                       .arg(DisplayText::cell(ref, 80),
                            DisplayText::cell(first.architecture.isEmpty() ? first.fullReference() : first.architecture, 80)));
    }
    openStored(found.constFirst());
    if (wasPending)
        Q_EMIT openedChanged();
    return true;
}

bool ImagesController::openRowId(qint64 rowId)
{
    if (!m_inventory || !m_inventory->hasData())
        return false;
    const auto stored = m_inventory->tags().inGeneration(m_inventory->generation(), rowId);
    if (!stored)
        return false;
    openStored(*stored);
    return true;
}

void ImagesController::openStored(const StoredTag &stored)
{
    const ImageTag &t = stored.tag;
    const QString key = ImageStore::imageKey(t.registry, t.repositoryPath, t.name);
    int row = m_model->rowOfTag(key, stored.rowId);
    if (row < 0 && filtered()) {
        clearFilter(); // the filter hid it: show everything rather than nothing
        setMessage(tr("Cleared the filter to show %1.").arg(DisplayText::cell(t.reference(), 80)));
        row = m_model->rowOfTag(key, stored.rowId);
    }
    setOpened(stored.rowId, t.fullReference());
    if (row >= 0)
        Q_EMIT rowRequested(row);
}

void ImagesController::showPerson(const QString &role, const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    const QString key =
        role == QLatin1StringView("deployer") ? QStringLiteral("deployer:") : QStringLiteral("owner:");
    ImagesViewState state = m_state;
    state.filter = key + FilterParser::quoted(name);
    state.risks = {};
    state.clusters.clear();
    state.namespaces.clear();
    state.minSeverity = Severity::Unknown;
    state.changedOnly = false;
    applyState(state, false);
}
