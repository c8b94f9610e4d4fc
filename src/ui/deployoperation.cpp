#include "deployoperation.h"

DeployOperation::DeployOperation(QObject *parent)
    : QObject(parent)
    , m_steps(new DeployStepModel(this))
{ }

void DeployOperation::start(const QString &ruleId, const QString &title)
{
    m_ruleId = ruleId;
    m_title = title;
    m_running = true;
    m_ok = false;
    m_message.clear();
    m_steps->setSteps({});
    Q_EMIT changed();
}

void DeployOperation::update(const WorkerDeployJob &job)
{
    m_steps->setSteps(job.steps());
    m_running = job.isRunning();
    m_ok = job.result().ok;
    m_message = job.result().message;
    Q_EMIT changed();
}
