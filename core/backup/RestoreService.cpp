#include "backup/RestoreService.h"

#include "audit/AuditLog.h"
#include "audit/PcAnchor.h"
#include "security/PcFailedAttempts.h"
#include "security/UnlockThrottle.h"
#include "domain/UserRole.h"
#include "platform/Platform.h"
#include "security/KeyDerivation.h"
#include "security/RecoveryCode.h"
#include "services/Permissions.h"
#include "storage/StorageErrors.h"
#include "storage/Vault.h"
#include "storage/VaultLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace wingmate {

namespace {

const QString LockFileName = QStringLiteral("vault.lock");

bool holdsSomething(const QString& directory)
{
    const QStringList entries
        = QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    return std::any_of(
        entries.begin(), entries.end(), [](const QString& name) { return name != LockFileName; });
}

bool renamePath(const QString& from, const QString& to, QString* error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = QStringLiteral("rename %1 -> %2: %3").arg(from, to, QString::fromLocal8Bit(strerror(errno)));
    return false;
}

QString stopped()
{
    return QCoreApplication::translate("RestoreService", "The restore was stopped; nothing was changed.");
}

// The account, as spelled in the vault, when it is an active administrator
// there; ErrorCode::Forbidden when not.
Result<QString> activeAdministrator(Vault& vault, const QString& username, const QString& where)
{
    QSqlQuery account(vault.database());
    account.prepare(
        QStringLiteral("SELECT username, role, active FROM users WHERE lower(username) = lower(?)"));
    account.addBindValue(username);
    if (!account.exec()) {
        return storageFailure(account.lastError(),
            QCoreApplication::translate("RestoreService", "The accounts in the vault could not be read."));
    }
    const bool found = account.next();
    const QString name = found ? account.value(0).toString() : username;
    const std::optional<UserRole> role = found ? roleFromKey(account.value(1).toString()) : std::nullopt;
    const bool active = found && account.value(2).toBool();
    account.finish();
    if (!role || !active) {
        return Status::failure(ErrorCode::Forbidden,
            QCoreApplication::translate("RestoreService",
                "Only an administrator can restore a backup, and %1 is not an active administrator in %2.")
                .arg(username, where));
    }
    if (Status status = Permissions::require(*role, Operation::RestoreVault); !status)
        return status;
    return name;
}


// Writes a restore event into a vault's audit trail, in a transaction of its
// own.
Status recordRestore(Vault& vault, AuditLog& log, const QString& actor, const QJsonObject& details, const Clock& clock)
{
    const QString failed = QCoreApplication::translate(
        "RestoreService", "The restore could not be recorded, so nothing was changed.");
    QSqlDatabase db = vault.database();
    if (!db.transaction())
        return storageFailure(db.lastError(), failed);
    AuditEvent event;
    event.occurredAt = clock.now();
    event.actor = actor;
    event.action = AuditAction::Restore;
    event.entityType = QStringLiteral("vault");
    event.details = details;
    Status status = log.append(event);
    if (status)
        status = log.seal(actor, event.occurredAt);
    if (!status) {
        db.rollback();
        log.discard();
        return status;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        log.discard();
        return storageFailure(error, failed);
    }
    return Status::success();
}

} // namespace

// The vault in target reads but disagrees with its key file or its anchors.
Status RestoreService::refusedOverTampering(const QString& target, const Status& found)
{
    return Status::failure(ErrorCode::Damaged,
        tr("The vault in %1 has been tampered with or put back from an older copy, so it cannot agree to "
           "being replaced, and the backup's own accounts may not decide instead. Move that folder aside "
           "and keep it for the investigation, then restore into an empty folder.")
            .arg(QDir::toNativeSeparators(target)),
        found.message() + QStringLiteral(" / ") + found.details());
}

// The vault in the folder opens: only its own current administrators (or
// its current recovery code) may replace it, and the restore is written into
// its audit trail first. True when it opened and agreed; false when it does
// not open at all (damaged), so the backup's own accounts must do.
Result<bool> RestoreService::authoriseInLiveVault(const QString& target, const QString& backupPath,
    const BackupFile& backup, const Credentials& credentials, const std::optional<QString>& code,
    const Clock& clock)
{
    const bool recovery = code.has_value();
    Result<std::unique_ptr<Vault>> opened = recovery
        ? Vault::openWithRecoveryCode(target, *code, clock)
        : Vault::open(target, credentials.username, credentials.password, clock);
    if (!opened) {
        if (opened.status().code() == ErrorCode::Authentication) {
            return Status::failure(ErrorCode::Authentication,
                recovery
                    ? tr(
                        "That recovery code does not open the vault in %1. Restoring over a vault that still "
                        "works needs its current recovery code, or one of its current administrators.")
                          .arg(QDir::toNativeSeparators(target))
                    : tr(
                        "That username and password do not open the vault in %1. Restoring over a vault that "
                        "still works needs one of its current administrators, with their current password.")
                          .arg(QDir::toNativeSeparators(target)),
                opened.status().details());
        }
        // A database that cannot be read is what restores are for, and
        // then the backup's own accounts decide. A key slot the database
        // does not record is tampering with a vault that reads: the backup's
        // accounts (which may include someone since disabled) must not
        // decide then.
        if (Vault::isSlotNotRecorded(opened.status()))
            return refusedOverTampering(target, opened.status());
        if (opened.status().code() == ErrorCode::Damaged)
            return false;
        return opened.status();
    }
    Vault& vault = **opened;
    AuditLog log(vault);
    // Likewise a vault whose audit head is behind its anchors (the key
    // file's or this PC's): put back from an older copy, where a
    // since-disabled account may be active.
    if (Status status = log.load(); !status)
        return refusedOverTampering(target, status);
    if (const AuditLog::Verification anchored = log.checkAnchor(); !anchored.status)
        return refusedOverTampering(target, anchored.status);
    QString actor = RecoveryCodeActor;
    if (!recovery) {
        const Result<QString> admin = activeAdministrator(
            vault, vault.unlockedBy(), tr("the vault in %1").arg(QDir::toNativeSeparators(target)));
        if (!admin)
            return admin.status();
        actor = *admin;
    }
    const QJsonObject details { { QStringLiteral("stage"), QStringLiteral("authorised") },
        { QStringLiteral("backup_file"), QFileInfo(backupPath).absoluteFilePath() },
        { QStringLiteral("backup_made_at"), backup.madeAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("backup_made_by"), backup.madeBy },
        { QStringLiteral("with"), recovery ? QStringLiteral("recovery_code") : QStringLiteral("password") } };
    if (Status status = recordRestore(vault, log, actor, details, clock); !status)
        return status;
    if (Status status = log.anchor(); !status)
        return status;
    return true;
}

RestoreService::Plan RestoreService::plan(const QString& directory, const Clock& clock)
{
    Plan plan;
    plan.directory = QDir::cleanPath(QDir::current().absoluteFilePath(directory));
    plan.replacesSomething = QFileInfo(plan.directory).exists()
        && (!QFileInfo(plan.directory).isDir() || holdsSomething(plan.directory));
    if (plan.replacesSomething) {
        const QString base = plan.directory + QStringLiteral(".before-restore-")
            + clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        plan.keptAside = base;
        for (int n = 2; QFileInfo::exists(plan.keptAside); ++n)
            plan.keptAside = base + QLatin1Char('-') + QString::number(n);
    }
    return plan;
}

Result<BackupFile> RestoreService::inspect(const QString& backupPath)
{
    QFile file(backupPath);
    const Result<QByteArray> bytes = BackupFile::map(file);
    if (!bytes)
        return bytes.status();
    return BackupFile::parse(*bytes);
}

Result<RestoreService::Restored> RestoreService::restore(const QString& directory, const QString& backupPath,
    const Credentials& credentials, const ProgressCallback& callback, const Clock& clock)
{
    const bool recovery = !credentials.recoveryCode.isEmpty();
    if (!recovery && credentials.username.trimmed().isEmpty())
        return Status::failure(ErrorCode::Usage, tr("Say which administrator is restoring the vault."));
    const QString target = QDir::cleanPath(QDir::current().absoluteFilePath(directory));
    if (QFileInfo(target).exists() && !QFileInfo(target).isDir()) {
        return Status::failure(ErrorCode::InvalidInput,
            tr("%1 is a file, not a folder; choose a folder to restore into.")
                .arg(QDir::toNativeSeparators(target)));
    }
    ProgressTracker progress(callback);

    // 1. The file's structure, before anything else.
    QFile file(backupPath);
    if (!file.exists())
        return Status::failure(
            ErrorCode::Io, tr("There is no file %1.").arg(QDir::toNativeSeparators(backupPath)));
    const Result<QByteArray> bytes = BackupFile::map(file);
    if (!bytes)
        return bytes.status();
    Result<BackupFile> parsed = BackupFile::parse(*bytes);
    if (!parsed)
        return parsed.status();

    // 2. A backup of another vault is never restored over this one.
    std::optional<QString> code;
    if (recovery) {
        code = RecoveryCode::normalise(credentials.recoveryCode);
        if (!code) {
            return Status::failure(ErrorCode::Damaged, tr("That recovery code does not open this backup."));
        }
    }
    bool liveVaultToAsk = false;
    if (Vault::exists(target)) {
        const Result<KeySlotFile> live
            = KeySlotFile::load(QDir(target).filePath(QString::fromLatin1(Vault::KeyFileName)));
        if (live && live->vaultId != parsed->vaultId) {
            return Status::failure(ErrorCode::Damaged,
                tr("This backup is of a different vault from the one in %1, so it was not restored there. "
                   "Restore it into an empty folder instead.")
                    .arg(QDir::toNativeSeparators(target)),
                QStringLiteral("backup vault id %1, folder's %2")
                    .arg(QString::fromLatin1(parsed->vaultId.toHex()),
                        QString::fromLatin1(live->vaultId.toHex())));
        }
        liveVaultToAsk = live.ok();
    }

    // 3. The key, from the backup's own key-slot file.
    const Status notOpened = Status::failure(ErrorCode::Damaged,
        recovery ? tr("That recovery code does not open this backup.")
                 : tr("That username and password do not open this backup."));
    const KeySlot* slot
        = recovery ? parsed->keySlots.recoverySlot() : parsed->keySlots.userSlot(credentials.username);
    if (!slot)
        return notOpened;
    // Guesses at a backup's passwords wait and are counted on this PC as
    // sign-ins to the vault in the target folder are (PcFailedAttempts), so
    // a restore is no way round the waits; the next sign-in reports them.
    const QString slotKey = recovery ? PcFailedAttempts::recoverySlotKey() : slot->user;
    const PcFailedAttempts::Count failures = PcFailedAttempts::load(parsed->vaultId, target, slotKey);
    if (const qint64 wait = UnlockThrottle::secondsToWait(failures.attempts, failures.lastFailure, clock.now());
        wait > 0) {
        return UnlockThrottle::refusal(slot->user, wait, failures.attempts);
    }
    const SecureBytes secret = secretFromText(recovery ? *code : credentials.password);
    Result<KeySlot::Contents> contents = slot->open(secret, parsed->vaultId);
    if (!contents) {
        if (contents.status().code() != ErrorCode::Authentication)
            return contents.status();
        PcFailedAttempts::save(parsed->vaultId, target, slotKey, { failures.attempts + 1, clock.now() });
        return notOpened;
    }

    // 4. The authenticator: with the key the slot holds, or the newer one a
    //    key rotation sealed to it.
    progress.begin(tr("Checking the backup"), 250);
    bool authentic = false;
    std::vector<const SecureBytes*> keys { &contents->databaseKey };
    for (const SecureBytes& pending : contents->pendingKeys)
        keys.insert(keys.begin(), &pending);
    for (const SecureBytes* key : keys) {
        if (authentic)
            continue;
        const Result<bool> match
            = BackupFile::authenticates(*bytes, BackupFile::authenticatorKey(*key), progress);
        if (!match)
            return isCancelled(match.status()) ? cancelledStatus(stopped()) : match.status();
        authentic = *match;
    }
    if (!authentic) {
        return Status::failure(ErrorCode::Damaged,
            tr("The backup has been altered or damaged since it was made, so it was not restored."),
            QStringLiteral("authenticator does not match"));
    }

    // 5. Unpack beside the target, on the same file system, and check it all.
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath())) {
        return Status::failure(ErrorCode::Io,
            tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(targetInfo.absolutePath())));
    }
    QTemporaryDir staging(QDir(targetInfo.absolutePath())
                              .filePath(QStringLiteral(".%1.restoring-XXXXXX").arg(targetInfo.fileName())));
    if (!staging.isValid()) {
        return Status::failure(ErrorCode::Io,
            tr("%1 cannot be written to, so nothing was restored.")
                .arg(QDir::toNativeSeparators(targetInfo.absolutePath())),
            staging.errorString());
    }
    progress.begin(tr("Unpacking the backup"), 250);
    if (Status status = parsed->unpack(*bytes, staging.path(), progress); !status)
        return isCancelled(status) ? cancelledStatus(stopped()) : status;

    progress.begin(tr("Checking the restored vault"), 400);
    const auto damaged = [](const Status& status) {
        if (status.code() == ErrorCode::Io)
            return status;
        return Status::failure(ErrorCode::Damaged,
            tr("The vault inside the backup is damaged, so it was not restored."),
            status.message() + QLatin1Char(' ') + status.details());
    };
    Restored restored;
    AuditAnchor restoredHead;
    restored.directory = target;
    restored.backupMadeAt = parsed->madeAt;
    restored.backupMadeBy = parsed->madeBy;
    {
        Result<std::unique_ptr<Vault>> opened = recovery
            ? Vault::openWithRecoveryCode(staging.path(), *code, clock)
            : Vault::open(staging.path(), credentials.username, credentials.password, clock);
        if (!opened)
            return damaged(opened.status());
        Vault& vault = **opened;
        if (Status status = vault.checkIntegrity(); !status)
            return damaged(status);
        AuditLog log(vault);
        if (Status status = log.load(); !status)
            return damaged(status);
        // A restore rolls back on purpose, so only the backup's own record of
        // its head counts here; this PC's is replaced once the swap is done.
        const AuditLog::Verification chain = log.verify(AuditLog::Copies::KeyFileOnly);
        if (!chain.status)
            return damaged(chain.status);
        const Result<std::optional<AuditAnchor>> pcHead = PcAnchor::load(parsed->vaultId, target);
        const qint64 replacedSequence = pcHead && pcHead->has_value() ? (*pcHead)->sequence : 0;

        QString actor = RecoveryCodeActor;
        if (!recovery) {
            const Result<QString> admin = activeAdministrator(vault, vault.unlockedBy(), tr("this backup"));
            if (!admin)
                return admin.status().code() == ErrorCode::Forbidden ? admin.status()
                                                                     : damaged(admin.status());
            actor = *admin;
        }

        // 6. A vault in the folder that still opens is replaced only on the
        //    word of its own current administrators (or its current recovery
        //    code), and says so in its own audit trail before anything
        //    changes: the backup's accounts are the past, and may include
        //    someone since disabled.
        // The last point where a restore can be stopped: from here on the
        // vaults are written to.
        if (!progress.report(1, 1))
            return cancelledStatus(stopped());
        bool authorisedByLiveVault = false;
        if (liveVaultToAsk) {
            Result<bool> authorised = authoriseInLiveVault(target, backupPath, *parsed, credentials, code, clock);
            if (!authorised)
                return authorised.status();
            authorisedByLiveVault = *authorised;
        }

        const Plan before = plan(target, clock);
        const QJsonObject details { { QStringLiteral("backup_file"), QFileInfo(backupPath).absoluteFilePath() },
                  { QStringLiteral("backup_made_at"), parsed->madeAt.toString(Qt::ISODateWithMs) },
                  { QStringLiteral("backup_made_by"), parsed->madeBy }, { QStringLiteral("folder"), target },
                  { QStringLiteral("kept_aside"), before.keptAside },
                  { QStringLiteral("with"),
                      recovery ? QStringLiteral("recovery_code") : QStringLiteral("password") },
                  { QStringLiteral("authorised_by"),
                      authorisedByLiveVault ? QStringLiteral("current_vault") : QStringLiteral("backup") },
                  { QStringLiteral("replaces_sequence"), replacedSequence } };
        if (Status status = recordRestore(vault, log, actor, details, clock); !status)
            return status.code() == ErrorCode::Io ? status : damaged(status);
        log.anchor(AuditLog::Copies::KeyFileOnly);
        restoredHead = vault.anchor();
        restored.auditEvents = chain.events + 1;
    } // closes the restored vault and releases its lock

    // 7. Nobody may be using the vault being replaced.
    std::unique_ptr<VaultLock> lock;
    if (QFileInfo(target).isDir()) {
        lock = std::make_unique<VaultLock>(target);
        if (Status status = lock->acquire(); !status)
            return status;
    }

    // 8. The swap: from here on it is not stopped half-way.
    const Plan swap = plan(target, clock);
    QString error;
    if (swap.replacesSomething) {
        // Our lock file is also linked into the new folder, so the vault in
        // the target folder is locked without a gap until the swap is done.
        std::error_code linkError;
        if (lock && lock->isHeld())
            std::filesystem::create_hard_link(
                QFile::encodeName(QDir(target).filePath(LockFileName)).toStdString(),
                QFile::encodeName(QDir(staging.path()).filePath(LockFileName)).toStdString(), linkError);
        if (!renamePath(target, swap.keptAside, &error)) {
            return Status::failure(ErrorCode::Io,
                tr("The current vault could not be moved aside, so nothing was restored."), error);
        }
        if (lock && linkError)
            lock->release(); // no link (a file system without them): let go now
        QFile::remove(QDir(swap.keptAside).filePath(LockFileName));
        restored.keptAside = swap.keptAside;
    } else if (QFileInfo(target).isDir()) {
        if (lock)
            lock->release();
        if (!QDir().rmdir(target)) {
            return Status::failure(ErrorCode::Io,
                tr("The folder %1 could not be replaced.").arg(QDir::toNativeSeparators(target)));
        }
    }
    if (!renamePath(staging.path(), target, &error)) {
        QString ignored;
        if (swap.replacesSomething)
            renamePath(swap.keptAside, target, &ignored);
        return Status::failure(ErrorCode::Io,
            tr("The restored vault could not be put in place; the vault is as it was."), error);
    }
    staging.setAutoRemove(false);
    if (lock)
        lock->release();
    platform::syncDirectory(targetInfo.absolutePath());
    // This PC now expects the restored vault, not the one it replaced.
    if (Status status = PcAnchor::save(parsed->vaultId, target, restoredHead); !status) {
        restored.warning
            = tr("This PC's record of the vault could not be updated (%1), so the next sign-in will "
                 "report the vault as put back from an older copy; an administrator can accept it then.")
                  .arg(status.message());
    }
    progress.finish();
    return restored;
}

} // namespace wingmate
