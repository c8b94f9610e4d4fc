#pragma once

#include "platformtestrun.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// "Run on the platform": the deployed worker run on the harness's event, where the run stands, its
// logs and result, and one row per entry of the worker's execution history (test runs included).
class PlatformRunModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PlatformRunModel belongs to a HarnessController")
    Q_PROPERTY(int count READ rowCount NOTIFY runChanged)
    Q_PROPERTY(bool running READ running NOTIFY runChanged)
    Q_PROPERTY(QString step READ step NOTIFY runChanged) // lookup, test, history; empty when idle
    Q_PROPERTY(QString ruleId READ ruleId NOTIFY runChanged)
    Q_PROPERTY(QString workerKey READ workerKey NOTIFY runChanged)
    Q_PROPERTY(QString event READ event NOTIFY runChanged) // the event's summary
    Q_PROPERTY(bool ran READ ran NOTIFY runChanged)
    Q_PROPERTY(bool ok READ ok NOTIFY runChanged)
    Q_PROPERTY(QString message READ message NOTIFY runChanged)
    Q_PROPERTY(QString status READ status NOTIFY runChanged) // the execution status
    Q_PROPERTY(QString logs READ logs NOTIFY runChanged)
    Q_PROPERTY(QString result READ result NOTIFY runChanged) // the result JSON, indented
    Q_PROPERTY(int testRuns READ testRuns NOTIFY runChanged) // in the history
    Q_PROPERTY(QString historyError READ historyError NOTIFY runChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        StatusRole,
        TestRunRole,
        AtRole, // its start, in the user's short format
        DurationRole, // ms
        TriggeredByRole,
        VersionRole,
        MessageRole, // the result's message
        LogsRole,
    };
    Q_ENUM(Role)

    explicit PlatformRunModel(QObject *parent = nullptr);

    // A new run of `workerKey` for `ruleId`; a refusal ends it at once with the reason.
    void begin(const QString &ruleId, const QString &workerKey, const QString &event, const QString &refusal);
    void setStep(bool running, const QString &step);
    void finish(const PlatformTestRun::Result &result);

    bool running() const { return m_running; }
    QString step() const { return m_step; }
    QString ruleId() const { return m_ruleId; }
    QString workerKey() const { return m_workerKey; }
    QString event() const { return m_event; }
    bool ran() const { return m_ran; }
    bool ok() const { return m_result.ok; }
    QString message() const { return m_message; }
    QString status() const { return m_result.test.executionStatus; }
    QString logs() const { return m_result.test.logs; }
    QString result() const;
    int testRuns() const;
    QString historyError() const { return m_result.historyError; }
    const QList<WorkerHistoryEntry> &history() const { return m_result.history; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void runChanged();

private:
    PlatformTestRun::Result m_result;
    QString m_ruleId;
    QString m_workerKey;
    QString m_event;
    QString m_step;
    QString m_message;
    bool m_running = false;
    bool m_ran = false;
};
