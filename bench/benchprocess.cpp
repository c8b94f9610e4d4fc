#include "benchprocess.h"

#include <QElapsedTimer>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
std::vector<QByteArray> toArgv(const QString &program, const QStringList &args)
{
    std::vector<QByteArray> argv { program.toLocal8Bit() };
    for (const QString &a : args)
        argv.push_back(a.toLocal8Bit());
    return argv;
}

QByteArray drain(int fd)
{
    QByteArray data;
    char buffer[65536];
    ssize_t n;
    while ((n = read(fd, buffer, sizeof buffer)) > 0)
        data.append(buffer, n);
    return data;
}
} // namespace

ChildRun runChild(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    ChildRun run;
    int outPipe[2];
    int errPipe[2];
    if (pipe(outPipe) != 0 || pipe(errPipe) != 0)
        return run;
    std::vector<QByteArray> argv = toArgv(program, args);
    std::vector<QByteArray> envp;
    for (const QString &entry : env.toStringList())
        envp.push_back(entry.toLocal8Bit());
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(outPipe[1], 1);
        dup2(errPipe[1], 2);
        close(outPipe[0]);
        close(errPipe[0]);
        std::vector<char *> a;
        for (QByteArray &s : argv)
            a.push_back(s.data());
        a.push_back(nullptr);
        std::vector<char *> e;
        for (QByteArray &s : envp)
            e.push_back(s.data());
        e.push_back(nullptr);
        execve(a[0], a.data(), e.data());
        _exit(127);
    }
    close(outPipe[1]);
    close(errPipe[1]);
    // The child writes little; read stderr after stdout closes (both pipes are small).
    run.out = drain(outPipe[0]);
    run.err = drain(errPipe[0]);
    close(outPipe[0]);
    close(errPipe[0]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.peakRssMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    return run;
}

ServerChild::ServerChild(const QString &program, const QStringList &args)
{
    int outPipe[2];
    if (pipe(outPipe) != 0)
        return;
    std::vector<QByteArray> argv = toArgv(program, args);
    m_pid = fork();
    if (m_pid == 0) {
        dup2(outPipe[1], 1);
        close(outPipe[0]);
        std::vector<char *> a;
        for (QByteArray &s : argv)
            a.push_back(s.data());
        a.push_back(nullptr);
        execv(a[0], a.data());
        _exit(127);
    }
    close(outPipe[1]);
    m_stdout = outPipe[0];
}

ServerChild::~ServerChild()
{
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        waitpid(m_pid, nullptr, 0);
    }
    if (m_stdout >= 0)
        close(m_stdout);
}

bool ServerChild::waitFor(const QByteArray &marker, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!m_output.contains(marker) && clock.elapsed() < timeoutMs) {
        pollfd p { m_stdout, POLLIN, 0 };
        if (poll(&p, 1, 100) > 0) {
            char buffer[4096];
            const ssize_t n = read(m_stdout, buffer, sizeof buffer);
            if (n <= 0)
                return false;
            m_output.append(buffer, n);
        }
    }
    return m_output.contains(marker);
}
