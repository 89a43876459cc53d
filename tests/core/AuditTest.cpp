#include "SqlCipherShell.h"
#include "TestSession.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "security/UnlockThrottle.h"
#include "services/AccountService.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

void rawExec(UserSession& session, const QString& sql)
{
    QSqlQuery query(session.database());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

// An attacker with the database key drops the triggers, changes the trail
// and puts the triggers back, so that the schema looks untouched; verify
// must still notice what they did.
void tamper(UserSession& session, const QStringList& statements)
{
    rawExec(session, QStringLiteral("DROP TRIGGER audit_events_never_updated"));
    rawExec(session, QStringLiteral("DROP TRIGGER audit_events_never_deleted"));
    for (const QString& statement : statements)
        rawExec(session, statement);
    rawExec(session, auditTriggers().at(0));
    rawExec(session, auditTriggers().at(1));
}

void makeEvents(TestSession& ts, int count)
{
    for (int i = 0; i < count; ++i) {
        ts.clock.advance(60);
        REQUIRE(ts.session->changeSetting(Setting::WingName, QStringLiteral("Wing %1").arg(i)).ok());
    }
}

void copyVault(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        QFile::remove(to + QLatin1Char('/') + name);
        REQUIRE(QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name));
    }
}

} // namespace

TEST_CASE("Each change is written with its audit event in one transaction")
{
    TestSession ts;
    UserSession& s = *ts.session;
    const int before = ts.countEvents(AuditAction::SettingsChange);
    REQUIRE(s.changeSetting(Setting::IdleLockMinutes, 12).ok());
    CHECK(ts.countEvents(AuditAction::SettingsChange) == before + 1);
    CHECK(s.settings().integer(Setting::IdleLockMinutes) == 12);
    CHECK(s.idleLockMinutes() == 12);

    SECTION("a failing write leaves neither the change nor its event")
    {
        const Status failed = s.write([](WriteContext& ctx) {
            QSqlQuery insert(ctx.database());
            insert.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('x', 'y', 'z')"));
            if (Status a = ctx.audit(AuditAction::SettingsChange, QStringLiteral("setting"), QStringLiteral("x")); !a)
                return a;
            return Status::failure(ErrorCode::InvalidInput, QStringLiteral("stop"));
        });
        CHECK(failed.code() == ErrorCode::InvalidInput);
        CHECK(ts.countEvents(AuditAction::SettingsChange) == before + 1);
        QSqlQuery query(s.database());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'x'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
    }
    SECTION("a setting given a bad value is refused and nothing is written")
    {
        CHECK(s.changeSetting(Setting::IdleLockMinutes, QStringLiteral("soon")).code() == ErrorCode::InvalidInput);
        CHECK(s.changeSetting(Setting::IdleLockMinutes, 0).code() == ErrorCode::InvalidInput);
        CHECK(s.changeSetting(Setting::SessionTypes, QStringLiteral(" , ")).code() == ErrorCode::InvalidInput);
        CHECK(ts.countEvents(AuditAction::SettingsChange) == before + 1);
        CHECK(s.settings().integer(Setting::IdleLockMinutes) == 12);
    }
}

TEST_CASE("Audit rows are never updated or deleted")
{
    TestSession ts;
    QSqlQuery query(ts.session->database());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_events SET actor = 'someone else' WHERE seq = 1")));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("never changed")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 1")));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("never deleted")));
}

TEST_CASE("Verify finds an edited, deleted, inserted or reordered audit event and names it")
{
    TestSession ts;
    makeEvents(ts, 6);
    UserSession& s = *ts.session;
    REQUIRE(s.verify().ok());

    SECTION("edited")
    {
        tamper(s,
            { QStringLiteral(
                "UPDATE audit_events SET details = '{\"after\":\"nothing to see\"}' WHERE seq = 5") });
        const AuditLog::Verification v = s.auditLog().verify();
        CHECK(v.firstBadSeq == 5);
        const Status status = s.verify();
        CHECK(status.code() == ErrorCode::Damaged);
        CHECK(status.message().contains(QStringLiteral("event 5")));
    }
    SECTION("deleted")
    {
        tamper(s, { QStringLiteral("DELETE FROM audit_events WHERE seq = 4") });
        CHECK(s.auditLog().verify().firstBadSeq == 4);
    }
    SECTION("inserted, with the later events renumbered")
    {
        tamper(s,
            { QStringLiteral("UPDATE audit_events SET seq = seq + 1000 WHERE seq >= 3"),
                QStringLiteral("UPDATE audit_events SET seq = seq - 999 WHERE seq >= 1003"),
                QStringLiteral("INSERT INTO audit_events (seq, occurred_at, actor, action, prev_hash, hash) "
                               "SELECT 3, occurred_at, 'intruder', 'view', hash, hash FROM audit_events "
                               "WHERE seq = 2") });
        CHECK(s.auditLog().verify().firstBadSeq == 3);
    }
    SECTION("reordered")
    {
        tamper(s,
            { QStringLiteral("UPDATE audit_events SET seq = -1 WHERE seq = 4"),
                QStringLiteral("UPDATE audit_events SET seq = 4 WHERE seq = 5"),
                QStringLiteral("UPDATE audit_events SET seq = 5 WHERE seq = -1") });
        CHECK(s.auditLog().verify().firstBadSeq == 4);
    }
    SECTION("the last event removed, behind the key file's anchor")
    {
        const AuditLog::Verification before = s.auditLog().verify();
        REQUIRE(before.status.ok());
        tamper(s,
            { QStringLiteral("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)") });
        const AuditLog::Verification v = s.auditLog().verify();
        CHECK(v.status.code() == ErrorCode::Damaged);
        CHECK(v.firstBadSeq == before.events);
    }
}

TEST_CASE("A database put back from an older copy is caught at sign-in")
{
    TestSession ts;
    makeEvents(ts, 3);
    ts.session.reset();
    const QString snapshot = ts.path() + QStringLiteral("-old");
    copyVault(ts.path(), snapshot);

    ts.signInAs(AdminName);
    makeEvents(ts, 3);
    ts.session.reset();

    // The old database under the newer key file.
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(ts.path() + QStringLiteral("/wingmate.db") + suffix);
    REQUIRE(QFile::copy(snapshot + QStringLiteral("/wingmate.db"), ts.path() + QStringLiteral("/wingmate.db")));
    const QByteArray before = readFile(ts.path() + QStringLiteral("/wingmate.db"));
    Result<std::unique_ptr<UserSession>> rolledBack = ts.trySignIn(AdminName, AdminPassword);
    REQUIRE_FALSE(rolledBack.ok());
    CHECK(rolledBack.status().code() == ErrorCode::Damaged);
    CHECK(rolledBack.status().message().contains(QStringLiteral("older copy")));
    CHECK(readFile(ts.path() + QStringLiteral("/wingmate.db")) == before);

    SECTION("an edited anchor is caught too")
    {
        QByteArray keys = readFile(ts.path() + QStringLiteral("/vault.keys"));
        copyVault(snapshot, ts.path());
        // The snapshot's own files agree; now lower the anchor by hand.
        QByteArray snapshotKeys = readFile(ts.path() + QStringLiteral("/vault.keys"));
        snapshotKeys.replace("\"sequence\": ", "\"sequence\": 1");
        writeFile(ts.path() + QStringLiteral("/vault.keys"), snapshotKeys);
        Result<std::unique_ptr<UserSession>> edited = ts.trySignIn(AdminName, AdminPassword);
        CHECK(edited.status().code() == ErrorCode::Damaged);
        Q_UNUSED(keys);
    }
}

TEST_CASE("Failed unlocks are counted, shown at the next sign-in, audited, and slowed down after five")
{
    TestSession ts;
    ts.session.reset();
    for (int i = 0; i < 5; ++i) {
        ts.clock.advance(1);
        CHECK(ts.trySignIn(AdminName, QStringLiteral("wrong ") + QString::number(i)).status().code() == ErrorCode::Authentication);
    }
    // The sixth attempt must wait, even with the right password.
    ts.clock.advance(5);
    const Result<std::unique_ptr<UserSession>> early = ts.trySignIn(AdminName, AdminPassword);
    CHECK(early.status().code() == ErrorCode::Authentication);
    CHECK(early.status().message().contains(QStringLiteral("Try again in 10 seconds")));
    CHECK(Vault::secondsUntilNextAttempt(ts.path(), AdminName, ts.clock) == 10);

    ts.clock.advance(10);
    Result<std::unique_ptr<UserSession>> signedIn = ts.trySignIn(AdminName, AdminPassword);
    REQUIRE(signedIn.ok());
    CHECK((*signedIn)->failedAttemptsBeforeSignIn() == 5);
    ts.session = signedIn.take();
    QSqlQuery query(ts.session->database());
    REQUIRE(query.exec(QStringLiteral("SELECT details FROM audit_events WHERE action = 'failed_login'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral(R"({"attempts":5})"));
    ts.session.reset();
    CHECK(Vault::secondsUntilNextAttempt(ts.path(), AdminName, ts.clock) == 0);
    Result<std::unique_ptr<UserSession>> next = ts.trySignIn(AdminName, AdminPassword);
    REQUIRE(next.ok());
    CHECK((*next)->failedAttemptsBeforeSignIn() == 0);
}

TEST_CASE("The unlock delay grows and is capped at 15 minutes, with no lock-out")
{
    CHECK(UnlockThrottle::delayAfter(4) == 0);
    CHECK(UnlockThrottle::delayAfter(5) == 15);
    CHECK(UnlockThrottle::delayAfter(6) == 30);
    CHECK(UnlockThrottle::delayAfter(7) == 60);
    CHECK(UnlockThrottle::delayAfter(10) == 480);
    CHECK(UnlockThrottle::delayAfter(11) == 900);
    CHECK(UnlockThrottle::delayAfter(1000) == 900);
    const QDateTime t0(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    CHECK(UnlockThrottle::secondsToWait(8, t0, t0.addSecs(100)) == 20);
    CHECK(UnlockThrottle::secondsToWait(8, t0, t0.addSecs(120)) == 0);
    CHECK(UnlockThrottle::secondsToWait(50, t0, t0.addSecs(-3600)) == 900); // clock turned back
}

TEST_CASE("The signed-in state locks when idle and needs the password to unlock")
{
    TestSession ts;
    UserSession& s = *ts.session;
    CHECK(s.idleLockMinutes() == 5);
    ts.clock.advance(299);
    CHECK_FALSE(s.lockIfIdle());
    CHECK(s.secondsUntilIdleLock() == 1);
    s.noteActivity();
    ts.clock.advance(299);
    CHECK_FALSE(s.lockIfIdle());
    ts.clock.advance(1);
    CHECK(s.lockIfIdle());
    CHECK(s.isLocked());
    CHECK_FALSE(s.database().isValid());
    CHECK(s.requireUnlocked().code() == ErrorCode::Usage);
    CHECK(s.changeSetting(Setting::WingName, QStringLiteral("B")).code() == ErrorCode::Usage);

    CHECK(s.unlock(QStringLiteral("wrong password!")).code() == ErrorCode::Authentication);
    CHECK(s.isLocked());
    REQUIRE(s.unlock(AdminPassword).ok());
    CHECK_FALSE(s.isLocked());
    CHECK(s.failedAttemptsBeforeSignIn() == 1);
    CHECK(ts.countEvents(AuditAction::Lock) == 1);
    CHECK(ts.countEvents(AuditAction::Unlock) == 1);
    CHECK(ts.countEvents(AuditAction::FailedLogin) == 1);

    SECTION("on demand, and with the idle time from the setting")
    {
        REQUIRE(s.changeSetting(Setting::IdleLockMinutes, 1).ok());
        ts.clock.advance(59);
        CHECK_FALSE(s.lockIfIdle());
        ts.clock.advance(1);
        CHECK(s.lockIfIdle());
        REQUIRE(s.unlock(AdminPassword).ok());
        REQUIRE(s.lock().ok());
        CHECK(s.isLocked());
    }
}
