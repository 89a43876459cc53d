#pragma once

#include "Clock.h"
#include "Status.h"
#include "audit/AuditEvent.h"
#include "domain/UserRole.h"
#include "services/Permissions.h"
#include "services/WingSettings.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace wingmate {

class AuditLog;

// A staff account as stored in the vault.
struct UserAccount {
    qint64 id = 0;
    QString username;
    QString displayName;
    UserRole role = UserRole::SupportWorker;
    bool active = true;
    bool mustChangePassword = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastLoginAt;
};

// One write: the changes and their audit events, committed together or not
// at all. Handed to the work passed to UserSession::write().
class WriteContext {
public:
    WriteContext(QSqlDatabase db, AuditLog& log, const UserAccount& actor, const Clock& clock);
    QSqlDatabase database() const { return m_db; }
    const UserAccount& actor() const { return m_actor; }
    QDateTime now() const { return m_now; }
    // Adds an audit event to this write.
    Status audit(const QString& action, const QString& entityType = {}, const QString& entityId = {},
        const QJsonObject& details = {});
    // Inserts one row with created_at and updated_at now (Rows::insert);
    // failure is the sentence shown if it is refused. The new id.
    Result<qint64> insert(const QString& table, const QVariantMap& columns, const QString& failure);
    // Inserts a record as above and audits its creation as entityType with
    // details; the new id.
    Result<qint64> create(const QString& table, const QString& entityType, const QVariantMap& columns,
        const QJsonObject& details, const QString& failure);
    // Changes one live row and its updated_at (Rows::update).
    Status update(const QString& table, qint64 id, const QVariantMap& columns, const QString& failure);
    // Stores a setting's new value (checked and normalised by
    // WingSettings::validate) and audits the change, before and after;
    // nothing when the value is the same.
    Status storeSetting(Setting setting, const QVariant& value);
    // Destroys the keys that seal what the audit trail says about these
    // prisoners (AuditLog::erasePersonalContent), dated today; how many.
    Result<qint64> erasePersonalContent(const QList<qint64>& prisoners, const QString& why);

private:
    QSqlDatabase m_db;
    AuditLog& m_log;
    const UserAccount& m_actor;
    QDateTime m_now;
};

// A signed-in member of staff: the open vault, who they are, what their role
// allows, and the idle lock. Every service works through one.
//
// Locking closes the database and wipes the key; unlocking needs the same
// user's password again. The idle timeout comes from the IdleLockMinutes
// setting and is measured on the injected clock.
class UserSession {
    Q_DECLARE_TR_FUNCTIONS(UserSession)
public:
    ~UserSession();
    UserSession(const UserSession&) = delete;
    UserSession& operator=(const UserSession&) = delete;

    // Makes a new vault and signs its first administrator in.
    struct Created {
        std::unique_ptr<UserSession> session;
        QString recoveryCode;
    };
    // storage is VaultStorage::Encrypted except for the benchmark's plain copy.
    static Result<Created> createVault(const QString& directory, const Vault::CreateOptions& options,
        const Clock& clock = Clock::system(), VaultStorage storage = VaultStorage::Encrypted);
    // IntegrityFirst runs PRAGMA integrity_check before the sign-in is
    // recorded, so that checking a damaged vault (wingmate-cli verify)
    // writes nothing to it.
    // AcceptOlderCopy lets an active administrator sign in to a vault that
    // is behind a copy of its audit head (put back by hand from an older
    // copy, on purpose): the chain must still verify, and the acceptance is
    // recorded in the audit trail with both sequence numbers.
    enum class Check { None, IntegrityFirst, AcceptOlderCopy };
    static Result<std::unique_ptr<UserSession>> signIn(const QString& directory, const QString& username,
        const QString& password, const Clock& clock = Clock::system(), Check check = Check::None,
        VaultStorage storage = VaultStorage::Encrypted);

    const UserAccount& user() const { return m_user; }
    UserRole role() const { return m_user.role; }
    bool can(Operation operation) const { return require(operation).ok(); }
    // The role's permission, and until a one-time password has been replaced,
    // nothing but changing it.
    Status require(Operation operation) const;
    const Clock& clock() const { return m_clock; }
    QString directory() const { return m_directory; }

    // Wrong passwords for this user since their previous sign-in.
    int failedAttemptsBeforeSignIn() const { return m_failedAttempts; }
    QDateTime lastFailedAttempt() const { return m_lastFailedAttempt; }
    bool mustChangePassword() const { return m_user.mustChangePassword; }

    // --- locking ---
    bool isLocked() const { return !m_vault; }
    Status lock();
    Status unlock(const QString& password);
    // Call on every user action: restarts the idle timer.
    void noteActivity();
    int idleLockMinutes() const { return m_idleLockMinutes; }
    qint64 secondsUntilIdleLock() const;
    // Locks when the idle time has run out; true if it locked.
    bool lockIfIdle();
    // Audits the sign-out and closes the vault.
    void signOut();

    // --- for services (fail with "locked" when locked) ---
    Vault& vault();
    AuditLog& auditLog();
    QSqlDatabase database() const;
    WingSettings settings() const;
    Status requireUnlocked() const;

    // Runs work in one transaction; commits with its audit events, then
    // records the new audit head in the key file. Any failure rolls back.
    Status write(const std::function<Status(WriteContext&)>& work);
    // Audits a read (e.g. viewing a record): its own small write.
    Status auditRead(const QString& action, const QString& entityType, const QString& entityId,
        const QJsonObject& details = {});

    // --- the signed-in user's own account ---
    Status changeOwnPassword(const QString& currentPassword, const QString& newPassword);
    Status changeSetting(Setting setting, const QVariant& value);
    Status rotateKey();
    // Integrity check, audit chain and anchor. ErrorCode::Damaged names the
    // first bad audit event.
    Status verify();

    Result<UserAccount> loadAccount(const QString& username) const;

    // Things the user must be told although what they did succeeded (the
    // audit head could not be written after a commit; the key file's copy
    // of it had fallen behind). The handler is called at once; notices from
    // before it was set are handed to it when it is.
    void setNoticeHandler(std::function<void(const QString&)> handler);

    // What signing in with Check::AcceptOlderCopy accepted, if anything.
    struct AcceptedCopy {
        bool accepted = false;
        qint64 recordedSequence = 0; // the copy of the head the vault was behind
        qint64 vaultSequence = 0; // the vault's last event before accepting
    };
    AcceptedCopy acceptedOlderCopy() const { return m_accepted; }

private:
    UserSession(QString directory, const Clock& clock, VaultStorage storage);
    Status attach(std::unique_ptr<Vault> vault, Check check = Check::None);
    void notice(const QString& text);
    Status signedIn(bool unlocking);

    QString m_directory;
    const Clock& m_clock;
    VaultStorage m_storage;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<AuditLog> m_audit;
    UserAccount m_user;
    int m_failedAttempts = 0;
    QDateTime m_lastFailedAttempt;
    int m_idleLockMinutes = 5;
    QDateTime m_lastActivity;
    std::function<void(const QString&)> m_noticeHandler;
    AcceptedCopy m_accepted;
    QStringList m_pendingNotices;
    // What attach() found for signedIn() to record.
    struct OpenFindings {
        bool acceptedOlderCopy = false;
        qint64 recordedSequence = 0;
        qint64 vaultSequence = 0;
        bool keyFileBehind = false;
        qint64 keyFileSequence = 0;
        int keyFileUpgradedFrom = 0;
        int recordedSlots = 0; // slots first recorded in the database at this unlock
        Vault::StorageUpgrade storageUpgrade = Vault::StorageUpgrade::None;
        qint64 upgradeEventsChecked = 0;
    } m_findings;
};

} // namespace wingmate
