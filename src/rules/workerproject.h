#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

// What every `jf worker` project Runtime Desk writes has in common, whatever the worker does: the
// manifest `jf worker init` would write (docs/jfrog-api.md 4.5), the files the platform's types and the
// local checks need, and writing a project into a directory. WorkerGenerator (a rule's alarm worker)
// and OwnerTrailWorker (the owner trail's collector) differ only in worker.ts and what they explain.
namespace WorkerProject {

// A file compiled into the binary (src/rules/CMakeLists.txt); a missing one is a build error.
QByteArray resource(const QString &path);
// Replaces each @NAME@ of `text` (only those in the text, in one pass) by its value.
QByteArray fill(const QByteArray &text, const QHash<QByteArray, QByteArray> &values);
// manifest.json for an AFTER_WORKLOAD_STATE_CHANGE worker, disabled, without secret values.
QByteArray manifest(const QString &workerKey, const QString &description);
// types.ts, package.json and tsconfig.json: the same in every project.
QMap<QString, QByteArray> commonFiles();
// Writes the files into `directory` (created when missing); false and a reason otherwise.
bool write(const QMap<QString, QByteArray> &files, const QString &directory, QString *error);

} // namespace WorkerProject
