#pragma once

#include "findingstore.h"
#include "imagetag.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// "Export evidence": one folder per finding, <DIR>/<image>-<tag>-<short digest>/, with
//   evidence.md           what a person reads: people, digests (integrity runtime vs expected),
//                         risks, vulnerabilities, workloads, triage, notes, ticket, journal
//   evidence.json         TagJson::describe + triage + notes + journal (format runtime-desk.evidence v1)
//   vulnerabilities.csv   one row per CVE, spreadsheet-safe
//   workloads.csv         name, namespace, cluster
//   SHA256SUMS            `sha256sum -c` format over the four files
// Written into a temporary folder beside the target and renamed into place (never half a pack),
// the folder 0700 and the files 0600. Names come from server strings, so they are sanitised.
// Credentials are never part of it: nothing here has access to them.
namespace EvidencePack {

struct Input
{
    ImageTag tag;
    bool changedSinceLastSync = false;
    Finding finding;
    QList<FindingNote> notes;
    QList<JournalEntry> journal;
    QDateTime asOf; // when the inventory was synced
    QString source; // the platform origin
};

struct Result
{
    QString path; // the folder written
    QString error; // empty on success
    QStringList files;
};

// A safe folder name for the tag: [A-Za-z0-9._-] only, never starting with a dot.
QString folderName(const ImageTag &tag);
Result write(const QString &parentDirectory, const Input &input, const QDateTime &now);
// Checks every line of <folder>/SHA256SUMS against the files; false with the first mismatch.
bool verify(const QString &folder, QString *error);

} // namespace EvidencePack
