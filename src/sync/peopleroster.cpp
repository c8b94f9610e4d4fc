#include "peopleroster.h"

#include "generationstore.h"
#include "imagestore.h"
#include "peoplestore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace PeopleRoster {

QString neverAskedReason()
{
    return QCoreApplication::translate("PeopleRoster", "not asked yet: Resolve asks the platform");
}

QList<Entry> build(Database &local, Database *cache, bool *ok)
{
    bool fine = true;
    QList<PersonTally> seen;
    if (cache) {
        bool failed = false;
        if (const auto generation = GenerationStore(*cache).current(&failed))
            seen = ImageStore(*cache).people(generation->id, &fine);
        fine = fine && !failed;
    }
    QHash<QString, Person> known;
    for (const Person &p : PeopleStore(local).all())
        known.insert(p.name, p);
    QList<Entry> entries;
    entries.reserve(seen.size());
    for (const PersonTally &tally : std::as_const(seen)) {
        Entry e;
        e.seen = true;
        e.tags = tally.tags;
        e.riskyTags = tally.riskyTags;
        if (const auto it = known.constFind(tally.name); it != known.constEnd()) {
            e.person = *it;
            known.erase(it);
        } else {
            e.person.name = tally.name;
            e.person.reason = neverAskedReason();
        }
        entries.append(e);
    }
    QList<Entry> rest;
    for (const Person &p : std::as_const(known))
        rest.append(Entry { p, 0, 0, false });
    std::sort(rest.begin(), rest.end(),
              [](const Entry &a, const Entry &b) { return a.person.name < b.person.name; });
    entries += rest;
    if (ok)
        *ok = fine;
    return entries;
}

QStringList toResolve(const QList<Entry> &entries)
{
    QStringList names;
    for (const Entry &e : entries) {
        if (e.seen && !e.person.isResolved())
            names.append(e.person.name);
    }
    return names;
}

} // namespace PeopleRoster
