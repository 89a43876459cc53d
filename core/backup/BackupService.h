#pragma once

#include "Progress.h"
#include "Status.h"
#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace wingmate {

class UserSession;

// Makes backups of the signed-in vault (see BackupFile.h for the file).
//
// A backup is a consistent snapshot taken from the open database with
// sqlite3_backup (the vault stays usable), written with the key-slot file to
// a temporary file beside the target, read back and checked (authenticator,
// database opens with the vault's key, integrity_check, audit chain and
// anchor), and only then renamed into place; then it is audited
// (AuditAction::Backup). Stopped or failed, it leaves no file behind.
//
// Automatic backups (on closing, daily) go to the BackupFolder setting, or
// beside the vault folder when that is empty, named by time so they sort, and
// only this vault's own older backups there are removed beyond BackupsToKeep.
class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    enum class Trigger { ByHand, OnClose, Daily };
    struct Made {
        QString path;
        qint64 bytes = 0;
        QDateTime madeAt;
        QStringList removed; // older backups removed to keep BackupsToKeep
    };

    explicit BackupService(UserSession& session);

    // A backup to path, by hand: needs Operation::BackupVault. An existing
    // ordinary file at path is replaced only when existing says so; a
    // symbolic link there is always refused (see writeOutputFile).
    Result<Made> backUp(const QString& path, const ProgressCallback& progress = {},
        ExistingFile existing = ExistingFile::Refuse);
    // A backup into the backup folder under a time-sorted name, then keeps
    // the newest BackupsToKeep of this vault's backups there. Runs for
    // whoever is signed in, whatever their role.
    Result<Made> backUpToFolder(Trigger trigger, const ProgressCallback& progress = {});
    // True when this vault has no backup in its backup folder made in the
    // last 24 hours (by the session's clock).
    bool dailyBackupDue() const;

    // The BackupFolder setting, or the default when it is empty.
    QString backupFolder() const;
    // Beside the vault folder: "<vault folder>-backups".
    static QString defaultBackupFolder(const QString& vaultDirectory);
    // wingmate-backup-YYYY-MM-DD-HHMMSS-<first 8 hex digits of vault id>.wmbackup (UTC).
    QString fileNameFor(const QDateTime& madeAt) const;
    // This vault's own backups in folder, newest first: files named as
    // fileNameFor() names them whose header carries this vault's id.
    QStringList ownBackups(const QString& folder) const;

private:
    Result<Made> make(const QString& path, const ProgressCallback& progress, ExistingFile existing);
    Status record(const Made& made, Trigger trigger);

    UserSession& m_session;
};

} // namespace wingmate
