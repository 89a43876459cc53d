#pragma once

namespace wingmate::platform {

// Memory the program frees is overwritten, so a record that a window, a
// model or SQLite's page cache held does not stay readable in the process
// once the vault is locked and they are gone.

// Has the C library fill every block as it is freed (glibc: mallopt
// M_PERTURB). Called once at start, before any record is read. Returns false
// where the allocator offers no such switch (the other steps still work).
bool wipeMemoryOnFree();

// What the switch above does not reach, for the calling thread: glibc keeps
// the last few small blocks each thread freed in a per-thread cache without
// filling them, and the stack below the caller keeps what earlier, deeper
// calls left there. Takes every block out of that cache, wipes it and gives
// it back, then wipes the unused stack. Call from a shallow point (the event
// loop) once the objects holding records have been deleted.
void wipeThreadLeftovers();

} // namespace wingmate::platform
