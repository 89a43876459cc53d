// Every member of staff holds an Ed25519 signing key inside their own key
// slot: made with the slot, kept when they change their password or take
// over a rotated key, new when an administrator resets the account, and
// given to a slot made before signing keys at its next unlock.
#include "OldVault.h"
#include "TestSession.h"
#include "TestVault.h"
#include "security/KeySlotFile.h"
#include "services/AccountService.h"
#include "services/UserSession.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <sodium.h>

using namespace wingmate;
using namespace wingmate::test;

namespace {

QByteArray slotSigningKey(const QString& folder, const QString& user)
{
    Result<KeySlotFile> keys = KeySlotFile::load(folder + QStringLiteral("/vault.keys"));
    REQUIRE(keys.ok());
    const KeySlot* slot = user.isEmpty() ? keys->recoverySlot() : keys->userSlot(user);
    REQUIRE(slot);
    return slot->signingKey;
}

bool signsWith(const Vault& vault, const QByteArray& publicKey)
{
    const QByteArray message("the audit trail's head");
    const QByteArray signature = vault.sign(message);
    return signature.size() == crypto_sign_BYTES && publicKey.size() == crypto_sign_PUBLICKEYBYTES
        && crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData()))
        == 0;
}

} // namespace

TEST_CASE("Each slot of a new vault holds a signing key of its own, used by whoever unlocked it")
{
    TestSession ts;
    const QByteArray admin = slotSigningKey(ts.path(), AdminName);
    const QByteArray recovery = slotSigningKey(ts.path(), QString());
    REQUIRE(admin.size() == crypto_sign_PUBLICKEYBYTES);
    REQUIRE(recovery.size() == crypto_sign_PUBLICKEYBYTES);
    CHECK(admin != recovery);
    // The session that made the vault signs with the administrator's key.
    CHECK(ts.session->vault().signingKey() == admin);
    CHECK(signsWith(ts.session->vault(), admin));
    CHECK_FALSE(signsWith(ts.session->vault(), recovery));

    SECTION("and after signing in again")
    {
        ts.signInAs(AdminName);
        CHECK(ts.session->vault().signingKey() == admin);
        CHECK(signsWith(ts.session->vault(), admin));
    }
}

TEST_CASE("A signing key stays with its holder through a password change and a key rotation, and an "
          "administrator's reset gives a new one")
{
    TestSession ts;
    const QString worker = QStringLiteral("sam.worker");
    ts.addAccount(worker, UserRole::SupportWorker);
    // addAccount has the worker change the one-time password: the key made
    // with the account is the one kept.
    const QByteArray workerKey = slotSigningKey(ts.path(), worker);
    REQUIRE(workerKey.size() == crypto_sign_PUBLICKEYBYTES);
    ts.signInAs(worker);
    CHECK(ts.session->vault().signingKey() == workerKey);

    SECTION("their own password change keeps it")
    {
        REQUIRE(ts.session
                    ->changeOwnPassword(
                        TestSession::passwordFor(worker), QStringLiteral("Quiet harbour 2791 lamp"))
                    .ok());
        CHECK(slotSigningKey(ts.path(), worker) == workerKey);
        Result<std::unique_ptr<UserSession>> again
            = ts.trySignIn(worker, QStringLiteral("Quiet harbour 2791 lamp"));
        REQUIRE(again.ok());
        CHECK((*again)->vault().signingKey() == workerKey);
    }
    SECTION("a key rotation keeps it once the worker's slot takes the new key over")
    {
        ts.signInAs(AdminName);
        const QByteArray adminKey = ts.session->vault().signingKey();
        REQUIRE(ts.session->rotateKey().ok());
        CHECK(ts.session->vault().signingKey() == adminKey);
        ts.signInAs(worker);
        CHECK(ts.session->vault().signingKey() == workerKey);
        CHECK(slotSigningKey(ts.path(), worker) == workerKey);
    }
    SECTION("an administrator's reset makes a new one")
    {
        ts.signInAs(AdminName);
        Result<AccountService::Issued> issued = AccountService(*ts.session).resetPassword(worker);
        REQUIRE(issued.ok());
        const QByteArray reset = slotSigningKey(ts.path(), worker);
        REQUIRE(reset.size() == crypto_sign_PUBLICKEYBYTES);
        CHECK(reset != workerKey);
        Result<std::unique_ptr<UserSession>> signedIn = ts.trySignIn(worker, issued->oneTimePassword);
        REQUIRE(signedIn.ok());
        CHECK((*signedIn)->vault().signingKey() == reset);
    }
}

TEST_CASE("A slot made before signing keys is given one at its next unlock, with the same password")
{
    // The 0.1 vault (tests/fixtures/v0.1) has slots without signing keys.
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/vault");
    oldvault::copyTo(folder);
    const QString& admin = oldvault::Admin;
    const QString& worker = oldvault::Worker;
    const QString& password = oldvault::Password;
    REQUIRE(slotSigningKey(folder, admin).isEmpty());
    REQUIRE(slotSigningKey(folder, worker).isEmpty());

    QByteArray given;
    {
        Result<std::unique_ptr<UserSession>> session = UserSession::signIn(folder, admin, password);
        INFO(session.status().message().toStdString() << " / " << session.status().details().toStdString());
        REQUIRE(session.ok());
        given = slotSigningKey(folder, admin);
        REQUIRE(given.size() == crypto_sign_PUBLICKEYBYTES);
        CHECK((*session)->vault().signingKey() == given);
        CHECK(signsWith((*session)->vault(), given));
        // Only the slot that was unlocked changes.
        CHECK(slotSigningKey(folder, worker).isEmpty());
        // The rewrapped slot is the one the database records.
        CHECK((*session)->vault().checkAllSlots().ok());
        CHECK((*session)->verify().ok());
    }
    // The same password, the same key, from now on.
    Result<std::unique_ptr<UserSession>> again = UserSession::signIn(folder, admin, password);
    INFO(again.status().message().toStdString() << " / " << again.status().details().toStdString());
    REQUIRE(again.ok());
    CHECK((*again)->vault().signingKey() == given);
    CHECK(slotSigningKey(folder, admin) == given);
}
