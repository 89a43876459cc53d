#include "services/AccountService.h"

#include "domain/Validation.h"
#include "storage/StorageErrors.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <sodium.h>

namespace wingmate {

AccountService::AccountService(UserSession& session)
    : m_session(session)
{
}

QString AccountService::generateOneTimePassword()
{
    // No look-alikes (0/O, 1/l/I), so it can be read out and typed.
    static const char alphabet[] = "23456789abcdefghjkmnpqrstuvwxyz";
    constexpr uint32_t size = sizeof(alphabet) - 1;
    QString text;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            text += QLatin1Char('-');
        text += QLatin1Char(alphabet[randombytes_uniform(size)]);
    }
    return text;
}

Result<QList<UserAccount>> AccountService::list() const
{
    if (Status status = m_session.require(Operation::ManageUsers); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    QSqlQuery query(m_session.database());
    if (!query.exec(QStringLiteral("SELECT username FROM users ORDER BY username COLLATE NOCASE")))
        return storageFailure(query.lastError(), tr("The accounts could not be read."));
    QList<UserAccount> accounts;
    while (query.next()) {
        Result<UserAccount> account = m_session.loadAccount(query.value(0).toString());
        if (!account)
            return account.status();
        accounts.append(account.take());
    }
    return accounts;
}

Result<UserAccount> AccountService::target(const QString& username) const
{
    if (Status status = m_session.require(Operation::ManageUsers); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    return m_session.loadAccount(username);
}

Result<int> AccountService::otherActiveAdministrators(qint64 excludingId) const
{
    QSqlQuery query(m_session.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator' AND active = 1 AND id <> ?"));
    query.addBindValue(excludingId);
    if (!query.exec() || !query.next())
        return storageFailure(query.lastError(), tr("The accounts could not be read."));
    return query.value(0).toInt();
}

Result<AccountService::Issued> AccountService::addUser(const QString& username, const QString& displayName, UserRole role)
{
    if (Status status = m_session.require(Operation::ManageUsers); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    if (const QString problem = usernameProblem(username); !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > 200)
        return Status::failure(ErrorCode::InvalidInput, tr("Enter the person's full name (200 characters at most)."));
    if (const QString problem = Validation::textProblem(tr("The name"), name, 200, true); !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    if (m_session.loadAccount(username).ok())
        return Status::failure(ErrorCode::InvalidInput, tr("There is already an account called %1.").arg(username));

    const QString password = generateOneTimePassword();
    Issued issued;
    const Status status = m_session.write([&](WriteContext& ctx) {
        const QString now = ctx.now().toString(Qt::ISODateWithMs);
        QSqlQuery insert(ctx.database());
        insert.prepare(QStringLiteral("INSERT INTO users (username, display_name, role, active, must_change_password, "
                                      "created_at, updated_at) VALUES (?, ?, ?, 1, 1, ?, ?)"));
        for (const QVariant& v : { QVariant(username), QVariant(name), QVariant(roleKey(role)), QVariant(now), QVariant(now) })
            insert.addBindValue(v);
        if (!insert.exec())
            return storageFailure(insert.lastError(), tr("The account could not be added."));
        if (Status s = ctx.audit(AuditAction::UserAdmin, QStringLiteral("user"), username,
                QJsonObject { { QStringLiteral("operation"), QStringLiteral("add") }, { QStringLiteral("role"), roleKey(role) },
                    { QStringLiteral("display_name"), name } });
            !s) {
            return s;
        }
        return m_session.vault().setUserPassword(username, password, KdfParams::forNewSlots());
    });
    if (!status)
        return status;
    Result<UserAccount> account = m_session.loadAccount(username);
    if (!account)
        return account.status();
    issued.account = account.take();
    issued.oneTimePassword = password;
    return issued;
}

Status AccountService::disableUser(const QString& username)
{
    Result<UserAccount> account = target(username);
    if (!account)
        return account.status();
    if (!account->active)
        return Status::failure(ErrorCode::InvalidInput, tr("%1 is already disabled.").arg(account->username));
    if (account->id == m_session.user().id)
        return Status::failure(ErrorCode::InvalidInput, tr("You cannot disable your own account."));
    if (account->role == UserRole::Administrator) {
        const Result<int> others = otherActiveAdministrators(account->id);
        if (!others)
            return others.status();
        if (*others == 0) {
            return Status::failure(ErrorCode::InvalidInput,
                tr("%1 is the last active administrator, so the account cannot be disabled.").arg(account->username));
        }
    }
    return m_session.write([&](WriteContext& ctx) {
        QSqlQuery update(ctx.database());
        update.prepare(QStringLiteral("UPDATE users SET active = 0, updated_at = ? WHERE id = ?"));
        update.addBindValue(ctx.now().toString(Qt::ISODateWithMs));
        update.addBindValue(account->id);
        if (!update.exec())
            return storageFailure(update.lastError(), tr("The account could not be disabled."));
        if (Status s = ctx.audit(AuditAction::UserAdmin, QStringLiteral("user"), account->username,
                QJsonObject { { QStringLiteral("operation"), QStringLiteral("disable") },
                    { QStringLiteral("before"), QJsonObject { { QStringLiteral("active"), true } } },
                    { QStringLiteral("after"), QJsonObject { { QStringLiteral("active"), false } } } });
            !s) {
            return s;
        }
        // An account without a slot may never have unlocked; that is fine.
        const Status removed = m_session.vault().removeUserSlot(account->username);
        return removed.code() == ErrorCode::InvalidInput ? Status::success() : removed;
    });
}

Result<AccountService::Issued> AccountService::issuePassword(const UserAccount& account, bool reactivate, const QString& operation)
{
    const QString password = generateOneTimePassword();
    const Status status = m_session.write([&](WriteContext& ctx) {
        QSqlQuery update(ctx.database());
        update.prepare(QStringLiteral("UPDATE users SET active = 1, must_change_password = 1, updated_at = ? WHERE id = ?"));
        update.addBindValue(ctx.now().toString(Qt::ISODateWithMs));
        update.addBindValue(account.id);
        if (!update.exec())
            return storageFailure(update.lastError(), tr("The account could not be changed."));
        QJsonObject details { { QStringLiteral("operation"), operation } };
        if (reactivate) {
            details.insert(QStringLiteral("before"), QJsonObject { { QStringLiteral("active"), false } });
            details.insert(QStringLiteral("after"), QJsonObject { { QStringLiteral("active"), true } });
        }
        if (Status s = ctx.audit(AuditAction::UserAdmin, QStringLiteral("user"), account.username, details); !s)
            return s;
        return m_session.vault().setUserPassword(account.username, password, KdfParams::forNewSlots());
    });
    if (!status)
        return status;
    Result<UserAccount> reloaded = m_session.loadAccount(account.username);
    if (!reloaded)
        return reloaded.status();
    return Issued { reloaded.take(), password };
}

Result<AccountService::Issued> AccountService::enableUser(const QString& username)
{
    Result<UserAccount> account = target(username);
    if (!account)
        return account.status();
    if (account->active)
        return Status::failure(ErrorCode::InvalidInput, tr("%1 is already active.").arg(account->username));
    return issuePassword(*account, true, QStringLiteral("enable"));
}

Result<AccountService::Issued> AccountService::resetPassword(const QString& username)
{
    Result<UserAccount> account = target(username);
    if (!account)
        return account.status();
    if (!account->active)
        return Status::failure(ErrorCode::InvalidInput, tr("%1 is disabled; enable the account instead.").arg(account->username));
    if (account->id == m_session.user().id)
        return Status::failure(ErrorCode::InvalidInput, tr("Change your own password instead of resetting it."));
    return issuePassword(*account, false, QStringLiteral("reset_password"));
}

Status AccountService::setRole(const QString& username, UserRole role)
{
    Result<UserAccount> account = target(username);
    if (!account)
        return account.status();
    if (account->role == role)
        return Status::success();
    if (account->role == UserRole::Administrator && account->active) {
        const Result<int> others = otherActiveAdministrators(account->id);
        if (!others)
            return others.status();
        if (*others == 0) {
            return Status::failure(ErrorCode::InvalidInput,
                tr("%1 is the last active administrator, so the role cannot be changed.").arg(account->username));
        }
    }
    return m_session.write([&](WriteContext& ctx) {
        QSqlQuery update(ctx.database());
        update.prepare(QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE id = ?"));
        update.addBindValue(roleKey(role));
        update.addBindValue(ctx.now().toString(Qt::ISODateWithMs));
        update.addBindValue(account->id);
        if (!update.exec())
            return storageFailure(update.lastError(), tr("The role could not be changed."));
        return ctx.audit(AuditAction::UserAdmin, QStringLiteral("user"), account->username,
            QJsonObject { { QStringLiteral("operation"), QStringLiteral("change_role") },
                { QStringLiteral("before"), QJsonObject { { QStringLiteral("role"), roleKey(account->role) } } },
                { QStringLiteral("after"), QJsonObject { { QStringLiteral("role"), roleKey(role) } } } });
    });
}

Status AccountService::setDisplayName(const QString& username, const QString& displayName)
{
    Result<UserAccount> account = target(username);
    if (!account)
        return account.status();
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > 200)
        return Status::failure(ErrorCode::InvalidInput, tr("Enter the person's full name (200 characters at most)."));
    if (const QString problem = Validation::textProblem(tr("The name"), name, 200, true); !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    if (name == account->displayName)
        return Status::success();
    return m_session.write([&](WriteContext& ctx) {
        QSqlQuery update(ctx.database());
        update.prepare(QStringLiteral("UPDATE users SET display_name = ?, updated_at = ? WHERE id = ?"));
        update.addBindValue(name);
        update.addBindValue(ctx.now().toString(Qt::ISODateWithMs));
        update.addBindValue(account->id);
        if (!update.exec())
            return storageFailure(update.lastError(), tr("The name could not be changed."));
        return ctx.audit(AuditAction::UserAdmin, QStringLiteral("user"), account->username,
            QJsonObject { { QStringLiteral("operation"), QStringLiteral("change_display_name") },
                { QStringLiteral("before"), QJsonObject { { QStringLiteral("display_name"), account->displayName } } },
                { QStringLiteral("after"), QJsonObject { { QStringLiteral("display_name"), name } } } });
    });
}

} // namespace wingmate
