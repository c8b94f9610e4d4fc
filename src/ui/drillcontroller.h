#pragma once

#include "drillreportmodel.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

class ApiClient;
class Database;
class Dispatcher;
class DrillRunner;
class RulesController;
class SecretStore;

// Fire drills in the app: the shown rule's drill schedule (off, daily, weekly), "Run drill now" with
// its progress, the last drill's per-channel report, and which rules' last drill failed (the rules
// list's badge and the window's status). Scheduled drills are run by `runtime-desk-cli drill run
// --due` from cron or a systemd timer; the app shows what they found.
class DrillController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DrillController is created by the application")
    Q_PROPERTY(QString ruleId READ ruleId WRITE setRuleId NOTIFY ruleChanged)
    Q_PROPERTY(QString schedule READ schedule WRITE setSchedule NOTIFY ruleChanged) // off, daily, weekly
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QString runningRuleId READ runningRuleId NOTIFY runningChanged)
    Q_PROPERTY(QString progress READ progress NOTIFY runningChanged)
    Q_PROPERTY(bool hasReport READ hasReport NOTIFY reportChanged)
    Q_PROPERTY(QString lastRunText READ lastRunText NOTIFY reportChanged)
    Q_PROPERTY(bool lastFailed READ lastFailed NOTIFY reportChanged)
    Q_PROPERTY(DrillReportModel *report READ report CONSTANT)
    Q_PROPERTY(int failedRuleCount READ failedRuleCount NOTIFY failuresChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY failuresChanged) // for the window's top bar
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    DrillController(Database *local, Dispatcher *dispatcher, SecretStore *secrets, ApiClient *client,
                    RulesController *rules, QObject *parent = nullptr);
    ~DrillController() override;

    QString ruleId() const { return m_ruleId; }
    void setRuleId(const QString &ruleId);
    QString schedule() const { return m_schedule; }
    void setSchedule(const QString &schedule);
    bool running() const;
    QString runningRuleId() const;
    QString progress() const;
    bool hasReport() const { return m_hasReport; }
    QString lastRunText() const { return m_lastRunText; }
    bool lastFailed() const { return m_lastFailed; }
    DrillReportModel *report() { return &m_report; }
    int failedRuleCount() const { return int(m_failed.size()); }
    QString statusText() const { return m_statusText; }
    QString message() const { return m_message; }
    QSet<QString> failedRuleIds() const { return m_failed; }

    // Drills the shown rule now; its progress in `progress`, the report when it ends.
    Q_INVOKABLE void runNow();
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void ruleChanged();
    void runningChanged();
    void reportChanged();
    void failuresChanged();
    void messageChanged();
    void drillFinished(bool ok);

private:
    void loadRule();
    void loadFailures();
    void setMessage(const QString &message);

    Database *m_db = nullptr;
    QPointer<RulesController> m_rules;
    DrillRunner *m_runner = nullptr;
    DrillReportModel m_report;
    QString m_ruleId;
    QString m_schedule = QStringLiteral("off");
    bool m_hasReport = false;
    QString m_lastRunText;
    bool m_lastFailed = false;
    QSet<QString> m_failed;
    QString m_statusText;
    QString m_message;
};
