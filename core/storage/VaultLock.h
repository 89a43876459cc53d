#pragma once

#include "Status.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace wingmate {

// Keeps one program at a time in a vault. QLockFile writes the holder's
// process id, host and program name; a lock left by a crashed process on this
// machine is recognised as stale and taken over.
class VaultLock {
public:
    explicit VaultLock(const QString& vaultDirectory);
    ~VaultLock();

    // ErrorCode::InUse naming the holder when someone else has the vault.
    Status acquire();
    void release();
    bool isHeld() const;

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace wingmate
