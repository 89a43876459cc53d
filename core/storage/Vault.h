#pragma once

#include "Clock.h"
#include "Progress.h"
#include "Status.h"
#include "security/KeyDerivation.h"
#include "security/KeySlotFile.h"
#include "security/SecureBytes.h"
#include "storage/SqlCipherDriver.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace wingmate {

class VaultLock;

// How a vault's database file is stored: always encrypted, except for the
// benchmark's comparison copy (tests/bench), which times the same code on a
// plain SQLite file of the same schema. An encrypted database does not open
// as a plain one, nor the other way round.
enum class VaultStorage { Encrypted, UnencryptedForBenchmark };

// A vault is a folder holding the encrypted database (wingmate.db, plus its
// -wal and -shm while open), the key-slot file (vault.keys) and, while open,
// a lock file (vault.lock). An open Vault holds the database key in locked
// memory and the lock; close() (or destruction) closes the database, wipes
// the key and releases the lock.
class Vault {
public:
    static constexpr const char* DatabaseFileName = "wingmate.db";
    static constexpr const char* KeyFileName = "vault.keys";

    struct CreateOptions {
        QString adminUsername;
        QString adminDisplayName;
        QString password;
        KdfParams kdf;
    };
    struct Created {
        std::unique_ptr<Vault> vault;
        QString recoveryCode; // shown once, never stored
    };

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // True if the folder holds a vault's key file or database.
    static bool exists(const QString& directory);

    // Makes a new vault in an empty (or not yet existing) folder, with its
    // first administrator and a recovery code.
    static Result<Created> create(const QString& directory, const CreateOptions& options,
        const Clock& clock = Clock::system(), VaultStorage storage = VaultStorage::Encrypted);

    // Unlocks with a user's password. A wrong password or unknown user is
    // ErrorCode::Authentication and is counted against that user's slot.
    static Result<std::unique_ptr<Vault>> open(const QString& directory, const QString& username,
        const QString& password, const Clock& clock = Clock::system(),
        VaultStorage storage = VaultStorage::Encrypted);
    // Seconds the user must still wait before trying again after repeated
    // wrong passwords (0 when they may try now). Reads the key file only.
    static qint64 secondsUntilNextAttempt(
        const QString& directory, const QString& username, const Clock& clock = Clock::system());
    // Unlocks with the recovery code instead of a password.
    static Result<std::unique_ptr<Vault>> openWithRecoveryCode(
        const QString& directory, const QString& code, const Clock& clock = Clock::system());

    void close();
    bool isOpen() const;

    QSqlDatabase database() const { return m_db; }
    const QString& directory() const { return m_directory; }
    VaultStorage storage() const { return m_storage; }
    QString databasePath() const;
    QString keyFilePath() const;
    QByteArray vaultId() const { return m_slots.vaultId; }
    int pageSize() const { return m_slots.pageSize; }
    // The slot this vault was unlocked with: a username, or empty for the
    // recovery code.
    const QString& unlockedBy() const { return m_unlockedBy; }
    // Failed attempts on that slot since its last successful unlock.
    int failedAttemptsBeforeUnlock() const { return m_failedAttemptsBeforeUnlock; }
    // Sets the unlocked slot's wrong-password counts back to zero, in the key
    // file and on this PC: called once the sign-in that reports them has been
    // recorded, never by the unlock itself.
    void clearFailedAttempts();
    QDateTime lastFailedAttempt() const { return m_lastFailedAttempt; }
    QString cipherVersion() const;
    // The key-slot file's format version before this unlock rewrote it in
    // the current one (0 when it was already current).
    int upgradedKeyFileFrom() const { return m_upgradedKeyFileFrom; }
    // How many slots this unlock recorded in a database that had none on
    // record (a vault made before slots were recorded), else 0.
    int recordedSlots() const { return m_recordedSlots; }
    // Whether an unlock was refused because the slot that opened is not the
    // one the database records (an older or made-up slot put into the key
    // file): the password was right, the key file was tampered with.
    static bool isSlotNotRecorded(const Status& status);
    // Every slot in the key file, not only the one that opened it, against
    // the database's record (verify): ErrorCode::Damaged naming the others.
    Status checkAllSlots() const;
    // The slots the last rotateKey() left out because the database does not
    // record them (names as checkAllSlots gives them).
    const QStringList& droppedSlots() const { return m_droppedSlots; }
    QStringList slotUsers() const;
    // Whether this unlock found the database in SQLCipher 3's format (made
    // by Wingmate 0.1) and upgraded it (Done), or found an upgrade made
    // earlier whose old copy was still kept aside (Finished). The session
    // records it in the audit trail, then calls finishStorageUpgrade(),
    // which removes the old copy.
    enum class StorageUpgrade { None, Done, Finished };
    StorageUpgrade storageUpgrade() const { return m_storageUpgrade; }
    Status finishStorageUpgrade();
    // Where the old copy is kept until then.
    QString legacyCopyPath() const;
    // The slots whose key derivation is weaker than the interactive minimum
    // (KdfParams::isWeak): usernames, and "recovery code" for that slot.
    QStringList weakSlots() const;

    // PRAGMA integrity_check over every page. ErrorCode::Damaged if not ok.
    Status checkIntegrity();

    // The Ed25519 public key of the slot this vault was unlocked with, and a
    // detached signature with its secret key, which lives only inside that
    // slot and in this object while the vault is open (empty when there is
    // none, e.g. a copy opened for checking).
    QByteArray signingKey() const;
    QByteArray sign(const QByteArray& message) const;
    // Signing keys this vault object has made for others (a new account, a
    // reset, the vault's first slots, a new recovery code) and not yet
    // recorded in the audit trail: AuditLog::seal records them in the
    // transaction that made them. The owner is the username, or
    // RecoveryCodeActor for the recovery code's slot.
    struct IntroducedKey {
        QString owner;
        QByteArray key;
    };
    QList<IntroducedKey> introducedKeys() const { return m_introducedKeys; }
    void setIntroducedKeys(const QList<IntroducedKey>& keys) { m_introducedKeys = keys; }
    // Who signs with a slot's key: its username, or RecoveryCodeActor.
    static QString slotOwner(const KeySlot& slot);

    // Checks a user's password against their slot without changing anything
    // (Argon2id, so it takes as long as an unlock).
    Status checkPassword(const QString& username, const QString& password) const;

    // Adds a slot for the user, or replaces theirs: used for new accounts,
    // password changes and password resets.
    Status setUserPassword(const QString& username, const QString& password, const KdfParams& kdf);
    Status removeUserSlot(const QString& username);
    // Replaces the recovery slot with a new code, returned once.
    Result<QString> replaceRecoveryCode(const KdfParams& kdf);
    // Re-encrypts the database under a new random key (sqlite3_rekey). Every
    // slot receives the new key sealed to its public key, and takes it over
    // at its next unlock, so no other password needs to be known. Safe
    // against a crash at any point: the database opens with exactly one of
    // the two keys, and unlocking tries both.
    Status rotateKey();

    // The key-slot file as this vault holds it, and a way to put an earlier
    // state back when the transaction that changed a slot was rolled back
    // (the database's record of the slots went with it).
    const KeySlotFile& keySlots() const { return m_slots; }
    Status putBackSlots(const KeySlotFile& earlier);

    // The audit chain's head as last recorded in the key-slot file.
    const AuditAnchor& anchor() const { return m_slots.anchor; }
    // Records a new head in the key-slot file (atomically).
    Status writeAnchor(const AuditAnchor& anchor);

    // Copies the open database, as one consistent snapshot, into a new
    // database file at targetPath encrypted with the same key and page size
    // (sqlite3_backup from this connection, so the vault stays usable).
    // pages(done, total) may return false to stop; the partial copy is then
    // removed and a cancelled status returned.
    Status copyDatabaseTo(const QString& targetPath, const ProgressCallback& pages) const;
    // Opens another folder holding a copy of this vault (its key-slot file
    // and a database under this vault's current key), e.g. a backup unpacked
    // for checking. The copy has its own lock.
    Result<std::unique_ptr<Vault>> openCopy(const QString& directory) const;

    // A subkey for one purpose (e.g. audit hashing), derived from the current
    // database key with crypto_kdf. Changes when the key is rotated.
    SecureBytes deriveSubkey(quint64 id, const char (&context)[9]) const;

private:
    Vault(QString directory, std::unique_ptr<VaultLock> lock, const Clock& clock, VaultStorage storage);

    static Result<std::unique_ptr<Vault>> unlock(const QString& directory, const QString& username,
        const SecureBytes& secret, bool recovery, const Clock& clock, VaultStorage storage);
    Status openDatabase(const SecureBytes& key, bool creating);
    Status openConnection(const SecureBytes& key, SqlCipherDriver::CipherFormat format);
    // Rewrites a database in SQLCipher 3's format as SQLCipher 4, in place
    // and safe against a crash at any point, and reopens it.
    Status upgradeStorage();
    // The first column of every row the statements give on a database file
    // under the given key, through a read-only connection of its own that
    // never follows a link; ErrorCode::Damaged when it cannot be read.
    Result<QStringList> readDatabaseFile(const QString& path, const SecureBytes& key, bool sqlCipher3,
        const QList<const char*>& statements) const;
    // PRAGMA integrity_check and cipher_integrity_check on a database file.
    Status checkDatabaseFile(const QString& path, const SecureBytes& key) const;
    // Whether path is a plain file holding this vault's own database in
    // SQLCipher 3's format (the copy an upgrade keeps aside).
    bool isOwnOldCopy(const QString& path) const;
    Status applyPragmas();
    void closeDatabase();
    Status saveSlots();
    // Saves updated as the key file and keeps it.
    Status saveSlots(const KeySlotFile& updated);

    // The database's record of each slot (KeySlot::digest), written in the
    // same transaction as the change it records.
    enum class SlotRecord { Current, Next };
    Status recordSlot(const KeySlot& slot, SlotRecord record);
    Status forgetSlot(const QByteArray& id);
    // Checks the slot an unlock used against the record: Damaged when the
    // file holds an older or unknown copy of it.
    static constexpr const char* SlotNotRecordedTag = "slot not recorded:";
    // Indexes into m_slots.entries of the slots whose digest the database
    // records neither as current nor as next.
    Result<QList<qsizetype>> unrecordedSlots() const;
    // Every recorded slot digest, by its vault_info key (current and next).
    Result<QHash<QString, QByteArray>> recordedSlotDigests() const;
    static QString slotName(const KeySlot& slot);
    Status checkSlot(const QByteArray& presentedId, const QByteArray& presentedDigest);

    QString m_directory;
    std::unique_ptr<VaultLock> m_lock;
    const Clock& m_clock;
    VaultStorage m_storage;
    KeySlotFile m_slots;
    SecureBytes m_key;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_unlockedBy;
    int m_failedAttemptsBeforeUnlock = 0;
    QByteArray m_unlockedSlotId;
    SecureBytes m_signingSeed; // the unlocked slot's Ed25519 seed
    QList<IntroducedKey> m_introducedKeys;
    QStringList m_droppedSlots;
    QString m_pcSlotKey;
    int m_upgradedKeyFileFrom = 0;
    int m_recordedSlots = 0;
    bool m_sqlCipher3 = false;
    StorageUpgrade m_storageUpgrade = StorageUpgrade::None;
    QDateTime m_lastFailedAttempt;
};

} // namespace wingmate
