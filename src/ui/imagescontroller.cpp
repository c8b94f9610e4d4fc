#include "imagescontroller.h"

#include "displaytext.h"
#include "filterparser.h"
#include "inventory.h"
#include "synccontroller.h"
#include "viewpreferences.h"

#include <QElapsedTimer>

namespace {
const QString stateKey = QStringLiteral("images.state");
const QString periodKey = QStringLiteral("sync.time_period");
} // namespace

ImagesController::ImagesController(QObject *parent)
    : QObject(parent)
    , m_model(new ImageListModel(this))
    , m_filter(new ImagesFilter(&m_state, this))
    , m_columns(new ImageColumns(&m_state, this))
    , m_savedViews(new SavedViewListModel(page, &m_state, this))
{
    m_persist.setSingleShot(true);
    m_persist.setInterval(500);
    connect(&m_persist, &QTimer::timeout, this, &ImagesController::persist);
    connect(m_model, &ImageListModel::countsChanged, this, &ImagesController::countsChanged);
    connect(m_filter, &ImagesFilter::edited, this, &ImagesController::apply);
    connect(m_columns, &ImageColumns::sortEdited, this, &ImagesController::apply);
    connect(m_columns, &ImageColumns::columnsEdited, this, [this] {
        m_savedViews->refresh();
        persistSoon();
    });
    connect(m_savedViews, &SavedViewListModel::loaded, this,
            [this](const ImagesViewState &state) { applyState(state, true); });
    connect(m_savedViews, &SavedViewListModel::stateEdited, this, &ImagesController::persistSoon);
    connect(m_savedViews, &SavedViewListModel::reported, this, &ImagesController::setMessage);
}

ImagesController::~ImagesController()
{
    if (m_persist.isActive())
        persist();
}

void ImagesController::setInventory(Inventory *inventory)
{
    if (m_inventory == inventory)
        return;
    if (m_inventory)
        disconnect(m_inventory, nullptr, this, nullptr);
    m_inventory = inventory;
    m_filter->setInventory(inventory);
    if (m_inventory)
        connect(m_inventory, &Inventory::changed, this, &ImagesController::onInventoryChanged);
    Q_EMIT inventoryChanged();
    if (m_restored)
        onInventoryChanged();
}

void ImagesController::setPreferences(ViewPreferences *preferences)
{
    if (m_preferences == preferences)
        return;
    m_preferences = preferences;
    Q_EMIT preferencesChanged();
    if (m_restored)
        restore();
}

void ImagesController::setSync(SyncController *sync)
{
    if (m_sync == sync)
        return;
    m_sync = sync;
    Q_EMIT syncChanged();
}

void ImagesController::componentComplete()
{
    // After the whole page is created: a model reset now would make the list create its rows
    // from a component that is itself still being completed.
    QMetaObject::invokeMethod(this, &ImagesController::restore, Qt::QueuedConnection);
}

void ImagesController::restore()
{
    ImagesViewState state;
    m_savedViews->setPreferences(m_preferences);
    if (m_preferences) {
        state = ImagesViewState::fromJson(m_preferences->value(stateKey).toUtf8());
        const QString period = m_preferences->value(periodKey);
        if (m_sync && !m_sync->running() && m_sync->timePeriod().isEmpty())
            m_sync->setTimePeriod(period);
        m_savedViews->adopt(state);
    }
    m_restored = true;
    m_model->setInventory(m_inventory); // reads nothing until the query below
    applyState(state, false);
    onInventoryChanged();
}

void ImagesController::onInventoryChanged()
{
    m_filter->resetOptions();
    Q_EMIT timePeriodChanged();
    if (!m_restored)
        return;
    if (m_model->generation() != (m_inventory && m_inventory->hasData() ? m_inventory->generation() : 0)) {
        apply();
        revealOpened(); // a new sync: the open tag stays in view if it is still there
    }
    if (!m_pendingReference.isEmpty())
        openReference(m_pendingReference);
}

void ImagesController::revealOpened()
{
    if (m_openedRowId <= 0 || !m_inventory || !m_inventory->hasData())
        return;
    const auto stored = m_inventory->tags().inGeneration(m_inventory->generation(), m_openedRowId);
    if (!stored)
        return;
    const ImageTag &t = stored->tag;
    const int row =
        m_model->rowOfTag(ImageStore::imageKey(t.registry, t.repositoryPath, t.name), m_openedRowId);
    if (row >= 0)
        Q_EMIT rowRequested(row);
}

void ImagesController::apply()
{
    if (!m_restored)
        return;
    TagQuery query;
    query.anyRisk = m_state.risks;
    query.clusters = m_state.clusters;
    query.namespaces = m_state.namespaces;
    query.minSeverity = m_state.minSeverity;
    query.changedOnly = m_state.changedOnly;
    query.terms = m_filter->termsToApply();
    query.order = ImagesViewState::orderOf(m_state.sortColumn).value_or(TagQuery::Order::Risk);
    query.descending = m_state.descending;
    QElapsedTimer clock;
    clock.start();
    m_model->setQuery(query);
    m_lastQueryMs = double(clock.nsecsElapsed()) / 1e6;
    Q_EMIT countsChanged();
    m_filter->refresh();
    m_columns->refresh();
    m_savedViews->refresh();
    persistSoon();
}

void ImagesController::applyState(const ImagesViewState &state, bool fromView)
{
    const bool textChanged = state.filter != m_state.filter;
    const QMap<QString, int> widths = m_state.widths;
    m_state = state;
    if (fromView && state.widths.isEmpty())
        m_state.widths = widths; // a saved view without widths keeps the current ones
    m_filter->stateReplaced(textChanged);
    apply();
}

void ImagesController::persistSoon()
{
    m_persist.start();
}

void ImagesController::persist()
{
    m_persist.stop();
    if (m_preferences)
        m_preferences->setValue(stateKey, QString::fromUtf8(m_state.toJson()));
}

void ImagesController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
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
        m_preferences->setValue(periodKey, period);
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
        setMessage(
            tr("%1 names %n rows (architectures or digests); opened %2.", nullptr, int(found.size()))
                .arg(DisplayText::cell(ref, 80),
                     DisplayText::cell(
                         first.architecture.isEmpty() ? first.fullReference() : first.architecture, 80)));
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
    if (row < 0 && m_filter->filtered()) {
        m_filter->clear(); // the filter hid it: show everything rather than nothing
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
    m_filter->showOnly(key + FilterParser::quoted(name));
}
