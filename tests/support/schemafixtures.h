#pragma once

#include "database.h"
#include "imagetag.h"

#include <QList>
#include <QString>
#include <QVariantList>

// Databases in the layouts of earlier releases, written as those releases wrote them (DB-5): the
// committed fixtures in tests/data/schemas come from here (writeschemafixtures), and tests make
// larger ones at run time.
namespace SchemaFixtures {

// The tags the v1 cache fixture holds: the documented examples and a few written out by hand.
QList<ImageTag> v1Tags();
// Runs one statement with its values bound; false on failure.
bool execBound(Database &db, const QString &sql, const QVariantList &values);
// Writes one complete generation (id 1) in the cache v1 layout, as v1 of the app did; the caller
// opened `db` with Schema::cache().upTo(1).
bool writeV1Generation(Database &db, const QList<ImageTag> &tags);
// Hand-typed notes in the local v1 journal (subject "<image>:<tag>", action "note"), as v1 wrote them.
bool writeV1Notes(Database &db, int count);
// The notes writeV1Notes writes, as "subject|detail" lines, in order.
QStringList v1Notes(int count);

} // namespace SchemaFixtures
