#include "ruleeditorcontroller.h"

#include "caserunner.h"
#include "eventview.h"
#include "inventory.h"
#include "ruleengine.h"
#include "rulejson.h"
#include "rulescontroller.h"
#include "templaterenderer.h"
#include "workergenerator.h"

#include <QDateTime>

RuleEditorController::RuleEditorController(QObject *parent)
    : QObject(parent)
{
    reloadSamples();
}

RuleEditorController::~RuleEditorController() = default;

void RuleEditorController::setRules(RulesController *rules)
{
    if (m_rules == rules)
        return;
    if (m_rules)
        disconnect(m_rules, nullptr, this, nullptr);
    m_rules = rules;
    if (m_rules)
        connect(m_rules, &RulesController::rulesChanged, this, &RuleEditorController::statusChanged);
    Q_EMIT rulesChanged();
}

void RuleEditorController::setInventory(Inventory *inventory)
{
    if (m_inventory == inventory)
        return;
    if (m_inventory)
        disconnect(m_inventory, nullptr, this, nullptr);
    m_inventory = inventory;
    if (m_inventory)
        connect(m_inventory, &Inventory::changed, this, &RuleEditorController::reloadSamples);
    reloadSamples();
}

void RuleEditorController::reloadSamples()
{
    m_samples = SampleEvents::builtIn();
    if (m_inventory && m_inventory->hasData()) {
        // The riskiest cached tags with each guide risk: the preview on the user's own estate.
        for (Risk risk : { Risk::IntegrityViolation, Risk::UntrustedRegistry }) {
            TagQuery query;
            query.anyRisk = risk;
            query.order = TagQuery::Order::Risk;
            query.descending = true;
            query.limit = 1;
            const auto found = m_inventory->tags().query(m_inventory->generation(), query);
            if (found.isEmpty() || found.constFirst().tag.workloads.isEmpty())
                continue;
            const ImageTag &tag = found.constFirst().tag;
            m_samples.append({ tr("Cached: %1 in %2").arg(tag.reference(), tag.workloads.constFirst().name),
                               SampleEvents::fromTag(tag) });
        }
    }
    if (m_sampleIndex >= m_samples.size())
        m_sampleIndex = 0;
    Q_EMIT samplesChanged();
    updatePreview();
}

QStringList RuleEditorController::sampleTitles() const
{
    QStringList titles;
    for (const SampleEvents::Sample &sample : m_samples)
        titles.append(sample.title);
    return titles;
}

void RuleEditorController::setSampleIndex(int index)
{
    if (index == m_sampleIndex || index < 0 || index >= m_samples.size())
        return;
    m_sampleIndex = index;
    updatePreview();
}

void RuleEditorController::setStatus(const QString &status, bool failed)
{
    m_status = status;
    m_statusFailed = failed;
    Q_EMIT statusChanged();
}

bool RuleEditorController::load(const QString &ruleId)
{
    if (!m_rules)
        return false;
    const auto stored = m_rules->store().find(ruleId);
    if (!stored || !stored->rule) {
        setStatus(stored ? tr("This rule does not read: %1").arg(stored->errors.value(0))
                         : tr("No such rule"),
                  true);
        return false;
    }
    m_rule = *stored->rule;
    m_saved = m_rule;
    m_loaded = true;
    m_status.clear();
    m_statusFailed = false;
    m_previewTime = QDateTime::currentSecsSinceEpoch();
    Q_EMIT loadedChanged();
    Q_EMIT statusChanged();
    changed(true, true);
    refreshSecrets();
    checkCases();
    return true;
}

void RuleEditorController::checkCases()
{
    const CaseCheck check = CaseRunner(m_rules->store().database()).check(m_rule.id);
    m_caseCount = check.cases;
    m_casesPass = check.ok;
    m_caseLines = check.lines();
    if (!check.error.isEmpty())
        m_caseSummary = tr("The golden cases could not be run");
    else if (check.cases == 0)
        m_caseSummary = QString();
    else if (check.ok)
        m_caseSummary = tr("%n golden case(s) pass", nullptr, check.cases);
    else
        m_caseSummary = tr("%1 of %n golden case(s) fail: the rule cannot be deployed until they pass",
                           nullptr, check.cases)
                            .arg(check.cases - check.passed);
    Q_EMIT casesChanged();
}

bool RuleEditorController::save()
{
    if (!m_loaded || !m_rules)
        return false;
    if (!m_errors.isEmpty()) {
        setStatus(tr("Not saved: %n problem(s) to fix first", nullptr, int(m_errors.size())), true);
        return false;
    }
    if (!dirty())
        return true;
    RuleStore &store = m_rules->store();
    const bool exists = store.find(m_rule.id).has_value();
    if (!(exists ? store.update(m_rule) : store.insert(m_rule))) {
        setStatus(tr("Not saved: %1").arg(store.lastError().message), true);
        return false;
    }
    m_saved = m_rule;
    m_rules->reload();
    checkCases(); // every save runs the rule's golden cases; a failure is shown, the save stands
    setStatus(m_casesPass ? tr("Saved") : tr("Saved; a golden case fails"), !m_casesPass);
    Q_EMIT edited();
    Q_EMIT saved();
    return true;
}

void RuleEditorController::revert()
{
    if (!m_loaded)
        return;
    m_rule = m_saved;
    changed(true, true);
    refreshSecrets();
}

namespace {
void describe(QStringList &lines, const CriteriaNode &node, int depth)
{
    const QString indent(depth * 4, u' ');
    if (node.type == CriteriaNode::Type::Condition) {
        lines.append(indent + QStringLiteral("• ") + RuleEngine::describe(node.condition));
        return;
    }
    const bool all = node.type == CriteriaNode::Type::All;
    if (node.children.isEmpty()) {
        lines.append(indent
                     + (all ? RuleEditorController::tr("always (an empty \"all of\")")
                            : RuleEditorController::tr("never (an empty \"any of\")")));
        return;
    }
    lines.append(indent + (all ? RuleEditorController::tr("all of:") : RuleEditorController::tr("any of:")));
    for (const CriteriaNode &child : node.children)
        describe(lines, child, depth + 1);
}
} // namespace

QString RuleEditorController::criteriaText() const
{
    if (!m_loaded)
        return {};
    QStringList lines;
    describe(lines, m_rule.criteria, 0);
    return tr("Fires on an AFTER_WORKLOAD_STATE_CHANGE event when %1").arg(lines.join(u'\n'));
}

QString RuleEditorController::documentJson() const
{
    return m_loaded ? QString::fromUtf8(RuleJson::write(m_rule)) : QString();
}

void RuleEditorController::changed(bool criteriaStructure, bool channelStructure)
{
    if (criteriaStructure)
        Q_EMIT criteriaChanged();
    if (channelStructure)
        Q_EMIT channelsChanged();
    revalidate();
    updatePreview();
    m_codeStale = true;
    Q_EMIT codeChanged();
    Q_EMIT edited();
}

void RuleEditorController::revalidate()
{
    m_errors = m_loaded ? RuleJson::validate(m_rule) : QStringList();
    ++m_validation;
    Q_EMIT validationChanged();
}

QString RuleEditorController::errorAt(const QString &jsonPath, bool own) const
{
    for (const QString &error : m_errors) {
        // "criteria.all[0].pattern: …" belongs to criteria.all[0]; "criteria.all[0]: …" too.
        // The rest of the path stays, so the user sees which field: "from.email: not an e-mail address".
        if (error.startsWith(jsonPath + u':'))
            return error.mid(jsonPath.size() + 1).trimmed();
        if (!own && (error.startsWith(jsonPath + u'.') || error.startsWith(jsonPath + u'[')))
            return error.mid(jsonPath.size() + (error.at(jsonPath.size()) == u'.' ? 1 : 0));
    }
    return {};
}

void RuleEditorController::updatePreview()
{
    if (!m_loaded || m_samples.isEmpty()) {
        m_previewTitle.clear();
        m_previewText.clear();
        m_previewVerdicts.clear();
        m_previewFires = false;
        Q_EMIT previewChanged();
        return;
    }
    const QJsonObject event = m_samples.value(m_sampleIndex).event;
    const EventView view(event);
    const TemplateRenderer::Context context { &m_rule, &view, m_previewTime, 0 };
    QString problem;
    TemplateRenderer::parse(m_rule.message.title, &problem);
    m_previewTitle = problem.isEmpty()
        ? TemplateRenderer::render(m_rule.message.title, context, TemplateRenderer::Escape::None)
        : QString();
    problem.clear();
    TemplateRenderer::parse(m_rule.message.text, &problem);
    m_previewText = problem.isEmpty()
        ? TemplateRenderer::render(m_rule.message.text, context, TemplateRenderer::Escape::None)
        : tr("(the template has an error: %1)").arg(problem);
    const Evaluation evaluation = RuleEngine::evaluate(m_rule, event);
    m_previewFires = evaluation.fired;
    m_previewVerdicts.clear();
    for (const ConditionVerdict &v : evaluation.conditions)
        m_previewVerdicts.append(QVariantMap { { QStringLiteral("text"), v.text },
                                               { QStringLiteral("passed"), v.passed },
                                               { QStringLiteral("value"), v.value },
                                               { QStringLiteral("path"), v.path } });
    Q_EMIT previewChanged();
}

QString RuleEditorController::generatedCode() const
{
    if (m_codeStale) {
        m_code = !m_loaded ? QString()
            : m_errors.isEmpty()
            ? QString::fromUtf8(WorkerGenerator::workerSource(m_rule))
            : tr("// The worker is generated once the rule is valid. First problem:\n// %1\n")
                  .arg(m_errors.constFirst());
        m_codeStale = false;
    }
    return m_code;
}

QStringList RuleEditorController::placeholders() const
{
    return TemplateRenderer::placeholders();
}
