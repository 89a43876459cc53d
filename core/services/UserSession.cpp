#include "services/UserSession.h"

#include "audit/AuditLog.h"
#include "domain/MenteeSession.h"
#include "security/PasswordPolicy.h"
#include "services/RecordRepairs.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <utility>

namespace wingmate {

namespace {

QDateTime parseTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

WriteContext::WriteContext(QSqlDatabase db, AuditLog& log, const UserAccount& actor, const Clock& clock)
    : m_db(std::move(db))
    , m_log(log)
    , m_actor(actor)
    , m_now(clock.now())
{
}

Status WriteContext::audit(
    const QString& action, const QString& entityType, const QString& entityId, const QJsonObject& details)
{
    AuditEvent event;
    event.occurredAt = m_now;
    event.actor = m_actor.username;
    event.action = action;
    event.entityType = entityType;
    event.entityId = entityId;
    event.details = details;
    return m_log.append(event);
}

Result<qint64> WriteContext::insert(const QString& table, const QVariantMap& columns, const QString& failure)
{
    return Rows::insert(m_db, table, columns, m_now, failure);
}

Result<qint64> WriteContext::create(const QString& table, const QString& entityType,
    const QVariantMap& columns, const QJsonObject& details, const QString& failure)
{
    Result<qint64> id = insert(table, columns, failure);
    if (!id)
        return id;
    if (Status status = audit(AuditAction::Create, entityType, QString::number(*id), details); !status)
        return status;
    return id;
}

Status WriteContext::update(
    const QString& table, qint64 id, const QVariantMap& columns, const QString& failure)
{
    return Rows::update(m_db, table, id, columns, m_now, failure);
}

Status WriteContext::storeSetting(Setting setting, const QVariant& value)
{
    const Result<QVariant> valid = WingSettings::validate(setting, value);
    if (!valid)
        return valid.status();
    const QString before = WingSettings::encode(setting, WingSettings(m_db).value(setting));
    const QString after = WingSettings::encode(setting, *valid);
    if (before == after)
        return Status::success();
    QSqlQuery upsert(m_db);
    // An upsert changes the row in place; OR REPLACE would delete and
    // insert it again.
    upsert.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                  "updated_at = excluded.updated_at"));
    upsert.addBindValue(WingSettings::key(setting));
    upsert.addBindValue(after);
    upsert.addBindValue(Rows::isoTime(m_now));
    if (!upsert.exec())
        return storageFailure(upsert.lastError(), UserSession::tr("The setting could not be saved."));
    return audit(AuditAction::SettingsChange, QStringLiteral("setting"), WingSettings::key(setting),
        QJsonObject { { QStringLiteral("before"), before }, { QStringLiteral("after"), after } });
}

Result<qint64> WriteContext::erasePersonalContent(const QList<qint64>& prisoners, const QString& why)
{
    return m_log.erasePersonalContent(prisoners, m_now.toUTC().date(), why);
}

UserSession::UserSession(QString directory, const Clock& clock, VaultStorage storage)
    : m_directory(std::move(directory))
    , m_clock(clock)
    , m_storage(storage)
{
}

UserSession::~UserSession()
{
    m_audit.reset();
    m_vault.reset();
}

Result<UserSession::Created> UserSession::createVault(
    const QString& directory, const Vault::CreateOptions& options, const Clock& clock, VaultStorage storage)
{
    Result<Vault::Created> created = Vault::create(directory, options, clock, storage);
    if (!created)
        return created.status();
    std::unique_ptr<UserSession> session(new UserSession(created->vault->directory(), clock, storage));
    if (Status status = session->attach(std::move(created->vault)); !status)
        return status;
    Result<UserAccount> account = session->loadAccount(options.adminUsername);
    if (!account)
        return account.status();
    session->m_user = account.take();
    // The vault's founding records are its first commit (Vault::create).
    const Status status = session->write([&](WriteContext& ctx) {
        return ctx.audit(AuditAction::Login, QStringLiteral("user"), session->m_user.username);
    });
    if (!status)
        return status;
    return Created { std::move(session), created->recoveryCode };
}

Result<std::unique_ptr<UserSession>> UserSession::signIn(const QString& directory, const QString& username,
    const QString& password, const Clock& clock, Check check, VaultStorage storage)
{
    Result<std::unique_ptr<Vault>> vault = Vault::open(directory, username, password, clock, storage);
    if (!vault)
        return vault.status();
    if (check == Check::IntegrityFirst) {
        if (Status status = (*vault)->checkIntegrity(); !status)
            return status;
    }
    std::unique_ptr<UserSession> session(new UserSession((*vault)->directory(), clock, storage));
    session->m_failedAttempts = (*vault)->failedAttemptsBeforeUnlock();
    session->m_lastFailedAttempt = (*vault)->lastFailedAttempt();
    if (Status status = session->attach(vault.take(), check); !status)
        return status;
    Result<UserAccount> account = session->loadAccount(username);
    if (!account && account.status().code() == ErrorCode::Damaged)
        return account.status();
    if (!account)
        return Status::failure(ErrorCode::Authentication, tr("The username or password is not right."));
    if (!account->active) {
        return Status::failure(ErrorCode::Authentication,
            tr("The account %1 has been disabled; ask an administrator.").arg(account->username));
    }
    session->m_user = account.take();
    if (Status status = session->signedIn(false); !status)
        return status;
    return session;
}

Status UserSession::attach(std::unique_ptr<Vault> vault, Check check)
{
    const bool acceptOlderCopy = check == Check::AcceptOlderCopy;
    m_vault = std::move(vault);
    m_audit = std::make_unique<AuditLog>(*m_vault);
    m_findings = {};
    m_findings.keyFileUpgradedFrom = m_vault->upgradedKeyFileFrom();
    m_findings.recordedSlots = m_vault->recordedSlots();
    Status status = m_audit->load();
    if (status) {
        const AuditLog::Verification anchored = m_audit->checkAnchor();
        status = anchored.status;
        if (!status && anchored.rolledBack && acceptOlderCopy) {
            // Accepted only on an unbroken chain; the administrator check
            // follows once the account is known.
            const AuditLog::Verification chain = m_audit->verify(AuditLog::Copies::ChainOnly);
            status = chain.status;
            m_findings.acceptedOlderCopy = true;
            m_findings.recordedSequence = anchored.recordedSequence;
            m_findings.vaultSequence = anchored.vaultSequence;
        } else if (status) {
            m_findings.keyFileBehind = anchored.keyFileBehind;
            m_findings.keyFileSequence = anchored.keyFileSequence;
            m_findings.vaultSequence = anchored.vaultSequence;
        } else if (check == Check::IntegrityFirst) {
            // A head that does not match its record: a check of the whole
            // trail names the first event tampered with, and whose
            // signature fails, where it can.
            const AuditLog::Verification chain = m_audit->verify(AuditLog::Copies::ChainOnly);
            if (!chain.status)
                status = chain.status;
        }
    }
    if (status && m_vault->storageUpgrade() != Vault::StorageUpgrade::None) {
        // The upgraded database's whole audit chain must verify before the
        // copy in the old format is let go.
        const AuditLog::Verification chain = m_audit->verify(AuditLog::Copies::ChainOnly);
        status = chain.status;
        m_findings.storageUpgrade = m_vault->storageUpgrade();
        m_findings.upgradeEventsChecked = chain.events;
    }
    if (!status) {
        m_audit.reset();
        m_vault.reset();
        return status;
    }
    m_idleLockMinutes = settings().integer(Setting::IdleLockMinutes);
    m_lastActivity = m_clock.now();
    return Status::success();
}

void UserSession::setNoticeHandler(std::function<void(const QString&)> handler)
{
    m_noticeHandler = std::move(handler);
    if (m_noticeHandler) {
        const QStringList pending = std::exchange(m_pendingNotices, {});
        for (const QString& text : pending)
            m_noticeHandler(text);
    }
}

void UserSession::notice(const QString& text)
{
    if (m_noticeHandler)
        m_noticeHandler(text);
    else
        m_pendingNotices.append(text);
}

Status UserSession::signedIn(bool unlocking)
{
    const OpenFindings findings = std::exchange(m_findings, {});
    if (findings.acceptedOlderCopy) {
        if (Status status = require(Operation::RestoreVault); !status) {
            m_audit.reset();
            m_vault.reset();
            return Status::failure(ErrorCode::Forbidden,
                tr("Only an active administrator can accept an older copy of the vault."), status.details());
        }
        m_accepted = { true, findings.recordedSequence, findings.vaultSequence };
    }
    if (findings.keyFileBehind) {
        notice(tr(
            "The vault's key file had not recorded the last %n audit event(s), probably because it could not "
            "be written after a change. It is up to date again, and this has been recorded in the audit "
            "trail.",
            nullptr, int(findings.vaultSequence - findings.keyFileSequence)));
    }
    int repairedCount = 0;
    const Status recorded = write([&](WriteContext& ctx) {
        if (findings.acceptedOlderCopy) {
            if (Status s = ctx.audit(AuditAction::AcceptOlderCopy, QStringLiteral("vault"), {},
                    QJsonObject { { QStringLiteral("recorded_sequence"), findings.recordedSequence },
                        { QStringLiteral("vault_sequence"), findings.vaultSequence } });
                !s) {
                return s;
            }
        }
        if (findings.keyFileBehind) {
            if (Status s = ctx.audit(AuditAction::AnchorRepair, QStringLiteral("vault"), {},
                    QJsonObject { { QStringLiteral("key_file_sequence"), findings.keyFileSequence },
                        { QStringLiteral("vault_sequence"), findings.vaultSequence } });
                !s) {
                return s;
            }
        }
        if (findings.storageUpgrade != Vault::StorageUpgrade::None) {
            if (Status s = ctx.audit(AuditAction::StorageUpgrade, QStringLiteral("vault"), {},
                    QJsonObject { { QStringLiteral("from"), QStringLiteral("SQLCipher 3") },
                        { QStringLiteral("to"), QStringLiteral("SQLCipher ") + m_vault->cipherVersion() },
                        { QStringLiteral("resumed"), findings.storageUpgrade == Vault::StorageUpgrade::Finished },
                        { QStringLiteral("events_checked"), findings.upgradeEventsChecked } });
                !s) {
                return s;
            }
        }
        if (findings.recordedSlots != 0) {
            if (Status s = ctx.audit(AuditAction::KeySlotsRecorded, QStringLiteral("vault"), {},
                    QJsonObject { { QStringLiteral("slots"), findings.recordedSlots } });
                !s) {
                return s;
            }
        }
        if (findings.keyFileUpgradedFrom != 0) {
            if (Status s = ctx.audit(AuditAction::KeyFileUpgrade, QStringLiteral("vault"), {},
                    QJsonObject { { QStringLiteral("from_version"), findings.keyFileUpgradedFrom },
                        { QStringLiteral("to_version"), KeySlotFile::FormatVersion } });
                !s) {
                return s;
            }
        }
        if (m_failedAttempts > 0) {
            if (Status s = ctx.audit(AuditAction::FailedLogin, QStringLiteral("user"), m_user.username,
                    QJsonObject { { QStringLiteral("attempts"), m_failedAttempts } });
                !s) {
                return s;
            }
        }
        const Result<int> repaired = RecordRepairs::apply(ctx);
        if (!repaired)
            return repaired.status();
        repairedCount = *repaired;
        if (unlocking)
            return ctx.audit(AuditAction::Unlock, QStringLiteral("user"), m_user.username);
        QSqlQuery update(ctx.database());
        update.prepare(QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"));
        update.addBindValue(ctx.now().toString(Qt::ISODateWithMs));
        update.addBindValue(m_user.id);
        if (!update.exec())
            return storageFailure(update.lastError(), tr("The sign-in could not be recorded."));
        return ctx.audit(AuditAction::Login, QStringLiteral("user"), m_user.username);
    });
    // The wrong passwords before this sign-in are on record now.
    if (recorded)
        m_vault->clearFailedAttempts();
    if (recorded && repairedCount > 0) {
        notice(
            tr("%n group session(s) had been saved with the type 1:1, so the monthly return counted them as "
               "1:1 sessions. Their type is now %1; the audit log shows each correction.",
                nullptr, repairedCount)
                .arg(MenteeSession::groupTypeAmong(settings().list(Setting::SessionTypes))));
    }
    // The upgraded database has verified and its upgrade is on record: the
    // copy in the old format can go.
    if (recorded && findings.storageUpgrade != Vault::StorageUpgrade::None) {
        if (Status finished = m_vault->finishStorageUpgrade(); !finished)
            notice(finished.message());
    }
    return recorded;
}

Result<UserAccount> UserSession::loadAccount(const QString& username) const
{
    if (isLocked())
        return requireUnlocked();
    QSqlQuery query(m_vault->database());
    query.prepare(
        QStringLiteral("SELECT id, username, display_name, role, active, must_change_password, created_at, "
                       "updated_at, last_login_at FROM users WHERE username = ?"));
    query.addBindValue(username);
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The account could not be read."));
    if (!query.next())
        return Status::failure(ErrorCode::InvalidInput, tr("There is no account called %1.").arg(username));
    UserAccount account;
    account.id = query.value(0).toLongLong();
    account.username = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.role = roleFromKey(query.value(3).toString()).value_or(UserRole::SupportWorker);
    account.active = query.value(4).toBool();
    account.mustChangePassword = query.value(5).toBool();
    account.createdAt = parseTime(query.value(6));
    account.updatedAt = parseTime(query.value(7));
    account.lastLoginAt = parseTime(query.value(8));
    return account;
}

Status UserSession::require(Operation operation) const
{
    if (m_user.mustChangePassword && operation != Operation::ChangeOwnPassword) {
        return Status::failure(ErrorCode::Forbidden,
            tr("Choose your own password first: the one you were given works only once."));
    }
    return Permissions::require(m_user.role, operation);
}

Status UserSession::requireUnlocked() const
{
    if (isLocked())
        return Status::failure(ErrorCode::Usage, tr("Wingmate is locked; unlock it first."));
    return Status::success();
}

Vault& UserSession::vault()
{
    Q_ASSERT(m_vault);
    return *m_vault;
}

AuditLog& UserSession::auditLog()
{
    Q_ASSERT(m_audit);
    return *m_audit;
}

QSqlDatabase UserSession::database() const
{
    return m_vault ? m_vault->database() : QSqlDatabase();
}

WingSettings UserSession::settings() const
{
    return WingSettings(database());
}

Status UserSession::write(const std::function<Status(WriteContext&)>& work)
{
    if (Status status = requireUnlocked(); !status)
        return status;
    QSqlDatabase db = m_vault->database();
    if (!db.transaction())
        return storageFailure(db.lastError(), tr("Nothing was saved."));
    WriteContext context(db, *m_audit, m_user, m_clock);
    // A slot saved to the key file by work is recorded in this transaction:
    // if it rolls back, so does the key file.
    const KeySlotFile slotsBefore = m_vault->keySlots();
    const QList<Vault::IntroducedKey> keysBefore = m_vault->introducedKeys();
    const auto rollBack = [&] {
        db.rollback();
        m_audit->discard();
        m_vault->putBackSlots(slotsBefore);
        m_vault->setIntroducedKeys(keysBefore);
    };
    Status status = work(context);
    // The head is signed by whoever made the change, in the same transaction.
    if (status)
        status = m_audit->seal(m_user.username, context.now());
    if (!status) {
        rollBack();
        return status;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        rollBack();
        return storageFailure(error, tr("Nothing was saved."));
    }
    // The data is safe once committed. A copy of the head left behind by a
    // failed write here is told now, caught up by the next commit, and
    // recorded at the next sign-in.
    if (Status anchored = m_audit->anchor(); !anchored)
        notice(anchored.message());
    return Status::success();
}

Status UserSession::auditRead(
    const QString& action, const QString& entityType, const QString& entityId, const QJsonObject& details)
{
    return write([&](WriteContext& ctx) { return ctx.audit(action, entityType, entityId, details); });
}

Status UserSession::lock()
{
    if (isLocked())
        return Status::success();
    // A failed audit write must not keep the data on screen: lock anyway.
    const Status audited = write([&](WriteContext& ctx) {
        return ctx.audit(AuditAction::Lock, QStringLiteral("user"), m_user.username);
    });
    m_audit.reset();
    m_vault.reset();
    return audited;
}

Status UserSession::unlock(const QString& password)
{
    if (!isLocked())
        return Status::success();
    Result<std::unique_ptr<Vault>> vault
        = Vault::open(m_directory, m_user.username, password, m_clock, m_storage);
    if (!vault)
        return vault.status();
    m_failedAttempts = (*vault)->failedAttemptsBeforeUnlock();
    m_lastFailedAttempt = (*vault)->lastFailedAttempt();
    if (Status status = attach(vault.take()); !status)
        return status;
    Result<UserAccount> account = loadAccount(m_user.username);
    if (!account || !account->active) {
        m_audit.reset();
        m_vault.reset();
        return Status::failure(ErrorCode::Authentication,
            tr("The account %1 has been disabled; ask an administrator.").arg(m_user.username));
    }
    m_user = account.take();
    return signedIn(true);
}

void UserSession::noteActivity()
{
    m_lastActivity = m_clock.now();
}

qint64 UserSession::secondsUntilIdleLock() const
{
    if (isLocked())
        return 0;
    return qMax<qint64>(0, qint64(m_idleLockMinutes) * 60 - m_lastActivity.secsTo(m_clock.now()));
}

bool UserSession::lockIfIdle()
{
    if (isLocked() || secondsUntilIdleLock() > 0)
        return false;
    lock();
    return true;
}

void UserSession::signOut()
{
    if (isLocked())
        return;
    write([&](WriteContext& ctx) {
        return ctx.audit(AuditAction::Logout, QStringLiteral("user"), m_user.username);
    });
    m_audit.reset();
    m_vault.reset();
}

Status UserSession::changeOwnPassword(const QString& currentPassword, const QString& newPassword)
{
    if (Status status = require(Operation::ChangeOwnPassword); !status)
        return status;
    if (Status status = requireUnlocked(); !status)
        return status;
    if (newPassword == currentPassword)
        return Status::failure(
            ErrorCode::InvalidInput, tr("The new password must be different from the current one."));
    if (const QString problem = PasswordPolicy::problem(newPassword, m_user.username); !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    if (Status status = m_vault->checkPassword(m_user.username, currentPassword); !status) {
        return Status::failure(
            status.code() == ErrorCode::Authentication ? ErrorCode::Authentication : status.code(),
            status.code() == ErrorCode::Authentication ? tr("The current password is not right.")
                                                       : status.message());
    }
    const Status status = write([&](WriteContext& ctx) {
        QSqlQuery update(ctx.database());
        update.prepare(
            QStringLiteral("UPDATE users SET must_change_password = 0, updated_at = ? WHERE id = ?"));
        update.addBindValue(ctx.now().toString(Qt::ISODateWithMs));
        update.addBindValue(m_user.id);
        if (!update.exec())
            return storageFailure(update.lastError(), tr("The password could not be changed."));
        if (Status s = ctx.audit(AuditAction::UserAdmin, QStringLiteral("user"), m_user.username,
                QJsonObject { { QStringLiteral("operation"), QStringLiteral("change_own_password") } });
            !s) {
            return s;
        }
        // Last, so a failure above leaves the old password working.
        return m_vault->setUserPassword(m_user.username, newPassword, KdfParams::forNewSlots());
    });
    if (status)
        m_user.mustChangePassword = false;
    return status;
}

Status UserSession::changeSetting(Setting setting, const QVariant& value)
{
    if (Status status = require(Operation::ChangeSettings); !status)
        return status;
    if (Status status = requireUnlocked(); !status)
        return status;
    const Result<QVariant> valid = WingSettings::validate(setting, value);
    if (!valid)
        return valid.status();
    const Status status = write([&](WriteContext& ctx) { return ctx.storeSetting(setting, *valid); });
    if (status && setting == Setting::IdleLockMinutes)
        m_idleLockMinutes = valid->toInt();
    return status;
}

Status UserSession::rotateKey()
{
    if (Status status = require(Operation::RotateKey); !status)
        return status;
    if (Status status = requireUnlocked(); !status)
        return status;
    if (Status status = m_vault->rotateKey(); !status)
        return status;
    QJsonObject details;
    if (const QStringList& dropped = m_vault->droppedSlots(); !dropped.isEmpty())
        details.insert(QStringLiteral("slots_dropped"), QJsonArray::fromStringList(dropped));
    return write([&](WriteContext& ctx) {
        return ctx.audit(AuditAction::KeyRotation, QStringLiteral("vault"), {}, details);
    });
}

Status UserSession::verify()
{
    if (Status status = require(Operation::VerifyVault); !status)
        return status;
    if (Status status = requireUnlocked(); !status)
        return status;
    if (Status status = m_vault->checkIntegrity(); !status)
        return status;
    if (Status status = m_vault->checkAllSlots(); !status)
        return status;
    const AuditLog::Verification chain = m_audit->verify();
    if (!chain.status)
        return chain.status;
    return write([&](WriteContext& ctx) {
        return ctx.audit(AuditAction::Verify, QStringLiteral("vault"), {},
            QJsonObject { { QStringLiteral("events_checked"), chain.events },
                { QStringLiteral("result"), QStringLiteral("ok") } });
    });
}

} // namespace wingmate
