#pragma once

#include "filterexpression.h"
#include "imagefiltererror.h"
#include "imagesviewstate.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class Inventory;

// The Images filter: the text grammar and the chips (risks, clusters, namespaces, severity,
// "changed"). Typing is parsed at once (errors show while typing) and applied debounceMs after the
// last key; chips apply at once. It edits its part of the page's view state; the controller runs
// the query when it says edited().
class ImagesFilter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ImagesFilter belongs to an ImagesController")
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // The first error's message, or empty when the text parses.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(ImageFilterError firstError READ firstError NOTIFY errorChanged)
    // Typed but not applied yet (the pause after the last key has not passed).
    Q_PROPERTY(bool pending READ pending NOTIFY pendingChanged)
    // Anything narrows the list: applied text or a chip.
    Q_PROPERTY(bool filtered READ filtered NOTIFY chipsChanged)
    Q_PROPERTY(QStringList activeRisks READ activeRisks NOTIFY chipsChanged)
    Q_PROPERTY(QStringList selectedClusters READ selectedClusters NOTIFY chipsChanged)
    Q_PROPERTY(QStringList selectedNamespaces READ selectedNamespaces NOTIFY chipsChanged)
    Q_PROPERTY(QString minSeverity READ minSeverity WRITE setMinSeverity NOTIFY chipsChanged)
    Q_PROPERTY(bool changedOnly READ changedOnly WRITE setChangedOnly NOTIFY chipsChanged)
    Q_PROPERTY(QStringList clusterOptions READ clusterOptions NOTIFY optionsChanged)
    Q_PROPERTY(QStringList namespaceOptions READ namespaceOptions NOTIFY optionsChanged)

public:
    static constexpr int debounceMs = 150;

    ImagesFilter(ImagesViewState *state, QObject *parent = nullptr);

    // Where the cluster and namespace options come from.
    void setInventory(Inventory *inventory);
    // A new generation: the options are read again when asked for.
    void resetOptions();

    QString text() const { return m_state->filter; }
    void setText(const QString &text);
    QString error() const;
    ImageFilterError firstError() const;
    bool pending() const { return m_debounce.isActive(); }
    bool filtered() const;
    QStringList activeRisks() const { return RiskNames::canonicalList(m_state->risks); }
    QStringList selectedClusters() const { return m_state->clusters; }
    QStringList selectedNamespaces() const { return m_state->namespaces; }
    QString minSeverity() const;
    void setMinSeverity(const QString &severity);
    bool changedOnly() const { return m_state->changedOnly; }
    void setChangedOnly(bool on);
    QStringList clusterOptions();
    QStringList namespaceOptions();

    // The terms to query with: the text's when it parses, else the last ones that did (the list
    // keeps showing the last filter that made sense).
    const QList<FilterTerm> &termsToApply();
    // The whole view state was replaced (restored, a saved view): parse it and say so.
    void stateReplaced(bool textChanged);
    // The query ran: the chips and "filtered" may read differently.
    void refresh() { Q_EMIT chipsChanged(); }
    // Replaces the text and drops every chip ("show everything by this person").
    Q_INVOKABLE void showOnly(const QString &text);

    // Enter: applies the text without waiting, when it parses.
    Q_INVOKABLE void applyNow();
    // Clears the text and every chip.
    Q_INVOKABLE void clear() { showOnly(QString()); }
    Q_INVOKABLE void toggleRisk(const QString &risk);
    Q_INVOKABLE void toggleCluster(const QString &cluster);
    Q_INVOKABLE void toggleNamespace(const QString &name);

Q_SIGNALS:
    void textChanged();
    void errorChanged();
    void pendingChanged();
    void chipsChanged();
    void optionsChanged();
    // The filter changed: the controller runs the query.
    void edited();

private:
    void parse();

    ImagesViewState *m_state;
    QPointer<Inventory> m_inventory;
    FilterExpression m_expression;
    QList<FilterTerm> m_appliedTerms;
    QTimer m_debounce;
    std::optional<QStringList> m_clusterOptions;
    std::optional<QStringList> m_namespaceOptions;
};
