#pragma once

#include "person.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Typed SQL for the people directory (local v6, `people`): one row per name. Precedence is kept
// here, whoever writes: the user's own entry is never replaced by the platform's answer or by a
// failure to resolve, and a platform answer is never replaced by a later failure (what is known is
// kept; the failure is not recorded over it).
class PeopleStore
{
public:
    explicit PeopleStore(Database &db);

    // Writes `person` unless precedence keeps what is there. A person with a problem() is refused.
    // *kept (optional) tells whether the row now holds `person`.
    bool upsert(const Person &person, bool *kept = nullptr);
    // The user's own entries of an import, in one transaction: all of them or none.
    bool importYours(const QList<Person> &people);
    // Forgets a name (the next resolve asks the platform again).
    bool remove(const QString &name);

    std::optional<Person> person(const QString &name);
    QList<Person> all(); // by name
    QHash<QString, Person> directory(); // every resolved entry: yours and platform
    QHash<QString, Person> yours(); // the user's own entries only
    QStringList unresolvedNames(); // rows that record a failure, by name

private:
    QHash<QString, Person> byName(const QString &where); // the rows the WHERE clause selects
    Database &m_db;
};
