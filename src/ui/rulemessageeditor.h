#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

struct RuleDraft;
class RuleProblems;

// What the edited rule sends and how often: the message template (title and text with
// {{placeholders}}) and the noise control (cooldown, dedupe key), each with its problem.
class RuleMessageEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RuleMessageEditor belongs to a RuleEditorController")
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY changed)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed)
    Q_PROPERTY(int cooldownSeconds READ cooldownSeconds WRITE setCooldownSeconds NOTIFY changed)
    Q_PROPERTY(QString dedupeKey READ dedupeKey WRITE setDedupeKey NOTIFY changed)
    Q_PROPERTY(QString titleError READ titleError NOTIFY errorsChanged)
    Q_PROPERTY(QString textError READ textError NOTIFY errorsChanged)
    Q_PROPERTY(QString dedupeError READ dedupeError NOTIFY errorsChanged)
    Q_PROPERTY(QStringList placeholders READ placeholders CONSTANT)

public:
    RuleMessageEditor(RuleDraft &draft, const RuleProblems &problems, QObject *parent = nullptr);

    QString title() const;
    void setTitle(const QString &title);
    QString text() const;
    void setText(const QString &text);
    int cooldownSeconds() const;
    void setCooldownSeconds(int seconds);
    QString dedupeKey() const;
    void setDedupeKey(const QString &key);
    QString titleError() const;
    QString textError() const;
    QString dedupeError() const;
    QStringList placeholders() const;

    // After the draft was replaced (load, revert, delete).
    void reload() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
    void errorsChanged();
    void edited();

private:
    RuleDraft &m_draft;
    const RuleProblems &m_problems;
};
