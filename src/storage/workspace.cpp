#include "workspace.h"

#include "schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

Workspace Workspace::fromLocalPath(const QString &localPath)
{
    const QFileInfo info(localPath);
    QString base = info.fileName();
    if (base.endsWith(QLatin1StringView(".sqlite")))
        base.chop(7);
    else if (base.endsWith(QLatin1StringView(".db")))
        base.chop(3);
    return { info.absoluteFilePath(), info.absoluteDir().filePath(base + QStringLiteral(".cache.sqlite")) };
}

Workspace Workspace::standard(const QString &name)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return fromLocalPath(QDir(dir).filePath(name + QStringLiteral(".sqlite")));
}

Database::OpenResult Workspace::openLocal() const
{
    Database::Options options;
    options.durability = Database::Durability::Full;
    return Database::open(localPath, Schema::local(), options);
}

Database::OpenResult Workspace::openCache() const
{
    Database::Options options;
    options.onCorruption = Database::OnCorruption::Rebuild;
    return Database::open(cachePath, Schema::cache(), options);
}
