#include "TestSession.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "backup/BackupFile.h"
#include "backup/BackupService.h"
#include "backup/RestoreService.h"
#include "security/KeyDerivation.h"
#include "services/AccountService.h"
#include "storage/VaultLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QString wingName(UserSession& session)
{
    return session.settings().text(Setting::WingName);
}

void requireOk(const Status& status)
{
    INFO(status.message().toStdString() << " / " << status.details().toStdString());
    REQUIRE(status.ok());
}

// A vault with a backup of it taken by the administrator, in a second folder.
struct BackedUp {
    TestSession ts;
    QTemporaryDir out;
    QString backupPath;
    QList<int> progress;

    BackedUp()
    {
        REQUIRE(out.isValid());
        requireOk(ts.session->changeSetting(Setting::WingName, QStringLiteral("Before the backup")));
        backupPath = out.filePath(QStringLiteral("wing.wmbackup"));
        const Result<BackupService::Made> made
            = BackupService(*ts.session)
                  .backUp(backupPath, [this](const QString&, qint64 done, qint64 total) {
                      progress.append(int(done * 1000 / total));
                      return true;
                  });
        requireOk(made.status());
    }
    RestoreService::Credentials admin() const { return { AdminName, AdminPassword, {} }; }
};

Result<RestoreService::Restored> restore(const QString& dir, const QString& backup,
    const RestoreService::Credentials& who, const ProgressCallback& progress = {})
{
    static ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    clock.advance(1);
    return RestoreService::restore(dir, backup, who, progress, clock);
}

} // namespace

TEST_CASE("A backup is one checked file, audited, and the vault stays usable")
{
    BackedUp b;
    const QByteArray bytes = readFile(b.backupPath);
    const Result<BackupFile> parsed = BackupFile::parse(bytes);
    requireOk(parsed.status());
    CHECK(parsed->vaultId == b.ts.session->vault().vaultId());
    CHECK(parsed->madeBy == AdminName);
    CHECK(parsed->madeAt == b.ts.clock.now());
    CHECK(parsed->databaseSize % parsed->pageSize == 0);
    // Nothing readable inside: the database pages are encrypted.
    CHECK_FALSE(bytes.contains("Before the backup"));
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    // Progress only moves forward and reaches the end.
    REQUIRE_FALSE(b.progress.isEmpty());
    CHECK(std::is_sorted(b.progress.begin(), b.progress.end()));
    CHECK(b.progress.constLast() == 1000);
    // Only the file itself is left beside it, and nothing in the vault folder.
    CHECK(entriesOf(b.out.path()) == QStringList { QStringLiteral("wing.wmbackup") });
    CHECK(entriesOf(b.ts.path()).filter(QStringLiteral("backup")).isEmpty());
    CHECK(b.ts.countEvents(AuditAction::Backup) == 1);
    requireOk(b.ts.session->changeSetting(Setting::WingName, QStringLiteral("After the backup")));
    requireOk(b.ts.session->verify());
}

TEST_CASE("A backup restores into a new folder and over a live vault, which is kept aside with the restore "
          "recorded")
{
    BackedUp b;
    requireOk(b.ts.session->changeSetting(Setting::WingName, QStringLiteral("After the backup")));

    SECTION("into a folder that does not exist yet")
    {
        const QString fresh = b.out.filePath(QStringLiteral("new/vault"));
        const Result<RestoreService::Restored> restored = restore(fresh, b.backupPath, b.admin());
        requireOk(restored.status());
        CHECK(restored->keptAside.isEmpty());
        CHECK(restored->backupMadeBy == AdminName);
        Result<std::unique_ptr<UserSession>> signedIn
            = UserSession::signIn(fresh, AdminName, AdminPassword, b.ts.clock);
        requireOk(signedIn.status());
        CHECK(wingName(**signedIn) == QStringLiteral("Before the backup"));
        requireOk((*signedIn)->verify());
        const Result<QList<AuditEvent>> events = (*signedIn)->auditLog().list(**signedIn);
        const auto restoreEvent = std::find_if(events->begin(), events->end(),
            [](const AuditEvent& e) { return e.action == AuditAction::Restore; });
        REQUIRE(restoreEvent != events->end());
        CHECK(restoreEvent->actor == AdminName);
        CHECK(restoreEvent->details.value(QStringLiteral("with")).toString() == QStringLiteral("password"));
        CHECK(entriesOf(b.out.filePath(QStringLiteral("new"))) == QStringList { QStringLiteral("vault") });
    }
    SECTION("over the live vault, once it is closed")
    {
        b.ts.session.reset();
        const QMap<QString, QByteArray> before = folderFingerprint(b.ts.path());
        const Result<RestoreService::Restored> restored = restore(b.ts.path(), b.backupPath, b.admin());
        requireOk(restored.status());
        REQUIRE_FALSE(restored->keptAside.isEmpty());
        CHECK(restored->keptAside.startsWith(b.ts.path() + QStringLiteral(".before-restore-")));
        // The vault kept aside changed only by recording, before the swap,
        // who restored over it.
        CHECK(folderFingerprint(restored->keptAside).keys() == before.keys());
        UserSession& session = b.ts.signInAs(AdminName);
        CHECK(wingName(session) == QStringLiteral("Before the backup"));
        requireOk(session.verify());
        // The vault kept aside still opens as it was.
        Result<std::unique_ptr<UserSession>> old
            = UserSession::signIn(restored->keptAside, AdminName, AdminPassword, b.ts.clock);
        requireOk(old.status());
        CHECK(wingName(**old) == QStringLiteral("After the backup"));
        requireOk((*old)->verify());
        const Result<QList<AuditEvent>> events = (*old)->auditLog().list(**old);
        REQUIRE(events.ok());
        CHECK(std::count_if(events->begin(), events->end(), [](const AuditEvent& e) {
            return e.action == AuditAction::Restore && e.actor == AdminName
                && e.details.value(QStringLiteral("stage")).toString() == QStringLiteral("authorised");
        }) == 1);
    }
    SECTION("over a vault whose database has been lost")
    {
        b.ts.session.reset();
        REQUIRE(QFile::remove(b.ts.path() + QStringLiteral("/wingmate.db")));
        requireOk(restore(b.ts.path(), b.backupPath, b.admin()).status());
        CHECK(wingName(b.ts.signInAs(AdminName)) == QStringLiteral("Before the backup"));
    }
}

TEST_CASE(
    "A backup restores with the recovery code, and with a key rotated since another admin's last sign-in")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("second"), UserRole::Administrator);
    ts.signInAs(AdminName);
    const Result<QString> code = ts.newRecoveryCode();
    requireOk(code.status());
    // The second administrator's slot now holds the new key only as pending.
    requireOk(ts.session->rotateKey());
    QTemporaryDir out;
    const QString backup = out.filePath(QStringLiteral("b.wmbackup"));
    requireOk(BackupService(*ts.session).backUp(backup).status());

    SECTION("recovery code")
    {
        const Result<RestoreService::Restored> restored
            = restore(out.filePath(QStringLiteral("r")), backup, { AdminName, {}, code->toLower() });
        requireOk(restored.status());
        Result<std::unique_ptr<Vault>> opened
            = Vault::openWithRecoveryCode(out.filePath(QStringLiteral("r")), *code);
        requireOk(opened.status());
    }
    SECTION("pending key")
    {
        requireOk(restore(out.filePath(QStringLiteral("r")), backup,
            { QStringLiteral("second"), TestSession::passwordFor(QStringLiteral("second")),
                {} }).status());
    }
}

TEST_CASE("A bad backup or wrong credentials are refused with exit 3 and change nothing")
{
    BackedUp b;
    TestSession other; // another vault, for a foreign backup
    QTemporaryDir otherOut;
    const QString foreignBackup = otherOut.filePath(QStringLiteral("other.wmbackup"));
    requireOk(BackupService(*other.session).backUp(foreignBackup).status());
    b.ts.session.reset();

    const QByteArray good = readFile(b.backupPath);
    const Result<BackupFile> parsed = BackupFile::parse(good);
    REQUIRE(parsed.ok());
    const QString bad = b.out.filePath(QStringLiteral("bad.wmbackup"));
    const auto flipped = [&good](qsizetype at) {
        QByteArray copy = good;
        copy[at] = char(copy.at(at) ^ 0x01);
        return copy;
    };
    struct Case {
        const char* name;
        QByteArray bytes;
        RestoreService::Credentials who;
    };
    const RestoreService::Credentials admin = b.admin();
    const QList<Case> cases {
        { "empty file", QByteArray(), admin },
        { "not a backup",
            QByteArray("SQLite format 3\0 and then some more bytes to pass the length", 60).repeated(4),
            admin },
        { "random bytes", QByteArray(4096, 'x'), admin },
        { "cut to the header", good.left(BackupFile::HeaderSize), admin },
        { "cut in the database", good.left(parsed->databaseOffset + parsed->databaseSize / 2), admin },
        { "last byte missing", good.chopped(1), admin },
        { "a byte added", good + '\0', admin },
        { "vault id changed", flipped(20), admin },
        { "made-at changed", flipped(33), admin },
        { "made-by changed", flipped(BackupFile::HeaderSize), admin },
        { "a database byte changed", flipped(parsed->databaseOffset + parsed->databaseSize / 2), admin },
        { "first database page changed", flipped(parsed->databaseOffset + 100), admin },
        { "authenticator changed", flipped(good.size() - 1), admin },
        { "key file changed",
            flipped(
                BackupFile::HeaderSize + parsed->madeBy.size() + parsed->keySlotBytes.indexOf("anchor") + 1),
            admin },
        { "another vault's backup", readFile(foreignBackup), admin },
        { "wrong password", good, { AdminName, QStringLiteral("Not the right password 9"), {} } },
        { "unknown user", good, { QStringLiteral("nobody"), AdminPassword, {} } },
        { "wrong recovery code", good,
            { AdminName, {}, QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH") } },
        { "not a recovery code", good, { AdminName, {}, QStringLiteral("hello") } },
    };
    const QString parent = QFileInfo(b.ts.path()).absolutePath();
    const QStringList siblingsBefore = entriesOf(parent);
    const QMap<QString, QByteArray> before = folderFingerprint(b.ts.path());
    for (const Case& c : cases) {
        INFO(c.name);
        writeFile(bad, c.bytes);
        const Result<RestoreService::Restored> restored = restore(b.ts.path(), bad, c.who);
        INFO(restored.status().message().toStdString() << " / " << restored.status().details().toStdString());
        CHECK(restored.status().code() == ErrorCode::Damaged);
        CHECK_FALSE(restored.status().message().isEmpty());
        CHECK(folderFingerprint(b.ts.path()) == before);
        CHECK(entriesOf(parent) == siblingsBefore);
    }
    CHECK(b.ts.signInAs(AdminName).verify().ok());
}

TEST_CASE("A restore is refused while the vault is open, and to anyone but an administrator in the backup")
{
    BackedUp b;
    b.ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
    b.ts.signInAs(AdminName);
    // A backup that knows the worker.
    requireOk(BackupService(*b.ts.session).backUp(b.backupPath, {}, ExistingFile::Replace).status());

    SECTION("open elsewhere: exit 4")
    {
        const QMap<QString, QByteArray> before = folderFingerprint(b.ts.path());
        const Result<RestoreService::Restored> restored = restore(b.ts.path(), b.backupPath, b.admin());
        CHECK(restored.status().code() == ErrorCode::InUse);
        CHECK(folderFingerprint(b.ts.path()) == before);
    }
    SECTION("a support worker: exit 5")
    {
        b.ts.session.reset();
        const QMap<QString, QByteArray> before = folderFingerprint(b.ts.path());
        const Result<RestoreService::Restored> restored = restore(b.ts.path(), b.backupPath,
            { QStringLiteral("worker"), TestSession::passwordFor(QStringLiteral("worker")), {} });
        CHECK(restored.status().code() == ErrorCode::Forbidden);
        CHECK(restored.status().message().contains(QStringLiteral("support worker")));
        CHECK(folderFingerprint(b.ts.path()) == before);
    }
    SECTION("with the recovery code, a claimed name counts for nothing: the restore is the recovery code's")
    {
        const Result<QString> code = b.ts.newRecoveryCode();
        requireOk(code.status());
        requireOk(BackupService(*b.ts.session).backUp(b.backupPath, {}, ExistingFile::Replace).status());
        b.ts.session.reset();
        const Result<RestoreService::Restored> restored = restore(
            b.out.filePath(QStringLiteral("r")), b.backupPath, { QStringLiteral("ghost"), {}, *code });
        requireOk(restored.status());
        Result<std::unique_ptr<Vault>> vault
            = Vault::openWithRecoveryCode(b.out.filePath(QStringLiteral("r")), *code);
        requireOk(vault.status());
        QSqlQuery query((*vault)->database());
        REQUIRE(query.exec(QStringLiteral("SELECT actor FROM audit_events WHERE action = 'restore'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("recovery code"));
    }
}

TEST_CASE("Stopping a backup or a restore part-way leaves nothing half-done")
{
    BackedUp b;
    const int backupsBefore = b.ts.countEvents(AuditAction::Backup);
    for (int stopAt : { 0, 200, 400, 700, 900 }) {
        INFO(stopAt);
        const QString path = b.out.filePath(QStringLiteral("stopped.wmbackup"));
        const Result<BackupService::Made> made
            = BackupService(*b.ts.session).backUp(path, [stopAt](const QString&, qint64 done, qint64 total) {
                  return done * 1000 / total <= stopAt;
              });
        CHECK(isCancelled(made.status()));
        CHECK(entriesOf(b.out.path()) == QStringList { QStringLiteral("wing.wmbackup") });
        CHECK(entriesOf(b.ts.path()).filter(QStringLiteral("backup")).isEmpty());
    }
    CHECK(b.ts.countEvents(AuditAction::Backup) == backupsBefore);
    // A work folder left by a backup cut off by a crash is cleared by the next.
    REQUIRE(QDir(b.ts.path()).mkpath(QStringLiteral("backup-work-abc123/check")));
    writeFile(b.ts.path() + QStringLiteral("/backup-work-abc123/snapshot.db"), "half a copy");
    requireOk(BackupService(*b.ts.session).backUp(b.backupPath, {}, ExistingFile::Replace).status());
    CHECK(entriesOf(b.ts.path()).filter(QStringLiteral("backup")).isEmpty());

    b.ts.session.reset();
    const QString parent = QFileInfo(b.ts.path()).absolutePath();
    const QStringList siblingsBefore = entriesOf(parent);
    const QMap<QString, QByteArray> before = folderFingerprint(b.ts.path());
    for (int stopAt : { 0, 100, 300, 499, 899 }) {
        INFO(stopAt);
        const Result<RestoreService::Restored> restored = restore(b.ts.path(), b.backupPath, b.admin(),
            [stopAt](const QString&, qint64 done, qint64 total) { return done * 1000 / total <= stopAt; });
        CHECK(isCancelled(restored.status()));
        CHECK(folderFingerprint(b.ts.path()) == before);
        CHECK(entriesOf(parent) == siblingsBefore);
    }
}

TEST_CASE("Automatic backups go to the backup folder, sort by time, keep only this vault's newest and clear "
          "its half-written ones")
{
    TestSession ts;
    QTemporaryDir folder;
    BackupService backups(*ts.session);
    CHECK(backups.backupFolder() == ts.path() + QStringLiteral("-backups"));
    requireOk(ts.session->changeSetting(Setting::BackupFolder, folder.path()));
    requireOk(ts.session->changeSetting(Setting::BackupsToKeep, 2));
    CHECK(backups.backupFolder() == folder.path());
    CHECK(backups.dailyBackupDue());

    // Things in the folder that are not this vault's backups.
    TestSession other;
    const QString othersName = BackupService(*other.session).fileNameFor(other.clock.now().addDays(-30));
    requireOk(BackupService(*other.session).backUp(folder.filePath(othersName)).status());
    const QString lookalike = folder.filePath(backups.fileNameFor(ts.clock.now().addDays(-40)));
    writeFile(lookalike, "not a backup at all");
    writeFile(folder.filePath(QStringLiteral("notes.txt")), "keep me");
    // Half-written files left by a crash: the other vault's are not ours.
    writeFile(folder.filePath(QLatin1Char('.') + othersName + QStringLiteral(".part-1f2e3d")), "cut off");
    const QMap<QString, QByteArray> strangers = folderFingerprint(folder.path());
    const QString ownPart = folder.filePath(
        QLatin1Char('.') + backups.fileNameFor(ts.clock.now().addDays(-2)) + QStringLiteral(".part-4c5b6a"));
    const QString ownSaving = ownPart + QStringLiteral(".Xy12Zq");
    writeFile(ownPart, "cut off");
    writeFile(ownSaving, "cut off");

    QStringList made;
    for (BackupService::Trigger trigger :
        { BackupService::Trigger::Daily, BackupService::Trigger::OnClose, BackupService::Trigger::Daily }) {
        const Result<BackupService::Made> backup = backups.backUpToFolder(trigger);
        requireOk(backup.status());
        made.append(backup->path);
        CHECK_FALSE(backups.dailyBackupDue());
        ts.clock.advance(24 * 60 * 60);
        CHECK(backups.dailyBackupDue());
    }
    CHECK(made.at(0) < made.at(1));
    CHECK(made.at(1) < made.at(2));
    CHECK(backups.ownBackups(folder.path()) == QStringList { made.at(2), made.at(1) });
    CHECK_FALSE(QFileInfo::exists(made.at(0)));
    CHECK_FALSE(QFileInfo::exists(ownPart));
    CHECK_FALSE(QFileInfo::exists(ownSaving));
    CHECK(folderFingerprint(folder.path()).size() == strangers.size() + 2);
    for (auto it = strangers.begin(); it != strangers.end(); ++it)
        CHECK(QCryptographicHash::hash(readFile(folder.filePath(it.key())), QCryptographicHash::Sha256)
            == it.value());
    CHECK(ts.countEvents(AuditAction::Backup) == 3);

    // Automatic backups run for whoever is signed in, even before a one-time
    // password has been replaced; a backup by hand waits for that.
    const Result<AccountService::Issued> issued
        = AccountService(*ts.session)
              .addUser(QStringLiteral("newcomer"), QStringLiteral("New Comer"), UserRole::SupportWorker);
    requireOk(issued.status());
    Result<std::unique_ptr<UserSession>> newcomer
        = ts.trySignIn(QStringLiteral("newcomer"), issued->oneTimePassword);
    requireOk(newcomer.status());
    REQUIRE((*newcomer)->mustChangePassword());
    ts.clock.advance(1);
    requireOk(BackupService(**newcomer).backUpToFolder(BackupService::Trigger::OnClose).status());
    CHECK(
        BackupService(**newcomer).backUp(folder.filePath(QStringLiteral("by-hand.wmbackup"))).status().code()
        == ErrorCode::Forbidden);
}

TEST_CASE("A backup is refused when the vault is locked, into the vault folder, or onto a folder")
{
    TestSession ts;
    QTemporaryDir out;
    BackupService backups(*ts.session);
    CHECK(backups.backUp(ts.path() + QStringLiteral("/inside.wmbackup")).status().code()
        == ErrorCode::InvalidInput);
    CHECK(backups.backUp(out.path()).status().code() == ErrorCode::Io);
    CHECK(
        backups.backUp(out.filePath(QStringLiteral("missing/b.wmbackup"))).status().code() == ErrorCode::Io);
    CHECK(entriesOf(out.path()).isEmpty());
    requireOk(ts.session->lock());
    CHECK(backups.backUp(out.filePath(QStringLiteral("b.wmbackup"))).status().code() == ErrorCode::Usage);
    CHECK(entriesOf(out.path()).isEmpty());
}

TEST_CASE("BackupFile::parse survives any bytes")
{
    BackedUp b;
    const QByteArray good = readFile(b.backupPath);
    REQUIRE(BackupFile::parse(good).ok());
    // Every prefix around the structure, and a spread through the rest.
    for (qsizetype n = 0; n < good.size(); n += (n < 4096 ? 1 : 4093))
        CHECK_FALSE(BackupFile::parse(good.left(n)).ok());
    // Each header byte changed: either refused, or it still parses (time,
    // made-by) and only the authenticator would catch it.
    QRandomGenerator random(7);
    for (qsizetype at = 0; at < BackupFile::HeaderSize + 64; ++at) {
        QByteArray copy = good;
        copy[at] = char(random.bounded(256));
        const Result<BackupFile> parsed = BackupFile::parse(copy);
        if (!parsed)
            CHECK(parsed.status().code() == ErrorCode::Damaged);
    }
    // Lengths that would overflow or point past the end.
    QByteArray huge = good.left(BackupFile::HeaderSize);
    for (int offset : { 44, 48, 52 })
        huge.replace(offset, 4, QByteArray(4, '\xff'));
    CHECK_FALSE(BackupFile::parse(huge).ok());
    for (int i = 0; i < 200; ++i) {
        QByteArray noise(int(random.bounded(2000)), Qt::Uninitialized);
        for (char& c : noise)
            c = char(random.bounded(256));
        if (i % 2 == 0)
            noise.replace(0, qMin<qsizetype>(8, noise.size()), good.left(8));
        CHECK_FALSE(BackupFile::parse(noise).ok());
    }
}
