#pragma once

#include "backtest.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// "Would have fired": the last backtest of a rule over the stored generations, one row per alarm
// it would have raised, with the totals and a one-line summary.
class BacktestModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("BacktestModel belongs to a HarnessController")
    Q_PROPERTY(int count READ rowCount NOTIFY resultChanged)
    Q_PROPERTY(bool ran READ ran NOTIFY resultChanged)
    Q_PROPERTY(QString ruleId READ ruleId NOTIFY resultChanged)
    Q_PROPERTY(QString ruleName READ ruleName NOTIFY resultChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    Q_PROPERTY(int generations READ generations NOTIFY resultChanged)
    Q_PROPERTY(int changedTags READ changedTags NOTIFY resultChanged)
    Q_PROPERTY(int events READ events NOTIFY resultChanged)
    Q_PROPERTY(int suppressed READ suppressed NOTIFY resultChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY resultChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY resultChanged)

public:
    enum Role {
        GenerationRole = Qt::UserRole + 1,
        AtRole, // when that sync finished, in the user's short format
        WorkloadRole,
        TagRole,
        ChangesRole,
        WhyRole, // the conditions that held
        ChannelsRole,
    };
    Q_ENUM(Role)

    explicit BacktestModel(QObject *parent = nullptr);

    void setResult(const BacktestResult &result, const QString &ruleId, const QString &ruleName);
    // A backtest that could not run, and why.
    void setError(const QString &error);

    bool ran() const { return m_ran; }
    QString ruleId() const { return m_ruleId; }
    QString ruleName() const { return m_ruleName; }
    QString error() const { return m_result.error; }
    int generations() const { return int(m_result.generations.size()); }
    int changedTags() const { return m_result.changedTags; }
    int events() const { return m_result.events; }
    int suppressed() const { return m_result.suppressed; }
    QString summary() const;
    QStringList notes() const { return m_result.notes; }
    const QList<BacktestAlarm> &alarms() const { return m_result.alarms; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void resultChanged();

private:
    BacktestResult m_result;
    QString m_ruleId;
    QString m_ruleName;
    bool m_ran = false;
};
