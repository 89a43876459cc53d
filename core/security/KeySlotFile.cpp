#include "security/KeySlotFile.h"

#include "domain/UserRole.h"
#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <algorithm>
#include <sodium.h>

namespace wingmate {

namespace {

constexpr qsizetype VaultIdBytes = 16;
constexpr qsizetype SlotIdBytes = 8;
constexpr qsizetype KeyBytes = 32;
constexpr qsizetype PayloadBytes = 2 * KeyBytes; // a slot made before signing keys
constexpr qsizetype SignedPayloadBytes = 3 * KeyBytes;
static_assert(crypto_sign_SEEDBYTES == KeyBytes && crypto_sign_PUBLICKEYBYTES == KeyBytes);

// This file's strings, under the context lupdate also sees.
struct KeySlotFileText {
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)
};

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(n));
    return out;
}

void appendU64(QByteArray& out, std::uint64_t value)
{
    char le[8];
    qToLittleEndian(value, le);
    out.append(le, 8);
}

QString kindName(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("user");
}

Status damagedFile(const QString& details)
{
    return Status::failure(ErrorCode::Damaged,
        KeySlotFileText::tr("The vault's key file is damaged or has been tampered with."), details);
}

// A key change waiting in a slot that the slot cannot check: planted by
// someone who wants the slot to take over a key of their own.
Status forgedPending(const QString& user, const QString& details)
{
    const QString whose = user.isEmpty() ? KeySlotFileText::tr("the recovery code's slot")
                                         : KeySlotFileText::tr("the slot of %1").arg(user);
    return Status::failure(ErrorCode::Damaged,
        KeySlotFileText::tr(
            "The vault's key file has been tampered with: a key change waiting in %1 is not genuine, "
            "so the vault was not opened and nothing was changed. An administrator can reset that "
            "password once the vault folder has been checked.")
            .arg(whose),
        details);
}

const QByteArray PendingDomain("wingmate-pending-v2");
constexpr quint64 PendingMacKeyId = 2;
constexpr char PendingMacContext[9] = "wmpendk1";

} // namespace

QByteArray KeySlot::associatedData(const QByteArray& vaultId) const
{
    QByteArray ad("wingmate-slot-v1");
    ad += vaultId;
    ad += id;
    ad += kindName(kind).toLatin1();
    // The username is bound too: renaming a slot in the file breaks it.
    const QByteArray userName = user.toUtf8();
    appendU64(ad, static_cast<std::uint64_t>(userName.size()));
    ad += userName;
    appendU64(ad, kdf.opsLimit);
    appendU64(ad, kdf.memLimit);
    ad += salt;
    ad += publicKey;
    // Bound only when present, so a slot made before signing keys still opens.
    if (!signingKey.isEmpty()) {
        ad += "sign";
        ad += signingKey;
    }
    return ad;
}

QByteArray KeySlot::digest(const QByteArray& vaultId) const
{
    QByteArray input = associatedData(vaultId);
    input += nonce;
    input += wrapped;
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()),
        bytes(input), static_cast<unsigned long long>(input.size()), nullptr, 0);
    return out;
}

namespace {

// The Ed25519 key pair of a seed (the secret key kept in locked memory).
QByteArray keyPairOf(const SecureBytes& signingSeed, SecureBytes& secretKey)
{
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    secretKey = SecureBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(
        reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data(), signingSeed.data());
    return publicKey;
}

} // namespace

QByteArray KeySlot::signingKeyOf(const SecureBytes& signingSeed)
{
    if (signingSeed.size() != crypto_sign_SEEDBYTES)
        return {};
    SecureBytes secretKey;
    return keyPairOf(signingSeed, secretKey);
}

QByteArray KeySlot::signWith(const SecureBytes& signingSeed, const QByteArray& message)
{
    if (signingSeed.size() != crypto_sign_SEEDBYTES)
        return {};
    SecureBytes secretKey;
    keyPairOf(signingSeed, secretKey);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes(message),
        static_cast<unsigned long long>(message.size()), secretKey.data());
    return signature;
}

Result<KeySlot> KeySlot::create(Kind kind, const QString& user, const SecureBytes& secret,
    const SecureBytes& databaseKey, const QByteArray& vaultId, const KdfParams& params,
    const SecureBytes& signingSeed)
{
    KeySlot slot;
    slot.id = randomBytes(SlotIdBytes);
    slot.kind = kind;
    slot.user = kind == Kind::User ? user : QString();
    slot.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    SecureBytes boxSecret(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(slot.publicKey.data()), boxSecret.data());
    const Status status = slot.rewrap(secret, databaseKey, boxSecret, vaultId, params, signingSeed);
    if (!status)
        return status;
    return slot;
}

Status KeySlot::rewrap(const SecureBytes& secret, const SecureBytes& databaseKey,
    const SecureBytes& boxSecretKey, const QByteArray& vaultId, const KdfParams& params,
    const SecureBytes& signingSeed)
{
    if (databaseKey.size() != KeyBytes || boxSecretKey.size() != KeyBytes
        || (!signingSeed.isEmpty() && signingSeed.size() != KeyBytes))
        return Status::failure(
            ErrorCode::InvalidInput, KeySlotFileText::tr("The key to protect has the wrong length."));
    if (params.isWeak() && !KdfParams::testCostAllowed()) {
        return Status::failure(ErrorCode::InvalidInput,
            KeySlotFileText::tr("The key derivation settings are too weak to protect a password."),
            QStringLiteral("opsLimit %1, memLimit %2").arg(params.opsLimit).arg(params.memLimit));
    }
    kdf = params;
    salt = randomBytes(crypto_pwhash_SALTBYTES);
    nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const SecureBytes kek = deriveKey(secret, salt, kdf);
    if (kek.isEmpty())
        return Status::failure(ErrorCode::Io, KeySlotFileText::tr("Not enough memory to protect the key."),
            QStringLiteral("crypto_pwhash failed"));

    const SecureBytes seed
        = signingSeed.isEmpty() ? SecureBytes::random(KeyBytes) : SecureBytes::copyOf(signingSeed.span());
    signingKey = signingKeyOf(seed);

    SecureBytes payload(SignedPayloadBytes);
    std::copy_n(databaseKey.data(), KeyBytes, payload.data());
    std::copy_n(boxSecretKey.data(), KeyBytes, payload.data() + KeyBytes);
    std::copy_n(seed.data(), KeyBytes, payload.data() + 2 * KeyBytes);
    const QByteArray ad = associatedData(vaultId);
    QByteArray out(SignedPayloadBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long outLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(out.data()), &outLen,
        payload.data(), payload.size(), bytes(ad), static_cast<unsigned long long>(ad.size()), nullptr,
        bytes(nonce), kek.data());
    wrapped = out;
    pending.clear();
    return Status::success();
}

Result<KeySlot::Contents> KeySlot::open(const SecureBytes& secret, const QByteArray& vaultId) const
{
    // A slot with a signing key wraps its seed too; one without wraps two keys.
    const qsizetype payloadBytes = signingKey.isEmpty() ? PayloadBytes : SignedPayloadBytes;
    if (!kdf.isValid() || salt.size() != crypto_pwhash_SALTBYTES
        || nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || wrapped.size() != payloadBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES
        || publicKey.size() != crypto_box_PUBLICKEYBYTES
        || (!signingKey.isEmpty() && signingKey.size() != crypto_sign_PUBLICKEYBYTES)) {
        return damagedFile(QStringLiteral("slot has invalid field sizes or parameters"));
    }
    const SecureBytes kek = deriveKey(secret, salt, kdf);
    if (kek.isEmpty())
        return Status::failure(ErrorCode::Io, KeySlotFileText::tr("Not enough memory to check the password."),
            QStringLiteral("crypto_pwhash failed"));

    SecureBytes payload(payloadBytes);
    unsigned long long outLen = 0;
    const QByteArray ad = associatedData(vaultId);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(payload.data(), &outLen, nullptr, bytes(wrapped),
            static_cast<unsigned long long>(wrapped.size()), bytes(ad),
            static_cast<unsigned long long>(ad.size()), bytes(nonce), kek.data())
        != 0) {
        return Status::failure(
            ErrorCode::Authentication, KeySlotFileText::tr("The username or password is not right."));
    }
    Contents contents;
    contents.databaseKey = SecureBytes::copyOf(payload.span().first(KeyBytes));
    contents.boxSecretKey = SecureBytes::copyOf(payload.span().subspan(KeyBytes, KeyBytes));
    if (!signingKey.isEmpty()) {
        contents.signingSeed = SecureBytes::copyOf(payload.span().subspan(2 * KeyBytes, KeyBytes));
        // The seed was wrapped with the public key bound as associated data,
        // so they can only disagree if the slot was made wrongly.
        const QByteArray derived = signingKeyOf(contents.signingSeed);
        if (sodium_memcmp(derived.constData(), signingKey.constData(), static_cast<size_t>(KeyBytes)) != 0)
            return damagedFile(QStringLiteral("the signing key does not belong to the wrapped seed"));
    }
    // Each pending key must be authenticated by a key this slot already
    // trusts: the one it wraps, or an earlier pending key that checked out
    // (a slot unused across several rotations, or a rotation cut off before
    // the database changed and followed by another).
    for (const PendingKey& entry : pending) {
        SecureBytes newKey(KeyBytes);
        if (entry.sealed.size() != KeyBytes + crypto_box_SEALBYTES
            || crypto_box_seal_open(newKey.data(), bytes(entry.sealed),
                   static_cast<unsigned long long>(entry.sealed.size()), bytes(publicKey),
                   contents.boxSecretKey.data())
                != 0) {
            return forgedPending(
                user, QStringLiteral("a pending key does not open with the slot's key pair"));
        }
        bool authentic = false;
        const auto checks = [&](const SecureBytes& replaced) {
            const QByteArray expected = pendingMac(replaced, vaultId, id, newKey);
            return entry.mac.size() == expected.size()
                && sodium_memcmp(
                       entry.mac.constData(), expected.constData(), static_cast<size_t>(expected.size()))
                == 0;
        };
        authentic = checks(contents.databaseKey);
        for (const SecureBytes& earlier : contents.pendingKeys)
            authentic = authentic || checks(earlier);
        if (!authentic) {
            return forgedPending(user,
                entry.mac.isEmpty()
                    ? QStringLiteral("a pending key without an authenticator (key file version 1)")
                    : QStringLiteral("a pending key whose authenticator does not check out"));
        }
        contents.pendingKeys.push_back(std::move(newKey));
    }
    return contents;
}

QByteArray KeySlot::pendingMac(const SecureBytes& replacedKey, const QByteArray& vaultId,
    const QByteArray& slotId, const SecureBytes& newDatabaseKey)
{
    QByteArray mac(crypto_generichash_BYTES, Qt::Uninitialized);
    if (replacedKey.size() != crypto_kdf_KEYBYTES || newDatabaseKey.size() != KeyBytes)
        return {};
    SecureBytes macKey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(
        macKey.data(), macKey.size(), PendingMacKeyId, PendingMacContext, replacedKey.data());
    SecureBytes message(PendingDomain.size() + vaultId.size() + slotId.size() + KeyBytes);
    unsigned char* out = message.data();
    out = std::copy_n(bytes(PendingDomain), PendingDomain.size(), out);
    out = std::copy_n(bytes(vaultId), vaultId.size(), out);
    out = std::copy_n(bytes(slotId), slotId.size(), out);
    std::copy_n(newDatabaseKey.data(), KeyBytes, out);
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), static_cast<size_t>(mac.size()),
        message.data(), message.size(), macKey.data(), macKey.size());
    return mac;
}

Status KeySlot::sealPending(
    const SecureBytes& newDatabaseKey, const SecureBytes& replacedKey, const QByteArray& vaultId)
{
    if (newDatabaseKey.size() != KeyBytes || replacedKey.size() != KeyBytes
        || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return damagedFile(QStringLiteral("cannot seal to a slot without a valid public key"));
    PendingKey entry;
    entry.sealed = QByteArray(KeyBytes + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(entry.sealed.data()), newDatabaseKey.data(),
        newDatabaseKey.size(), bytes(publicKey));
    entry.mac = pendingMac(replacedKey, vaultId, id, newDatabaseKey);
    pending.append(entry);
    return Status::success();
}

QByteArray KeySlotFile::toJson() const
{
    QJsonArray slotArray;
    for (const KeySlot& slot : entries) {
        QJsonObject kdf {
            { QStringLiteral("algorithm"), QStringLiteral("argon2id13") },
            { QStringLiteral("opsLimit"), static_cast<qint64>(slot.kdf.opsLimit) },
            { QStringLiteral("memLimit"), static_cast<qint64>(slot.kdf.memLimit) },
            { QStringLiteral("salt"), QString::fromLatin1(slot.salt.toHex()) },
        };
        QJsonObject o {
            { QStringLiteral("id"), QString::fromLatin1(slot.id.toHex()) },
            { QStringLiteral("kind"), kindName(slot.kind) },
            { QStringLiteral("kdf"), kdf },
            { QStringLiteral("publicKey"), QString::fromLatin1(slot.publicKey.toHex()) },
            { QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toHex()) },
            { QStringLiteral("wrapped"), QString::fromLatin1(slot.wrapped.toHex()) },
        };
        if (slot.kind == KeySlot::Kind::User)
            o.insert(QStringLiteral("user"), slot.user);
        if (!slot.signingKey.isEmpty())
            o.insert(QStringLiteral("signingKey"), QString::fromLatin1(slot.signingKey.toHex()));
        if (!slot.pending.isEmpty()) {
            QJsonArray pending;
            for (const KeySlot::PendingKey& entry : slot.pending) {
                pending.append(
                    QJsonObject { { QStringLiteral("sealed"), QString::fromLatin1(entry.sealed.toHex()) },
                        { QStringLiteral("mac"), QString::fromLatin1(entry.mac.toHex()) } });
            }
            o.insert(QStringLiteral("pending"), pending);
        }
        if (slot.failedAttempts > 0)
            o.insert(QStringLiteral("failedAttempts"), slot.failedAttempts);
        if (slot.lastFailure.isValid())
            o.insert(QStringLiteral("lastFailure"), slot.lastFailure.toUTC().toString(Qt::ISODateWithMs));
        slotArray.append(o);
    }
    const QJsonObject root {
        { QStringLiteral("format"), QStringLiteral("wingmate-keyslots") },
        { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("vaultId"), QString::fromLatin1(vaultId.toHex()) },
        { QStringLiteral("pageSize"), pageSize },
        { QStringLiteral("anchor"),
            QJsonObject {
                { QStringLiteral("sequence"), anchor.sequence },
                { QStringLiteral("hash"), QString::fromLatin1(anchor.hash.toHex()) },
                { QStringLiteral("mac"), QString::fromLatin1(anchor.mac.toHex()) },
            } },
        { QStringLiteral("slots"), slotArray },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeySlotFile> KeySlotFile::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return damagedFile(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("wingmate-keyslots"))
        return damagedFile(QStringLiteral("not a Wingmate key file"));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version != 1 && version != FormatVersion) {
        return Status::failure(ErrorCode::InvalidInput,
            KeySlotFileText::tr("The vault's key file was written by a different version of Wingmate."),
            QStringLiteral("key file version %1").arg(root.value(QStringLiteral("version")).toInt()));
    }
    const auto hex = [](const QJsonValue& v) { return QByteArray::fromHex(v.toString().toLatin1()); };

    KeySlotFile file;
    file.loadedVersion = version;
    file.vaultId = hex(root.value(QStringLiteral("vaultId")));
    file.pageSize = root.value(QStringLiteral("pageSize")).toInt();
    if (file.vaultId.size() != VaultIdBytes
        || (file.pageSize != 1024 && file.pageSize != 4096 && file.pageSize != 8192))
        return damagedFile(QStringLiteral("invalid vault id or page size"));
    const QJsonObject anchor = root.value(QStringLiteral("anchor")).toObject();
    file.anchor.sequence = anchor.value(QStringLiteral("sequence")).toInteger();
    file.anchor.hash = hex(anchor.value(QStringLiteral("hash")));
    file.anchor.mac = hex(anchor.value(QStringLiteral("mac")));

    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        if (kdf.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id13"))
            return damagedFile(QStringLiteral("unknown key derivation"));
        KeySlot slot;
        slot.id = hex(o.value(QStringLiteral("id")));
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("recovery"))
            slot.kind = KeySlot::Kind::Recovery;
        else if (kind == QLatin1String("user"))
            slot.kind = KeySlot::Kind::User;
        else
            return damagedFile(QStringLiteral("unknown slot kind"));
        slot.user = o.value(QStringLiteral("user")).toString();
        slot.kdf.opsLimit = static_cast<std::uint64_t>(kdf.value(QStringLiteral("opsLimit")).toInteger());
        slot.kdf.memLimit = static_cast<std::uint64_t>(kdf.value(QStringLiteral("memLimit")).toInteger());
        slot.salt = hex(kdf.value(QStringLiteral("salt")));
        slot.publicKey = hex(o.value(QStringLiteral("publicKey")));
        const QJsonValue signingKey = o.value(QStringLiteral("signingKey"));
        if (!signingKey.isUndefined()) {
            slot.signingKey = hex(signingKey);
            if (slot.signingKey.size() != crypto_sign_PUBLICKEYBYTES)
                return damagedFile(QStringLiteral("signing key of the wrong length"));
        }
        slot.nonce = hex(o.value(QStringLiteral("nonce")));
        slot.wrapped = hex(o.value(QStringLiteral("wrapped")));
        const QJsonValue pending = o.value(QStringLiteral("pending"));
        if (version == 1 && pending.isString()) {
            slot.pending.append({ hex(pending), QByteArray() });
        } else if (pending.isArray()) {
            for (const QJsonValue& entry : pending.toArray()) {
                const QJsonObject e = entry.toObject();
                slot.pending.append(
                    { hex(e.value(QStringLiteral("sealed"))), hex(e.value(QStringLiteral("mac"))) });
            }
        } else if (!pending.isUndefined()) {
            return damagedFile(QStringLiteral("pending is neither absent nor a list"));
        }
        slot.failedAttempts = qMax(0, o.value(QStringLiteral("failedAttempts")).toInt());
        slot.lastFailure
            = QDateTime::fromString(o.value(QStringLiteral("lastFailure")).toString(), Qt::ISODateWithMs);
        if (slot.id.size() != SlotIdBytes || (slot.kind == KeySlot::Kind::User && slot.user.isEmpty()))
            return damagedFile(QStringLiteral("slot without id or user"));
        // Usernames are ASCII (usernameProblem): a slot named with look-alike
        // letters was not made by Wingmate.
        if (slot.kind == KeySlot::Kind::User && !usernameProblem(slot.user).isEmpty())
            return damagedFile(QStringLiteral("slot for a username Wingmate does not allow"));
        if (!slot.kdf.isValid())
            return damagedFile(QStringLiteral("slot with key derivation settings out of range"));
        file.entries.append(slot);
    }
    if (file.entries.isEmpty())
        return damagedFile(QStringLiteral("no key entries"));
    return file;
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return Status::failure(ErrorCode::Damaged,
            KeySlotFileText::tr("The vault's key file is missing, so the vault cannot be opened."), path);
    }
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            ErrorCode::Io, KeySlotFileText::tr("The vault's key file cannot be read."), file.errorString());
    // A real key file is a few kilobytes; refuse to parse anything huge.
    if (file.size() > 4 * 1024 * 1024)
        return damagedFile(QStringLiteral("key file is %1 bytes").arg(file.size()));
    return fromJson(file.readAll());
}

Status KeySlotFile::save(const QString& path) const
{
    return writeFileAtomically(path, toJson());
}

KeySlot* KeySlotFile::userSlot(const QString& user)
{
    for (KeySlot& slot : entries) {
        if (slot.kind == KeySlot::Kind::User && slot.user.compare(user, Qt::CaseInsensitive) == 0)
            return &slot;
    }
    return nullptr;
}

const KeySlot* KeySlotFile::userSlot(const QString& user) const
{
    return const_cast<KeySlotFile*>(this)->userSlot(user);
}

KeySlot* KeySlotFile::recoverySlot()
{
    for (KeySlot& slot : entries) {
        if (slot.kind == KeySlot::Kind::Recovery)
            return &slot;
    }
    return nullptr;
}

} // namespace wingmate
