#include "demohost.h"

#include <QThread>

DemoHost::DemoHost(const DemoPlatform::Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

DemoHost::~DemoHost()
{
    stop();
}

bool DemoHost::start(QString *error)
{
    if (m_platform)
        return true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("demo-platform"));
    m_thread->start();
    m_platform = new DemoPlatform(m_options);
    m_platform->moveToThread(m_thread);
    bool started = false;
    QString reason;
    // Everything the platform creates (server, sockets, timers) is born in its own thread.
    QMetaObject::invokeMethod(
        m_platform, [this, &started, &reason] { started = m_platform->start(&reason); },
        Qt::BlockingQueuedConnection);
    if (!started) {
        if (error)
            *error = reason;
        stop();
    }
    return started;
}

void DemoHost::stop()
{
    if (!m_thread)
        return;
    if (m_platform) {
        DemoPlatform *platform = m_platform;
        m_platform = nullptr;
        QMetaObject::invokeMethod(
            platform, [platform] { delete platform; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}
