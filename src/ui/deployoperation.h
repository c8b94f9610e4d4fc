#pragma once

#include "deploystepmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The last deploy, enable, disable or remove operation of RulesController (one runs at a time):
// which rule, what it is, whether it runs or how it ended, and its steps. Empty before the first.
class DeployOperation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DeployOperation belongs to RulesController")
    Q_PROPERTY(QString ruleId READ ruleId NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(bool ok READ ok NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed) // one line for the user
    Q_PROPERTY(DeployStepModel *steps READ steps CONSTANT)

public:
    explicit DeployOperation(QObject *parent = nullptr);

    QString ruleId() const { return m_ruleId; }
    QString title() const { return m_title; }
    bool running() const { return m_running; }
    bool ok() const { return m_ok; }
    QString message() const { return m_message; }
    DeployStepModel *steps() const { return m_steps; }

    void start(const QString &ruleId, const QString &title);
    void update(const WorkerDeployJob &job);

Q_SIGNALS:
    void changed();

private:
    QString m_ruleId;
    QString m_title;
    bool m_running = false;
    bool m_ok = false;
    QString m_message;
    DeployStepModel *m_steps;
};
