#pragma once

#include "person.h"

#include <QList>
#include <QStringList>

class Database;

// Everyone the People page and `people list` show: each Build Owner and Deployed By of the current
// generation (ImageStore::people) with their counts, joined with the people directory (PeopleStore);
// directory entries of names the inventory no longer has come last with no tags. A name the directory
// does not know is unresolved and was never asked.
namespace PeopleRoster {

struct Entry
{
    Person person;
    int tags = 0;
    int riskyTags = 0;
    bool seen = false; // a Build Owner or Deployed By of the current generation
};

// `cache` may be null (nothing synced yet). *ok is false when a database could not be read.
QList<Entry> build(Database &local, Database *cache, bool *ok = nullptr);
// The names to ask the platform: seen, and not resolved by any source.
QStringList toResolve(const QList<Entry> &entries);
QString neverAskedReason();

} // namespace PeopleRoster
