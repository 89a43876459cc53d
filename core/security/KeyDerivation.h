#pragma once

#include "security/SecureBytes.h"

#include <QString>

#include <cstdint>

namespace wingmate {

// Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13) cost parameters, stored
// in every key slot so a slot made on one machine opens on another.
struct KdfParams {
    // The most passes a slot may ask for (calibration stops there).
    static constexpr std::uint64_t MaxOpsLimit = 64;
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; // bytes

    // libsodium's minimum: for tests only, so the suite stays fast.
    static KdfParams minimum();
    // Measures this machine and picks parameters so one derivation takes
    // about 0.5-1 s (starting at 256 MiB of memory, raising the passes).
    static KdfParams calibrated();
    // Runs the measurement behind calibrated() again.
    static KdfParams measure();
    // calibrated(), or minimum() where a test build allowed it.
    static KdfParams forNewSlots();

    // Test builds only: the test binaries, and the test copies of the two
    // programs when WINGMATE_INSECURE_FAST_KDF=1 is set (the programs that
    // are installed have no such switch), allow slots below the interactive
    // minimum so the suite stays fast. Nothing else ever calls this.
    static void allowTestCost(bool allowed);
    static bool testCostAllowed();

    bool isValid() const;
    // Cheaper than libsodium's interactive minimum (2 passes, 64 MiB): fine
    // for a test, far too cheap to guess against for a real password. New
    // slots this weak are refused outside tests; verify lists any it finds.
    bool isWeak() const;
    bool operator==(const KdfParams&) const = default;
};

// Turns a password or recovery code into the bytes fed to Argon2id: Unicode
// NFC normalisation (so the same password typed on another keyboard layout
// matches), then UTF-8, kept in locked memory.
SecureBytes secretFromText(const QString& text);

// Derives a 32-byte key-encryption key; empty on failure (out of memory).
SecureBytes deriveKey(const SecureBytes& secret, const QByteArray& salt, const KdfParams& params);

} // namespace wingmate
