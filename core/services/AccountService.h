#pragma once

#include "Status.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QList>

namespace wingmate {

// Staff accounts: administrators add, disable, re-enable, change roles and
// reset passwords. New and reset accounts get a one-time password that must
// be changed at first sign-in. The last active administrator can be neither
// disabled nor demoted. Every change is audited with before and after.
class AccountService {
    Q_DECLARE_TR_FUNCTIONS(AccountService)
public:
    explicit AccountService(UserSession& session);

    Result<QList<UserAccount>> list() const;

    struct Issued {
        UserAccount account;
        QString oneTimePassword; // shown once, to hand to the person
    };
    Result<Issued> addUser(const QString& username, const QString& displayName, UserRole role);
    // Disables the account and removes its key slot; the caller should offer
    // a key rotation afterwards (UserSession::rotateKey).
    Status disableUser(const QString& username);
    Result<Issued> enableUser(const QString& username);
    Result<Issued> resetPassword(const QString& username);
    Status setRole(const QString& username, UserRole role);
    Status setDisplayName(const QString& username, const QString& displayName);

    // Sixteen random letters and digits in groups of four.
    static QString generateOneTimePassword();

private:
    Result<UserAccount> target(const QString& username) const;
    Result<int> otherActiveAdministrators(qint64 excludingId) const;
    Result<Issued> issuePassword(const UserAccount& account, bool reactivate, const QString& operation);

    UserSession& m_session;
};

} // namespace wingmate
