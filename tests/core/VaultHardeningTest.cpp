// Attacks on a vault by someone who can write its folder (and may hold one
// role's password), each performed on a real vault, and what stops them.
#include "CliRun.h"
#include "FileModes.h"
#include "TestSession.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "audit/PcAnchor.h"
#include "backup/BackupService.h"
#include "backup/RestoreService.h"
#include "security/KeyDerivation.h"
#include "security/KeySlotFile.h"
#include "security/UnlockThrottle.h"
#include "services/AccountService.h"
#include "services/UserSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <sodium.h>

using namespace wingmate;
using namespace wingmate::test;

namespace {

QString keyFile(const TestSession& ts)
{
    return ts.path() + QStringLiteral("/vault.keys");
}

void makeEvents(TestSession& ts, int count)
{
    for (int i = 0; i < count; ++i) {
        ts.clock.advance(60);
        REQUIRE(ts.session->changeSetting(Setting::WingName, QStringLiteral("Wing %1").arg(i)).ok());
    }
}

// Copies every file of a vault folder (database, key file, WAL, SHM).
void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& name : QDir(to).entryList(QDir::Files))
        QFile::remove(to + QLatin1Char('/') + name);
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        if (name != QLatin1String("vault.lock"))
            REQUIRE(QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name));
    }
}

qint64 lastSequence(UserSession& session)
{
    QSqlQuery query(session.database());
    REQUIRE(query.exec(QStringLiteral("SELECT max(seq) FROM audit_events")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// Two changes, a copy of the whole folder kept aside, three more changes:
// the copy is then an older copy of the vault. Leaves the vault closed.
struct OlderCopy {
    QString folder;
    qint64 newest = 0; // the vault's last audit event after the later changes
};
OlderCopy keepOlderCopy(TestSession& ts)
{
    makeEvents(ts, 2);
    ts.session.reset();
    OlderCopy copy { ts.path() + QStringLiteral("-older") };
    copyFolder(ts.path(), copy.folder);
    ts.signInAs(AdminName);
    makeEvents(ts, 3);
    copy.newest = lastSequence(*ts.session);
    ts.session.reset();
    return copy;
}

// Two administrators, second.admin and old.admin; old.admin makes a backup
// (its path is returned) and is left signed in.
QString backupByOldAdmin(TestSession& ts)
{
    ts.addAccount(QStringLiteral("second.admin"), UserRole::Administrator);
    ts.addAccount(QStringLiteral("old.admin"), UserRole::Administrator);
    ts.signInAs(QStringLiteral("old.admin"));
    const QString backup = ts.path() + QStringLiteral("-backup.wmbackup");
    REQUIRE(BackupService(*ts.session).backUp(backup).ok());
    return backup;
}

struct Event {
    QString actor;
    QJsonObject details;
};
// The audit events with this action, read straight from the database.
QList<Event> eventsWithAction(const QSqlDatabase& db, const QString& action)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT actor, details FROM audit_events WHERE action = ? ORDER BY seq"));
    query.addBindValue(action);
    REQUIRE(query.exec());
    QList<Event> events;
    while (query.next())
        events.append({ query.value(0).toString(),
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object() });
    return events;
}

// The key file with its anchor changed by edit.
void editAnchor(const QString& path, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
    edit(root);
    writeFile(path, QJsonDocument(root).toJson());
}

CliRun verifyWithCli(
    const QString& vault, const QString& user = AdminName, const QString& password = AdminPassword)
{
    return runCli({ QStringLiteral("--vault"), vault, QStringLiteral("verify"), QStringLiteral("--user"),
                      user, QStringLiteral("--password-stdin") },
        inputLine(password));
}

} // namespace

TEST_CASE("A blank or missing anchor beside audit events is tampering, not a vault that never committed")
{
    TestSession ts;
    const QString older = keepOlderCopy(ts).folder;

    // The attack: the older database put back, with the anchor blanked
    // (sequence 0, no hash) or removed, so nothing says the vault was ahead.
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(ts.path() + QStringLiteral("/wingmate.db") + suffix);
    REQUIRE(QFile::copy(older + QStringLiteral("/wingmate.db"), ts.path() + QStringLiteral("/wingmate.db")));
    // This PC's own copy would catch the rollback by itself; the attacker
    // here is on another PC, or cleared it.
    QFile::remove(PcAnchor::path(KeySlotFile::load(keyFile(ts))->vaultId, ts.path()));
    SECTION("blanked")
    {
        editAnchor(keyFile(ts), [](QJsonObject& root) {
            root.insert(QStringLiteral("anchor"),
                QJsonObject { { QStringLiteral("sequence"), 0 }, { QStringLiteral("hash"), QString() },
                    { QStringLiteral("mac"), QString() } });
        });
    }
    SECTION("removed")
    {
        editAnchor(keyFile(ts), [](QJsonObject& root) { root.remove(QStringLiteral("anchor")); });
    }
    const QMap<QString, QByteArray> before = folderFingerprint(ts.path());
    const CliRun run = verifyWithCli(ts.path());
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("tampered")));
    requireOneSentence(run);
    CHECK(ts.trySignIn(AdminName, AdminPassword).status().code() == ErrorCode::Damaged);
    CHECK(folderFingerprint(ts.path()) == before);
}

TEST_CASE("The whole folder put back from an older copy is caught by this PC's own copy of the audit head")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
    const auto [older, newest] = keepOlderCopy(ts);
    const QByteArray vaultId = KeySlotFile::load(keyFile(ts))->vaultId;
    REQUIRE(QFile::exists(PcAnchor::path(vaultId, ts.path())));

    // The attack: database and key file put back together, so they agree.
    copyFolder(older, ts.path());
    const QMap<QString, QByteArray> before = folderFingerprint(ts.path());
    const QByteArray pcCopy = readFile(PcAnchor::path(vaultId, ts.path()));

    const CliRun run = verifyWithCli(ts.path());
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("older copy")));
    CHECK(run.err.contains(QString::number(newest)));
    Result<std::unique_ptr<UserSession>> signedIn = ts.trySignIn(AdminName, AdminPassword);
    REQUIRE(signedIn.status().code() == ErrorCode::Damaged);
    CHECK(signedIn.status().message().contains(QStringLiteral("this PC")));
    CHECK(folderFingerprint(ts.path()) == before);
    CHECK(readFile(PcAnchor::path(vaultId, ts.path())) == pcCopy);

    SECTION("a support worker cannot accept the older copy")
    {
        const CliRun refused = runCli(
            { QStringLiteral("--vault"), ts.path(), QStringLiteral("accept-older-copy"),
                QStringLiteral("--user"), QStringLiteral("worker"), QStringLiteral("--password-stdin") },
            inputLine(TestSession::passwordFor(QStringLiteral("worker"))));
        CHECK(refused.exitCode == 5);
        requireOneSentence(refused);
        CHECK(folderFingerprint(ts.path()) == before);
        CHECK(readFile(PcAnchor::path(vaultId, ts.path())) == pcCopy);
    }
    SECTION("an administrator accepts it on purpose, and that is recorded")
    {
        const CliRun accepted
            = runCli({ QStringLiteral("--vault"), ts.path(), QStringLiteral("accept-older-copy"),
                         QStringLiteral("--user"), AdminName, QStringLiteral("--password-stdin") },
                inputLine(AdminPassword));
        INFO(accepted.err.toStdString());
        REQUIRE(accepted.exitCode == 0);
        CHECK(accepted.out.contains(QString::number(newest)));
        CHECK(verifyWithCli(ts.path()).exitCode == 0);
        ts.signInAs(AdminName);
        const QList<Event> events = eventsWithAction(ts.session->database(), AuditAction::AcceptOlderCopy);
        REQUIRE(events.size() == 1);
        CHECK(events.front().actor == AdminName);
        CHECK(events.front().details.value(QStringLiteral("recorded_sequence")).toInteger() == newest);
    }
}

TEST_CASE("A failed write of the audit head is told at once and known at the next sign-in")
{
    TestSession ts;
    QStringList notices;
    ts.session->setNoticeHandler([&notices](const QString& text) { notices.append(text); });
    makeEvents(ts, 1);
    REQUIRE(notices.isEmpty());
    const QByteArray keysBefore = readFile(keyFile(ts));

    // The key file cannot be replaced: a folder stands in its place.
    REQUIRE(QFile::remove(keyFile(ts)));
    REQUIRE(QDir().mkdir(keyFile(ts)));
    REQUIRE(ts.session->changeSetting(Setting::WingName, QStringLiteral("Saved regardless")).ok());
    REQUIRE(notices.size() == 1);
    CHECK(notices.front().contains(QStringLiteral("was saved")));
    CHECK(ts.session->settings().text(Setting::WingName) == QStringLiteral("Saved regardless"));
    ts.session.reset();
    REQUIRE(QDir().rmdir(keyFile(ts)));
    writeFile(keyFile(ts), keysBefore);

    Result<std::unique_ptr<UserSession>> next = ts.trySignIn(AdminName, AdminPassword);
    REQUIRE(next.ok());
    QStringList told;
    (*next)->setNoticeHandler([&told](const QString& text) { told.append(text); });
    REQUIRE(told.size() == 1);
    CHECK(told.front().contains(QStringLiteral("key file")));
    CHECK(eventsWithAction((*next)->database(), AuditAction::AnchorRepair).size() == 1);
    // Caught up: the key file's anchor is the head again.
    CHECK(KeySlotFile::load(keyFile(ts))->anchor.sequence == lastSequence(**next));
}

TEST_CASE("A restore over a working vault needs that vault's own current administrator")
{
    TestSession ts;
    const QString backup = backupByOldAdmin(ts);
    ts.signInAs(QStringLiteral("second.admin"));
    REQUIRE(AccountService(*ts.session).disableUser(QStringLiteral("old.admin")).ok());
    ts.session.reset();
    const QMap<QString, QByteArray> before = folderFingerprint(ts.path());

    SECTION("the disabled administrator, with the password the backup still knows, is refused")
    {
        RestoreService::Credentials oldAdmin { QStringLiteral("old.admin"),
            TestSession::passwordFor(QStringLiteral("old.admin")), {} };
        const Result<RestoreService::Restored> restored
            = RestoreService::restore(ts.path(), backup, oldAdmin);
        CHECK(restored.status().code() == ErrorCode::Authentication);
        CHECK(restored.status().message().contains(QStringLiteral("current administrators")));
        CHECK(folderFingerprint(ts.path()) == before);
        // And through the real program.
        const CliRun run = runCli({ QStringLiteral("--vault"), ts.path(), QStringLiteral("restore"),
                                      QStringLiteral("--from"), backup, QStringLiteral("--user"),
                                      QStringLiteral("old.admin"), QStringLiteral("--password-stdin") },
            inputLine(TestSession::passwordFor(QStringLiteral("old.admin"))));
        CHECK(run.exitCode == 2);
        requireOneSentence(run);
        CHECK(folderFingerprint(ts.path()) == before);
    }
    SECTION("a current administrator may, and the vault replaced records it first")
    {
        RestoreService::Credentials current { QStringLiteral("second.admin"),
            TestSession::passwordFor(QStringLiteral("second.admin")), {} };
        const Result<RestoreService::Restored> restored = RestoreService::restore(ts.path(), backup, current);
        INFO(restored.status().message().toStdString() << " / " << restored.status().details().toStdString());
        REQUIRE(restored.ok());
        CHECK(restored->warning.isEmpty());
        // The vault kept aside holds the authorisation, in its own trail.
        Result<std::unique_ptr<Vault>> aside = Vault::open(restored->keptAside,
            QStringLiteral("second.admin"), TestSession::passwordFor(QStringLiteral("second.admin")));
        REQUIRE(aside.ok());
        const QList<Event> authorised = eventsWithAction((*aside)->database(), AuditAction::Restore);
        REQUIRE(authorised.size() == 1);
        CHECK(authorised.front().actor == QLatin1String("second.admin"));
        CHECK(authorised.front().details.value(QStringLiteral("stage")).toString()
            == QLatin1String("authorised"));
        aside->reset();
        // The restored vault opens without being taken for a rollback.
        CHECK(ts.trySignIn(
                    QStringLiteral("second.admin"), TestSession::passwordFor(QStringLiteral("second.admin")))
                  .ok());
    }
    SECTION("with the current recovery code, recorded as the recovery code and not a claimed name")
    {
        ts.signInAs(QStringLiteral("second.admin"));
        const Result<QString> code = ts.newRecoveryCode();
        REQUIRE(code.ok());
        const QString newer = ts.path() + QStringLiteral("-newer.wmbackup");
        REQUIRE(BackupService(*ts.session).backUp(newer).ok());
        ts.session.reset();
        RestoreService::Credentials byCode { QStringLiteral("old.admin"), {}, *code };
        const Result<RestoreService::Restored> restored = RestoreService::restore(ts.path(), newer, byCode);
        INFO(restored.status().message().toStdString() << " / " << restored.status().details().toStdString());
        REQUIRE(restored.ok());
        Result<std::unique_ptr<Vault>> aside = Vault::openWithRecoveryCode(restored->keptAside, *code);
        REQUIRE(aside.ok());
        const QList<Event> authorised = eventsWithAction((*aside)->database(), AuditAction::Restore);
        REQUIRE(authorised.size() == 1);
        CHECK(authorised.front().actor == QLatin1String("recovery code"));
        aside->reset();
        Result<std::unique_ptr<Vault>> live = Vault::openWithRecoveryCode(ts.path(), *code);
        REQUIRE(live.ok());
        const QList<Event> recorded = eventsWithAction((*live)->database(), AuditAction::Restore);
        REQUIRE(recorded.size() == 1);
        CHECK(recorded.front().actor == QLatin1String("recovery code"));
    }
}

TEST_CASE("The installed programs have no fast key derivation switch")
{
    QTemporaryDir dir;
    const QString vault = dir.path() + QStringLiteral("/vault");
    // The attack: WINGMATE_INSECURE_FAST_KDF=1 (set for this whole test
    // run) given to the installed wingmate-cli.
    QProcess process;
    process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    REQUIRE(qgetenv("WINGMATE_INSECURE_FAST_KDF") == "1");
    process.start(QStringLiteral(WINGMATE_INSTALLED_CLI_PATH),
        { QStringLiteral("--vault"), vault, QStringLiteral("init"), QStringLiteral("--admin"), AdminName,
            QStringLiteral("--password-stdin") });
    REQUIRE(process.waitForStarted());
    process.write(inputLine(AdminPassword));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    const Result<KeySlotFile> keys = KeySlotFile::load(vault + QStringLiteral("/vault.keys"));
    REQUIRE(keys.ok());
    for (const KeySlot& slot : keys->entries) {
        CHECK_FALSE(slot.kdf.isWeak());
        CHECK(slot.kdf.memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MODERATE);
    }

    SECTION("outside tests, a slot below the interactive minimum is refused")
    {
        KdfParams::allowTestCost(false);
        const SecureBytes key = SecureBytes::random(32);
        const Result<KeySlot> weak = KeySlot::create(KeySlot::Kind::User, AdminName,
            secretFromText(AdminPassword), key, keys->vaultId, KdfParams::minimum());
        KdfParams::allowTestCost(true);
        CHECK(weak.status().code() == ErrorCode::InvalidInput);
        CHECK(weak.status().message().contains(QStringLiteral("too weak")));
    }
}

TEST_CASE("verify names every key slot that is cheaper to guess than it should be")
{
    TestVault tv; // made at libsodium's minimum cost, as a vault made with the switch would be
    tv.vault.reset();
    const CliRun run = runCli({ QStringLiteral("--vault"), tv.path(), QStringLiteral("verify"),
                                  QStringLiteral("--user"), AdminName, QStringLiteral("--password-stdin") },
        inputLine(AdminPassword));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("weak")));
    CHECK(run.out.contains(AdminName));
    CHECK(run.out.contains(QStringLiteral("recovery code")));
}

TEST_CASE("A key file written by Wingmate 0.1 still opens, and is upgraded and audited")
{
    TestSession ts;
    makeEvents(ts, 2);
    ts.session.reset();
    // 0.1 wrote the same slots under version 1.
    QByteArray keys = readFile(keyFile(ts));
    REQUIRE(keys.contains("\"version\": 2"));
    keys.replace("\"version\": 2", "\"version\": 1");
    writeFile(keyFile(ts), keys);

    UserSession& session = ts.signInAs(AdminName);
    const QList<Event> upgrades = eventsWithAction(session.database(), AuditAction::KeyFileUpgrade);
    REQUIRE(upgrades.size() == 1);
    CHECK(upgrades.front().details.value(QStringLiteral("from_version")).toInt() == 1);
    CHECK(upgrades.front().details.value(QStringLiteral("to_version")).toInt() == 2);
    CHECK(KeySlotFile::load(keyFile(ts))->loadedVersion == 2);
    CHECK(session.verify().ok());
    // Once only.
    ts.signInAs(AdminName);
    CHECK(eventsWithAction(ts.session->database(), AuditAction::KeyFileUpgrade).size() == 1);
}

TEST_CASE("An older key file put back alone brings back no changed password and no removed account")
{
    TestSession ts;
    const QString changer = QStringLiteral("worker.changer");
    const QString leaver = QStringLiteral("worker.leaver");
    ts.addAccount(changer, UserRole::SupportWorker);
    ts.addAccount(leaver, UserRole::SupportWorker);
    const QString oldPassword = TestSession::passwordFor(changer);
    const QString newPassword = QStringLiteral("a quite different pass phrase 2");
    ts.session.reset();
    const QByteArray olderKeys = readFile(keyFile(ts));

    ts.signInAs(changer);
    REQUIRE(ts.session->changeOwnPassword(oldPassword, newPassword).ok());
    ts.signInAs(AdminName);
    REQUIRE(AccountService(*ts.session).disableUser(leaver).ok());
    ts.session.reset();

    // The attacker, who can write the folder, puts the older key file back.
    writeFile(keyFile(ts), olderKeys);
    const QMap<QString, QByteArray> before = folderFingerprint(ts.path());

    SECTION("the password that was changed opens nothing")
    {
        Result<std::unique_ptr<Vault>> vault = Vault::open(ts.path(), changer, oldPassword);
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.status().code() == ErrorCode::Damaged);
        CHECK(vault.status().message().contains(QStringLiteral("earlier copy of the key file")));
        CHECK(folderFingerprint(ts.path()) == before);
        const CliRun run = verifyWithCli(ts.path(), changer, oldPassword);
        CHECK(run.exitCode == 3);
        requireOneSentence(run);
        CHECK(folderFingerprint(ts.path()) == before);
    }
    SECTION("the removed account's slot opens nothing, not even the database key")
    {
        Result<std::unique_ptr<Vault>> vault
            = Vault::open(ts.path(), leaver, TestSession::passwordFor(leaver));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.status().code() == ErrorCode::Damaged);
        CHECK(vault.status().message().contains(QStringLiteral("not one the vault's database knows")));
        CHECK(folderFingerprint(ts.path()) == before);
    }
    SECTION("a slot that did not change still opens, and the vault is told the key file fell behind")
    {
        UserSession& session = ts.signInAs(AdminName);
        CHECK(eventsWithAction(session.database(), AuditAction::AnchorRepair).size() == 1);
        // verify names the two slots put back; a key rotation removes them.
        const Status verified = session.verify();
        CHECK(verified.code() == ErrorCode::Damaged);
        CHECK(verified.message().contains(changer));
        CHECK(verified.message().contains(leaver));
        REQUIRE(session.rotateKey().ok());
        CHECK(session.verify().ok());
        const Result<KeySlotFile> rotated = KeySlotFile::load(keyFile(ts));
        REQUIRE(rotated.ok());
        CHECK(rotated->userSlot(changer) == nullptr); // an administrator resets the password
        CHECK(rotated->userSlot(leaver) == nullptr);
        CHECK(rotated->userSlot(AdminName) != nullptr);
    }
}

TEST_CASE("A slot change whose transaction rolls back puts the key file back as it was")
{
    TestSession ts;
    const QString worker = QStringLiteral("worker.rollback");
    ts.addAccount(worker, UserRole::SupportWorker);
    ts.signInAs(AdminName);
    const QByteArray keysBefore = readFile(keyFile(ts));
    const Status status = ts.session->write([&](WriteContext&) {
        if (Status set = ts.session->vault().setUserPassword(
                worker, QStringLiteral("a password that never lands 9"), KdfParams::minimum());
            !set) {
            return set;
        }
        return Status::failure(ErrorCode::Io, QStringLiteral("the disk filled before the commit"));
    });
    REQUIRE_FALSE(status.ok());
    CHECK(readFile(keyFile(ts)) == keysBefore);
    ts.session.reset();
    CHECK(ts.trySignIn(worker, TestSession::passwordFor(worker)).ok());
}

TEST_CASE("A vault made before slots were recorded records them once, and then refuses an older slot")
{
    TestSession ts;
    const QString worker = QStringLiteral("worker.early");
    ts.addAccount(worker, UserRole::SupportWorker);
    ts.signInAs(AdminName);
    {
        QSqlQuery forget(ts.session->database());
        REQUIRE(forget.exec(QStringLiteral("DELETE FROM vault_info WHERE key LIKE 'slot_digest%'")));
    }
    ts.session.reset();
    const QByteArray olderKeys = readFile(keyFile(ts));

    UserSession& session = ts.signInAs(AdminName);
    const QList<Event> recorded = eventsWithAction(session.database(), AuditAction::KeySlotsRecorded);
    REQUIRE(recorded.size() == 1);
    CHECK(
        recorded.front().details.value(QStringLiteral("slots")).toInt() == 3); // admin, worker, recovery code
    REQUIRE(AccountService(*ts.session).resetPassword(worker).ok());
    ts.signInAs(AdminName);
    CHECK(eventsWithAction(ts.session->database(), AuditAction::KeySlotsRecorded).size() == 1);
    ts.session.reset();

    writeFile(keyFile(ts), olderKeys);
    const Result<std::unique_ptr<Vault>> vault
        = Vault::open(ts.path(), worker, TestSession::passwordFor(worker));
    CHECK(vault.status().code() == ErrorCode::Damaged);
}

TEST_CASE("A slot rewrapped at unlock and cut off before the database heard of it is taken as current")
{
    TestSession ts;
    ts.signInAs(AdminName);
    const KeySlot admin = *ts.session->vault().keySlots().userSlot(AdminName);
    const QString id = QString::fromLatin1(admin.id.toHex());
    {
        // The record as a crash between saving the file and promoting the
        // rewrapped slot leaves it: the file's copy only as the next one.
        QSqlQuery query(ts.session->database());
        REQUIRE(query.exec(QStringLiteral("UPDATE vault_info SET key = 'slot_digest_next/%1' WHERE key = "
                                          "'slot_digest/%1'")
                               .arg(id)));
        REQUIRE(
            query.exec(QStringLiteral("INSERT INTO vault_info (key, value) VALUES ('slot_digest/%1', '%2')")
                           .arg(id, QString(64, QLatin1Char('0')))));
    }
    ts.session.reset();
    UserSession& session = ts.signInAs(AdminName);
    QSqlQuery query(session.database());
    REQUIRE(query.exec(
        QStringLiteral("SELECT key, value FROM vault_info WHERE key LIKE 'slot_digest%/%1'").arg(id)));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("slot_digest/") + id);
    CHECK(
        QByteArray::fromHex(query.value(1).toString().toLatin1()) == admin.digest(session.vault().vaultId()));
    CHECK_FALSE(query.next());
}

TEST_CASE("Wrong passwords stay counted when someone puts the key file's counters back to zero")
{
    TestVault tv;
    tv.vault.reset();
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const QByteArray cleanKeyFile = readFile(tv.keyFilePath());
    for (int i = 0; i < UnlockThrottle::FreeAttempts; ++i) {
        CHECK(Vault::open(tv.path(), AdminName, QStringLiteral("guess %1").arg(i), clock).status().code()
            == ErrorCode::Authentication);
        clock.advance(1);
    }
    // Someone who can write the folder puts back the key file from before
    // the guesses: its counters say nothing happened.
    writeFile(tv.keyFilePath(), cleanKeyFile);

    SECTION("the wait after the guesses still holds")
    {
        CHECK(Vault::secondsUntilNextAttempt(tv.path(), AdminName, clock) > 0);
        const Result<std::unique_ptr<Vault>> refused = Vault::open(tv.path(), AdminName, AdminPassword, clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.status().message().contains(QStringLiteral("Too many wrong passwords")));
    }
    SECTION("the next sign-in still hears of every guess, and then the count starts again")
    {
        clock.advance(UnlockThrottle::MaximumDelaySeconds);
        Result<std::unique_ptr<Vault>> opened = Vault::open(tv.path(), AdminName, AdminPassword, clock);
        REQUIRE(opened.ok());
        CHECK((*opened)->failedAttemptsBeforeUnlock() == UnlockThrottle::FreeAttempts);
        (*opened)->clearFailedAttempts();
        opened = Status::failure(ErrorCode::Usage, QStringLiteral("closed"));
        opened = Vault::open(tv.path(), AdminName, AdminPassword, clock);
        REQUIRE(opened.ok());
        CHECK((*opened)->failedAttemptsBeforeUnlock() == 0);
    }
    SECTION("the recovery code's slot is counted on this PC too")
    {
        tv.vault = nullptr;
        const QByteArray before = readFile(tv.keyFilePath());
        for (int i = 0; i < 2; ++i) {
            CHECK(Vault::openWithRecoveryCode(tv.path(), QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"), clock)
                      .status()
                      .code()
                == ErrorCode::Authentication);
        }
        writeFile(tv.keyFilePath(), before);
        Result<std::unique_ptr<Vault>> opened = Vault::openWithRecoveryCode(tv.path(), tv.recoveryCode(), clock);
        REQUIRE(opened.ok());
        CHECK((*opened)->failedAttemptsBeforeUnlock() == 2);
    }
}

TEST_CASE("A link in the vault folder named like a backup's work folder does not get its target emptied")
{
    TestSession ts;
    QTemporaryDir elsewhere;
    const QString victim = elsewhere.filePath(QStringLiteral("victim"));
    REQUIRE(QDir().mkpath(victim + QStringLiteral("/sub")));
    writeFile(victim + QStringLiteral("/report.txt"), "important");
    writeFile(victim + QStringLiteral("/sub/more.txt"), "also important");
    const QMap<QString, QByteArray> before = folderFingerprint(victim);
    REQUIRE(QFile::link(victim, ts.path() + QStringLiteral("/backup-work-planted")));

    REQUIRE(BackupService(*ts.session).backUp(elsewhere.filePath(QStringLiteral("wing.wmbackup"))).ok());
    CHECK(folderFingerprint(victim) == before);
    CHECK(folderFingerprint(victim).size() == 2);
}

TEST_CASE("The key file is rewritten owner-only, and never through a link put in its place")
{
    TestSession ts;
    SECTION("a key file someone made readable to all is owner-only again at its next write")
    {
        REQUIRE(::chmod(QFile::encodeName(keyFile(ts)).constData(), 0644) == 0);
        REQUIRE(ts.session->rotateKey().ok());
        CHECK((modeOf(keyFile(ts)) & 0777) == 0600);
    }
    SECTION("a link in the key file's place is not written through")
    {
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("keys"));
        REQUIRE(QFile::rename(keyFile(ts), target));
        REQUIRE(QFile::link(target, keyFile(ts)));
        const QByteArray before = sha256(target);
        CHECK_FALSE(ts.session->rotateKey().ok());
        CHECK(sha256(target) == before);
        CHECK(QFileInfo(keyFile(ts)).isSymLink());
    }
}

TEST_CASE("A restore is not handed to the backup's accounts by tampering with the vault it replaces")
{
    TestSession ts;
    const QString backup = backupByOldAdmin(ts);
    ts.session.reset();
    // What the disabled administrator keeps before losing the account.
    const QString olderFolder = ts.path() + QStringLiteral("-older");
    copyFolder(ts.path(), olderFolder);
    const QByteArray olderKeys = readFile(keyFile(ts));
    ts.signInAs(QStringLiteral("second.admin"));
    REQUIRE(AccountService(*ts.session).resetPassword(QStringLiteral("old.admin")).ok());
    REQUIRE(AccountService(*ts.session).disableUser(QStringLiteral("old.admin")).ok());
    ts.session.reset();

    SECTION("the old key file put back, so the old password opens a slot the vault no longer records")
    {
        writeFile(keyFile(ts), olderKeys);
    }
    SECTION("the whole folder put back from before, where the account was still active")
    {
        copyFolder(olderFolder, ts.path());
    }
    const QMap<QString, QByteArray> before = folderFingerprint(ts.path());
    RestoreService::Credentials oldAdmin { QStringLiteral("old.admin"),
        TestSession::passwordFor(QStringLiteral("old.admin")), {} };
    const Result<RestoreService::Restored> restored = RestoreService::restore(ts.path(), backup, oldAdmin);
    INFO(restored.status().message().toStdString() << " / " << restored.status().details().toStdString());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.status().code() == ErrorCode::Damaged);
    CHECK(restored.status().message().contains(QStringLiteral("tampered with")));
    CHECK(folderFingerprint(ts.path()) == before);
    // And through the real program: exit 3, one sentence, nothing changed.
    const CliRun run = runCli({ QStringLiteral("--vault"), ts.path(), QStringLiteral("restore"), QStringLiteral("--from"),
                                  backup, QStringLiteral("--user"), QStringLiteral("old.admin"),
                                  QStringLiteral("--password-stdin") },
        inputLine(TestSession::passwordFor(QStringLiteral("old.admin"))));
    CHECK(run.exitCode == 3);
    CHECK(folderFingerprint(ts.path()) == before);
}

TEST_CASE("Wrong passwords are not forgotten by a sign-in that is refused after the password was right")
{
    TestSession ts;
    const OlderCopy older = keepOlderCopy(ts);
    for (int i = 0; i < UnlockThrottle::FreeAttempts; ++i) {
        CHECK(Vault::open(ts.path(), AdminName, QStringLiteral("guess %1").arg(i), ts.clock).status().code()
            == ErrorCode::Authentication);
    }
    ts.clock.advance(UnlockThrottle::MaximumDelaySeconds);
    // The database put back from the older copy: the right password is
    // refused as a rollback...
    const QString database = ts.path() + QStringLiteral("/wingmate.db");
    const QByteArray current = readFile(database);
    writeFile(database, readFile(older.folder + QStringLiteral("/wingmate.db")));
    const Result<std::unique_ptr<UserSession>> refused = ts.trySignIn(AdminName, AdminPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.status().code() == ErrorCode::Damaged);
    // ...and once the current database is back, the sign-in still reports
    // every guess, and records them.
    writeFile(database, current);
    ts.signInAs(AdminName);
    CHECK(ts.session->failedAttemptsBeforeSignIn() == UnlockThrottle::FreeAttempts);
    const QList<Event> failed = eventsWithAction(ts.session->database(), AuditAction::FailedLogin);
    REQUIRE(failed.size() == 1);
    CHECK(failed.front().details.value(QStringLiteral("attempts")).toInt() == UnlockThrottle::FreeAttempts);
    // Reported once: the next sign-in starts again from none.
    ts.session.reset();
    ts.signInAs(AdminName);
    CHECK(ts.session->failedAttemptsBeforeSignIn() == 0);
}

TEST_CASE("Guesses at a backup's passwords through restore wait and are counted as sign-ins are")
{
    TestSession ts;
    const QString backup = ts.path() + QStringLiteral("-backup.wmbackup");
    REQUIRE(BackupService(*ts.session).backUp(backup).ok());
    ts.session.reset();
    const QString target = ts.path() + QStringLiteral("-restored");
    for (int i = 0; i < UnlockThrottle::FreeAttempts; ++i) {
        const RestoreService::Credentials guess { AdminName, QStringLiteral("guess %1").arg(i), {} };
        CHECK(RestoreService::restore(target, backup, guess, {}, ts.clock).status().message().contains(
            QStringLiteral("do not open this backup")));
    }
    const RestoreService::Credentials admin { AdminName, AdminPassword, {} };
    const Result<RestoreService::Restored> waiting = RestoreService::restore(target, backup, admin, {}, ts.clock);
    REQUIRE_FALSE(waiting.ok());
    CHECK(waiting.status().code() == ErrorCode::Authentication);
    CHECK(waiting.status().message().contains(QStringLiteral("Too many wrong passwords")));
    CHECK_FALSE(QFileInfo::exists(target));

    ts.clock.advance(UnlockThrottle::MaximumDelaySeconds);
    const Result<RestoreService::Restored> restored = RestoreService::restore(target, backup, admin, {}, ts.clock);
    INFO(restored.status().message().toStdString() << " / " << restored.status().details().toStdString());
    REQUIRE(restored.ok());
    // The restored vault's first sign-in reports the guesses.
    const Result<std::unique_ptr<UserSession>> session = UserSession::signIn(target, AdminName, AdminPassword, ts.clock);
    REQUIRE(session.ok());
    CHECK((*session)->failedAttemptsBeforeSignIn() == UnlockThrottle::FreeAttempts);
}

TEST_CASE("verify names a key slot the database does not record, not only the one that signed in")
{
    TestSession ts;
    ts.session.reset();
    {
        Result<KeySlotFile> keys = KeySlotFile::load(keyFile(ts));
        REQUIRE(keys.ok());
        KeySlot ghost = *keys->userSlot(AdminName);
        ghost.id = QByteArray(ghost.id.size(), '\x5a');
        ghost.user = QStringLiteral("ghost");
        keys->entries.append(ghost);
        REQUIRE(keys->save(keyFile(ts)).ok());
    }
    ts.signInAs(AdminName);
    const Status verified = ts.session->verify();
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(QStringLiteral("ghost")));
    ts.session.reset();
    const CliRun run = runCli({ QStringLiteral("--vault"), ts.path(), QStringLiteral("verify"), QStringLiteral("--user"),
                                  AdminName, QStringLiteral("--password-stdin") },
        inputLine(AdminPassword));
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("ghost")));
}

TEST_CASE("A key rotation gives no new key to a slot someone planted in the key file")
{
    TestSession ts;
    ts.session.reset();
    // The attacker's own key pair, and a slot that names it, made without
    // any password: everything in a slot but the wrapped key is public.
    unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(publicKey, secretKey);
    const QByteArray planted(reinterpret_cast<const char*>(publicKey), sizeof publicKey);
    {
        Result<KeySlotFile> keys = KeySlotFile::load(keyFile(ts));
        REQUIRE(keys.ok());
        KeySlot mallory = *keys->userSlot(AdminName);
        mallory.id = QByteArray(mallory.id.size(), '\x4d');
        mallory.user = QStringLiteral("mallory");
        mallory.publicKey = planted;
        keys->entries.append(mallory);
        REQUIRE(keys->save(keyFile(ts)).ok());
    }
    ts.signInAs(AdminName);
    REQUIRE(ts.session->rotateKey().ok());

    // No slot sealed to the attacker's key is left for them to open.
    Result<KeySlotFile> after = KeySlotFile::load(keyFile(ts));
    REQUIRE(after.ok());
    for (const KeySlot& slot : after->entries) {
        CHECK(slot.publicKey != planted);
        CHECK(slot.user != QLatin1String("mallory"));
        for (const KeySlot::PendingKey& pending : slot.pending) {
            unsigned char opened[64];
            CHECK(crypto_box_seal_open(opened, reinterpret_cast<const unsigned char*>(pending.sealed.constData()),
                      static_cast<unsigned long long>(pending.sealed.size()), publicKey, secretKey)
                != 0);
        }
    }
    const QList<Event> rotations = eventsWithAction(ts.session->database(), AuditAction::KeyRotation);
    REQUIRE(rotations.size() == 1);
    CHECK(rotations.front().details.value(QStringLiteral("slots_dropped")).toArray().contains(QStringLiteral("mallory")));
    CHECK(ts.session->verify().ok());
}
