#pragma once

#include "Clock.h"
#include "services/UserSession.h"

#include <QTemporaryDir>

#include <memory>

namespace wingmate::test {

// The staff a test wing has besides its administrator (see addStaff()).
inline const QString Nurse = QStringLiteral("nina.nurse");
inline const QString Worker = QStringLiteral("sam.worker");

// A real vault in a temporary folder with a signed-in administrator, on a
// manual clock. Accounts for other roles are made with known passwords.
// Only one UserSession may have the vault open at a time, as in real use.
class TestSession {
    QTemporaryDir m_dir; // first, so it is removed last

public:
    TestSession();
    ~TestSession();

    QString path() const { return m_dir.path() + QStringLiteral("/vault"); }
    ManualClock clock;
    std::unique_ptr<UserSession> session;

    static QString passwordFor(const QString& username)
    {
        // Must not contain the username, or the password policy refuses it.
        return QStringLiteral("Kettle orbit %1 lantern").arg(qHash(username, 0) % 100000);
    }

    // Closes the current session and signs in as username (fails the test if
    // that is refused).
    UserSession& signInAs(const QString& username);
    // As the administrator: adds an account, then has its owner replace the
    // one-time password with passwordFor(username). Leaves the
    // administrator signed in.
    void addAccount(const QString& username, UserRole role);
    // Adds the wing's mental health nurse (Nurse) and support worker
    // (Worker), as addAccount does.
    void addStaff();
    Result<std::unique_ptr<UserSession>> trySignIn(const QString& username, const QString& password);
    // Replaces the vault's recovery code in a transaction of the signed-in
    // session, so the new code's signing key is recorded with it.
    Result<QString> newRecoveryCode();
    // Counts audit events with this action (signs in as admin if needed).
    int countEvents(const QString& action);
};

} // namespace wingmate::test
