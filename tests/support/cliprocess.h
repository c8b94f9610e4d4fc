#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

// The built runtime-desk-cli (RD_CLI) as a child process: what the reliability tests kill, starve
// and scan.
namespace CliProcess {

struct Result
{
    int exitCode = -1;
    bool crashed = false; // killed by a signal, or did not finish in time
    QByteArray out;
    QByteArray err;
};

// This process's environment with the platform of `url` and `token` (JFROG_URL, JFROG_ACCESS_TOKEN).
QProcessEnvironment environment(const QUrl &url, const QString &token);
Result run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120000,
           const QByteArray &input = {});

} // namespace CliProcess
