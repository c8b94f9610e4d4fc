#pragma once

#include "person.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A file of the user's own people directory entries: CSV with the header row
// `name,email,slack_id,team` (RFC 4180 quoting, any column order, other columns refused), or JSON,
// an array of objects with those keys. Every entry is checked (Person::problem()); the first bad
// line or entry makes the whole file fail with where and why, so an import keeps all or nothing.
namespace PeopleFile {

enum class Format { Csv, Json };

struct Parsed
{
    QList<Person> people; // source Yours, in file order; a name given twice keeps the last
    QString error; // "line 4: …" or "entry 3: …"; empty when the file is good
    bool ok() const { return error.isEmpty(); }
};

// The format by the file's name (.json, else CSV) or, without an extension, by its first character.
Format formatOf(const QString &fileName, const QByteArray &bytes);
Parsed parse(const QByteArray &bytes, Format format);

constexpr qsizetype maxBytes = 16 * 1024 * 1024;
constexpr int maxEntries = 100000;

} // namespace PeopleFile
