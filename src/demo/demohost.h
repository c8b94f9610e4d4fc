#pragma once

#include "demoplatform.h"

#include <QObject>

class QThread;

// Runs a DemoPlatform in a thread of its own, so `runtime-desk --demo` can serve in-process
// without its UI thread doing the TLS and the JSON. start() and stop() block until the platform
// is listening, or gone. The platform's thread-safe parts (faults, requests, dataset accessors,
// url, token, CA) may be used from the owner's thread through platform().
class DemoHost : public QObject
{
    Q_OBJECT

public:
    explicit DemoHost(const DemoPlatform::Options &options, QObject *parent = nullptr);
    ~DemoHost() override; // stops the platform and joins its thread

    bool start(QString *error = nullptr);
    void stop();
    DemoPlatform *platform() const { return m_platform; }
    QUrl url() const { return m_platform ? m_platform->url() : QUrl(); }

private:
    DemoPlatform::Options m_options;
    QThread *m_thread = nullptr;
    DemoPlatform *m_platform = nullptr;
};
