#include "nodetools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace NodeTools {

QString sourceDir()
{
    return qEnvironmentVariable("RD_SOURCE_DIR", QStringLiteral(RD_SOURCE_DIR));
}

QString tscheckDir()
{
    return QDir(sourceDir()).filePath(QStringLiteral("tools/tscheck"));
}

QString node()
{
    const QString configured = qEnvironmentVariable("RD_NODE");
    return configured.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("node")) : configured;
}

QString missing()
{
    if (node().isEmpty() || !QFileInfo(node()).isExecutable())
        return QStringLiteral("node is not installed%1 (tools/setup-deps installs nodejs; or set RD_NODE)")
            .arg(node().isEmpty() ? QString() : QStringLiteral(" at ") + node());
    const QString tsc = QDir(tscheckDir()).filePath(QStringLiteral("node_modules/typescript/bin/tsc"));
    if (!QFileInfo::exists(tsc))
        return QStringLiteral("%1 is missing: run `npm ci --prefix tools/tscheck` (tools/run-tests does)")
            .arg(tsc);
    return {};
}

Run node(const QStringList &args, int timeoutMs)
{
    Run run;
    QProcess process;
    process.setWorkingDirectory(tscheckDir());
    QElapsedTimer timer;
    timer.start();
    process.start(node(), args);
    if (!process.waitForStarted()) {
        run.err = "cannot start " + node().toUtf8() + ": " + process.errorString().toUtf8();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "node did not finish in time: " + process.readAllStandardError();
        return run;
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run tsc(const QString &tsconfig)
{
    return node({ QDir(tscheckDir()).filePath(QStringLiteral("node_modules/typescript/bin/tsc")),
                  QStringLiteral("-p"), tsconfig });
}

} // namespace NodeTools
