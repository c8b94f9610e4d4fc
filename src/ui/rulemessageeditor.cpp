#include "rulemessageeditor.h"

#include "ruledraft.h"
#include "ruleproblems.h"
#include "templaterenderer.h"

RuleMessageEditor::RuleMessageEditor(RuleDraft &draft, const RuleProblems &problems, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_problems(problems)
{
    connect(&m_problems, &RuleProblems::changed, this, &RuleMessageEditor::errorsChanged);
}

QString RuleMessageEditor::title() const
{
    return m_draft.rule.message.title;
}

void RuleMessageEditor::setTitle(const QString &title)
{
    if (title == m_draft.rule.message.title)
        return;
    m_draft.rule.message.title = title;
    Q_EMIT changed();
    Q_EMIT edited();
}

QString RuleMessageEditor::text() const
{
    return m_draft.rule.message.text;
}

void RuleMessageEditor::setText(const QString &text)
{
    if (text == m_draft.rule.message.text)
        return;
    m_draft.rule.message.text = text;
    Q_EMIT changed();
    Q_EMIT edited();
}

int RuleMessageEditor::cooldownSeconds() const
{
    return int(m_draft.rule.cooldownSeconds);
}

void RuleMessageEditor::setCooldownSeconds(int seconds)
{
    if (seconds == m_draft.rule.cooldownSeconds)
        return;
    m_draft.rule.cooldownSeconds = seconds;
    Q_EMIT changed();
    Q_EMIT edited();
}

QString RuleMessageEditor::dedupeKey() const
{
    return m_draft.rule.dedupeKey;
}

void RuleMessageEditor::setDedupeKey(const QString &key)
{
    if (key == m_draft.rule.dedupeKey)
        return;
    m_draft.rule.dedupeKey = key;
    Q_EMIT changed();
    Q_EMIT edited();
}

QString RuleMessageEditor::titleError() const
{
    return m_problems.at(QStringLiteral("message.title"));
}

QString RuleMessageEditor::textError() const
{
    return m_problems.at(QStringLiteral("message.text"));
}

QString RuleMessageEditor::dedupeError() const
{
    return m_problems.at(QStringLiteral("dedupe_key"));
}

QStringList RuleMessageEditor::placeholders() const
{
    return TemplateRenderer::placeholders();
}
