#include "cliprocess.h"

#include "testenvironment.h"

#include <QProcess>

namespace CliProcess {

QProcessEnvironment environment(const QUrl &url, const QString &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JFROG_URL"), url.toString());
    env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), token);
    return env;
}

Result run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs, const QByteArray &input)
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(TestEnvironment::cliPath(), args);
    if (!process.waitForStarted(30000)) {
        result.crashed = true;
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    return result;
}

} // namespace CliProcess
