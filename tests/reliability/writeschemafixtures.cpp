// Writes the fixtures of earlier schemas into tests/data/schemas (DB-5), as those releases wrote
// them: cache-v2.sqlite (cache-v1.sqlite migrated to v2) and local-v1.sqlite (notes in the v1
// journal). cache-v1.sqlite comes from tst_database (writeFixtures). Run only for a schema that
// was released:  build/tests/reliability/writeschemafixtures tests/data/schemas
#include "schema.h"
#include "schemafixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtEndian>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "writeschemafixtures: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return fail(QStringLiteral("usage: writeschemafixtures DIRECTORY"));
    const QDir dir(QString::fromLocal8Bit(argv[1]));

    const QString cacheV2 = dir.filePath(QStringLiteral("cache-v2.sqlite"));
    QFile::remove(cacheV2);
    if (!QFile::copy(dir.filePath(QStringLiteral("cache-v1.sqlite")), cacheV2))
        return fail(QStringLiteral("cannot copy cache-v1.sqlite"));
    QFile::setPermissions(cacheV2, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        Database::Options options;
        options.onCorruption = Database::OnCorruption::Refuse;
        Database::OpenResult opened = Database::open(cacheV2, Schema::cache().upTo(2), options);
        if (!opened.database || opened.database->schemaVersion() != 2
            || !opened.database->exec(QStringLiteral("VACUUM")))
            return fail(QStringLiteral("cache v2: %1").arg(opened.error.message));
    }

    const QString localV1 = dir.filePath(QStringLiteral("local-v1.sqlite"));
    QFile::remove(localV1);
    {
        Database::Options options;
        options.durability = Database::Durability::Full;
        Database::OpenResult opened = Database::open(localV1, Schema::local().upTo(1), options);
        if (!opened.database || !SchemaFixtures::writeV1Notes(*opened.database, 12)
            || !opened.database->exec(QStringLiteral("VACUUM")))
            return fail(QStringLiteral("local v1: %1").arg(opened.error.message));
    }
    for (const QString &file : { cacheV2, localV1 }) {
        if (QFile::exists(file + QStringLiteral("-wal")))
            return fail(file + QStringLiteral("-wal is left over"));
    }
    std::printf("wrote %s and %s\n", qPrintable(cacheV2), qPrintable(localV1));
    return 0;
}
