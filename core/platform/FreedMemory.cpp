#include "platform/FreedMemory.h"

#include <QtGlobal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sodium.h>
#include <vector>

#if defined(__GLIBC__)
#include <alloca.h>
#include <malloc.h>
#endif

namespace wingmate::platform {

namespace {

#if defined(__GLIBC__)
// Any byte but 0 (0 switches the filling off). Freed blocks get it, new ones
// its complement.
constexpr int PerturbByte = 0xa5;

// glibc's per-thread cache on 64-bit: 64 size classes 16 bytes apart, from
// 24 requested bytes (a 32-byte chunk) up; 7 blocks each unless tuned
// (glibc.malloc.tcache_count). Taking more per class than it can hold empties
// it whatever the tuning up to that number; the rest come from bins that the
// filling already covers.
constexpr std::size_t CacheClasses = 64;
constexpr std::size_t CacheSmallest = 24;
constexpr std::size_t CacheStep = 16;
constexpr std::size_t BlocksPerClass = 64;

void wipeThreadCache()
{
    std::vector<void*> blocks;
    blocks.reserve(CacheClasses * BlocksPerClass);
    for (std::size_t cls = 0; cls < CacheClasses; ++cls) {
        for (std::size_t n = 0; n < BlocksPerClass; ++n) {
            if (void* block = std::malloc(CacheSmallest + cls * CacheStep))
                blocks.push_back(block);
        }
    }
    for (void* block : blocks)
        sodium_memzero(block, malloc_usable_size(block));
    for (void* block : blocks)
        std::free(block);
}

// The lowest address of the main thread's stack when address lies in it,
// from /proc/self/maps; 0 otherwise (another thread's stack, or a sanitizer's
// stand-in frame).
std::uintptr_t mainStackStart(std::uintptr_t address)
{
    std::FILE* maps = std::fopen("/proc/self/maps", "re");
    if (!maps)
        return 0;
    std::uintptr_t found = 0;
    unsigned long long start = 0;
    unsigned long long end = 0;
    char line[4096];
    while (std::fgets(line, sizeof line, maps)) {
        if (std::sscanf(line, "%llx-%llx", &start, &end) == 2 && address >= start && address < end) {
            if (std::strstr(line, "[stack]"))
                found = static_cast<std::uintptr_t>(start);
            break;
        }
    }
    std::fclose(maps);
    return found;
}

// Room left below the wiped area for the calls that do the wiping and for a
// signal handler that might run meanwhile, and for this function's own frame
// above it.
constexpr std::uintptr_t StackMargin = 32 * 1024;
constexpr std::uintptr_t OwnFrame = 4 * 1024;

[[gnu::noinline]] void wipeUnusedStack()
{
    volatile char here = 0;
    const auto top = reinterpret_cast<std::uintptr_t>(&here);
    const std::uintptr_t bottom = mainStackStart(top);
    // Mapped from bottom to top: every page down there was touched once.
    if (bottom == 0 || top - bottom <= StackMargin + OwnFrame)
        return;
    const std::size_t size = top - bottom - StackMargin - OwnFrame;
    void* unused = alloca(size);
    sodium_memzero(unused, size);
}
#endif

} // namespace

bool wipeMemoryOnFree()
{
#if defined(__GLIBC__)
    return mallopt(M_PERTURB, PerturbByte) == 1;
#else
    return false;
#endif
}

void wipeThreadLeftovers()
{
#if defined(__GLIBC__)
    wipeThreadCache();
    wipeUnusedStack();
#endif
}

} // namespace wingmate::platform
