#include "backup/BackupService.h"

#include "audit/AuditLog.h"
#include "backup/BackupFile.h"
#include "platform/Platform.h"
#include "services/UserSession.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sodium.h>

namespace wingmate {

namespace {

constexpr qint64 ChunkBytes = 4 * 1024 * 1024;

QString triggerKey(BackupService::Trigger trigger)
{
    switch (trigger) {
    case BackupService::Trigger::ByHand:
        return QStringLiteral("by_hand");
    case BackupService::Trigger::OnClose:
        return QStringLiteral("on_close");
    case BackupService::Trigger::Daily:
        return QStringLiteral("daily");
    }
    return {};
}

// The part of a backup's name that tells which vault it came from.
QString vaultTag(const QByteArray& vaultId)
{
    return QString::fromLatin1(vaultId.left(4).toHex());
}

const QRegularExpression& ownNamePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^wingmate-backup-\\d{4}-\\d{2}-\\d{2}-\\d{6}-([0-9a-f]{8})\\.wmbackup$"));
    return pattern;
}

// Removes a file when it goes out of scope unless released.
class FileRemover {
public:
    explicit FileRemover(QString path)
        : m_path(std::move(path))
    {
    }
    ~FileRemover()
    {
        if (!m_path.isEmpty())
            QFile::remove(m_path);
    }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

} // namespace

BackupService::BackupService(UserSession& session)
    : m_session(session)
{
}

QString BackupService::defaultBackupFolder(const QString& vaultDirectory)
{
    return QDir::cleanPath(QDir(vaultDirectory).absolutePath()) + QStringLiteral("-backups");
}

QString BackupService::backupFolder() const
{
    const QString folder
        = m_session.isLocked() ? QString() : m_session.settings().text(Setting::BackupFolder).trimmed();
    return folder.isEmpty() ? defaultBackupFolder(m_session.directory()) : QDir::cleanPath(folder);
}

QString BackupService::fileNameFor(const QDateTime& madeAt) const
{
    const QByteArray id = m_session.isLocked() ? QByteArray() : m_session.vault().vaultId();
    return QStringLiteral("wingmate-backup-%1-%2.%3")
        .arg(madeAt.toUTC().toString(QStringLiteral("yyyy-MM-dd-HHmmss")), vaultTag(id),
            QString::fromLatin1(BackupFile::Suffix));
}

QStringList BackupService::ownBackups(const QString& folder) const
{
    if (m_session.isLocked())
        return {};
    const QByteArray id = m_session.vault().vaultId();
    const QString idPrefix = vaultTag(id);
    QStringList own;
    const QDir dir(folder);
    const QStringList names = dir.entryList(
        { QStringLiteral("wingmate-backup-*.wmbackup") }, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = ownNamePattern().match(name);
        if (!match.hasMatch() || match.captured(1) != idPrefix)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const Result<BackupFile> header = BackupFile::parseHeader(file.read(BackupFile::HeaderSize));
        if (header && header->vaultId == id)
            own.append(dir.filePath(name));
    }
    return own;
}

bool BackupService::dailyBackupDue() const
{
    if (m_session.isLocked())
        return false;
    const QStringList own = ownBackups(backupFolder());
    if (own.isEmpty())
        return true;
    QFile newest(own.constFirst());
    if (!newest.open(QIODevice::ReadOnly))
        return true;
    const Result<BackupFile> header = BackupFile::parseHeader(newest.read(BackupFile::HeaderSize));
    return !header || header->madeAt.secsTo(m_session.clock().now()) >= 24 * 60 * 60;
}

Result<BackupService::Made> BackupService::backUp(
    const QString& path, const ProgressCallback& progress, ExistingFile existing)
{
    if (Status status = m_session.require(Operation::BackupVault); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    Result<Made> made = make(path, progress, existing);
    if (!made)
        return made;
    if (Status status = record(*made, Trigger::ByHand); !status) {
        QFile::remove(made->path);
        return status;
    }
    return made;
}

Result<BackupService::Made> BackupService::backUpToFolder(Trigger trigger, const ProgressCallback& progress)
{
    // Automatic backups protect everyone's records, so they run for any role
    // (and before a one-time password has been replaced).
    if (Status status = Permissions::require(m_session.role(), Operation::BackupVault); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    const QString folder = backupFolder();
    if (!QDir().mkpath(folder)) {
        return Status::failure(ErrorCode::Io,
            tr("The backup folder %1 could not be made; choose another in Settings.")
                .arg(QDir::toNativeSeparators(folder)));
    }
    // Names are by the second; one made in the same second is replaced, as
    // before, but never through a link.
    Result<Made> made
        = make(QDir(folder).filePath(fileNameFor(m_session.clock().now())), progress, ExistingFile::Replace);
    if (!made)
        return made;
    const int keep = qMax(1, m_session.settings().integer(Setting::BackupsToKeep));
    const QStringList own = ownBackups(folder);
    for (qsizetype i = keep; i < own.size(); ++i) {
        if (own.at(i) != made->path)
            made->removed.append(own.at(i));
    }
    if (Status status = record(*made, trigger); !status) {
        QFile::remove(made->path);
        return status;
    }
    // Only this vault's own older backups, recorded in the event above.
    for (const QString& old : std::as_const(made->removed))
        QFile::remove(old);
    // Half-written files of this vault's automatic backups cut off by a
    // crash or a power cut: each is as big as the vault. None can be in use,
    // because this program holds the vault's lock and makes one at a time.
    const QDir dir(folder);
    const QStringList parts = dir.entryList(
        { QStringLiteral(".wingmate-backup-*-%1.%2.part-*")
                .arg(vaultTag(m_session.vault().vaultId()), QString::fromLatin1(BackupFile::Suffix)) },
        QDir::Files | QDir::Hidden);
    for (const QString& part : parts)
        QFile::remove(dir.filePath(part));
    return made;
}

Status BackupService::record(const Made& made, Trigger trigger)
{
    QJsonArray removed;
    for (const QString& old : made.removed)
        removed.append(QFileInfo(old).fileName());
    return m_session.write([&](WriteContext& ctx) {
        return ctx.audit(AuditAction::Backup, QStringLiteral("vault"), {},
            QJsonObject { { QStringLiteral("file"), made.path }, { QStringLiteral("bytes"), made.bytes },
                { QStringLiteral("trigger"), triggerKey(trigger) },
                { QStringLiteral("removed_old"), removed } });
    });
}

Result<BackupService::Made> BackupService::make(
    const QString& path, const ProgressCallback& callback, ExistingFile existing)
{
    Vault& vault = m_session.vault();
    const QFileInfo target(QDir::current().absoluteFilePath(path));
    if (Status status = checkOutputTarget(target.absoluteFilePath(), existing); !status)
        return status;
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return Status::failure(
            ErrorCode::Io, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    }
    const QString targetPath = target.absoluteFilePath();
    if (QDir(vault.directory()) == QDir(folder)) {
        return Status::failure(ErrorCode::InvalidInput,
            tr("Keep backups out of the vault folder itself: choose another folder."));
    }
    ProgressTracker progress(callback);
    const QDateTime madeAt = m_session.clock().now();

    // The key-slot file as it stands, with the audit head brought up to date.
    m_session.auditLog().anchor();
    QFile keyFile(vault.keyFilePath());
    if (!keyFile.open(QIODevice::ReadOnly))
        return Status::failure(
            ErrorCode::Io, tr("The vault's key file could not be read."), keyFile.errorString());
    const QByteArray keySlotBytes = keyFile.readAll();
    keyFile.close();
    if (keySlotBytes.isEmpty() || keySlotBytes.size() > BackupFile::MaxKeySlotBytes)
        return Status::failure(ErrorCode::Damaged, tr("The vault's key file could not be read."));

    // 1. A consistent copy of the database, under the same key. Work folders
    //    left by a backup cut off by a crash are ours (we hold the vault's
    //    lock), so they go first. Only real folders: a link by that name,
    //    put there by someone who can write the vault folder, would have
    //    its target emptied.
    for (const QString& stale :
        QDir(vault.directory())
            .entryList({ QStringLiteral("backup-work-*") },
                QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden)) {
        const QString path = QDir(vault.directory()).filePath(stale);
        if (!QFileInfo(path).isSymLink())
            QDir(path).removeRecursively();
    }
    QTemporaryDir work(QDir(vault.directory()).filePath(QStringLiteral("backup-work-XXXXXX")));
    if (!work.isValid())
        return Status::failure(ErrorCode::Io,
            tr("The vault folder cannot be written to, so no backup was made."), work.errorString());
    const QString snapshotPath = QDir(work.path()).filePath(QStringLiteral("snapshot.db"));
    progress.begin(tr("Copying the database"), 350);
    if (Status status = vault.copyDatabaseTo(snapshotPath,
            [&progress](const QString&, qint64 done, qint64 total) { return progress.report(done, total); });
        !status) {
        return isCancelled(status) ? cancelledStatus(tr("The backup was stopped; no file was written."))
                                   : status;
    }

    // 2. The backup file, under a temporary name beside the target.
    QFile snapshot(snapshotPath);
    if (!snapshot.open(QIODevice::ReadOnly))
        return Status::failure(
            ErrorCode::Io, tr("The copy of the database could not be read."), snapshot.errorString());
    const qint64 databaseBytes = snapshot.size();
    const QString partPath = QDir(folder).filePath(
        QStringLiteral(".%1.part-%2").arg(target.fileName(), QString::number(randombytes_random(), 16)));
    FileRemover removePart(partPath);
    {
        // Owner-only from creation; FileRemover takes it away on any failure.
        QFile out;
        const auto writeFailed = [&out]() {
            const QString details = out.errorString();
            out.close();
            return Status::failure(
                ErrorCode::Io, tr("The backup could not be written; the disk may be full."), details);
        };
        if (Status status = openNewPrivateFile(out, partPath); !status) {
            return Status::failure(ErrorCode::Io,
                tr("The backup could not be written: %1 cannot be written to.")
                    .arg(QDir::toNativeSeparators(folder)),
                status.details());
        }
        const SecureBytes key
            = vault.deriveSubkey(BackupFile::AuthenticatorKeyId, BackupFile::AuthenticatorKeyContext);
        crypto_generichash_state state;
        crypto_generichash_init(&state, key.data(), key.size(), BackupFile::AuthenticatorSize);
        const auto put = [&](const QByteArray& bytes) {
            crypto_generichash_update(
                &state, reinterpret_cast<const unsigned char*>(bytes.constData()), size_t(bytes.size()));
            return out.write(bytes) == bytes.size();
        };
        const QByteArray head = BackupFile::header(vault.vaultId(), madeAt, vault.unlockedBy(),
            vault.pageSize(), keySlotBytes.size(), databaseBytes);
        if (!put(head) || !put(keySlotBytes))
            return writeFailed();
        progress.begin(tr("Writing the backup"), 250);
        for (qint64 done = 0; done < databaseBytes;) {
            const QByteArray chunk = snapshot.read(qMin(ChunkBytes, databaseBytes - done));
            if (chunk.isEmpty()) {
                out.close();
                return Status::failure(
                    ErrorCode::Io, tr("The copy of the database could not be read."), snapshot.errorString());
            }
            if (!put(chunk))
                return writeFailed();
            done += chunk.size();
            if (!progress.report(done, databaseBytes)) {
                out.close();
                return cancelledStatus(tr("The backup was stopped; no file was written."));
            }
        }
        unsigned char authenticator[BackupFile::AuthenticatorSize];
        crypto_generichash_final(&state, authenticator, sizeof authenticator);
        const QByteArray mac(reinterpret_cast<const char*>(authenticator), sizeof authenticator);
        if (out.write(mac) != mac.size() || !syncFile(out))
            return writeFailed();
        out.close();
    }
    snapshot.close();
    QFile::remove(snapshotPath);

    // 3. Read it back and check everything a restore would.
    {
        QFile written(partPath);
        const Result<QByteArray> bytes = BackupFile::map(written);
        if (!bytes)
            return bytes.status();
        const Result<BackupFile> parsed = BackupFile::parse(*bytes);
        const auto notVerified = [](const Status& status) {
            return Status::failure(status.code() == ErrorCode::Io ? ErrorCode::Io : ErrorCode::Damaged,
                tr("The backup did not read back correctly, so it was not kept. Try again, or choose another "
                   "folder."),
                status.message() + QLatin1Char(' ') + status.details());
        };
        if (!parsed)
            return notVerified(parsed.status());
        if (parsed->keySlotBytes != keySlotBytes)
            return notVerified(Status::failure(ErrorCode::Damaged, QStringLiteral("key file differs")));
        if (!vault.unlockedBy().isEmpty() && !parsed->keySlots.userSlot(vault.unlockedBy()))
            return notVerified(
                Status::failure(ErrorCode::Damaged, QStringLiteral("no slot for the signed-in user")));
        progress.begin(tr("Checking the backup"), 100);
        const Result<bool> authentic = BackupFile::authenticates(*bytes,
            vault.deriveSubkey(BackupFile::AuthenticatorKeyId, BackupFile::AuthenticatorKeyContext),
            progress);
        if (!authentic)
            return isCancelled(authentic.status())
                ? cancelledStatus(tr("The backup was stopped; no file was written."))
                : authentic.status();
        if (!*authentic)
            return notVerified(
                Status::failure(ErrorCode::Damaged, QStringLiteral("authenticator does not match")));
        const QString unpacked = QDir(work.path()).filePath(QStringLiteral("check"));
        QDir().mkpath(unpacked);
        progress.begin(tr("Checking the backup"), 150);
        if (Status status = parsed->unpack(*bytes, unpacked, progress); !status)
            return isCancelled(status) ? cancelledStatus(tr("The backup was stopped; no file was written."))
                                       : notVerified(status);
        progress.begin(tr("Checking the backup"), 150);
        Result<std::unique_ptr<Vault>> copy = vault.openCopy(unpacked);
        if (!copy)
            return notVerified(copy.status());
        if (Status status = (*copy)->checkIntegrity(); !status)
            return notVerified(status);
        AuditLog copyLog(**copy);
        if (Status status = copyLog.load(); !status)
            return notVerified(status);
        if (const AuditLog::Verification chain = copyLog.verify(); !chain.status)
            return notVerified(chain.status);
        if (!progress.report(1, 1))
            return cancelledStatus(tr("The backup was stopped; no file was written."));
    }

    // 4. Into place.
    if (Status status = publishOutputFile(partPath, targetPath, existing); !status)
        return status;
    removePart.release();
    progress.finish();
    return Made { targetPath, QFileInfo(targetPath).size(), madeAt, {} };
}

} // namespace wingmate
