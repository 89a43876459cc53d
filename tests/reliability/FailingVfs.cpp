#include "FailingVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <stdexcept>

namespace wingmate::test::reliability {

namespace {

std::atomic<int> g_failAt { 0 };
std::atomic<int> g_operations { 0 };
std::atomic<int> g_failures { 0 };
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;

// Our file: SQLite allocates szOsFile bytes for it; the real file follows.
struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f)->real; }

// True when this operation is to fail.
bool failNow()
{
    const int n = ++g_operations;
    const int at = g_failAt.load();
    if (at > 0 && n >= at) {
        ++g_failures;
        return true;
    }
    return false;
}

int xClose(sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); }
int xRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) { return real(f)->pMethods->xRead(real(f), buf, n, off); }
int xWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off)
{
    return failNow() ? SQLITE_FULL : real(f)->pMethods->xWrite(real(f), buf, n, off);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return failNow() ? SQLITE_IOERR_TRUNCATE : real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    return failNow() ? SQLITE_IOERR_FSYNC : real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
int xLock(sqlite3_file* f, int lock) { return real(f)->pMethods->xLock(real(f), lock); }
int xUnlock(sqlite3_file* f, int lock) { return real(f)->pMethods->xUnlock(real(f), lock); }
int xCheckReservedLock(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int xFileControl(sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int xSectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int xDeviceCharacteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void xShmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int xShmUnmap(sqlite3_file* f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
int xFetch(sqlite3_file* f, sqlite3_int64 off, int amount, void** out) { return real(f)->pMethods->xFetch(real(f), off, amount, out); }
int xUnfetch(sqlite3_file* f, sqlite3_int64 off, void* p) { return real(f)->pMethods->xUnfetch(real(f), off, p); }

// One table per method version the real VFS hands out; filled on first use.
sqlite3_io_methods g_methods[4];

const sqlite3_io_methods* methodsFor(const sqlite3_io_methods* realMethods)
{
    const int version = realMethods->iVersion;
    if (version < 1 || version > 3)
        throw std::logic_error("unexpected sqlite3_io_methods version");
    sqlite3_io_methods& m = g_methods[version];
    if (m.iVersion == 0) {
        m.iVersion = version;
        m.xClose = xClose;
        m.xRead = xRead;
        m.xWrite = xWrite;
        m.xTruncate = xTruncate;
        m.xSync = xSync;
        m.xFileSize = xFileSize;
        m.xLock = xLock;
        m.xUnlock = xUnlock;
        m.xCheckReservedLock = xCheckReservedLock;
        m.xFileControl = xFileControl;
        m.xSectorSize = xSectorSize;
        m.xDeviceCharacteristics = xDeviceCharacteristics;
        if (version >= 2) {
            m.xShmMap = xShmMap;
            m.xShmLock = xShmLock;
            m.xShmBarrier = xShmBarrier;
            m.xShmUnmap = xShmUnmap;
        }
        if (version >= 3) {
            m.xFetch = xFetch;
            m.xUnfetch = xUnfetch;
        }
    }
    return &m;
}

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->base.pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    if (shim->real->pMethods)
        shim->base.pMethods = methodsFor(shim->real->pMethods);
    return rc;
}

} // namespace

void FailingVfs::install()
{
    if (g_real)
        return;
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        throw std::logic_error("SQLite has no default VFS");
    g_vfs = *g_real;
    g_vfs.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_vfs.zName = "wingmate-failing";
    g_vfs.pNext = nullptr;
    g_vfs.xOpen = xOpen;
    if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK)
        throw std::logic_error("could not register the failing VFS");
}

void FailingVfs::failFrom(int failAt)
{
    g_failAt = failAt;
    g_operations = 0;
    g_failures = 0;
}

int FailingVfs::operations() { return g_operations; }
int FailingVfs::failures() { return g_failures; }

} // namespace wingmate::test::reliability
