#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtTest>

namespace TestEnvironment {

void init()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        static QTemporaryDir runtimeDir;
        QFile::setPermissions(runtimeDir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toUtf8());
    }
}

QString dataPath(const QString &relative)
{
    const QString root = qEnvironmentVariable("RD_TEST_DATA", QStringLiteral(RD_TEST_DATA_DIR));
    return QDir(root).filePath(relative);
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data: %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString cliPath()
{
    return qEnvironmentVariable("RD_CLI");
}

QString appPath()
{
    return qEnvironmentVariable("RD_APP");
}

} // namespace TestEnvironment
