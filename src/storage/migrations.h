#pragma once

#include <QStringList>

// The statements of each migration, one function per migration, never edited once released:
// a new schema is a new function appended to Schema::cache() or Schema::local().
namespace Migrations {
QStringList cacheInventory(); // cache v1
QStringList cacheTextSearch(); // cache v2
QStringList cacheCompactRows(); // cache v3
QStringList cacheImageList(); // cache v4
QStringList cacheRowIdentity(); // cache v5: rows keyed with architecture and digest; rows received
QStringList cacheOwnerTrail(); // cache v6: the owner trail's records and read cursors
QStringList localJournal(); // local v1
QStringList localRules(); // local v2
QStringList localFindings(); // local v3 (findings: triage, notes, outbox)
QStringList localAlarms(); // local v4: delivery log and golden cases
QStringList localSavedViews(); // local v5
QStringList localPeople(); // local v6: the people directory
QStringList localDrills(); // local v7: fire drills (schedules, runs, per-channel results)
} // namespace Migrations
