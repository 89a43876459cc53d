#include "TestSession.h"

#include "TestVault.h"
#include "security/KeyDerivation.h"
#include "services/AccountService.h"

#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>

namespace wingmate::test {

TestSession::TestSession()
{
    REQUIRE(m_dir.isValid());
    Vault::CreateOptions options { AdminName, QStringLiteral("Alex Admin"), AdminPassword, KdfParams::minimum() };
    Result<UserSession::Created> created = UserSession::createVault(path(), options, clock);
    INFO(created.status().message().toStdString() << " / " << created.status().details().toStdString());
    REQUIRE(created.ok());
    session = std::move(created->session);
}

TestSession::~TestSession() { session.reset(); }

Result<std::unique_ptr<UserSession>> TestSession::trySignIn(const QString& username, const QString& password)
{
    session.reset();
    return UserSession::signIn(path(), username, password, clock);
}

UserSession& TestSession::signInAs(const QString& username)
{
    const QString password = username == AdminName ? AdminPassword : passwordFor(username);
    Result<std::unique_ptr<UserSession>> signedIn = trySignIn(username, password);
    INFO(signedIn.status().message().toStdString() << " / " << signedIn.status().details().toStdString());
    REQUIRE(signedIn.ok());
    session = signedIn.take();
    return *session;
}

void TestSession::addStaff()
{
    addAccount(Nurse, UserRole::MentalHealthNurse);
    addAccount(Worker, UserRole::SupportWorker);
}

void TestSession::addAccount(const QString& username, UserRole role)
{
    if (!session || session->user().username != AdminName)
        signInAs(AdminName);
    AccountService accounts(*session);
    Result<AccountService::Issued> issued = accounts.addUser(username, QStringLiteral("Person ") + username, role);
    INFO(issued.status().message().toStdString());
    REQUIRE(issued.ok());
    Result<std::unique_ptr<UserSession>> first = trySignIn(username, issued->oneTimePassword);
    REQUIRE(first.ok());
    REQUIRE((*first)->mustChangePassword());
    const Status changed = (*first)->changeOwnPassword(issued->oneTimePassword, passwordFor(username));
    INFO(changed.message().toStdString());
    REQUIRE(changed.ok());
    first->reset();
    signInAs(AdminName);
}

Result<QString> TestSession::newRecoveryCode()
{
    Result<QString> code = QString();
    const Status status = session->write([&](WriteContext&) {
        code = session->vault().replaceRecoveryCode(KdfParams::minimum());
        return code.status();
    });
    if (!status)
        return status;
    return code;
}

int TestSession::countEvents(const QString& action)
{
    if (!session || session->isLocked())
        signInAs(AdminName);
    QSqlQuery query(session->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = ?"));
    query.addBindValue(action);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace wingmate::test
