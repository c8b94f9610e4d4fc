#pragma once

#include <QString>

// A SQLite VFS over the platform's own that fails on command (docs/TESTING.md DB-2, DB-3, DB-5):
//  - the n-th I/O operation from now (read, write, sync, truncate) fails with SQLITE_IOERR_*,
//    once or every one after it ("sticky"), as SQLite's own I/O-error tests do;
//  - writes that would grow the files past a quota fail with SQLITE_FULL: a full disk.
// install() makes it the default VFS of the process, so every connection opened afterwards goes
// through it, QtSql's included (the QSQLITE driver and the tests share the system libsqlite3).
// Only files under scope() are affected and counted; everything else passes straight through.
// Thread-safe: the sync writes on a thread of its own.
class FaultVfs
{
public:
    static FaultVfs &install();

    // Files whose absolute path starts with this directory (empty: none).
    void setScope(const QString &directory);
    // The n-th I/O operation from now fails (n >= 1); 0 disarms. Counting restarts.
    void failAfter(int n, bool sticky = false);
    // Writes that would make the scoped files larger than `bytes` in total fail with SQLITE_FULL;
    // -1 lifts the quota.
    void setQuota(qint64 bytes);
    // Disarms everything and zeroes the counters.
    void reset();

    int operations() const; // I/O operations on scoped files since the last failAfter()/reset()
    int injected() const; // failures injected since then
    qint64 scopedBytes() const; // the size of the scoped files that are open or were written

private:
    FaultVfs() = default;
};
