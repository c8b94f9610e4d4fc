#include "ownertrailworker.h"

#include "displaytext.h"
#include "workerproject.h"

QString OwnerTrailWorker::repositoryError(const QString &key)
{
    if (key.isEmpty() || key.size() > 64)
        return tr("the repository key must have 1 to 64 characters (it has %1)").arg(key.size());
    for (const QChar c : key) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_' || c == u'.';
        if (!allowed)
            return tr("the repository key %1 has %2; use letters, digits, '-', '_' and '.'")
                .arg(DisplayText::visible(key), DisplayText::visible(QString(c)));
    }
    if (key == u"." || key == u"..")
        return tr("the repository key cannot be '.' or '..'");
    return {};
}

QByteArray OwnerTrailWorker::workerSource(const QString &repository)
{
    // Only a valid key reaches the source: it sits in a quoted literal and in every path.
    Q_ASSERT(repositoryError(repository).isEmpty());
    return WorkerProject::fill(
        WorkerProject::resource(QStringLiteral(":/rules/collector-worker.ts")),
        { { "REPOSITORY", repository.toLatin1() }, { "VERSION", QByteArray::number(generatorVersion) } });
}

QByteArray OwnerTrailWorker::manifest(const QString &repository)
{
    return WorkerProject::manifest(
        workerKey,
        QStringLiteral("Runtime Desk owner trail: who deployed and built each running image, into %1")
            .arg(repository));
}

WorkerGenerator::Output OwnerTrailWorker::generate(const QString &repository)
{
    WorkerGenerator::Output output;
    const QString error = repositoryError(repository);
    if (!error.isEmpty()) {
        output.errors.append(error);
        return output;
    }
    output.files = WorkerProject::commonFiles();
    output.files.insert(QStringLiteral("worker.ts"), workerSource(repository));
    output.files.insert(QStringLiteral("manifest.json"), manifest(repository));
    output.files.insert(
        QStringLiteral("README.md"),
        WorkerProject::fill(WorkerProject::resource(QStringLiteral(":/rules/collector-readme.md")),
                            { { "REPOSITORY", repository.toLatin1() } }));
    return output;
}
