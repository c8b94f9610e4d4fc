#include "faultvfs.h"

#include <QByteArray>
#include <QFileInfo>
#include <QMutex>

#include <atomic>
#include <cstring>
#include <map>
#include <sqlite3.h>
#include <string>

namespace {

struct State
{
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs = {};
    QMutex mutex;
    std::string scope; // guarded by mutex
    std::map<std::string, qint64> sizes; // scoped files we have seen, guarded by mutex
    qint64 quota = -1; // guarded by mutex
    std::atomic<int> countdown { 0 };
    std::atomic<bool> sticky { false };
    std::atomic<bool> failing { false };
    std::atomic<int> operations { 0 };
    std::atomic<int> injected { 0 };
};

State &state()
{
    static State s;
    return s;
}

// Our file: the real one follows it in the same allocation (szOsFile is the sum of both).
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    bool scoped;
    std::string path;
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

// True when this operation on a scoped file is to fail.
bool shouldFail(sqlite3_file *f)
{
    auto *file = reinterpret_cast<File *>(f);
    if (!file->scoped)
        return false;
    State &s = state();
    ++s.operations;
    if (s.failing.load()) {
        ++s.injected;
        return true;
    }
    int n = s.countdown.load();
    while (n > 0) {
        if (s.countdown.compare_exchange_weak(n, n - 1)) {
            if (n == 1) {
                s.failing = s.sticky.load();
                ++s.injected;
                return true;
            }
            return false;
        }
    }
    return false;
}

int xClose(sqlite3_file *f)
{
    auto *file = reinterpret_cast<File *>(f);
    const int rc = file->real->pMethods ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
    file->path.~basic_string();
    return rc;
}

int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(f))
        return SQLITE_IOERR_READ;
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}

int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    auto *file = reinterpret_cast<File *>(f);
    if (shouldFail(f))
        return SQLITE_IOERR_WRITE;
    if (file->scoped) {
        State &s = state();
        QMutexLocker lock(&s.mutex);
        qint64 &size = s.sizes[file->path];
        const qint64 grown = std::max<qint64>(size, offset + amount);
        if (s.quota >= 0 && grown > size) {
            qint64 total = 0;
            for (const auto &[path, bytes] : s.sizes)
                total += bytes;
            if (total + (grown - size) > s.quota) {
                ++s.injected;
                return SQLITE_FULL;
            }
        }
        size = grown;
    }
    return file->real->pMethods->xWrite(file->real, buffer, amount, offset);
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    auto *file = reinterpret_cast<File *>(f);
    if (shouldFail(f))
        return SQLITE_IOERR_TRUNCATE;
    const int rc = file->real->pMethods->xTruncate(file->real, size);
    if (rc == SQLITE_OK && file->scoped) {
        QMutexLocker lock(&state().mutex);
        state().sizes[file->path] = size;
    }
    return rc;
}

int xSync(sqlite3_file *f, int flags)
{
    if (shouldFail(f))
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file *f, int lock)
{
    return realOf(f)->pMethods->xLock(realOf(f), lock);
}
int xUnlock(sqlite3_file *f, int lock)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), lock);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    // No memory-mapped reads: every page comes through xRead, where failures are injected.
    Q_UNUSED(f)
    Q_UNUSED(offset)
    Q_UNUSED(amount)
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    Q_UNUSED(f)
    Q_UNUSED(offset)
    Q_UNUSED(p)
    return SQLITE_OK;
}

const sqlite3_io_methods methods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int xOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    Q_UNUSED(vfs)
    State &s = state();
    auto *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(f) + sizeof(File));
    new (&file->path) std::string(name ? name : "");
    {
        QMutexLocker lock(&s.mutex);
        file->scoped = name && !s.scope.empty() && file->path.rfind(s.scope, 0) == 0;
    }
    file->base.pMethods = nullptr;
    const int rc = s.real->xOpen(s.real, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        file->path.~basic_string();
        return rc;
    }
    file->base.pMethods = &methods;
    if (file->scoped) {
        sqlite3_int64 size = 0;
        if (file->real->pMethods && file->real->pMethods->xFileSize(file->real, &size) == SQLITE_OK) {
            QMutexLocker lock(&s.mutex);
            s.sizes[file->path] = size;
        }
    }
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (name)
            s.sizes.erase(name);
    }
    return s.real->xDelete(s.real, name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return state().real->xAccess(state().real, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return state().real->xFullPathname(state().real, name, size, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return state().real->xDlOpen(state().real, name);
}
void xDlError(sqlite3_vfs *, int size, char *out)
{
    state().real->xDlError(state().real, size, out);
}
void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return state().real->xDlSym(state().real, handle, symbol);
}
void xDlClose(sqlite3_vfs *, void *handle)
{
    state().real->xDlClose(state().real, handle);
}
int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return state().real->xRandomness(state().real, size, out);
}
int xSleep(sqlite3_vfs *, int microseconds)
{
    return state().real->xSleep(state().real, microseconds);
}
int xCurrentTime(sqlite3_vfs *, double *out)
{
    return state().real->xCurrentTime(state().real, out);
}
int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    return state().real->xGetLastError(state().real, size, out);
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return state().real->xCurrentTimeInt64(state().real, out);
}

} // namespace

FaultVfs &FaultVfs::install()
{
    static FaultVfs instance;
    State &s = state();
    if (!s.real) {
        sqlite3_initialize();
        s.real = sqlite3_vfs_find(nullptr);
        s.vfs.iVersion = 2;
        s.vfs.szOsFile = int(sizeof(File)) + s.real->szOsFile;
        s.vfs.mxPathname = s.real->mxPathname;
        s.vfs.zName = "rd-fault";
        s.vfs.xOpen = xOpen;
        s.vfs.xDelete = xDelete;
        s.vfs.xAccess = xAccess;
        s.vfs.xFullPathname = xFullPathname;
        s.vfs.xDlOpen = xDlOpen;
        s.vfs.xDlError = xDlError;
        s.vfs.xDlSym = xDlSym;
        s.vfs.xDlClose = xDlClose;
        s.vfs.xRandomness = xRandomness;
        s.vfs.xSleep = xSleep;
        s.vfs.xCurrentTime = xCurrentTime;
        s.vfs.xGetLastError = xGetLastError;
        s.vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        sqlite3_vfs_register(&s.vfs, 1);
    }
    return instance;
}

void FaultVfs::setScope(const QString &directory)
{
    QMutexLocker lock(&state().mutex);
    // SQLite hands xOpen the path with symbolic links resolved.
    const QString canonical = QFileInfo(directory).canonicalFilePath();
    state().scope = canonical.isEmpty() ? std::string() : canonical.toStdString() + '/';
    state().sizes.clear();
}

void FaultVfs::failAfter(int n, bool sticky)
{
    State &s = state();
    s.failing = false;
    s.sticky = sticky;
    s.operations = 0;
    s.injected = 0;
    s.countdown = std::max(0, n);
}

void FaultVfs::setQuota(qint64 bytes)
{
    QMutexLocker lock(&state().mutex);
    state().quota = bytes;
}

void FaultVfs::reset()
{
    failAfter(0);
    setQuota(-1);
}

int FaultVfs::operations() const
{
    return state().operations.load();
}

int FaultVfs::injected() const
{
    return state().injected.load();
}

qint64 FaultVfs::scopedBytes() const
{
    QMutexLocker lock(&state().mutex);
    qint64 total = 0;
    for (const auto &[path, bytes] : state().sizes)
        total += bytes;
    return total;
}
