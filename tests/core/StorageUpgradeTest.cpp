// A wing that ran Wingmate 0.1 has a vault, backups and transfer packages in
// SQLCipher 3's format (tests/fixtures/v0.1, made by the 0.1 program). The
// new build opens each, and a vault upgrades itself once, in place.
#include "OldVault.h"
#include "TestSession.h"
#include "TestVault.h"
#include "audit/AuditEvent.h"
#include "backup/RestoreService.h"
#include "security/KeyDerivation.h"
#include "security/KeySlotFile.h"
#include "services/UserSession.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Vault.h"
#include "transfer/TransferService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

const QString DemoPassword = QStringLiteral("Wingmate demo wing");
const QString DemoAdmin = QStringLiteral("demo.admin");
const QString RecoveryCode = QStringLiteral("MP1H-348B-YYRF-9361-ASXD-BRY5-EEKD-6A3S");
const QString TransferCode = QStringLiteral("1GF3-YBHY-A31M-8S14-41AR-BX55-PF7R-RXXJ");

using oldvault::fixture;

// A copy of the 0.1 vault in a folder of the test's own.
QString copyOfOldVault(const QTemporaryDir& dir)
{
    const QString folder = dir.path() + QStringLiteral("/vault");
    oldvault::copyTo(folder);
    return folder;
}

// The database key, read from the admin's slot as anyone with the password could.
SecureBytes databaseKey(const QString& folder)
{
    Result<KeySlotFile> keys = KeySlotFile::load(folder + QStringLiteral("/vault.keys"));
    REQUIRE(keys.ok());
    Result<KeySlot::Contents> contents = keys->userSlot(DemoAdmin)->open(secretFromText(DemoPassword), keys->vaultId);
    REQUIRE(contents.ok());
    return SecureBytes::copyOf(contents->databaseKey.span());
}

// Every table's row count, read through a connection in the given format;
// empty when the file does not open in it.
QMap<QString, qint64> tableCounts(
    const QString& folder, const SecureBytes& key, SqlCipherDriver::CipherFormat format)
{
    QMap<QString, qint64> counts;
    const QString name = QStringLiteral("counts-%1").arg(quintptr(&counts));
    {
        auto* driver = new SqlCipherDriver;
        driver->setRawKey(key.span());
        driver->setCipherFormat(format);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(folder + QStringLiteral("/wingmate.db"));
        if (db.open()) {
            QSqlQuery tables(db);
            QStringList names;
            if (tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
                while (tables.next())
                    names.append(tables.value(0).toString());
            }
            tables.finish();
            for (const QString& table : names) {
                QSqlQuery count(db);
                if (count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && count.next())
                    counts.insert(table, count.value(0).toLongLong());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}

QList<QJsonObject> eventDetails(UserSession& session, const QString& action)
{
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral("SELECT details FROM audit_events WHERE action = ? ORDER BY seq"));
    query.addBindValue(action);
    REQUIRE(query.exec());
    QList<QJsonObject> out;
    while (query.next())
        out.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return out;
}

std::unique_ptr<UserSession> signIn(const QString& folder, const QString& user = DemoAdmin)
{
    Result<std::unique_ptr<UserSession>> session = UserSession::signIn(folder, user, DemoPassword);
    INFO(session.status().message().toStdString() << " / " << session.status().details().toStdString());
    REQUIRE(session.ok());
    return session.take();
}

} // namespace

TEST_CASE("A vault made by Wingmate 0.1 upgrades itself once at the first sign-in and keeps every record")
{
    QTemporaryDir dir;
    const QString folder = copyOfOldVault(dir);
    const SecureBytes key = databaseKey(folder);
    const QMap<QString, qint64> before = tableCounts(folder, key, SqlCipherDriver::CipherFormat::SqlCipher3);
    REQUIRE(before.value(QStringLiteral("mentee_sessions")) > 0);
    // The new format does not read the old file.
    CHECK(tableCounts(folder, key, SqlCipherDriver::CipherFormat::SqlCipher4).isEmpty());

    std::unique_ptr<UserSession> session = signIn(folder);
    CHECK(session->vault().cipherVersion().startsWith(QStringLiteral("4.")));
    const QList<QJsonObject> upgrades = eventDetails(*session, AuditAction::StorageUpgrade);
    REQUIRE(upgrades.size() == 1);
    CHECK(upgrades.front().value(QStringLiteral("from")).toString() == QStringLiteral("SQLCipher 3"));
    CHECK_FALSE(upgrades.front().value(QStringLiteral("resumed")).toBool());
    CHECK(upgrades.front().value(QStringLiteral("events_checked")).toInteger() > 0);
    // The key file was format 1, and its slots are now on record.
    CHECK(eventDetails(*session, AuditAction::KeyFileUpgrade).size() == 1);
    CHECK(eventDetails(*session, AuditAction::KeySlotsRecorded).size() == 1);
    CHECK(session->verify().ok());
    // The old copy went once the new one had verified and the upgrade was recorded.
    CHECK_FALSE(QFile::exists(session->vault().legacyCopyPath()));
    CHECK(QDir(folder).entryList(QDir::Files).filter(QStringLiteral("upgrading")).isEmpty());
    session.reset();

    // Every table holds what it held, and the file is SQLCipher 4's now.
    const QMap<QString, qint64> after = tableCounts(folder, key, SqlCipherDriver::CipherFormat::SqlCipher4);
    CHECK(tableCounts(folder, key, SqlCipherDriver::CipherFormat::SqlCipher3).isEmpty());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        if (it.key() == QLatin1String("audit_events") || it.key() == QLatin1String("vault_info"))
            CHECK(after.value(it.key()) > it.value()); // the sign-in's own events and slot records
        else
            CHECK(after.value(it.key()) == it.value());
    }

    // Once only: the next sign-in is an ordinary one.
    session = signIn(folder, QStringLiteral("demo.worker"));
    session.reset();
    session = signIn(folder);
    CHECK(eventDetails(*session, AuditAction::StorageUpgrade).size() == 1);
}

TEST_CASE("An upgrade cut off after the new file took its place finishes at the next sign-in")
{
    QTemporaryDir dir;
    const QString folder = copyOfOldVault(dir);
    {
        // Vault::open upgrades without a session: the old copy stays aside,
        // as when the program stops before the upgrade is recorded.
        Result<std::unique_ptr<Vault>> vault = Vault::open(folder, DemoAdmin, DemoPassword);
        REQUIRE(vault.ok());
        CHECK((*vault)->storageUpgrade() == Vault::StorageUpgrade::Done);
        CHECK(QFile::exists((*vault)->legacyCopyPath()));
    }
    std::unique_ptr<UserSession> session = signIn(folder);
    const QList<QJsonObject> upgrades = eventDetails(*session, AuditAction::StorageUpgrade);
    REQUIRE(upgrades.size() == 1);
    CHECK(upgrades.front().value(QStringLiteral("resumed")).toBool());
    CHECK_FALSE(QFile::exists(session->vault().legacyCopyPath()));
}

TEST_CASE("An upgrade that cannot be written changes nothing and says so")
{
    QTemporaryDir dir;
    const QString folder = copyOfOldVault(dir);
    // Where the new file would go is taken by a folder: the copy cannot be made.
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/wingmate.db.upgrading")));
    const QMap<QString, QByteArray> before = folderFingerprint(folder);
    const Result<std::unique_ptr<UserSession>> session = UserSession::signIn(folder, DemoAdmin, DemoPassword);
    REQUIRE_FALSE(session.ok());
    CHECK(session.status().code() == ErrorCode::Io);
    CHECK(session.status().message().contains(QStringLiteral("could not be upgraded")));
    CHECK(session.status().message().contains(QStringLiteral("Nothing in it was changed")));
    CHECK(folderFingerprint(folder) == before);
    // Once the way is clear, it upgrades.
    REQUIRE(QDir(folder + QStringLiteral("/wingmate.db.upgrading")).removeRecursively());
    CHECK(signIn(folder)->vault().cipherVersion().startsWith(QStringLiteral("4.")));
}

TEST_CASE("A backup made by Wingmate 0.1 restores, and the restored vault is upgraded")
{
    QTemporaryDir dir;
    const QString target = dir.path() + QStringLiteral("/restored");
    RestoreService::Credentials admin { DemoAdmin, DemoPassword, {} };
    const Result<RestoreService::Restored> restored
        = RestoreService::restore(target, fixture(QStringLiteral("demo.wmbackup")), admin);
    INFO(restored.status().message().toStdString() << " / " << restored.status().details().toStdString());
    REQUIRE(restored.ok());
    std::unique_ptr<UserSession> session = signIn(target);
    CHECK(session->vault().cipherVersion().startsWith(QStringLiteral("4.")));
    CHECK(eventDetails(*session, AuditAction::StorageUpgrade).size() == 1);
    CHECK(session->verify().ok());
    QSqlQuery count(session->database());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM mentee_sessions")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 342);
    // Nothing of the old copy is left, its -wal and -shm included.
    CHECK(QDir(target).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("sqlcipher3")).isEmpty());
}

TEST_CASE("A transfer package made by Wingmate 0.1 imports into a new vault")
{
    TestSession ts;
    const Result<TransferService::Preview> imported
        = TransferService(*ts.session).importPackage(fixture(QStringLiteral("A9799IJ.wmtransfer")), TransferCode);
    INFO(imported.status().message().toStdString() << " / " << imported.status().details().toStdString());
    REQUIRE(imported.ok());
    QSqlQuery query(ts.session->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM prisoners WHERE prison_number = 'A9799IJ'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
}

TEST_CASE("The recovery code of a 0.1 vault still opens it after the upgrade")
{
    QTemporaryDir dir;
    const QString folder = copyOfOldVault(dir);
    signIn(folder).reset();
    CHECK(Vault::openWithRecoveryCode(folder, RecoveryCode).ok());
}

TEST_CASE("A file merely named like an upgrade's old copy is no upgrade to record, and is left alone")
{
    TestSession ts;
    ts.session.reset();
    const QString planted = ts.path() + QStringLiteral("/wingmate.db.sqlcipher3");
    SECTION("bytes of no database")
    {
        writeFile(planted, QByteArray(8192, 'x'));
    }
    SECTION("the 0.1 demonstration vault's database, which is another vault")
    {
        REQUIRE(QFile::copy(fixture(QStringLiteral("vault/wingmate.db")), planted));
    }
    const QByteArray before = readFile(planted);
    ts.signInAs(AdminName);
    CHECK(eventDetails(*ts.session, AuditAction::StorageUpgrade).isEmpty());
    CHECK(ts.session->verify().ok());
    CHECK(readFile(planted) == before);
}
