#pragma once

#include "conditionverdictmodel.h"
#include "inventory.h"
#include "sampleevents.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

struct RuleDraft;

// The edited rule on a chosen sample event: the message as it would be sent, and whether (and why)
// the rule fires. The samples are the built-in ones and, with an inventory, the riskiest cached tags.
class RulePreview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RulePreview belongs to a RuleEditorController")
    Q_PROPERTY(Inventory *inventory READ inventory WRITE setInventory NOTIFY samplesChanged)
    Q_PROPERTY(QStringList sampleTitles READ sampleTitles NOTIFY samplesChanged)
    Q_PROPERTY(int sampleIndex READ sampleIndex WRITE setSampleIndex NOTIFY changed)
    Q_PROPERTY(QString sampleTitle READ sampleTitle NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(bool fires READ fires NOTIFY changed)
    Q_PROPERTY(ConditionVerdictModel *verdicts READ verdicts CONSTANT)

public:
    explicit RulePreview(const RuleDraft &draft, QObject *parent = nullptr);

    Inventory *inventory() const { return m_inventory; }
    void setInventory(Inventory *inventory);
    QStringList sampleTitles() const;
    int sampleIndex() const { return m_sampleIndex; }
    void setSampleIndex(int index);
    QString sampleTitle() const { return m_samples.value(m_sampleIndex).title; }
    QString title() const { return m_title; }
    QString text() const { return m_text; }
    bool fires() const { return m_fires; }
    ConditionVerdictModel *verdicts() const { return m_verdicts; }

    // A newly loaded rule: its {{now}} is this moment.
    void restart();
    void update();

Q_SIGNALS:
    void samplesChanged();
    void changed();

private:
    void reloadSamples();

    const RuleDraft &m_draft;
    QPointer<Inventory> m_inventory;
    QList<SampleEvents::Sample> m_samples;
    int m_sampleIndex = 0;
    qint64 m_time = 0;
    QString m_title;
    QString m_text;
    bool m_fires = false;
    ConditionVerdictModel *m_verdicts;
};
