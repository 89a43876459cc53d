#pragma once

#include "Clock.h"
#include "Progress.h"
#include "Status.h"
#include "backup/BackupFile.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace wingmate {

// Puts a vault back from a backup file (see BackupFile.h) into a folder that
// is empty, does not exist yet, or holds a vault (working or not).
//
// Everything is checked before anything is replaced: the file's structure,
// the key unwrapped from the backup's own key-slot file with an
// administrator's password or the recovery code, the authenticator, then the
// vault unpacked into a new folder beside the target and opened there:
// integrity_check, audit chain and anchor, and that the named user is an
// administrator in the backup (Operation::RestoreVault). When the folder
// already holds a vault that opens, the credentials must also open it and
// belong to one of its current, active administrators (or be its current
// recovery code), and the restore is recorded in that vault's audit trail
// before anything is replaced. With the recovery code the events name
// "recovery code" as the actor, never a claimed username. The restore is
// audited in the restored vault. Only then is the current folder renamed
// aside (never deleted) and the new one renamed into its place, and this
// PC's copy of the audit head (PcAnchor) set to the restored vault's.
//
// A backup that is cut short, altered, of another vault, not a backup at
// all, or not opened by the password or code given is ErrorCode::Damaged
// (exit 3), and leaves the target folder as it was. A target vault open in
// another program is ErrorCode::InUse.
class RestoreService {
    Q_DECLARE_TR_FUNCTIONS(RestoreService)
public:
    struct Credentials {
        QString username; // an administrator in the backup
        QString password; // theirs, or empty when recoveryCode is given
        QString recoveryCode; // the vault's recovery code instead of a password
    };
    struct Plan {
        QString directory;
        bool replacesSomething = false; // the folder exists and is not empty
        QString keptAside; // where its contents go, when replacesSomething
    };
    struct Restored {
        QString directory;
        QString keptAside; // empty when nothing was there
        QDateTime backupMadeAt;
        QString backupMadeBy;
        qint64 auditEvents = 0;
        QString warning; // something to tell although the restore succeeded
    };

    // What a restore into directory would do now, for showing before it.
    static Plan plan(const QString& directory, const Clock& clock = Clock::system());
    // Reads a backup's structure (not its contents) to show what it is.
    static Result<BackupFile> inspect(const QString& backupPath);

    static Result<Restored> restore(const QString& directory, const QString& backupPath,
        const Credentials& credentials, const ProgressCallback& progress = {},
        const Clock& clock = Clock::system());

private:
    static Status refusedOverTampering(const QString& target, const Status& found);
    static Result<bool> authoriseInLiveVault(const QString& target, const QString& backupPath,
        const BackupFile& backup, const Credentials& credentials, const std::optional<QString>& code,
        const Clock& clock);
};

} // namespace wingmate
