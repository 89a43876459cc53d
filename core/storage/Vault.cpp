#include "storage/Vault.h"

#include "Progress.h"
#include "audit/AuditEvent.h"
#include "audit/AuditLog.h"
#include "domain/UserRole.h"
#include "platform/Platform.h"
#include "security/PasswordPolicy.h"
#include "security/PcFailedAttempts.h"
#include "security/RecoveryCode.h"
#include "security/UnlockThrottle.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlCipherDriver.h"
#include "storage/StorageErrors.h"
#include "storage/VaultLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <atomic>
#include <sodium.h>
#include <sqlite3.h>
#include <thread>

namespace wingmate {

namespace {

constexpr std::size_t KeyBytes = 32;
std::atomic<int> connectionCounter { 0 };

// This file's strings, under the context lupdate also sees.
struct VaultText {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

Status wrongPassword()
{
    return Status::failure(
        ErrorCode::Authentication, VaultText::tr("The username or password is not right."));
}

} // namespace

namespace {

// vault_info keys of the slot digests (KeySlot::digest): the slot as the key
// file must hold it, and a rewrap under way (see Vault::checkSlot).
QString currentSlotKey(const QByteArray& id)
{
    return QStringLiteral("slot_digest/") + QString::fromLatin1(id.toHex());
}
QString nextSlotKey(const QByteArray& id)
{
    return QStringLiteral("slot_digest_next/") + QString::fromLatin1(id.toHex());
}

bool putInfo(const QSqlDatabase& db, const QString& key, const QByteArray& value, QSqlError* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO vault_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                                 "UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(QString::fromLatin1(value.toHex()));
    if (query.exec())
        return true;
    *error = query.lastError();
    return false;
}

bool removeInfo(const QSqlDatabase& db, const QString& key, QSqlError* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM vault_info WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec())
        return true;
    *error = query.lastError();
    return false;
}

} // namespace

Vault::Vault(QString directory, std::unique_ptr<VaultLock> lock, const Clock& clock, VaultStorage storage)
    : m_directory(std::move(directory))
    , m_lock(std::move(lock))
    , m_clock(clock)
    , m_storage(storage)
{
}

Vault::~Vault()
{
    close();
}

QString Vault::databasePath() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(DatabaseFileName));
}

QString Vault::keyFilePath() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(KeyFileName));
}

bool Vault::exists(const QString& directory)
{
    const QDir dir(directory);
    return QFile::exists(dir.filePath(QString::fromLatin1(KeyFileName)))
        || QFile::exists(dir.filePath(QString::fromLatin1(DatabaseFileName)));
}

bool Vault::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

QString Vault::cipherVersion() const
{
    return isOpen() ? static_cast<SqlCipherDriver*>(m_db.driver())->cipherVersion() : QString();
}

QStringList Vault::slotUsers() const
{
    QStringList users;
    for (const KeySlot& slot : m_slots.entries) {
        if (slot.kind == KeySlot::Kind::User)
            users.append(slot.user);
    }
    return users;
}

QStringList Vault::weakSlots() const
{
    QStringList weak;
    for (const KeySlot& slot : m_slots.entries) {
        if (slot.kdf.isWeak())
            weak.append(slot.kind == KeySlot::Kind::User ? slot.user : VaultText::tr("recovery code"));
    }
    return weak;
}

Result<Vault::Created> Vault::create(
    const QString& directory, const CreateOptions& options, const Clock& clock, VaultStorage storage)
{
    if (const QString problem = usernameProblem(options.adminUsername); !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    if (const QString problem = PasswordPolicy::problem(options.password, options.adminUsername);
        !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    const QString displayName = options.adminDisplayName.trimmed().isEmpty()
        ? options.adminUsername
        : options.adminDisplayName.trimmed();
    if (displayName.size() > 200)
        return Status::failure(
            ErrorCode::InvalidInput, VaultText::tr("The display name is too long (200 characters at most)."));
    if (!options.kdf.isValid())
        return Status::failure(
            ErrorCode::InvalidInput, VaultText::tr("The key derivation settings are not valid."));
    if (exists(directory)) {
        return Status::failure(ErrorCode::InvalidInput,
            VaultText::tr("%1 already holds a vault; choose an empty folder.")
                .arg(QDir::toNativeSeparators(directory)));
    }
    if (!QDir().mkpath(directory)) {
        return Status::failure(ErrorCode::Io,
            VaultText::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(directory)));
    }

    auto lock = std::make_unique<VaultLock>(directory);
    if (Status status = lock->acquire(); !status)
        return status;
    std::unique_ptr<Vault> vault(new Vault(QDir(directory).absolutePath(), std::move(lock), clock, storage));
    // Whatever fails from here on, leave no half-made vault behind.
    const auto abandon = [&vault](const Status& status) -> Result<Created> {
        const QString dir = vault->m_directory;
        vault->closeDatabase();
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(vault->databasePath() + suffix);
        QFile::remove(vault->keyFilePath());
        vault->close();
        return status;
    };

    const SecureBytes key = SecureBytes::random(KeyBytes);
    vault->m_slots.vaultId = QByteArray(16, Qt::Uninitialized);
    randombytes_buf(vault->m_slots.vaultId.data(), 16);
    vault->m_slots.pageSize = SqlCipherDriver::DefaultPageSize;

    const QString recoveryCode = RecoveryCode::generate();
    SecureBytes adminSigningSeed = SecureBytes::random(crypto_sign_SEEDBYTES);
    Result<KeySlot> adminSlot = KeySlot::create(KeySlot::Kind::User, options.adminUsername,
        secretFromText(options.password), key, vault->m_slots.vaultId, options.kdf, adminSigningSeed);
    if (!adminSlot)
        return adminSlot.status();
    Result<KeySlot> recoverySlot = KeySlot::create(KeySlot::Kind::Recovery, {},
        secretFromText(*RecoveryCode::normalise(recoveryCode)), key, vault->m_slots.vaultId, options.kdf);
    if (!recoverySlot)
        return recoverySlot.status();
    vault->m_slots.entries = { adminSlot.take(), recoverySlot.take() };

    if (Status status = vault->openDatabase(key, true); !status)
        return abandon(status);

    const QString now = clock.now().toString(Qt::ISODateWithMs);
    const SecureBytes auditKey = vault->deriveSubkey(1, "wmaudit1");
    const QString auditKeyHex = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(auditKey.data()), qsizetype(auditKey.size())).toHex());
    QSqlDatabase db = vault->m_db;
    db.transaction();
    QSqlQuery info(db);
    info.prepare(QStringLiteral("INSERT INTO vault_info (key, value) VALUES (?, ?)"));
    bool ok = true;
    for (const auto& [k, v] :
        { std::pair { QStringLiteral("vault_id"), QString::fromLatin1(vault->m_slots.vaultId.toHex()) },
            std::pair { QStringLiteral("created_at"), now },
            std::pair { QStringLiteral("created_by"), QStringLiteral("Wingmate " WINGMATE_VERSION) },
            std::pair { QStringLiteral("audit_key"), auditKeyHex } }) {
        info.addBindValue(k);
        info.addBindValue(v);
        ok = ok && info.exec();
    }
    QSqlError digestError;
    for (const KeySlot& slot : vault->m_slots.entries)
        ok = ok && putInfo(db, currentSlotKey(slot.id), slot.digest(vault->m_slots.vaultId), &digestError);
    QSqlQuery user(db);
    user.prepare(
        QStringLiteral("INSERT INTO users (username, display_name, role, active, must_change_password, "
                       "created_at, updated_at) VALUES (:username, :display, :role, 1, 0, :now, :now)"));
    user.bindValue(QStringLiteral(":username"), options.adminUsername);
    user.bindValue(QStringLiteral(":display"), displayName);
    user.bindValue(QStringLiteral(":role"), roleKey(UserRole::Administrator));
    user.bindValue(QStringLiteral(":now"), now);
    ok = ok && user.exec();
    info.finish();
    user.finish();
    // The trail's first commit, in the same transaction, signed by the first
    // administrator: the vault made, its first account, and the signing keys
    // of its two slots, so a vault exists only with its founding records.
    vault->m_unlockedBy = options.adminUsername;
    vault->m_signingSeed = std::move(adminSigningSeed);
    for (const KeySlot& slot : vault->m_slots.entries)
        vault->m_introducedKeys.append({ slotOwner(slot), slot.signingKey });
    AuditLog log(*vault);
    Status founded = ok ? log.load() : Status::success();
    const auto founding = [&](const QString& action, const QString& entityType, const QString& entityId,
                              const QJsonObject& details) {
        if (!ok || !founded)
            return;
        AuditEvent event;
        event.occurredAt = clock.now();
        event.actor = options.adminUsername;
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.details = details;
        founded = log.append(event);
    };
    founding(AuditAction::Create, QStringLiteral("vault"), {},
        QJsonObject { { QStringLiteral("folder"), vault->m_directory } });
    founding(AuditAction::UserAdmin, QStringLiteral("user"), options.adminUsername,
        QJsonObject { { QStringLiteral("operation"), QStringLiteral("add") },
            { QStringLiteral("role"), roleKey(UserRole::Administrator) },
            { QStringLiteral("display_name"), displayName } });
    if (ok && founded)
        founded = log.seal(options.adminUsername, clock.now());
    if (!founded) {
        db.rollback();
        return abandon(founded);
    }
    if (!ok || !db.commit()) {
        const QSqlError error = info.lastError().isValid() ? info.lastError()
            : digestError.isValid()                        ? digestError
            : user.lastError().isValid()                   ? user.lastError()
                                                           : db.lastError();
        db.rollback();
        return abandon(storageFailure(error, VaultText::tr("The new vault could not be set up.")));
    }

    // The key file is written with the founding commit's head in it; this
    // PC's record of the head follows (a failure there is caught up at the
    // next commit).
    if (Status status = log.anchor(AuditLog::Copies::KeyFileOnly); !status)
        return abandon(status);
    log.anchor();
    return Created { std::move(vault), recoveryCode };
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& directory, const QString& username,
    const QString& password, const Clock& clock, VaultStorage storage)
{
    return unlock(directory, username, secretFromText(password), false, clock, storage);
}

qint64 Vault::secondsUntilNextAttempt(const QString& directory, const QString& username, const Clock& clock)
{
    Result<KeySlotFile> keyFile
        = KeySlotFile::load(QDir(directory).filePath(QString::fromLatin1(KeyFileName)));
    if (!keyFile)
        return 0;
    const KeySlot* slot = keyFile->userSlot(username);
    if (!slot)
        return 0;
    const PcFailedAttempts::Count count
        = PcFailedAttempts::larger({ slot->failedAttempts, slot->lastFailure },
            PcFailedAttempts::load(keyFile->vaultId, directory, username));
    return UnlockThrottle::secondsToWait(count.attempts, count.lastFailure, clock.now());
}

Result<std::unique_ptr<Vault>> Vault::openWithRecoveryCode(
    const QString& directory, const QString& code, const Clock& clock)
{
    const std::optional<QString> canonical = RecoveryCode::normalise(code);
    if (!canonical) {
        return Status::failure(ErrorCode::Authentication,
            VaultText::tr("That is not a recovery code: it has 32 letters and digits, in groups of four."));
    }
    return unlock(directory, {}, secretFromText(*canonical), true, clock, VaultStorage::Encrypted);
}

Result<std::unique_ptr<Vault>> Vault::unlock(const QString& directory, const QString& username,
    const SecureBytes& secret, bool recovery, const Clock& clock, VaultStorage storage)
{
    if (!exists(directory)) {
        return Status::failure(ErrorCode::InvalidInput,
            VaultText::tr("There is no Wingmate vault in %1.").arg(QDir::toNativeSeparators(directory)));
    }
    auto lock = std::make_unique<VaultLock>(directory);
    if (Status status = lock->acquire(); !status)
        return status;
    std::unique_ptr<Vault> vault(new Vault(QDir(directory).absolutePath(), std::move(lock), clock, storage));
    Result<KeySlotFile> entries = KeySlotFile::load(vault->keyFilePath());
    if (!entries)
        return entries.status();
    vault->m_slots = entries.take();

    KeySlot* slot = recovery ? vault->m_slots.recoverySlot() : vault->m_slots.userSlot(username);
    if (!slot) {
        // Spend the same time as a real attempt, so timing does not reveal
        // which usernames exist.
        const KeySlot& any = vault->m_slots.entries.constFirst();
        deriveKey(secret, any.salt, any.kdf);
        return wrongPassword();
    }
    // The key file's count of wrong passwords, or this PC's own if larger
    // (PcFailedAttempts: the key file's can be reset by anyone who can
    // write the folder).
    const QString pcSlotKey = recovery ? PcFailedAttempts::recoverySlotKey() : slot->user;
    const PcFailedAttempts::Count failures
        = PcFailedAttempts::larger({ slot->failedAttempts, slot->lastFailure },
            PcFailedAttempts::load(vault->m_slots.vaultId, vault->m_directory, pcSlotKey));
    if (const qint64 wait
        = UnlockThrottle::secondsToWait(failures.attempts, failures.lastFailure, clock.now());
        wait > 0) {
        return UnlockThrottle::refusal(slot->user, wait, failures.attempts);
    }
    Result<KeySlot::Contents> contents = slot->open(secret, vault->m_slots.vaultId);
    if (!contents) {
        if (contents.status().code() == ErrorCode::Authentication) {
            slot->failedAttempts = failures.attempts + 1;
            slot->lastFailure = clock.now();
            // Best effort, both: a full disk must not hide the wrong password.
            vault->saveSlots();
            PcFailedAttempts::save(vault->m_slots.vaultId, vault->m_directory, pcSlotKey,
                { slot->failedAttempts, slot->lastFailure });
        }
        return contents.status();
    }

    // What the file presented, before a pending key is folded in below.
    const QByteArray presentedId = slot->id;
    const QByteArray presentedDigest = slot->digest(vault->m_slots.vaultId);
    bool rewrapped = false;

    // The counts stay until the sign-in has been recorded
    // (clearFailedAttempts): a refusal after this point must not lose them.
    vault->m_failedAttemptsBeforeUnlock = failures.attempts;
    vault->m_lastFailedAttempt = failures.lastFailure;
    vault->m_unlockedSlotId = slot->id;
    vault->m_pcSlotKey = pcSlotKey;
    bool slotChanged = false;
    // The holder's signing key; a slot made before signing keys is given one
    // below, with the same password.
    SecureBytes signingSeed = contents->signingSeed.isEmpty()
        ? SecureBytes::random(crypto_sign_SEEDBYTES)
        : SecureBytes::copyOf(contents->signingSeed.span());
    // A slot too cheap to guess is strengthened whenever it is rewrapped
    // (asked only then: new slots' cost may be measured on first use).
    const auto rewrapKdf = [&] { return slot->kdf.isWeak() ? KdfParams::forNewSlots() : slot->kdf; };

    // A key rotation seals the new key to every slot, authenticated by the
    // key it replaced (KeySlot::open has checked that). The newest key that
    // opens the database is the current one: take it over. Keys newer than
    // that belong to rotations cut off before the database changed: forget
    // them.
    if (!contents->pendingKeys.empty()) {
        for (auto key = contents->pendingKeys.rbegin();
             key != contents->pendingKeys.rend() && !vault->isOpen(); ++key) {
            const Status status = vault->openDatabase(*key, false);
            if (status) {
                if (Status status = slot->rewrap(secret, *key, contents->boxSecretKey, vault->m_slots.vaultId,
                        rewrapKdf(), signingSeed);
                    !status) {
                    return status;
                }
                rewrapped = true;
            } else if (status.code() != ErrorCode::Damaged) {
                return status;
            }
        }
        if (!vault->isOpen()) {
            if (Status status = vault->openDatabase(contents->databaseKey, false); !status)
                return status;
            slot->pending.clear();
        }
        slotChanged = true;
    }
    if (!vault->isOpen()) {
        if (Status status = vault->openDatabase(contents->databaseKey, false); !status)
            return status;
    }
    // A database written by SQLCipher 3 (Wingmate 0.1) is upgraded first,
    // before anything is written to it or to the key file.
    if (vault->m_sqlCipher3) {
        if (Status status = vault->upgradeStorage(); !status)
            return status;
    } else if (vault->isOwnOldCopy(vault->legacyCopyPath())) {
        // Upgraded before, and cut off before the old copy was let go. Only
        // this vault's own old database counts: a file merely put there by
        // that name is no upgrade to record.
        vault->m_storageUpgrade = StorageUpgrade::Finished;
    }
    // The slot must be the one the database records: an older copy of the
    // key file put back brings back changed passwords and removed accounts.
    if (Status status = vault->checkSlot(presentedId, presentedDigest); !status) {
        vault->closeDatabase();
        return status;
    }
    if (slot->signingKey.isEmpty()) {
        // Made before signing keys: rewrapped with a new one under the same
        // password, recorded like any rewrap.
        if (Status status = slot->rewrap(secret, vault->m_key, contents->boxSecretKey, vault->m_slots.vaultId,
                rewrapKdf(), signingSeed);
            !status) {
            vault->closeDatabase();
            return status;
        }
        rewrapped = true;
    }
    if (rewrapped) {
        // Recorded as coming before the file changes, and as current once it
        // has: a crash in between leaves either copy of the slot usable.
        if (Status status = vault->recordSlot(*slot, SlotRecord::Next); !status) {
            vault->closeDatabase();
            return status;
        }
        if (vault->saveSlots())
            vault->recordSlot(*slot, SlotRecord::Current); // else promoted at the next unlock
        slotChanged = false;
    }
    if (vault->m_slots.loadedVersion != KeySlotFile::FormatVersion) {
        vault->m_upgradedKeyFileFrom = vault->m_slots.loadedVersion;
        vault->m_slots.loadedVersion = KeySlotFile::FormatVersion;
        slotChanged = true;
    }
    if (slotChanged)
        vault->saveSlots(); // best effort, as above
    vault->m_unlockedBy = recovery ? QString() : slot->user;
    vault->m_signingSeed = std::move(signingSeed);
    return vault;
}

Status Vault::openDatabase(const SecureBytes& key, bool creating)
{
    if (!creating && !QFile::exists(databasePath())) {
        return Status::failure(ErrorCode::Damaged,
            VaultText::tr("The vault's database file is missing; restore it from a backup."), databasePath());
    }
    // SQLite takes an empty file for a new database and would build the
    // schema in it: a vault's database cut to nothing is damage.
    if (!creating && QFileInfo(databasePath()).size() == 0) {
        return Status::failure(ErrorCode::Damaged,
            VaultText::tr("The vault's database is damaged, or is not the one its key file belongs to. "
                          "Restore it from a backup."),
            QStringLiteral("%1 is empty").arg(databasePath()));
    }
    Status opened = openConnection(key, SqlCipherDriver::CipherFormat::SqlCipher4);
    if (!opened && opened.code() == ErrorCode::Damaged && !creating && m_storage == VaultStorage::Encrypted) {
        // Written by SQLCipher 3 (Wingmate 0.1)? Then it opens in that
        // format, for the unlock to upgrade it before anything else.
        if (openConnection(key, SqlCipherDriver::CipherFormat::SqlCipher3))
            opened = Status::success();
    }
    if (!opened)
        return opened;
    m_key = SecureBytes::copyOf(key.span());
    if (Status status = applyPragmas(); !status) {
        closeDatabase();
        return status;
    }
    // A database in SQLCipher 3's format is left exactly as it is until it
    // has been upgraded (upgradeStorage), and migrated after that.
    if (!m_sqlCipher3) {
        if (Status status = SchemaMigrator(m_db).migrate(); !status) {
            closeDatabase();
            return status;
        }
    }
    if (!creating) {
        QSqlQuery id(m_db);
        if (!id.exec(QStringLiteral("SELECT value FROM vault_info WHERE key = 'vault_id'")) || !id.next()
            || id.value(0).toString() != QString::fromLatin1(m_slots.vaultId.toHex())) {
            const QSqlError error = id.lastError();
            id.finish();
            closeDatabase();
            return Status::failure(ErrorCode::Damaged,
                isDamageError(error)
                    ? VaultText::tr("The vault's database is damaged. Restore it from a backup.")
                    : VaultText::tr("The vault's database does not belong with its key file."),
                error.databaseText());
        }
    }
    return Status::success();
}

QString Vault::legacyCopyPath() const
{
    return databasePath() + QStringLiteral(".sqlcipher3");
}

Status Vault::upgradeStorage()
{
    const QString target = databasePath() + QStringLiteral(".upgrading");
    const QString aside = legacyCopyPath();
    // Closing the old connection wipes m_key; the copy is checked and
    // opened under this one.
    const SecureBytes key = SecureBytes::copyOf(m_key.span());
    const auto failed = [this](const QString& details) {
        closeDatabase();
        return Status::failure(ErrorCode::Io,
            VaultText::tr("The vault could not be upgraded to the new storage format, so it was not opened. "
                          "Nothing in it was changed. Check that the disk has space and that the vault "
                          "folder can be written to, then sign in again."),
            details);
    };
    // What an earlier attempt cut off left behind is incomplete: start again.
    for (const QString& leftover : { target, target + QStringLiteral("-journal"), aside })
        QFile::remove(leftover);

    auto* driver = static_cast<SqlCipherDriver*>(m_db.driver());
    sqlite3* connection = driver->connection();
    const auto exec
        = [connection](const char* sql) { return sqlite3_exec(connection, sql, nullptr, nullptr, nullptr); };
    const auto sqliteError = [connection](const QString& step, int rc) {
        return QStringLiteral("%1: %2 (%3)").arg(step, QString::fromUtf8(sqlite3_errmsg(connection))).arg(rc);
    };
    // Everything committed is in the main file (closing the last connection
    // below removes the emptied WAL).
    int rc = exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (rc != SQLITE_OK)
        return failed(sqliteError(QStringLiteral("settling the journal"), rc));

    // 1. Copy every table, index, trigger and row into a new SQLCipher 4
    //    database under the same key, beside the old one.
    driver->setAllowAttach(true);
    {
        sqlite3_stmt* attach = nullptr;
        rc = sqlite3_prepare_v2(connection, "ATTACH DATABASE ?1 AS upgraded KEY ?2", -1, &attach, nullptr);
        const QByteArray path = QFile::encodeName(target);
        SecureBytes keyText = SqlCipherDriver::rawKeyBlob(key.span());
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(attach, 1, path.constData(), int(path.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(attach, 2, reinterpret_cast<const char*>(keyText.data()), int(keyText.size()),
                SQLITE_TRANSIENT);
            rc = sqlite3_step(attach) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(connection);
        }
        sqlite3_finalize(attach);
    }
    const QByteArray pageSize = "PRAGMA upgraded.cipher_page_size = " + QByteArray::number(m_slots.pageSize);
    if (rc == SQLITE_OK)
        rc = exec("PRAGMA upgraded.cipher_compatibility = 4");
    if (rc == SQLITE_OK)
        rc = exec(pageSize.constData());
    if (rc == SQLITE_OK)
        rc = exec("SELECT sqlcipher_export('upgraded')");
    int userVersion = 0;
    if (rc == SQLITE_OK) {
        QSqlQuery version(m_db);
        if (version.exec(QStringLiteral("PRAGMA main.user_version")) && version.next())
            userVersion = version.value(0).toInt();
        else
            rc = SQLITE_ERROR;
    }
    if (rc == SQLITE_OK) {
        const QByteArray setVersion = "PRAGMA upgraded.user_version = " + QByteArray::number(userVersion);
        rc = exec(setVersion.constData());
    }
    if (rc != SQLITE_OK) {
        const QString details = sqliteError(QStringLiteral("copying into the new format"), rc);
        exec("DETACH DATABASE upgraded");
        driver->setAllowAttach(false);
        QFile::remove(target);
        return failed(details);
    }

    // 2. The copy holds every row of every table.
    QStringList mismatches;
    {
        QSqlQuery tables(m_db);
        tables.exec(QStringLiteral(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        tables.finish();
        for (const QString& name : names) {
            const QString quoted = driver->escapeIdentifier(name, QSqlDriver::TableName);
            QSqlQuery count(m_db);
            if (!count.exec(QStringLiteral(
                    "SELECT (SELECT count(*) FROM main.%1), (SELECT count(*) FROM upgraded.%1)")
                                .arg(quoted))
                || !count.next() || count.value(0).toLongLong() != count.value(1).toLongLong()) {
                mismatches.append(name);
            }
        }
    }
    exec("DETACH DATABASE upgraded");
    driver->setAllowAttach(false);
    closeDatabase();
    if (!mismatches.isEmpty()) {
        QFile::remove(target);
        return failed(QStringLiteral("the copy differs in %1").arg(mismatches.join(QStringLiteral(", "))));
    }

    // 3. The copy checks on its own, every page, before it replaces anything.
    if (Status checked = checkDatabaseFile(target, key); !checked) {
        QFile::remove(target);
        return failed(QStringLiteral("checking the copy: %1 %2").arg(checked.message(), checked.details()));
    }

    // 4. The old file is kept aside (a second name for it, so the vault's
    //    own name never points at nothing), then the copy takes its place
    //    in one rename: a crash leaves one format or the other.
    // The copy must be the file SQLite wrote, not a link someone swapped in.
    if (QFileInfo(target).isSymLink() || !QFileInfo(target).isFile()) {
        QFile::remove(target);
        return failed(QStringLiteral("%1 is not a plain file").arg(target));
    }
    if (!platform::hardLink(databasePath(), aside)) {
        QFile::remove(target);
        return failed(QStringLiteral("could not keep %1 aside as %2").arg(databasePath(), aside));
    }
    if (!platform::renameOver(target, databasePath()) || !platform::syncDirectory(m_directory)) {
        QFile::remove(target);
        QFile::remove(aside);
        return failed(QStringLiteral("could not move %1 into place").arg(target));
    }
    if (Status status = openDatabase(key, false); !status)
        return status;
    m_storageUpgrade = StorageUpgrade::Done;
    return Status::success();
}

Result<QStringList> Vault::readDatabaseFile(
    const QString& path, const SecureBytes& key, bool sqlCipher3, const QList<const char*>& statements) const
{
    // immutable=1: no locks, no -wal or -shm beside a file that is only
    // looked at (the copy an upgrade made, or the one it kept aside).
    sqlite3* db = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
    int rc = sqlite3_open_v2(
        uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW, nullptr);
    SecureBytes keyText = SqlCipherDriver::rawKeyBlob(key.span());
    if (rc == SQLITE_OK)
        rc = sqlite3_key(db, keyText.data(), int(keyText.size()));
    if (rc == SQLITE_OK && sqlCipher3)
        rc = sqlite3_exec(db, "PRAGMA cipher_compatibility = 3", nullptr, nullptr, nullptr);
    const QByteArray pageSize = "PRAGMA cipher_page_size = " + QByteArray::number(m_slots.pageSize);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, pageSize.constData(), nullptr, nullptr, nullptr);
    QStringList rows;
    for (const char* statement : statements) {
        if (rc != SQLITE_OK)
            break;
        sqlite3_stmt* stmt = nullptr;
        rc = sqlite3_prepare_v2(db, statement, -1, &stmt, nullptr);
        while (rc == SQLITE_OK) {
            const int step = sqlite3_step(stmt);
            if (step == SQLITE_DONE)
                break;
            if (step != SQLITE_ROW) {
                rc = step;
                break;
            }
            rows.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
        }
        sqlite3_finalize(stmt);
    }
    const QString error = rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        return Status::failure(ErrorCode::Damaged, VaultText::tr("The vault's database is damaged."), error);
    return rows;
}

Status Vault::checkDatabaseFile(const QString& path, const SecureBytes& key) const
{
    const Result<QStringList> rows
        = readDatabaseFile(path, key, false, { "PRAGMA integrity_check", "PRAGMA cipher_integrity_check" });
    if (!rows)
        return rows.status();
    QStringList problems = *rows;
    problems.removeAll(QStringLiteral("ok"));
    if (!problems.isEmpty()) {
        return Status::failure(ErrorCode::Damaged, VaultText::tr("The vault's database is damaged."),
            problems.mid(0, 20).join(QLatin1Char('\n')));
    }
    return Status::success();
}

bool Vault::isOwnOldCopy(const QString& path) const
{
    if (!QFileInfo(path).isFile() || QFileInfo(path).isSymLink())
        return false;
    const Result<QStringList> id
        = readDatabaseFile(path, m_key, true, { "SELECT value FROM vault_info WHERE key = 'vault_id'" });
    return id && *id == QStringList { QString::fromLatin1(m_slots.vaultId.toHex()) };
}

Status Vault::finishStorageUpgrade()
{
    if (m_storageUpgrade == StorageUpgrade::None)
        return Status::success();
    // Its -wal and -shm too, should an earlier program have left them.
    for (const char* suffix : { "-wal", "-shm" })
        QFile::remove(legacyCopyPath() + QLatin1String(suffix));
    if (QFile::exists(legacyCopyPath()) && !QFile::remove(legacyCopyPath())) {
        return Status::failure(ErrorCode::Io,
            VaultText::tr("The copy of the vault in the old format could not be removed."), legacyCopyPath());
    }
    m_storageUpgrade = StorageUpgrade::None;
    return Status::success();
}

Status Vault::openConnection(const SecureBytes& key, SqlCipherDriver::CipherFormat format)
{
    auto* driver = new SqlCipherDriver;
    if (m_storage == VaultStorage::UnencryptedForBenchmark)
        driver->setUnencrypted(true);
    else
        driver->setRawKey(key.span());
    driver->setPageSize(m_slots.pageSize);
    driver->setCipherFormat(format);
    m_connectionName = QStringLiteral("wingmate-vault-%1").arg(++connectionCounter);
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
    m_db.setDatabaseName(databasePath());
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        closeDatabase();
        return storageFailure(error, VaultText::tr("The vault's database could not be opened."));
    }
    {
        // The first read shows whether the key fits: SQLCipher checks each
        // page's HMAC, so a wrong key and a damaged first page look alike
        // here. The slot already proved the key right, so this is damage.
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
            const QSqlError error = probe.lastError();
            probe.finish();
            closeDatabase();
            if (isDamageError(error)) {
                return Status::failure(ErrorCode::Damaged,
                    VaultText::tr(
                        "The vault's database is damaged, or is not the one its key file belongs to. "
                        "Restore it from a backup."),
                    error.databaseText());
            }
            return storageFailure(error, VaultText::tr("The vault's database could not be read."));
        }
    }
    m_sqlCipher3 = format == SqlCipherDriver::CipherFormat::SqlCipher3;
    return Status::success();
}

Status Vault::applyPragmas()
{
    // WAL keeps readers and the writer apart and survives power cuts with
    // synchronous=FULL; a large page cache (128 MiB at most, filled only as
    // pages are read) keeps decryption off the hot path, even for an export
    // of ten years of sessions; temporary tables stay in memory so nothing
    // leaves the encrypted file.
    static const char* const pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA cache_size = -131072",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA secure_delete = ON",
    };
    QSqlQuery query(m_db);
    for (const char* pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return storageFailure(
                query.lastError(), VaultText::tr("The vault's database could not be prepared for use."));
        if (query.next() && qstrcmp(pragma, "PRAGMA journal_mode = WAL") == 0
            && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            return Status::failure(ErrorCode::Io,
                VaultText::tr("The vault's database could not be prepared for use."),
                QStringLiteral("journal_mode is %1, not wal").arg(query.value(0).toString()));
        }
        query.finish();
    }
    return Status::success();
}

void Vault::closeDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_key.clear();
}

void Vault::close()
{
    closeDatabase();
    if (m_lock)
        m_lock->release();
}

Status Vault::saveSlots()
{
    return m_slots.save(keyFilePath());
}

Status Vault::saveSlots(const KeySlotFile& updated)
{
    if (Status status = updated.save(keyFilePath()); !status)
        return status;
    m_slots = updated;
    return Status::success();
}

Status Vault::putBackSlots(const KeySlotFile& earlier)
{
    const auto digests = [this](const KeySlotFile& file) {
        QList<QByteArray> out;
        for (const KeySlot& slot : file.entries)
            out.append(slot.digest(m_slots.vaultId));
        return out;
    };
    if (digests(earlier) == digests(m_slots))
        return Status::success();
    KeySlotFile restored = earlier;
    restored.anchor = m_slots.anchor;
    return saveSlots(restored);
}

Status Vault::recordSlot(const KeySlot& slot, SlotRecord record)
{
    QSqlError error;
    const QByteArray digest = slot.digest(m_slots.vaultId);
    bool ok = true;
    if (record == SlotRecord::Next) {
        ok = putInfo(m_db, nextSlotKey(slot.id), digest, &error);
    } else {
        ok = putInfo(m_db, currentSlotKey(slot.id), digest, &error)
            && removeInfo(m_db, nextSlotKey(slot.id), &error);
    }
    return ok ? Status::success()
              : storageFailure(error, VaultText::tr("The vault's key slots could not be recorded."));
}

Status Vault::forgetSlot(const QByteArray& id)
{
    QSqlError error;
    if (removeInfo(m_db, currentSlotKey(id), &error) && removeInfo(m_db, nextSlotKey(id), &error))
        return Status::success();
    return storageFailure(error, VaultText::tr("The vault's key slots could not be recorded."));
}

void Vault::clearFailedAttempts()
{
    if (m_unlockedSlotId.isEmpty())
        return;
    for (KeySlot& slot : m_slots.entries) {
        if (slot.id == m_unlockedSlotId && slot.failedAttempts != 0) {
            slot.failedAttempts = 0;
            slot.lastFailure = {};
            saveSlots(); // best effort: the next sign-in reports them again
        }
    }
    PcFailedAttempts::save(m_slots.vaultId, m_directory, m_pcSlotKey, {});
    m_failedAttemptsBeforeUnlock = 0;
}

Result<QList<qsizetype>> Vault::unrecordedSlots() const
{
    if (!isOpen())
        return Status::failure(ErrorCode::Usage, VaultText::tr("The vault is locked."));
    const Result<QHash<QString, QByteArray>> read = recordedSlotDigests();
    if (!read)
        return read.status();
    const QHash<QString, QByteArray>& recorded = *read;
    QList<qsizetype> unknown;
    for (qsizetype i = 0; i < m_slots.entries.size(); ++i) {
        const KeySlot& slot = m_slots.entries.at(i);
        const QByteArray digest = slot.digest(m_slots.vaultId);
        if (recorded.value(currentSlotKey(slot.id)) != digest
            && recorded.value(nextSlotKey(slot.id)) != digest)
            unknown.append(i);
    }
    return unknown;
}

QString Vault::slotName(const KeySlot& slot)
{
    return slot.kind == KeySlot::Kind::Recovery ? VaultText::tr("the recovery code") : slot.user;
}

Status Vault::checkAllSlots() const
{
    const Result<QList<qsizetype>> unknown = unrecordedSlots();
    if (!unknown)
        return unknown.status();
    if (unknown->isEmpty())
        return Status::success();
    QStringList names;
    for (const qsizetype i : *unknown)
        names.append(slotName(m_slots.entries.at(i)));
    return Status::failure(ErrorCode::Damaged,
        VaultText::tr("The key file (vault.keys) holds key slots the vault's database does not record, for: "
                      "%1. They were put back from an older copy or made by hand, and may still open the "
                      "vault. An administrator's key rotation (wingmate-cli rotate-key) removes them.")
            .arg(names.join(QStringLiteral(", "))),
        QStringLiteral("%1 of %2 slots unrecorded").arg(names.size()).arg(m_slots.entries.size()));
}

bool Vault::isSlotNotRecorded(const Status& status)
{
    return status.code() == ErrorCode::Damaged
        && status.details().startsWith(QLatin1String(SlotNotRecordedTag));
}

Result<QHash<QString, QByteArray>> Vault::recordedSlotDigests() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT key, value FROM vault_info WHERE key LIKE 'slot_digest%'")))
        return storageFailure(
            query.lastError(), VaultText::tr("The vault's key slots could not be checked."));
    QHash<QString, QByteArray> recorded;
    while (query.next())
        recorded.insert(query.value(0).toString(), QByteArray::fromHex(query.value(1).toString().toLatin1()));
    return recorded;
}

Status Vault::checkSlot(const QByteArray& presentedId, const QByteArray& presentedDigest)
{
    Result<QHash<QString, QByteArray>> read = recordedSlotDigests();
    if (!read)
        return read.status();
    QHash<QString, QByteArray> recorded = read.take();

    // A vault made before slots were recorded: record the file as it is, in
    // one transaction. Cut off half way, the next unlock would find some
    // slots recorded and take the others for slots put there by hand.
    if (recorded.isEmpty()) {
        if (!m_db.transaction())
            return storageFailure(
                m_db.lastError(), VaultText::tr("The vault's key slots could not be recorded."));
        for (const KeySlot& slot : m_slots.entries) {
            QSqlError error;
            const QByteArray digest = slot.id == presentedId ? presentedDigest : slot.digest(m_slots.vaultId);
            if (!putInfo(m_db, currentSlotKey(slot.id), digest, &error)) {
                m_db.rollback();
                return storageFailure(error, VaultText::tr("The vault's key slots could not be recorded."));
            }
        }
        if (!m_db.commit()) {
            const QSqlError error = m_db.lastError();
            m_db.rollback();
            return storageFailure(error, VaultText::tr("The vault's key slots could not be recorded."));
        }
        m_recordedSlots = int(m_slots.entries.size());
        return Status::success();
    }

    // A rewrap cut off after the file was saved: the file's copy is current.
    for (const KeySlot& slot : m_slots.entries) {
        const QByteArray digest = slot.id == presentedId ? presentedDigest : slot.digest(m_slots.vaultId);
        if (recorded.value(nextSlotKey(slot.id)) == digest) {
            QSqlError error;
            if (!putInfo(m_db, currentSlotKey(slot.id), digest, &error)
                || !removeInfo(m_db, nextSlotKey(slot.id), &error))
                return storageFailure(error, VaultText::tr("The vault's key slots could not be recorded."));
            recorded.insert(currentSlotKey(slot.id), digest);
        }
    }
    if (recorded.value(currentSlotKey(presentedId)) == presentedDigest)
        return Status::success();
    const bool known = recorded.contains(currentSlotKey(presentedId));
    return Status::failure(ErrorCode::Damaged,
        known ? VaultText::tr(
            "This key slot is older than the vault's database: an earlier copy of the key file "
            "(vault.keys) has been put back, which would bring back a password that was changed. "
            "Nothing was opened. Restore the vault from its newest backup, or ask an "
            "administrator to reset the password.")
              : VaultText::tr(
                  "This key slot is not one the vault's database knows: an earlier copy of the key file "
                  "(vault.keys) has been put back, or the slot was added by hand. Nothing was opened. "
                  "Restore the vault from its newest backup, or ask an administrator to reset the password."),
        QString::fromLatin1(SlotNotRecordedTag)
            + QStringLiteral(" slot %1: the key file holds %2, the database records %3")
                  .arg(QString::fromLatin1(presentedId.toHex()), QString::fromLatin1(presentedDigest.toHex()),
                      known ? QString::fromLatin1(recorded.value(currentSlotKey(presentedId)).toHex())
                            : QStringLiteral("none")));
}

Status Vault::checkIntegrity()
{
    if (!isOpen())
        return Status::failure(ErrorCode::Usage, VaultText::tr("The vault is locked."));
    // integrity_check reads every page the b-trees reach; cipher_integrity_check
    // checks the HMAC of every page in the file, free pages included. Pages
    // still in the WAL are moved into the file first so both see them.
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    query.finish();
    QStringList problems;
    for (const QString& check :
        { QStringLiteral("PRAGMA integrity_check"), QStringLiteral("PRAGMA cipher_integrity_check") }) {
        if (!query.exec(check)) {
            const QSqlError error = query.lastError();
            if (isDamageError(error))
                return Status::failure(ErrorCode::Damaged, VaultText::tr("The vault's database is damaged."),
                    error.databaseText());
            return storageFailure(error, VaultText::tr("The vault's database could not be checked."));
        }
        while (query.next()) {
            const QString row = query.value(0).toString();
            if (row != QLatin1String("ok"))
                problems.append(row);
        }
        if (query.lastError().isValid()) {
            return Status::failure(ErrorCode::Damaged, VaultText::tr("The vault's database is damaged."),
                query.lastError().databaseText());
        }
        query.finish();
    }
    if (!problems.isEmpty()) {
        return Status::failure(ErrorCode::Damaged, VaultText::tr("The vault's database is damaged."),
            problems.mid(0, 20).join(QLatin1Char('\n')));
    }
    return Status::success();
}

Status Vault::setUserPassword(const QString& username, const QString& password, const KdfParams& kdf)
{
    if (!isOpen())
        return Status::failure(ErrorCode::Usage, VaultText::tr("The vault is locked."));
    if (const QString problem = usernameProblem(username); !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    if (const QString problem = PasswordPolicy::problem(password, username); !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    // A password change keeps the holder's signing key; a new account or a
    // reset by an administrator gets a new one.
    const bool ownSlot = !m_unlockedBy.isEmpty() && m_unlockedBy.compare(username, Qt::CaseInsensitive) == 0;
    const SecureBytes newSigningKey;
    Result<KeySlot> slot = KeySlot::create(KeySlot::Kind::User, username, secretFromText(password), m_key,
        m_slots.vaultId, kdf, ownSlot ? m_signingSeed : newSigningKey);
    if (!slot)
        return slot.status();
    KeySlotFile updated = m_slots;
    if (KeySlot* existing = updated.userSlot(username)) {
        slot->user = existing->user;
        if (Status status = forgetSlot(existing->id); !status)
            return status;
        *existing = slot.take();
    } else {
        updated.entries.append(slot.take());
    }
    const KeySlot& made = *updated.userSlot(username);
    if (Status status = recordSlot(made, SlotRecord::Current); !status)
        return status;
    const IntroducedKey introduced { made.user, made.signingKey };
    if (Status status = saveSlots(updated); !status)
        return status;
    if (!ownSlot)
        m_introducedKeys.append(introduced);
    return Status::success();
}

QString Vault::slotOwner(const KeySlot& slot)
{
    return slot.kind == KeySlot::Kind::Recovery ? RecoveryCodeActor : slot.user;
}

QByteArray Vault::signingKey() const
{
    return KeySlot::signingKeyOf(m_signingSeed);
}

QByteArray Vault::sign(const QByteArray& message) const
{
    return KeySlot::signWith(m_signingSeed, message);
}

Status Vault::checkPassword(const QString& username, const QString& password) const
{
    const KeySlot* slot = m_slots.userSlot(username);
    if (!slot)
        return wrongPassword();
    const Result<KeySlot::Contents> contents = slot->open(secretFromText(password), m_slots.vaultId);
    return contents ? Status::success() : contents.status();
}

Status Vault::writeAnchor(const AuditAnchor& anchor)
{
    KeySlotFile updated = m_slots;
    updated.anchor = anchor;
    if (Status status = updated.save(keyFilePath()); !status)
        return status;
    m_slots.anchor = anchor;
    return Status::success();
}

Status Vault::removeUserSlot(const QString& username)
{
    KeySlotFile updated = m_slots;
    const auto removed = updated.entries.removeIf([&](const KeySlot& slot) {
        return slot.kind == KeySlot::Kind::User && slot.user.compare(username, Qt::CaseInsensitive) == 0;
    });
    if (removed == 0)
        return Status::failure(
            ErrorCode::InvalidInput, VaultText::tr("There is no key slot for %1.").arg(username));
    if (Status status = forgetSlot(m_slots.userSlot(username)->id); !status)
        return status;
    return saveSlots(updated);
}

Result<QString> Vault::replaceRecoveryCode(const KdfParams& kdf)
{
    if (!isOpen())
        return Status::failure(ErrorCode::Usage, VaultText::tr("The vault is locked."));
    const QString code = RecoveryCode::generate();
    Result<KeySlot> slot = KeySlot::create(KeySlot::Kind::Recovery, {},
        secretFromText(*RecoveryCode::normalise(code)), m_key, m_slots.vaultId, kdf);
    if (!slot)
        return slot.status();
    if (KeySlot* previous = m_slots.recoverySlot()) {
        if (Status status = forgetSlot(previous->id); !status)
            return status;
    }
    if (Status status = recordSlot(*slot, SlotRecord::Current); !status)
        return status;
    KeySlotFile updated = m_slots;
    updated.entries.removeIf([](const KeySlot& s) { return s.kind == KeySlot::Kind::Recovery; });
    const IntroducedKey introduced { RecoveryCodeActor, slot->signingKey };
    updated.entries.append(slot.take());
    if (Status status = saveSlots(updated); !status)
        return status;
    m_introducedKeys.append(introduced);
    return code;
}

Status Vault::rotateKey()
{
    if (!isOpen())
        return Status::failure(ErrorCode::Usage, VaultText::tr("The vault is locked."));
    if (m_storage != VaultStorage::Encrypted)
        return Status::failure(
            ErrorCode::Usage, VaultText::tr("This database is not encrypted, so it has no key to change."));
    SecureBytes newKey = SecureBytes::random(KeyBytes);

    // 1. Every slot learns the new key before the database changes, so a
    //    crash after the rekey still leaves a way in. A slot the database
    //    does not record (made by hand, or put back from an older copy) gets
    //    no new key and leaves the file: rotating is how access is taken away.
    const Result<QList<qsizetype>> unrecorded = unrecordedSlots();
    if (!unrecorded)
        return unrecorded.status();
    KeySlotFile updated = m_slots;
    m_droppedSlots.clear();
    for (auto i = unrecorded->crbegin(); i != unrecorded->crend(); ++i) {
        m_droppedSlots.prepend(slotName(updated.entries.at(*i)));
        updated.entries.removeAt(*i);
    }
    for (KeySlot& slot : updated.entries) {
        if (Status status = slot.sealPending(newKey, m_key, m_slots.vaultId); !status)
            return status;
    }
    if (Status status = updated.save(keyFilePath()); !status)
        return status;
    m_slots = updated;

    // 2. Re-encrypt every page in one rollback-journal transaction: a crash
    //    leaves the file wholly under one key or the other.
    sqlite3* connection = static_cast<SqlCipherDriver*>(m_db.driver())->connection();
    const auto exec
        = [connection](const char* sql) { return sqlite3_exec(connection, sql, nullptr, nullptr, nullptr); };
    int rc = exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (rc == SQLITE_OK)
        rc = exec("PRAGMA journal_mode = DELETE");
    if (rc == SQLITE_OK) {
        SecureBytes blob = SqlCipherDriver::rawKeyBlob(newKey.span());
        rc = sqlite3_rekey(connection, blob.data(), static_cast<int>(blob.size()));
    }
    const QString details = rc == SQLITE_OK
        ? QString()
        : QStringLiteral("sqlite3_rekey: %1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(connection))).arg(rc);
    // sqlite3_rekey can answer SQLITE_OK when its commit failed (a full or
    // failing disk), and the connection's cache can still answer under the
    // new key for pages the file does not hold that way. The file itself is
    // wholly under one key or the other: close it and find which. The old
    // key first, since a rekey cut off leaves a journal of old-key pages
    // that only the old key can roll back.
    SecureBytes oldKey = SecureBytes::copyOf(m_key.span());
    closeDatabase();
    const Status underOld = openDatabase(oldKey, false);
    if (underOld) {
        return Status::failure(ErrorCode::Io,
            VaultText::tr("The vault's key could not be changed; the vault still uses its old key."),
            details.isEmpty() ? QStringLiteral("the file is still under the old key after sqlite3_rekey")
                              : details);
    }
    const Status underNew = openDatabase(newKey, false);
    if (underNew)
        return Status::success();
    // Damage only when neither key reads the file; a disk that fails to
    // read is a disk problem.
    const bool damaged = underOld.code() == ErrorCode::Damaged && underNew.code() == ErrorCode::Damaged;
    return Status::failure(damaged ? ErrorCode::Damaged : ErrorCode::Io,
        VaultText::tr("The vault's key could not be changed and the vault had to be closed; sign in again."),
        details + QStringLiteral("; reopening: ") + underOld.details() + QStringLiteral(" / ")
            + underNew.details());
}

Status Vault::copyDatabaseTo(const QString& targetPath, const ProgressCallback& pages) const
{
    if (!isOpen())
        return Status::failure(ErrorCode::Usage, VaultText::tr("The vault is locked."));
    if (QFile::exists(targetPath)) {
        return Status::failure(ErrorCode::Io, VaultText::tr("The vault's database could not be copied."),
            QStringLiteral("%1 already exists").arg(targetPath));
    }
    const auto failed = [&targetPath](sqlite3* target, const QString& what, int rc) {
        const QString message = target ? QString::fromUtf8(sqlite3_errmsg(target)) : QString();
        sqlite3_close(target);
        for (const QString& suffix :
            { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(targetPath + suffix);
        return Status::failure(rc == SQLITE_FULL || rc == SQLITE_IOERR || rc == SQLITE_CANTOPEN
                ? ErrorCode::Io
                : ErrorCode::Damaged,
            rc == SQLITE_FULL ? VaultText::tr("The vault's database could not be copied: the disk is full.")
                              : VaultText::tr("The vault's database could not be copied."),
            QStringLiteral("%1: %2 (%3)").arg(what, message).arg(rc));
    };

    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(targetPath).constData(), &target,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return failed(target, QStringLiteral("open"), rc);
    {
        const SecureBytes blob = SqlCipherDriver::rawKeyBlob(m_key.span());
        rc = sqlite3_key(target, blob.data(), static_cast<int>(blob.size()));
    }
    const QByteArray pageSize
        = QByteArray("PRAGMA cipher_page_size = ") + QByteArray::number(m_slots.pageSize);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(target, pageSize.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return failed(target, QStringLiteral("keying the copy"), rc);

    // Copying from this very connection sees one consistent state of the
    // database (the backup reads inside its own read transaction), and
    // the copy is made page by page under the same key, so nothing is ever
    // decrypted to disk.
    sqlite3* source = static_cast<SqlCipherDriver*>(m_db.driver())->connection();
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return failed(target, QStringLiteral("sqlite3_backup_init"), sqlite3_errcode(target));
    constexpr int PagesPerStep = 256;
    int busyRetries = 0;
    for (;;) {
        rc = sqlite3_backup_step(backup, PagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busyRetries > 100)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const int total = sqlite3_backup_pagecount(backup);
        if (pages && !pages({}, total - sqlite3_backup_remaining(backup), total)) {
            sqlite3_backup_finish(backup);
            sqlite3_close(target);
            for (const QString& suffix : { QString(), QStringLiteral("-journal") })
                QFile::remove(targetPath + suffix);
            return cancelledStatus(VaultText::tr("The copy was stopped."));
        }
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return failed(target, QStringLiteral("sqlite3_backup_step"), rc);
    if (finish != SQLITE_OK)
        return failed(target, QStringLiteral("sqlite3_backup_finish"), finish);
    rc = sqlite3_close(target);
    if (rc != SQLITE_OK)
        return failed(nullptr, QStringLiteral("closing the copy"), rc);
    return Status::success();
}

Result<std::unique_ptr<Vault>> Vault::openCopy(const QString& directory) const
{
    if (!isOpen())
        return Status::failure(ErrorCode::Usage, VaultText::tr("The vault is locked."));
    auto lock = std::make_unique<VaultLock>(directory);
    if (Status status = lock->acquire(); !status)
        return status;
    std::unique_ptr<Vault> copy(
        new Vault(QDir(directory).absolutePath(), std::move(lock), m_clock, m_storage));
    Result<KeySlotFile> keyFile = KeySlotFile::load(copy->keyFilePath());
    if (!keyFile)
        return keyFile.status();
    copy->m_slots = keyFile.take();
    if (copy->m_slots.vaultId != m_slots.vaultId) {
        return Status::failure(ErrorCode::Damaged, VaultText::tr("The copy is not of this vault."),
            QStringLiteral("vault id %1, expected %2")
                .arg(QString::fromLatin1(copy->m_slots.vaultId.toHex()),
                    QString::fromLatin1(m_slots.vaultId.toHex())));
    }
    if (Status status = copy->openDatabase(m_key, false); !status)
        return status;
    copy->m_unlockedBy = m_unlockedBy;
    return copy;
}

SecureBytes Vault::deriveSubkey(quint64 id, const char (&context)[9]) const
{
    SecureBytes subkey(32);
    if (m_key.size() == crypto_kdf_KEYBYTES)
        crypto_kdf_derive_from_key(subkey.data(), subkey.size(), id, context, m_key.data());
    return subkey;
}

} // namespace wingmate
