#include "security/KeySlotFile.h"

#include "security/KeyDerivation.h"
#include "security/PasswordPolicy.h"
#include "security/RecoveryCode.h"
#include "security/SecureBytes.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <sodium.h>

using namespace wingmate;

namespace {

const QByteArray VaultId = QByteArray::fromHex("00112233445566778899aabbccddeeff");

KeySlot makeSlot(const QString& password, const SecureBytes& key, KeySlot::Kind kind = KeySlot::Kind::User)
{
    Result<KeySlot> slot = KeySlot::create(
        kind, QStringLiteral("sam"), secretFromText(password), key, VaultId, KdfParams::minimum());
    REQUIRE(slot.ok());
    return slot.take();
}

} // namespace

TEST_CASE("SecureBytes holds, compares and wipes key bytes")
{
    REQUIRE(sodium_init() >= 0);
    SecureBytes a = SecureBytes::random(32);
    REQUIRE(a.size() == 32);
    SecureBytes b = SecureBytes::copyOf(a.span());
    CHECK(a.equals(b.span()));
    b.data()[0] ^= 1;
    CHECK_FALSE(a.equals(b.span()));
    SecureBytes moved = std::move(a);
    CHECK(a.isEmpty());
    CHECK(moved.size() == 32);
    moved.clear();
    CHECK(moved.isEmpty());
    CHECK(moved.data() == nullptr);
}

TEST_CASE("A key slot opens with its password and only with it")
{
    const SecureBytes key = SecureBytes::random(32);
    const KeySlot slot = makeSlot(QStringLiteral("pässwörd→鍵 long enough"), key);

    SECTION("the right password gives the key back")
    {
        Result<KeySlot::Contents> contents
            = slot.open(secretFromText(QStringLiteral("pässwörd→鍵 long enough")), VaultId);
        REQUIRE(contents.ok());
        CHECK(contents->databaseKey.equals(key.span()));
        CHECK(contents->pendingKeys.empty());
    }
    SECTION("the same password typed in decomposed Unicode still opens it")
    {
        const QString decomposed
            = QStringLiteral("pässwörd→鍵 long enough").normalized(QString::NormalizationForm_D);
        REQUIRE(decomposed != QStringLiteral("pässwörd→鍵 long enough"));
        CHECK(slot.open(secretFromText(decomposed), VaultId).ok());
    }
    SECTION("a wrong password is an authentication failure")
    {
        Result<KeySlot::Contents> contents
            = slot.open(secretFromText(QStringLiteral("passwörd→鍵 long enough")), VaultId);
        REQUIRE_FALSE(contents.ok());
        CHECK(contents.status().code() == ErrorCode::Authentication);
    }
    SECTION("another vault's id does not open it")
    {
        QByteArray otherId = VaultId;
        otherId[0] = 'x';
        CHECK_FALSE(slot.open(secretFromText(QStringLiteral("pässwörd→鍵 long enough")), otherId).ok());
    }
    SECTION("editing any bound field breaks it")
    {
        const SecureBytes secret = secretFromText(QStringLiteral("pässwörd→鍵 long enough"));
        KeySlot renamed = slot;
        renamed.user = QStringLiteral("eve");
        CHECK_FALSE(renamed.open(secret, VaultId).ok());
        KeySlot cheaper = slot;
        cheaper.kdf.opsLimit += 1;
        CHECK_FALSE(cheaper.open(secret, VaultId).ok());
        KeySlot flipped = slot;
        flipped.wrapped[5] = char(flipped.wrapped[5] ^ 0x01);
        CHECK_FALSE(flipped.open(secret, VaultId).ok());
        KeySlot otherKind = slot;
        otherKind.kind = KeySlot::Kind::Recovery;
        CHECK_FALSE(otherKind.open(secret, VaultId).ok());
    }
}

TEST_CASE("A key sealed to a slot is opened with the slot's own password")
{
    const SecureBytes key = SecureBytes::random(32);
    KeySlot slot = makeSlot(QStringLiteral("first password 123"), key);
    const SecureBytes newKey = SecureBytes::random(32);
    REQUIRE(slot.sealPending(newKey, key, VaultId).ok());
    REQUIRE(slot.pending.size() == 1);

    Result<KeySlot::Contents> contents
        = slot.open(secretFromText(QStringLiteral("first password 123")), VaultId);
    REQUIRE(contents.ok());
    CHECK(contents->databaseKey.equals(key.span()));
    REQUIRE(contents->pendingKeys.size() == 1);
    CHECK(contents->pendingKeys.front().equals(newKey.span()));

    const QByteArray signingKey = slot.signingKey;
    REQUIRE(slot.rewrap(secretFromText(QStringLiteral("second password 456")), contents->pendingKeys.front(),
                    contents->boxSecretKey, VaultId, KdfParams::minimum(), contents->signingSeed)
                .ok());
    CHECK(slot.pending.isEmpty());
    CHECK_FALSE(slot.open(secretFromText(QStringLiteral("first password 123")), VaultId).ok());
    Result<KeySlot::Contents> after
        = slot.open(secretFromText(QStringLiteral("second password 456")), VaultId);
    REQUIRE(after.ok());
    CHECK(after->databaseKey.equals(newKey.span()));
    // The holder keeps their signing key through the rewrap.
    CHECK(slot.signingKey == signingKey);
    CHECK(after->signingSeed.equals(contents->signingSeed.span()));
}

TEST_CASE("Every new slot wraps a signing key of its own, bound to the slot")
{
    const SecureBytes key = SecureBytes::random(32);
    const QString password = QStringLiteral("first password 123");
    KeySlot slot = makeSlot(password, key);
    REQUIRE(slot.signingKey.size() == crypto_sign_PUBLICKEYBYTES);
    Result<KeySlot::Contents> contents = slot.open(secretFromText(password), VaultId);
    REQUIRE(contents.ok());
    REQUIRE(contents->signingSeed.size() == crypto_sign_SEEDBYTES);
    CHECK(KeySlot::signingKeyOf(contents->signingSeed) == slot.signingKey);
    // Another slot, another key pair.
    CHECK(makeSlot(password, key).signingKey != slot.signingKey);

    SECTION("it travels in the key file")
    {
        KeySlotFile file;
        file.vaultId = VaultId;
        file.entries = { slot };
        Result<KeySlotFile> read = KeySlotFile::fromJson(file.toJson());
        REQUIRE(read.ok());
        CHECK(read->entries.constFirst().signingKey == slot.signingKey);
        CHECK(read->entries.constFirst().open(secretFromText(password), VaultId).ok());
    }
    SECTION("a signing key swapped in the file makes the slot refuse the password")
    {
        KeySlot other = makeSlot(QStringLiteral("someone else's 456"), key);
        slot.signingKey = other.signingKey;
        const Result<KeySlot::Contents> swapped = slot.open(secretFromText(password), VaultId);
        REQUIRE_FALSE(swapped.ok());
        CHECK(swapped.status().code() == ErrorCode::Authentication);
    }
    SECTION("a signing key removed from the file makes the slot unreadable")
    {
        slot.signingKey.clear();
        const Result<KeySlot::Contents> removed = slot.open(secretFromText(password), VaultId);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.status().code() == ErrorCode::Damaged);
    }
    SECTION("a signing key of the wrong length is refused when the file is read")
    {
        KeySlotFile file;
        file.vaultId = VaultId;
        file.entries = { slot };
        QByteArray json = file.toJson();
        json.replace(slot.signingKey.toHex(), slot.signingKey.toHex().left(62));
        CHECK(KeySlotFile::fromJson(json).status().code() == ErrorCode::Damaged);
    }
}

TEST_CASE("A pending key counts only when the key it replaces vouches for it")
{
    const SecureBytes key = SecureBytes::random(32);
    const QString password = QStringLiteral("first password 123");
    KeySlot slot = makeSlot(password, key);
    const SecureBytes planted = SecureBytes::random(32);

    SECTION("sealed by anyone to the slot's public key, with no authenticator: tampering, not a key")
    {
        // What anyone can do with the public key in the file.
        KeySlot::PendingKey forged;
        forged.sealed = QByteArray(32 + crypto_box_SEALBYTES, Qt::Uninitialized);
        crypto_box_seal(reinterpret_cast<unsigned char*>(forged.sealed.data()), planted.data(),
            planted.size(), reinterpret_cast<const unsigned char*>(slot.publicKey.constData()));
        slot.pending.append(forged);
        const Result<KeySlot::Contents> opened = slot.open(secretFromText(password), VaultId);
        CHECK(opened.status().code() == ErrorCode::Damaged);
        CHECK(opened.status().message().contains(QStringLiteral("tampered")));
    }
    SECTION("authenticated by a key of the attacker's own")
    {
        const SecureBytes attackers = SecureBytes::random(32);
        REQUIRE(slot.sealPending(planted, attackers, VaultId).ok());
        CHECK(slot.open(secretFromText(password), VaultId).status().code() == ErrorCode::Damaged);
    }
    SECTION("made for another vault, or another slot, with the right key")
    {
        REQUIRE(slot.sealPending(planted, key, QByteArray(16, 'x')).ok());
        CHECK(slot.open(secretFromText(password), VaultId).status().code() == ErrorCode::Damaged);
        slot.pending.clear();
        KeySlot other = makeSlot(password, key);
        REQUIRE(other.sealPending(planted, key, VaultId).ok());
        KeySlot::PendingKey moved = other.pending.front();
        // Resealed to this slot, the other slot's authenticator does not fit.
        crypto_box_seal(reinterpret_cast<unsigned char*>(moved.sealed.data()), planted.data(), planted.size(),
            reinterpret_cast<const unsigned char*>(slot.publicKey.constData()));
        slot.pending.append(moved);
        CHECK(slot.open(secretFromText(password), VaultId).status().code() == ErrorCode::Damaged);
    }
    SECTION("a wrong password is still a wrong password, whatever is pending")
    {
        REQUIRE(slot.sealPending(planted, SecureBytes::random(32), VaultId).ok());
        CHECK(slot.open(secretFromText(QStringLiteral("not the password")), VaultId).status().code()
            == ErrorCode::Authentication);
    }
    SECTION("a chain across two rotations, and one cut off before the database changed, all check out")
    {
        const SecureBytes second = SecureBytes::random(32);
        const SecureBytes cutOff = SecureBytes::random(32);
        const SecureBytes third = SecureBytes::random(32);
        REQUIRE(slot.sealPending(second, key, VaultId).ok());
        REQUIRE(slot.sealPending(cutOff, second, VaultId).ok()); // never applied
        REQUIRE(slot.sealPending(third, second, VaultId).ok()); // the next rotation, from the same key
        Result<KeySlot::Contents> contents = slot.open(secretFromText(password), VaultId);
        REQUIRE(contents.ok());
        REQUIRE(contents->pendingKeys.size() == 3);
        CHECK(contents->pendingKeys.back().equals(third.span()));
    }
}

TEST_CASE("A version 1 key file still reads, and its unauthenticated pending key is refused")
{
    const SecureBytes key = SecureBytes::random(32);
    KeySlotFile file;
    file.vaultId = VaultId;
    file.entries = { makeSlot(QStringLiteral("first password 123"), key) };
    QByteArray json = file.toJson();
    json.replace("\"version\": 2", "\"version\": 1");
    Result<KeySlotFile> v1 = KeySlotFile::fromJson(json);
    REQUIRE(v1.ok());
    CHECK(v1->loadedVersion == 1);
    CHECK(v1->entries.front().open(secretFromText(QStringLiteral("first password 123")), VaultId).ok());

    // 0.1 wrote a pending key as a bare hex string.
    QByteArray sealed(32 + crypto_box_SEALBYTES, Qt::Uninitialized);
    const SecureBytes newKey = SecureBytes::random(32);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), newKey.data(), newKey.size(),
        reinterpret_cast<const unsigned char*>(file.entries.front().publicKey.constData()));
    json.replace("\"publicKey\":", "\"pending\": \"" + sealed.toHex() + "\", \"publicKey\":");
    Result<KeySlotFile> withPending = KeySlotFile::fromJson(json);
    REQUIRE(withPending.ok());
    REQUIRE(withPending->entries.front().pending.size() == 1);
    CHECK(withPending->entries.front()
              .open(secretFromText(QStringLiteral("first password 123")), VaultId)
              .status()
              .code()
        == ErrorCode::Damaged);
    // The same string in a version 2 file is not a pending list at all.
    json.replace("\"version\": 1", "\"version\": 2");
    CHECK(KeySlotFile::fromJson(json).status().code() == ErrorCode::Damaged);
}

TEST_CASE("The key-slot file round-trips and refuses damage")
{
    const SecureBytes key = SecureBytes::random(32);
    KeySlotFile file;
    file.vaultId = VaultId;
    file.anchor.sequence = 42;
    file.anchor.hash = QByteArray(32, '\x07');
    file.anchor.mac = QByteArray(32, '\x09');
    file.entries = { makeSlot(QStringLiteral("a password here"), key),
        makeSlot(QStringLiteral("recovery secret"), key, KeySlot::Kind::Recovery) };
    file.entries[0].failedAttempts = 3;
    file.entries[0].lastFailure = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.keys"));
    REQUIRE(file.save(path).ok());
    Result<KeySlotFile> loaded = KeySlotFile::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->vaultId == VaultId);
    CHECK(loaded->pageSize == 4096);
    CHECK(loaded->anchor.sequence == 42);
    CHECK(loaded->anchor.hash == file.anchor.hash);
    CHECK(loaded->anchor.mac == file.anchor.mac);
    REQUIRE(loaded->entries.size() == 2);
    CHECK(loaded->entries[0].failedAttempts == 3);
    CHECK(loaded->entries[0].lastFailure == file.entries[0].lastFailure);
    CHECK(loaded->userSlot(QStringLiteral("SAM")) != nullptr);
    CHECK(loaded->recoverySlot() != nullptr);
    CHECK(loaded->entries[0].open(secretFromText(QStringLiteral("a password here")), VaultId).ok());

    SECTION("not JSON")
    {
        CHECK(KeySlotFile::fromJson("garbage").status().code() == ErrorCode::Damaged);
    }
    SECTION("another program's JSON")
    {
        CHECK(
            KeySlotFile::fromJson(R"({"format":"other","version":1})").status().code() == ErrorCode::Damaged);
    }
    SECTION("a future version")
    {
        QByteArray json = file.toJson().replace("\"version\": 2", "\"version\": 9");
        CHECK(KeySlotFile::fromJson(json).status().code() == ErrorCode::InvalidInput);
    }
    SECTION("a slot asking for absurd memory is refused when the file is read, before any derivation")
    {
        KeySlotFile greedy = file;
        greedy.entries[0].kdf.memLimit = std::uint64_t(64) << 30;
        CHECK(KeySlotFile::fromJson(greedy.toJson()).status().code() == ErrorCode::Damaged);
        CHECK(
            greedy.entries[0].open(secretFromText(QStringLiteral("a password here")), VaultId).status().code()
            == ErrorCode::Damaged);
    }
    SECTION("a slot asking for more passes than Wingmate ever makes is refused (it would hang every sign-in)")
    {
        KeySlotFile slow = file;
        slow.entries[0].kdf.opsLimit = 4294967295U;
        CHECK(KeySlotFile::fromJson(slow.toJson()).status().code() == ErrorCode::Damaged);
        slow.entries[0].kdf.opsLimit = KdfParams::MaxOpsLimit + 1;
        CHECK(KeySlotFile::fromJson(slow.toJson()).status().code() == ErrorCode::Damaged);
        slow.entries[0].kdf.opsLimit = KdfParams::MaxOpsLimit;
        CHECK(KeySlotFile::fromJson(slow.toJson()).ok());
    }
    SECTION("a slot named with letters a username cannot have (a look-alike of another) is refused")
    {
        KeySlotFile lookAlike = file;
        lookAlike.entries[0].user = QStringLiteral("demo.adm\u0456n"); // Cyrillic i
        CHECK(KeySlotFile::fromJson(lookAlike.toJson()).status().code() == ErrorCode::Damaged);
        lookAlike.entries[0].user = QStringLiteral("demo.nur\u017Fe"); // long s
        CHECK(KeySlotFile::fromJson(lookAlike.toJson()).status().code() == ErrorCode::Damaged);
    }
    SECTION("a missing file")
    {
        CHECK(KeySlotFile::load(dir.filePath(QStringLiteral("nope"))).status().code() == ErrorCode::Damaged);
    }
    SECTION("the file holds no key in the clear")
    {
        const QByteArray hexKey = QByteArray(reinterpret_cast<const char*>(key.data()), 32).toHex();
        CHECK_FALSE(file.toJson().contains(hexKey));
    }
}

TEST_CASE("Recovery codes are 160 bits in eight groups and forgive typing slips")
{
    const QString code = RecoveryCode::generate();
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"))
              .match(code)
              .hasMatch());
    CHECK(RecoveryCode::generate() != code);
    const std::optional<QString> canonical = RecoveryCode::normalise(code);
    REQUIRE(canonical.has_value());
    CHECK(canonical->size() == 32);
    CHECK(RecoveryCode::normalise(code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '))) == canonical);
    CHECK(RecoveryCode::normalise(QStringLiteral("oooo-iiii-llll-0000-1111-2222-3333-4444"))
        == QStringLiteral("00001111111100001111222233334444"));
    CHECK_FALSE(RecoveryCode::normalise(QStringLiteral("too short")).has_value());
    CHECK_FALSE(RecoveryCode::normalise(code + QStringLiteral("A")).has_value());
    CHECK_FALSE(RecoveryCode::normalise(QString(code).replace(0, 1, QStringLiteral("U"))).has_value());
}

TEST_CASE("Argon2id parameters: minimum for tests, calibrated for real slots")
{
    CHECK(KdfParams::minimum().isValid());
    CHECK_FALSE(KdfParams {}.isValid());
    // Calibration never goes below libsodium's MODERATE, which takes about
    // 0.4 s on these machines; it only raises the passes from there.
    const KdfParams calibrated = KdfParams::calibrated();
    CHECK(calibrated.isValid());
    CHECK(calibrated.memLimit == crypto_pwhash_argon2id_MEMLIMIT_MODERATE);
    CHECK(calibrated.opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MODERATE);
    CHECK(calibrated.opsLimit <= 64);
}

TEST_CASE("Password policy explains what is wrong in plain words")
{
    CHECK(PasswordPolicy::problem(QStringLiteral("short")).contains(QStringLiteral("10 characters")));
    CHECK_FALSE(PasswordPolicy::problem(QStringLiteral("xxadminxx123"), QStringLiteral("admin")).isEmpty());
    CHECK_FALSE(PasswordPolicy::problem(QStringLiteral("Password123")).isEmpty());
    CHECK_FALSE(PasswordPolicy::problem(QStringLiteral("aaaaaaaaaaaaaa")).isEmpty());
    CHECK(PasswordPolicy::problem(QStringLiteral("kettle orbit lantern")).isEmpty());
    CHECK(PasswordPolicy::strength(QStringLiteral("short")) == PasswordPolicy::Strength::TooWeak);
    CHECK(PasswordPolicy::strength(QStringLiteral("Kettle orbit lantern 42!"))
        == PasswordPolicy::Strength::Strong);
}
