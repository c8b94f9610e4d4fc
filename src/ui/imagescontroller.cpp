#include "imagescontroller.h"

#include "filterparser.h"
#include "inventory.h"
#include "synccontroller.h"
#include "viewpreferences.h"

namespace {
// Any spelling of a risk, or the filter grammar's names (critical for critical_applicable_cves).
std::optional<Risk> riskNamed(const QString &name)
{
    if (const auto risk = RiskNames::fromString(name))
        return risk;
    const FilterExpression e = FilterParser::parse(QStringLiteral("risk:") + FilterParser::quoted(name));
    for (Risk risk : RiskNames::all) {
        if (e.isValid() && e.terms.size() == 1 && e.terms[0].risks.testFlag(risk))
            return risk;
    }
    return std::nullopt;
}

const QString stateKey = QStringLiteral("images.state");
const QString periodKey = QStringLiteral("sync.time_period");
} // namespace

ImagesController::ImagesController(QObject *parent)
    : QObject(parent)
    , m_model(new ImageListModel(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        apply();
        Q_EMIT filterPendingChanged();
    });
    m_persist.setSingleShot(true);
    m_persist.setInterval(500);
    connect(&m_persist, &QTimer::timeout, this, &ImagesController::persist);
    connect(m_model, &ImageListModel::countsChanged, this, &ImagesController::countsChanged);
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
    if (m_preferences) {
        state = ImagesViewState::fromJson(m_preferences->value(stateKey).toUtf8());
        const QString period = m_preferences->value(periodKey);
        if (m_sync && !m_sync->running() && m_sync->timePeriod().isEmpty())
            m_sync->setTimePeriod(period);
        refreshSavedViews();
        if (!state.activeView.isEmpty()) {
            const auto saved = m_preferences->view(page, state.activeView);
            m_savedState = saved ? ImagesViewState::fromJson(*saved) : ImagesViewState();
            if (!saved)
                state.activeView.clear();
        }
    }
    m_restored = true;
    m_model->setInventory(m_inventory); // reads nothing until the query below
    applyState(state, false);
    onInventoryChanged();
}

void ImagesController::onInventoryChanged()
{
    m_clusterOptions.reset();
    m_namespaceOptions.reset();
    Q_EMIT optionsChanged();
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

void ImagesController::setFilterText(const QString &text)
{
    if (text == m_state.filter)
        return;
    m_state.filter = text;
    Q_EMIT filterTextChanged();
    parseFilter();
    const bool wasPending = m_debounce.isActive();
    if (m_expression.isValid())
        m_debounce.start();
    else
        m_debounce.stop(); // the list keeps showing the last filter that made sense
    if (wasPending != m_debounce.isActive())
        Q_EMIT filterPendingChanged();
}

void ImagesController::parseFilter()
{
    const FilterExpression parsed = FilterParser::parse(m_state.filter);
    const bool errorsChanged = parsed.errors != m_expression.errors;
    m_expression = parsed;
    if (errorsChanged)
        Q_EMIT filterErrorsChanged();
}

QVariantList ImagesController::filterErrors() const
{
    QVariantList list;
    for (const FilterError &e : m_expression.errors)
        list.append(QVariantMap { { QStringLiteral("start"), int(e.start) },
                                  { QStringLiteral("length"), int(e.length) },
                                  { QStringLiteral("message"), e.message } });
    return list;
}

QString ImagesController::filterError() const
{
    return m_expression.errors.isEmpty() ? QString() : m_expression.errors.constFirst().message;
}

bool ImagesController::filtered() const
{
    return !m_appliedTerms.isEmpty() || m_state.risks || !m_state.clusters.isEmpty()
        || !m_state.namespaces.isEmpty() || m_state.minSeverity != Severity::Unknown || m_state.changedOnly;
}

void ImagesController::applyNow()
{
    if (!m_expression.isValid())
        return;
    m_debounce.stop();
    apply();
    Q_EMIT filterPendingChanged();
}

void ImagesController::apply()
{
    if (!m_restored)
        return;
    if (m_expression.isValid())
        m_appliedTerms = m_expression.terms;
    TagQuery query;
    query.anyRisk = m_state.risks;
    query.clusters = m_state.clusters;
    query.namespaces = m_state.namespaces;
    query.minSeverity = m_state.minSeverity;
    query.changedOnly = m_state.changedOnly;
    query.terms = m_appliedTerms;
    query.order = ImagesViewState::orderOf(m_state.sortColumn).value_or(TagQuery::Order::Risk);
    query.descending = m_state.descending;
    QElapsedTimer clock;
    clock.start();
    m_model->setQuery(query);
    m_lastQueryMs = double(clock.nsecsElapsed()) / 1e6;
    Q_EMIT countsChanged();
    Q_EMIT viewChanged();
    persistSoon();
}

void ImagesController::applyState(const ImagesViewState &state, bool fromView)
{
    const bool textChanged = state.filter != m_state.filter;
    const QMap<QString, int> widths = m_state.widths;
    m_state = state;
    if (fromView && state.widths.isEmpty())
        m_state.widths = widths; // a saved view without widths keeps the current ones
    parseFilter();
    m_debounce.stop();
    if (textChanged)
        Q_EMIT filterTextChanged();
    Q_EMIT columnWidthsChanged();
    Q_EMIT filterPendingChanged();
    apply();
}

// A change by hand: the view is no longer exactly the saved one it came from.
void ImagesController::viewEdited()
{
    apply();
}

bool ImagesController::viewModified() const
{
    return !m_state.activeView.isEmpty() && !m_state.sameView(m_savedState);
}

void ImagesController::clearFilter()
{
    ImagesViewState state = m_state;
    state.filter.clear();
    state.risks = {};
    state.clusters.clear();
    state.namespaces.clear();
    state.minSeverity = Severity::Unknown;
    state.changedOnly = false;
    applyState(state, false);
}

void ImagesController::toggleRisk(const QString &name)
{
    const auto risk = riskNamed(name);
    if (!risk)
        return;
    m_state.risks ^= *risk;
    viewEdited();
}

void ImagesController::toggleCluster(const QString &cluster)
{
    if (!m_state.clusters.removeOne(cluster))
        m_state.clusters.append(cluster);
    viewEdited();
}

void ImagesController::toggleNamespace(const QString &name)
{
    if (!m_state.namespaces.removeOne(name))
        m_state.namespaces.append(name);
    viewEdited();
}

QString ImagesController::minSeverity() const
{
    return m_state.minSeverity == Severity::Unknown ? QString()
                                                    : SeverityNames::toString(m_state.minSeverity);
}

void ImagesController::setMinSeverity(const QString &severity)
{
    const Severity s = SeverityNames::fromString(severity);
    if (s == m_state.minSeverity)
        return;
    m_state.minSeverity = s;
    viewEdited();
}

void ImagesController::setChangedOnly(bool on)
{
    if (on == m_state.changedOnly)
        return;
    m_state.changedOnly = on;
    viewEdited();
}

QStringList ImagesController::clusterOptions()
{
    if (!m_clusterOptions)
        m_clusterOptions = m_inventory && m_inventory->hasData()
            ? m_inventory->workloads().clusterNames(m_inventory->generation())
            : QStringList();
    return *m_clusterOptions;
}

QStringList ImagesController::namespaceOptions()
{
    if (!m_namespaceOptions)
        m_namespaceOptions = m_inventory && m_inventory->hasData()
            ? m_inventory->workloads().namespaceNames(m_inventory->generation())
            : QStringList();
    return *m_namespaceOptions;
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
