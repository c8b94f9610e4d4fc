#include "rulepreview.h"

#include "eventview.h"
#include "inventory.h"
#include "ruledraft.h"
#include "ruleengine.h"
#include "templaterenderer.h"

#include <QCoreApplication>
#include <QDateTime>

// The samples' titles and the template error keep the rule editor's translation context.

RulePreview::RulePreview(const RuleDraft &draft, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_verdicts(new ConditionVerdictModel(this))
{
    reloadSamples();
}

void RulePreview::setInventory(Inventory *inventory)
{
    if (m_inventory == inventory)
        return;
    if (m_inventory)
        disconnect(m_inventory, nullptr, this, nullptr);
    m_inventory = inventory;
    if (m_inventory)
        connect(m_inventory, &Inventory::changed, this, &RulePreview::reloadSamples);
    reloadSamples();
}

void RulePreview::reloadSamples()
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
            m_samples.append({ QCoreApplication::translate("RuleEditorController", "Cached: %1 in %2")
                                   .arg(tag.reference(), tag.workloads.constFirst().name),
                               SampleEvents::fromTag(tag) });
        }
    }
    if (m_sampleIndex >= m_samples.size())
        m_sampleIndex = 0;
    Q_EMIT samplesChanged();
    update();
}

QStringList RulePreview::sampleTitles() const
{
    QStringList titles;
    for (const SampleEvents::Sample &sample : m_samples)
        titles.append(sample.title);
    return titles;
}

void RulePreview::setSampleIndex(int index)
{
    if (index == m_sampleIndex || index < 0 || index >= m_samples.size())
        return;
    m_sampleIndex = index;
    update();
}

void RulePreview::restart()
{
    m_time = QDateTime::currentSecsSinceEpoch();
}

void RulePreview::update()
{
    if (!m_draft.loaded || m_samples.isEmpty()) {
        m_title.clear();
        m_text.clear();
        m_fires = false;
        m_verdicts->setVerdicts({});
        Q_EMIT changed();
        return;
    }
    const Rule &rule = m_draft.rule;
    const QJsonObject event = m_samples.value(m_sampleIndex).event;
    const EventView view(event);
    const TemplateRenderer::Context context { &rule, &view, m_time, 0 };
    QString problem;
    TemplateRenderer::parse(rule.message.title, &problem);
    m_title = problem.isEmpty()
        ? TemplateRenderer::render(rule.message.title, context, TemplateRenderer::Escape::None)
        : QString();
    problem.clear();
    TemplateRenderer::parse(rule.message.text, &problem);
    m_text = problem.isEmpty()
        ? TemplateRenderer::render(rule.message.text, context, TemplateRenderer::Escape::None)
        : QCoreApplication::translate("RuleEditorController", "(the template has an error: %1)").arg(problem);
    const Evaluation evaluation = RuleEngine::evaluate(rule, event);
    m_fires = evaluation.fired;
    m_verdicts->setVerdicts(evaluation.conditions);
    Q_EMIT changed();
}
