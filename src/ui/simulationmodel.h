#pragma once

#include "callstatus.h"
#include "simulation.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

class ConditionVerdictModel;
class PlannedCallModel;

// The harness's dry run, one row per rule: fires or stays quiet, its conditions (a
// ConditionVerdictModel) and its planned calls with their delivery status (a PlannedCallModel).
// It keeps the SimulationResult with its unmasked requests for C++ (the Dispatcher needs them);
// no role carries one.
class SimulationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SimulationModel belongs to a HarnessController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool simulated READ simulated NOTIFY resultChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY resultChanged)
    Q_PROPERTY(int plannedCalls READ plannedCalls NOTIFY resultChanged) // of every rule that fires
    Q_PROPERTY(QString eventSummary READ eventSummary NOTIFY resultChanged) // the event simulated
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY resultChanged)

public:
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        NameRole,
        StateRole, // draft, deployed, enabled, out_of_date, or unsaved
        FiredRole,
        ConditionsRole, // ConditionVerdictModel
        ProblemsRole, // channels that would be skipped, and why
        CallsRole, // PlannedCallModel
    };
    Q_ENUM(Role)

    explicit SimulationModel(QObject *parent = nullptr);

    void setResult(const SimulationResult &result, const QString &summary, const QString &eventSummary,
                   const QStringList &warnings);
    const std::optional<SimulationResult> &result() const { return m_result; }
    // Statuses are per call of a rule, in the order of the rule's requests.
    void setCallStatus(int rule, int call, const CallStatus &status);
    // The delivery's result next to its call (as `simulate --send` keeps it) and as its status.
    void setCallResult(int rule, int call, const DeliveryResult &result);
    CallStatus callStatus(int rule, int call) const;
    ConditionVerdictModel *conditions(int rule) const { return m_conditions.value(rule); }
    PlannedCallModel *calls(int rule) const { return m_calls.value(rule); }

    bool simulated() const { return m_result.has_value(); }
    QString summary() const { return m_summary; }
    int plannedCalls() const { return m_result ? m_result->callCount() : 0; }
    QString eventSummary() const { return m_eventSummary; }
    QStringList warnings() const { return m_warnings; }

    Q_INVOKABLE int indexOf(const QString &ruleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void resultChanged();

private:
    std::optional<SimulationResult> m_result;
    QString m_summary;
    QString m_eventSummary;
    QStringList m_warnings;
    QList<ConditionVerdictModel *> m_conditions;
    QList<PlannedCallModel *> m_calls;
};
