#include "imagesfilter.h"

#include "filterparser.h"
#include "inventory.h"

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
} // namespace

ImagesFilter::ImagesFilter(ImagesViewState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        Q_EMIT edited();
        Q_EMIT pendingChanged();
    });
}

void ImagesFilter::setInventory(Inventory *inventory)
{
    m_inventory = inventory;
    resetOptions();
}

void ImagesFilter::resetOptions()
{
    m_clusterOptions.reset();
    m_namespaceOptions.reset();
    Q_EMIT optionsChanged();
}

void ImagesFilter::setText(const QString &text)
{
    if (text == m_state->filter)
        return;
    m_state->filter = text;
    Q_EMIT textChanged();
    parse();
    const bool wasPending = m_debounce.isActive();
    if (m_expression.isValid())
        m_debounce.start();
    else
        m_debounce.stop(); // the list keeps showing the last filter that made sense
    if (wasPending != m_debounce.isActive())
        Q_EMIT pendingChanged();
}

void ImagesFilter::parse()
{
    const FilterExpression parsed = FilterParser::parse(m_state->filter);
    const bool errorsChanged = parsed.errors != m_expression.errors;
    m_expression = parsed;
    if (errorsChanged)
        Q_EMIT errorChanged();
}

QString ImagesFilter::error() const
{
    return m_expression.errors.isEmpty() ? QString() : m_expression.errors.constFirst().message;
}

ImageFilterError ImagesFilter::firstError() const
{
    if (m_expression.errors.isEmpty())
        return {};
    const FilterError &e = m_expression.errors.constFirst();
    ImageFilterError error;
    error.start = int(e.start);
    error.length = int(e.length);
    error.message = e.message;
    return error;
}

bool ImagesFilter::filtered() const
{
    return !m_appliedTerms.isEmpty() || m_state->risks || !m_state->clusters.isEmpty()
        || !m_state->namespaces.isEmpty() || m_state->minSeverity != Severity::Unknown
        || m_state->changedOnly;
}

const QList<FilterTerm> &ImagesFilter::termsToApply()
{
    if (m_expression.isValid())
        m_appliedTerms = m_expression.terms;
    return m_appliedTerms;
}

void ImagesFilter::stateReplaced(bool textChanged)
{
    parse();
    m_debounce.stop();
    if (textChanged)
        Q_EMIT this->textChanged();
    Q_EMIT pendingChanged();
}

void ImagesFilter::showOnly(const QString &text)
{
    const bool textChanged = text != m_state->filter;
    m_state->filter = text;
    m_state->risks = {};
    m_state->clusters.clear();
    m_state->namespaces.clear();
    m_state->minSeverity = Severity::Unknown;
    m_state->changedOnly = false;
    stateReplaced(textChanged);
    Q_EMIT edited();
}

void ImagesFilter::applyNow()
{
    if (!m_expression.isValid())
        return;
    m_debounce.stop();
    Q_EMIT edited();
    Q_EMIT pendingChanged();
}

void ImagesFilter::toggleRisk(const QString &name)
{
    const auto risk = riskNamed(name);
    if (!risk)
        return;
    m_state->risks ^= *risk;
    Q_EMIT edited();
}

void ImagesFilter::toggleCluster(const QString &cluster)
{
    if (!m_state->clusters.removeOne(cluster))
        m_state->clusters.append(cluster);
    Q_EMIT edited();
}

void ImagesFilter::toggleNamespace(const QString &name)
{
    if (!m_state->namespaces.removeOne(name))
        m_state->namespaces.append(name);
    Q_EMIT edited();
}

QString ImagesFilter::minSeverity() const
{
    return m_state->minSeverity == Severity::Unknown ? QString()
                                                     : SeverityNames::toString(m_state->minSeverity);
}

void ImagesFilter::setMinSeverity(const QString &severity)
{
    const Severity s = SeverityNames::fromString(severity);
    if (s == m_state->minSeverity)
        return;
    m_state->minSeverity = s;
    Q_EMIT edited();
}

void ImagesFilter::setChangedOnly(bool on)
{
    if (on == m_state->changedOnly)
        return;
    m_state->changedOnly = on;
    Q_EMIT edited();
}

QStringList ImagesFilter::clusterOptions()
{
    if (!m_clusterOptions)
        m_clusterOptions = m_inventory && m_inventory->hasData()
            ? m_inventory->workloads().clusterNames(m_inventory->generation())
            : QStringList();
    return *m_clusterOptions;
}

QStringList ImagesFilter::namespaceOptions()
{
    if (!m_namespaceOptions)
        m_namespaceOptions = m_inventory && m_inventory->hasData()
            ? m_inventory->workloads().namespaceNames(m_inventory->generation())
            : QStringList();
    return *m_namespaceOptions;
}
