#include "TestVault.h"

#include "security/KeySlotFile.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sodium.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace wingmate;
using namespace wingmate::test;

namespace {

void exec(Vault& vault, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(vault.database());
    REQUIRE(query.prepare(sql));
    for (const QVariant& v : values)
        query.addBindValue(v);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
}

QVariant scalar(Vault& vault, const QString& sql)
{
    QSqlQuery query(vault.database());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

Result<std::unique_ptr<Vault>> openAs(const TestVault& tv, const QString& user, const QString& password)
{
    return Vault::open(tv.path(), user, password);
}

} // namespace

TEST_CASE("A new vault is a folder with an encrypted database and a key file")
{
    TestVault tv;
    CHECK(QFile::exists(tv.databasePath()));
    CHECK(QFile::exists(tv.keyFilePath()));
    CHECK(Vault::exists(tv.path()));
    Vault& vault = *tv.vault;
    CHECK_FALSE(vault.cipherVersion().isEmpty());
    CHECK(scalar(vault, QStringLiteral("PRAGMA user_version")).toInt() == SchemaMigrator::latestVersion());
    CHECK(scalar(vault, QStringLiteral("PRAGMA cipher_page_size")).toInt() == 4096);
    CHECK(scalar(vault, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(vault, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(vault, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(scalar(vault, QStringLiteral("SELECT role FROM users WHERE username = 'admin'")).toString()
        == QStringLiteral("administrator"));
    CHECK(vault.unlockedBy() == AdminName);

    SECTION("and reopens with the administrator's password, checked and intact")
    {
        Vault& again = tv.reopen();
        CHECK(again.checkIntegrity().ok());
        CHECK(again.unlockedBy() == AdminName);
        CHECK(again.failedAttemptsBeforeUnlock() == 0);
    }
    SECTION("and with the recovery code, typed carelessly")
    {
        tv.vault.reset();
        Result<std::unique_ptr<Vault>> opened = Vault::openWithRecoveryCode(tv.path(), tv.recoveryCode().toLower());
        REQUIRE(opened.ok());
        CHECK((*opened)->unlockedBy().isEmpty());
    }
}

TEST_CASE("Creating a vault refuses bad input and leaves nothing behind")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v"));
    Vault::CreateOptions options { AdminName, {}, QStringLiteral("short"), KdfParams::minimum() };
    Result<Vault::Created> weak = Vault::create(path, options);
    CHECK(weak.status().code() == ErrorCode::InvalidInput);
    CHECK_FALSE(Vault::exists(path));

    options.password = AdminPassword;
    options.adminUsername = QStringLiteral("has space");
    CHECK(Vault::create(path, options).status().code() == ErrorCode::InvalidInput);
    CHECK_FALSE(Vault::exists(path));

    options.adminUsername = AdminName;
    Result<Vault::Created> first = Vault::create(path, options);
    REQUIRE(first.ok());
    first->vault.reset();
    const QByteArray before = sha256(path + QStringLiteral("/wingmate.db"));
    Result<Vault::Created> second = Vault::create(path, options);
    CHECK(second.status().code() == ErrorCode::InvalidInput);
    CHECK(second.status().message().contains(QStringLiteral("already holds a vault")));
    CHECK(sha256(path + QStringLiteral("/wingmate.db")) == before);
}

TEST_CASE("Wrong passwords open nothing, are counted, and are reported at the next unlock")
{
    TestVault tv;
    tv.vault.reset();
    const QByteArray before = sha256(tv.databasePath());

    Result<std::unique_ptr<Vault>> wrong = openAs(tv, AdminName, QStringLiteral("not the password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.status().code() == ErrorCode::Authentication);
    CHECK(wrong.status().message() == QStringLiteral("The username or password is not right."));
    CHECK(openAs(tv, AdminName, QStringLiteral("still not it")).status().code() == ErrorCode::Authentication);

    Result<std::unique_ptr<Vault>> unknown = openAs(tv, QStringLiteral("nobody"), AdminPassword);
    CHECK(unknown.status().code() == ErrorCode::Authentication);
    CHECK(unknown.status().message() == wrong.status().message()); // no hint which usernames exist

    CHECK(Vault::openWithRecoveryCode(tv.path(), QStringLiteral("not a code")).status().code() == ErrorCode::Authentication);
    CHECK(Vault::openWithRecoveryCode(tv.path(), QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000")).status().code()
        == ErrorCode::Authentication);
    CHECK(sha256(tv.databasePath()) == before);

    Vault& vault = tv.reopen();
    CHECK(vault.failedAttemptsBeforeUnlock() == 2);
    CHECK(vault.lastFailedAttempt().isValid());
    // Counted until the sign-in that reports them says they are on record.
    CHECK(tv.reopen().failedAttemptsBeforeUnlock() == 2);
    tv.vault->clearFailedAttempts();
    CHECK(tv.reopen().failedAttemptsBeforeUnlock() == 0);
}

TEST_CASE("Nothing in the vault folder is readable without the key")
{
    TestVault tv;
    const QByteArray canary = "CANARY-Zebedee-7731";
    const QByteArray canaryUtf16 = QStringLiteral("CANARY-Zebedee-7731").toUtf8();
    Vault& vault = *tv.vault;
    for (int i = 0; i < 200; ++i) {
        exec(vault, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"),
            { QStringLiteral("note%1").arg(i), QString::fromLatin1(canary) + QString::number(i), QStringLiteral("now") });
    }
    // While open: the database, its -wal and -shm.
    REQUIRE(QFile::exists(tv.databasePath() + QStringLiteral("-wal")));
    CHECK(filesContaining(tv.path(), canary).isEmpty());
    CHECK(filesContaining(tv.path(), canaryUtf16).isEmpty());
    CHECK(filesContaining(tv.path(), "SQLite format 3").isEmpty());
    CHECK(filesContaining(tv.path(), "CREATE TABLE").isEmpty());
    // And after closing.
    tv.vault.reset();
    CHECK(filesContaining(tv.path(), canary).isEmpty());
    CHECK(filesContaining(tv.path(), "SQLite format 3").isEmpty());
    CHECK(scalar(tv.reopen(), QStringLiteral("SELECT value FROM settings WHERE key = 'note7'")).toString()
        == QStringLiteral("CANARY-Zebedee-77317"));
}

// A flipped byte in any page, and a database cut short at any page boundary:
// tests/reliability/DamageTest.cpp.

TEST_CASE("A vault is opened by one program at a time")
{
    TestVault tv;
    SECTION("a second open in the same process is refused, naming the holder")
    {
        Result<std::unique_ptr<Vault>> second = openAs(tv, AdminName, AdminPassword);
        REQUIRE_FALSE(second.ok());
        CHECK(second.status().code() == ErrorCode::InUse);
        CHECK(second.status().message().contains(QString::number(QCoreApplication::applicationPid())));
        tv.vault.reset();
        CHECK(openAs(tv, AdminName, AdminPassword).ok());
    }
    SECTION("a lock left by a process that died is taken over")
    {
        tv.vault.reset();
        const QString lockPath = tv.path() + QStringLiteral("/vault.lock");
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            QLockFile lock(lockPath);
            lock.setStaleLockTime(0);
            _exit(lock.tryLock(0) ? 0 : 1); // dies holding the lock
        }
        int waitStatus = 0;
        REQUIRE(waitpid(child, &waitStatus, 0) == child);
        REQUIRE(WIFEXITED(waitStatus));
        REQUIRE(WEXITSTATUS(waitStatus) == 0);
        REQUIRE(QFile::exists(lockPath));
        Result<std::unique_ptr<Vault>> opened = openAs(tv, AdminName, AdminPassword);
        INFO(opened.status().message().toStdString());
        CHECK(opened.ok());
    }
    SECTION("an empty lock file, left by a program killed before it wrote who it was, is taken over")
    {
        tv.vault.reset();
        const QString lockPath = tv.path() + QStringLiteral("/vault.lock");
        writeFile(lockPath, QByteArray());
        Result<std::unique_ptr<Vault>> opened = openAs(tv, AdminName, AdminPassword);
        INFO(opened.status().message().toStdString());
        CHECK(opened.ok());
    }
    SECTION("an empty lock file whose maker is alive and holds it is not taken")
    {
        tv.vault.reset();
        const QByteArray lockPath = QFile::encodeName(tv.path() + QStringLiteral("/vault.lock"));
        int ready[2];
        int finish[2];
        REQUIRE(pipe(ready) == 0);
        REQUIRE(pipe(finish) == 0);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // Made and locked, but nothing written yet: the moment a killed
            // program would leave behind, with the program still alive.
            const int fd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_EXCL, 0600);
            const bool locked = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
            char byte = locked ? 'y' : 'n';
            (void)!::write(ready[1], &byte, 1);
            (void)!::read(finish[0], &byte, 1);
            _exit(0);
        }
        char byte = 0;
        REQUIRE(::read(ready[0], &byte, 1) == 1);
        REQUIRE(byte == 'y');
        Result<std::unique_ptr<Vault>> opened = openAs(tv, AdminName, AdminPassword);
        CHECK(opened.status().code() == ErrorCode::InUse);
        CHECK(QFile::exists(QFile::decodeName(lockPath)));
        byte = 'x';
        REQUIRE(::write(finish[1], &byte, 1) == 1);
        int waitStatus = 0;
        REQUIRE(waitpid(child, &waitStatus, 0) == child);
        for (int fd : { ready[0], ready[1], finish[0], finish[1] })
            ::close(fd);
        // Its maker gone, the same file is a leftover.
        CHECK(openAs(tv, AdminName, AdminPassword).ok());
    }
}

TEST_CASE("Passwords and key slots can be changed, added and removed")
{
    TestVault tv;
    Vault& vault = *tv.vault;
    const QString newPassword = QStringLiteral("A brand new passphrase");

    REQUIRE(vault.setUserPassword(QStringLiteral("nurse.jo"), QStringLiteral("Nurse Jo's passphrase"), KdfParams::minimum()).ok());
    REQUIRE(vault.setUserPassword(AdminName, newPassword, KdfParams::minimum()).ok());
    CHECK(vault.setUserPassword(QStringLiteral("x"), QStringLiteral("short"), KdfParams::minimum()).code()
        == ErrorCode::InvalidInput);
    CHECK(vault.slotUsers() == QStringList { AdminName, QStringLiteral("nurse.jo") });
    tv.vault.reset();

    CHECK(openAs(tv, AdminName, AdminPassword).status().code() == ErrorCode::Authentication);
    CHECK(openAs(tv, AdminName, newPassword).ok());
    Result<std::unique_ptr<Vault>> nurse = openAs(tv, QStringLiteral("NURSE.JO"), QStringLiteral("Nurse Jo's passphrase"));
    REQUIRE(nurse.ok());
    CHECK((*nurse)->unlockedBy() == QStringLiteral("nurse.jo"));
    REQUIRE((*nurse)->removeUserSlot(QStringLiteral("nurse.jo")).ok());
    CHECK((*nurse)->removeUserSlot(QStringLiteral("nurse.jo")).code() == ErrorCode::InvalidInput);
    nurse->reset();
    CHECK(openAs(tv, QStringLiteral("nurse.jo"), QStringLiteral("Nurse Jo's passphrase")).status().code()
        == ErrorCode::Authentication);

    SECTION("a new recovery code replaces the old one")
    {
        Result<std::unique_ptr<Vault>> admin = openAs(tv, AdminName, newPassword);
        REQUIRE(admin.ok());
        Result<QString> code = (*admin)->replaceRecoveryCode(KdfParams::minimum());
        REQUIRE(code.ok());
        admin->reset();
        CHECK(Vault::openWithRecoveryCode(tv.path(), tv.recoveryCode()).status().code() == ErrorCode::Authentication);
        CHECK(Vault::openWithRecoveryCode(tv.path(), *code).ok());
    }
}

TEST_CASE("Rotating the key re-encrypts the database and every slot follows")
{
    TestVault tv;
    Vault& vault = *tv.vault;
    REQUIRE(vault.setUserPassword(QStringLiteral("worker"), QStringLiteral("Support staff passphrase"), KdfParams::minimum()).ok());
    exec(vault, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('before', 'rotation', 'now')"));
    tv.vault.reset(); // a clean close folds the log into the database file
    const QByteArray oldKeys = readFile(tv.keyFilePath());
    const QByteArray oldDatabase = readFile(tv.databasePath());
    Vault& reopened = tv.reopen();

    REQUIRE(reopened.rotateKey().ok());
    // Still usable in this sitting.
    exec(reopened, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('after', 'rotation', 'now')"));
    CHECK(reopened.checkIntegrity().ok());
    tv.vault.reset();

    SECTION("the old key file no longer opens the database")
    {
        writeFile(tv.keyFilePath(), oldKeys);
        Result<std::unique_ptr<Vault>> opened = openAs(tv, AdminName, AdminPassword);
        CHECK(opened.status().code() == ErrorCode::Damaged);
    }
    SECTION("a copy from before the rotation opens with the old key the slots still hold")
    {
        QFile::remove(tv.databasePath() + QStringLiteral("-wal"));
        QFile::remove(tv.databasePath() + QStringLiteral("-shm"));
        writeFile(tv.databasePath(), oldDatabase);
        Result<std::unique_ptr<Vault>> opened = openAs(tv, AdminName, AdminPassword);
        // The slot still holds the old key too until its next unlock, so the
        // old copy opens: that is how a rotation cut short is survived.
        REQUIRE(opened.ok());
        CHECK(scalar(**opened, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'after'")).toInt() == 0);
    }
    SECTION("the administrator, the other user and the recovery code all still get in")
    {
        Result<std::unique_ptr<Vault>> admin = openAs(tv, AdminName, AdminPassword);
        REQUIRE(admin.ok());
        CHECK(scalar(**admin, QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('before', 'after')")).toInt() == 2);
        admin->reset();
        Result<KeySlotFile> keyFile = KeySlotFile::load(tv.keyFilePath());
        REQUIRE(keyFile.ok());
        CHECK(keyFile->userSlot(AdminName)->pending.isEmpty());     // folded in
        CHECK_FALSE(keyFile->userSlot(QStringLiteral("worker"))->pending.isEmpty()); // waiting
        CHECK(openAs(tv, QStringLiteral("worker"), QStringLiteral("Support staff passphrase")).ok());
        CHECK(Vault::openWithRecoveryCode(tv.path(), tv.recoveryCode()).ok());
        // Twice, to be sure nothing depends on the pending key any more.
        CHECK(openAs(tv, QStringLiteral("worker"), QStringLiteral("Support staff passphrase")).ok());
    }
}

TEST_CASE("A rotation cut off before the database changed is forgotten at the next unlock")
{
    TestVault tv;
    tv.vault.reset(); // a clean close folds the log into the database file
    const QByteArray before = readFile(tv.databasePath());
    REQUIRE(tv.reopen().rotateKey().ok());
    tv.vault.reset();
    // Every slot learnt the new key, but the database is as it was before
    // the re-encryption: what a crash between the two steps leaves.
    QFile::remove(tv.databasePath() + QStringLiteral("-wal"));
    QFile::remove(tv.databasePath() + QStringLiteral("-shm"));
    writeFile(tv.databasePath(), before);
    REQUIRE_FALSE(KeySlotFile::load(tv.keyFilePath())->userSlot(AdminName)->pending.isEmpty());

    Vault& vault = tv.reopen();
    CHECK(vault.checkIntegrity().ok());
    Result<KeySlotFile> after = KeySlotFile::load(tv.keyFilePath());
    REQUIRE(after.ok());
    CHECK(after->userSlot(AdminName)->pending.isEmpty());
}

TEST_CASE("A key sealed into a slot by someone without the vault's key takes nothing over")
{
    // The attack: someone who can write the vault folder but knows no
    // password makes a vault of their own, gives it the victim's vault id,
    // puts its database in the victim's folder and seals their own key into
    // the victim's slot as a "pending" rotation.
    TestVault victim;
    victim.vault.reset();
    TestVault attacker;
    exec(*attacker.vault, QStringLiteral("UPDATE vault_info SET value = ? WHERE key = 'vault_id'"),
        { QString::fromLatin1(KeySlotFile::load(victim.keyFilePath())->vaultId.toHex()) });
    attacker.vault.reset();
    // The attacker's own key, from their own slot.
    Result<KeySlotFile> theirs = KeySlotFile::load(attacker.keyFilePath());
    Result<KeySlot::Contents> theirKey
        = theirs->userSlot(AdminName)->open(secretFromText(AdminPassword), theirs->vaultId);
    REQUIRE(theirKey.ok());

    Result<KeySlotFile> keys = KeySlotFile::load(victim.keyFilePath());
    REQUIRE(keys.ok());
    KeySlot* slot = keys->userSlot(AdminName);
    SECTION("sealed as Wingmate 0.1 did, without an authenticator")
    {
        KeySlot::PendingKey forged;
        forged.sealed = QByteArray(32 + crypto_box_SEALBYTES, Qt::Uninitialized);
        crypto_box_seal(reinterpret_cast<unsigned char*>(forged.sealed.data()), theirKey->databaseKey.data(),
            32, reinterpret_cast<const unsigned char*>(slot->publicKey.constData()));
        slot->pending.append(forged);
    }
    SECTION("with an authenticator made from the attacker's own key")
    {
        REQUIRE(slot->sealPending(theirKey->databaseKey, theirKey->databaseKey, keys->vaultId).ok());
    }
    REQUIRE(keys->save(victim.keyFilePath()).ok());
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(victim.databasePath() + suffix);
    QFile::copy(attacker.databasePath(), victim.databasePath());
    const QMap<QString, QByteArray> fingerprint = folderFingerprint(victim.path());

    Result<std::unique_ptr<Vault>> opened = openAs(victim, AdminName, AdminPassword);
    CHECK(opened.status().code() == ErrorCode::Damaged);
    CHECK(opened.status().message().contains(QStringLiteral("tampered")));
    CHECK(opened.status().message().contains(AdminName));
    // The slot still holds the victim's own key, and nothing was rewritten.
    CHECK(folderFingerprint(victim.path()) == fingerprint);
}

TEST_CASE("Vault files that do not belong together, or are missing, are refused")
{
    TestVault a;
    TestVault b;
    a.vault.reset();
    b.vault.reset();
    SECTION("no vault at all")
    {
        QTemporaryDir empty;
        CHECK(Vault::open(empty.path(), AdminName, AdminPassword).status().code() == ErrorCode::InvalidInput);
    }
    SECTION("database missing")
    {
        QFile::remove(a.databasePath());
        CHECK(openAs(a, AdminName, AdminPassword).status().code() == ErrorCode::Damaged);
    }
    SECTION("key file missing")
    {
        QFile::remove(a.keyFilePath());
        CHECK(openAs(a, AdminName, AdminPassword).status().code() == ErrorCode::Damaged);
    }
    SECTION("another vault's database under this key file")
    {
        writeFile(a.databasePath(), readFile(b.databasePath()));
        CHECK(openAs(a, AdminName, AdminPassword).status().code() == ErrorCode::Damaged);
    }
    SECTION("a key file that is not one")
    {
        writeFile(a.keyFilePath(), "{\"hello\": 1}");
        CHECK(openAs(a, AdminName, AdminPassword).status().code() == ErrorCode::Damaged);
    }
}

TEST_CASE("Schema migrations run each in one transaction, and a newer vault is refused")
{
    TestVault tv;
    SECTION("a migration failing half-way leaves the previous version intact")
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("9999_bad.sql"));
        writeFile(bad, "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");
        QStringList files = SchemaMigrator::migrationFiles();
        files.append(bad);
        Status status = SchemaMigrator(tv.vault->database(), files).migrate();
        CHECK_FALSE(status.ok());
        CHECK(scalar(*tv.vault, QStringLiteral("PRAGMA user_version")).toInt() == SchemaMigrator::latestVersion());
        CHECK(scalar(*tv.vault, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).toInt() == 0);
    }
    SECTION("a vault from a newer Wingmate is refused untouched")
    {
        exec(*tv.vault, QStringLiteral("PRAGMA user_version = 999"));
        tv.vault.reset();
        const QByteArray before = sha256(tv.databasePath());
        Result<std::unique_ptr<Vault>> opened = openAs(tv, AdminName, AdminPassword);
        CHECK(opened.status().code() == ErrorCode::InvalidInput);
        CHECK(opened.status().message().contains(QStringLiteral("newer version")));
        CHECK(sha256(tv.databasePath()) == before);
    }
}

TEST_CASE("Subkeys are stable for a key and differ by purpose")
{
    TestVault tv;
    const SecureBytes a = tv.vault->deriveSubkey(1, "wmaudit1");
    const SecureBytes b = tv.vault->deriveSubkey(1, "wmaudit1");
    const SecureBytes c = tv.vault->deriveSubkey(2, "wmaudit1");
    CHECK(a.equals(b.span()));
    CHECK_FALSE(a.equals(c.span()));
}

TEST_CASE("The benchmark's plain copy is a separate kind of vault: neither kind opens as the other")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString plain = dir.filePath(QStringLiteral("plain"));
    Vault::CreateOptions options { AdminName, QString(), AdminPassword, KdfParams::minimum() };
    {
        Result<Vault::Created> created = Vault::create(plain, options, Clock::system(), VaultStorage::UnencryptedForBenchmark);
        REQUIRE(created);
        exec(*created->vault, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('wing_name', 'B wing', 'now')"));
        // No key to change on a file that has none.
        const Status rotated = created->vault->rotateKey();
        CHECK(rotated.code() == ErrorCode::Usage);
    }
    // The file is plain SQLite: its header and its text are readable.
    const QByteArray bytes = readFile(plain + QStringLiteral("/wingmate.db"));
    CHECK(bytes.startsWith("SQLite format 3"));
    CHECK(bytes.contains("B wing"));

    // Opened as a vault (encrypted), it is refused as damaged, and unchanged.
    const QByteArray before = sha256(plain + QStringLiteral("/wingmate.db"));
    Result<std::unique_ptr<Vault>> asEncrypted = Vault::open(plain, AdminName, AdminPassword);
    REQUIRE_FALSE(asEncrypted);
    CHECK(asEncrypted.status().code() == ErrorCode::Damaged);
    CHECK(sha256(plain + QStringLiteral("/wingmate.db")) == before);

    Result<std::unique_ptr<Vault>> asPlain
        = Vault::open(plain, AdminName, AdminPassword, Clock::system(), VaultStorage::UnencryptedForBenchmark);
    REQUIRE(asPlain);
    CHECK(scalar(**asPlain, QStringLiteral("SELECT value FROM settings WHERE key = 'wing_name'")).toString()
        == QStringLiteral("B wing"));
    asPlain->reset();

    // And a real vault does not open as a plain one.
    TestVault tv;
    tv.vault.reset();
    Result<std::unique_ptr<Vault>> encryptedAsPlain
        = Vault::open(tv.path(), AdminName, AdminPassword, Clock::system(), VaultStorage::UnencryptedForBenchmark);
    REQUIRE_FALSE(encryptedAsPlain);
    CHECK(encryptedAsPlain.status().code() == ErrorCode::Damaged);
}
