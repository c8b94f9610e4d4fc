#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs a child process to completion and reports its wall time and peak resident memory (from
// wait4's rusage), so a benchmark measures the real executable, not a harness around it.
struct ChildRun
{
    int exitCode = -1;
    double seconds = 0;
    double peakRssMb = 0;
    QByteArray out;
    QByteArray err;
};

ChildRun runChild(const QString &program, const QStringList &args, const QProcessEnvironment &env);

// A long-running child (the demo platform): started, read until `readyLine` appears, killed at the end.
class ServerChild
{
public:
    ServerChild(const QString &program, const QStringList &args);
    ~ServerChild();
    bool waitFor(const QByteArray &marker, int timeoutMs);
    QByteArray output() const { return m_output; }

private:
    int m_pid = -1;
    int m_stdout = -1;
    QByteArray m_output;
};
