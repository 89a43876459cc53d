#include "storage/VaultLock.h"

#include <QCoreApplication>
#include <QDir>

namespace wingmate {

VaultLock::VaultLock(const QString& vaultDirectory)
    : m_lock(std::make_unique<QLockFile>(QDir(vaultDirectory).filePath(QStringLiteral("vault.lock"))))
{
    // Never treat a live holder's lock as stale, however old it is.
    m_lock->setStaleLockTime(0);
}

VaultLock::~VaultLock() { release(); }

Status VaultLock::acquire()
{
    if (m_lock->isLocked())
        return Status::success();
    if (m_lock->tryLock(0))
        return Status::success();
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString program;
        // A program killed between making the lock file and writing who it
        // is (a power cut, a crash) leaves the file empty, and QLockFile
        // never takes a file it cannot read for stale: the vault would stay
        // shut for good. removeStaleLockFile() takes it away only when no
        // live process holds the file's own lock (flock), as every QLockFile
        // holder does from the moment it makes the file.
        if (!m_lock->getLockInfo(&pid, &host, &program) && m_lock->removeStaleLockFile() && m_lock->tryLock(0))
            return Status::success();
        if (program.isEmpty())
            program = QStringLiteral("Wingmate");
        return Status::failure(ErrorCode::InUse,
            QCoreApplication::translate("VaultLock", "This vault is already open in %1 (process %2 on %3). Close it there first.")
                .arg(program)
                .arg(pid)
                .arg(host.isEmpty() ? QCoreApplication::translate("VaultLock", "this computer") : host));
    }
    case QLockFile::PermissionError:
        return Status::failure(ErrorCode::Io,
            QCoreApplication::translate("VaultLock", "The vault folder cannot be written to, so it cannot be opened."));
    default:
        return Status::failure(ErrorCode::Io,
            QCoreApplication::translate("VaultLock", "The vault could not be locked for use."),
            QStringLiteral("QLockFile error %1").arg(int(m_lock->error())));
    }
}

void VaultLock::release()
{
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
}

bool VaultLock::isHeld() const { return m_lock->isLocked(); }

} // namespace wingmate
