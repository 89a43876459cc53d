#pragma once

// A VFS registered as SQLite's default over the unix VFS it wraps, so every
// database this process opens goes through it. It counts the operations that
// change a file (xWrite, xSync, xTruncate) and, once armed, makes the Nth of
// them and every one after it fail, as a full or failing disk would:
// writes with SQLITE_FULL, syncs with SQLITE_IOERR_FSYNC, truncations with
// SQLITE_IOERR_TRUNCATE. Reads are never touched.
namespace wingmate::test::reliability {

class FailingVfs {
public:
    // Installs the VFS as the default (once per process).
    static void install();

    // Counts from zero; the failAt-th write, sync or truncation and every
    // later one fail. 0 disarms (nothing fails).
    static void failFrom(int failAt);
    static void disarm() { failFrom(0); }
    // Writes, syncs and truncations since the last failFrom()/disarm().
    static int operations();
    // How many of them failed.
    static int failures();
};

} // namespace wingmate::test::reliability
