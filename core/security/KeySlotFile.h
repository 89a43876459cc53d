#pragma once

#include "Status.h"
#include "security/KeyDerivation.h"
#include "security/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <vector>

namespace wingmate {

// The key-slot file ("vault.keys" beside the database) holds the only copies
// of the database key, each wrapped for one user or for the recovery code.
//
// Format (version 2; version 1, written by Wingmate 0.1, is read and
// rewritten as version 2 at the next unlock): a UTF-8 JSON object, written
// atomically.
//   {
//     "format":   "wingmate-keyslots",
//     "version":  2,
//     "vaultId":  hex, 16 random bytes fixed when the vault is made,
//     "pageSize": SQLCipher cipher_page_size of the database (4096),
//     "anchor":   { "sequence": n, "hash": hex, "mac": hex }
//                 the audit chain's head, rewritten on every commit; "mac" is
//                 a keyed BLAKE2b over sequence and hash (see AuditLog.h) so
//                 it cannot be edited without the database key. A vault
//                 whose audit trail holds events must have one: a missing or
//                 blank anchor beside events is tampering,
//     "slots": [ {
//       "id":        hex, 8 random bytes,
//       "kind":      "user" | "recovery",
//       "user":      the username (user entries only),
//       "kdf":       { "algorithm": "argon2id13", "opsLimit": n,
//                      "memLimit": bytes, "salt": hex, 16 bytes },
//       "publicKey": hex, the slot's X25519 public key (32 bytes),
//       "signingKey": hex, the slot holder's Ed25519 public key (32 bytes),
//                    with which they sign the audit trail's head at every
//                    commit they make. Absent in a slot made before signing
//                    keys (Wingmate 0.1 and 0.2), which is given one at its
//                    next unlock,
//       "nonce":     hex, 24 bytes,
//       "wrapped":   hex, XChaCha20-Poly1305 (IETF) ciphertext + tag of
//                    database key (32 bytes) || slot's X25519 secret key
//                    (32 bytes) || the Ed25519 seed of signingKey (32
//                    bytes; only when signingKey is present), under the
//                    Argon2id key derived from the password or recovery
//                    code, with associated data
//                    "wingmate-slot-v1" || vaultId || id || kind ||
//                    length of user (u64 LE) || user (UTF-8) ||
//                    opsLimit (u64 LE) || memLimit (u64 LE) || salt ||
//                    publicKey [|| "sign" || signingKey],
//       "pending":   optional, oldest first: the keys of key rotations made
//                    since this slot was last unlocked, each
//                    { "sealed": hex, crypto_box_seal of the new database
//                                key (32 bytes) to publicKey,
//                      "mac":    hex, keyed BLAKE2b-256 (crypto_generichash)
//                                over "wingmate-pending-v2" || vaultId || id
//                                || the new key, keyed with the subkey
//                                (crypto_kdf, id 2, context "wmpendk1") of
//                                the key the rotation replaced }.
//                    Anyone can seal to a public key, so a pending key counts
//                    only when its MAC checks out under the key the slot
//                    wraps or an earlier pending key that did; anything else
//                    is tampering and opens nothing. A version 1 file held
//                    the sealed key alone (a hex string), which cannot be
//                    checked and is refused the same way. The key that opens
//                    the database (the newest first) is folded into
//                    "wrapped" at the slot's next unlock,
//       "failedAttempts": n, "lastFailure": ISO 8601 UTC (optional)
//     } ]
//   }
// Nothing in the file is secret without a password or the recovery code.
class KeySlot {
public:
    enum class Kind { User, Recovery };

    // A rotated database key sealed to the slot, with its authenticator.
    struct PendingKey {
        QByteArray sealed;
        QByteArray mac; // empty in a version 1 file: never accepted
    };

    QByteArray id;
    Kind kind = Kind::User;
    QString user;
    KdfParams kdf;
    QByteArray salt;
    QByteArray publicKey;
    QByteArray signingKey; // Ed25519 public key; empty in a slot made before signing keys
    QByteArray nonce;
    QByteArray wrapped;
    QList<PendingKey> pending;
    int failedAttempts = 0;
    QDateTime lastFailure;

    // Makes a slot holding databaseKey, opened by secret (a password or the
    // recovery code). A fresh X25519 key pair is made for it, and a fresh
    // signing key pair unless signingSeed (the holder's own, kept across a
    // password change) is given.
    static Result<KeySlot> create(Kind kind, const QString& user, const SecureBytes& secret,
        const SecureBytes& databaseKey, const QByteArray& vaultId, const KdfParams& params,
        const SecureBytes& signingSeed = {});

    // What opening a slot yields.
    struct Contents {
        SecureBytes databaseKey; // the key the slot was wrapped with
        std::vector<SecureBytes> pendingKeys; // rotated keys, authenticated, oldest first
        SecureBytes boxSecretKey; // to rewrap the slot
        SecureBytes signingSeed; // the Ed25519 seed of signingKey; empty when the slot has none
    };
    // Derives the slot key from secret and unwraps. A wrong secret (or an
    // edited slot) gives ErrorCode::Authentication; a pending key that does
    // not open or does not authenticate gives ErrorCode::Damaged.
    Result<Contents> open(const SecureBytes& secret, const QByteArray& vaultId) const;

    // Rewraps the slot for a new secret (password change, or folding in a
    // pending key), keeping its id and key pairs, with fresh salt and nonce.
    // An empty signingSeed gives the slot a new signing key pair (a slot
    // made before signing keys).
    Status rewrap(const SecureBytes& secret, const SecureBytes& databaseKey, const SecureBytes& boxSecretKey,
        const QByteArray& vaultId, const KdfParams& params, const SecureBytes& signingSeed);

    // The Ed25519 public key of a seed, and a detached signature with it;
    // empty if the seed has the wrong length.
    static QByteArray signingKeyOf(const SecureBytes& signingSeed);
    static QByteArray signWith(const SecureBytes& signingSeed, const QByteArray& message);

    // Seals a new database key to this slot without knowing its secret,
    // authenticated by the key it replaces (the vault's current key).
    Status sealPending(
        const SecureBytes& newDatabaseKey, const SecureBytes& replacedKey, const QByteArray& vaultId);

    // The authenticator of a pending key (see the format above).
    static QByteArray pendingMac(const SecureBytes& replacedKey, const QByteArray& vaultId,
        const QByteArray& slotId, const SecureBytes& newDatabaseKey);

    // BLAKE2b-256 over everything that decides what the slot opens and with
    // which secret (associated data, nonce and wrapped key), but not its
    // pending keys or failure counters. The vault's database records the
    // digest of every current slot, so an older copy of a slot (a changed
    // password, a removed account) put back into the file is refused.
    QByteArray digest(const QByteArray& vaultId) const;

private:
    QByteArray associatedData(const QByteArray& vaultId) const;
};

struct AuditAnchor {
    qint64 sequence = 0;
    QByteArray hash;
    QByteArray mac;
};

class KeySlotFile {
public:
    static constexpr int FormatVersion = 2;

    // The version the file was read as (FormatVersion for a new file).
    int loadedVersion = FormatVersion;
    QByteArray vaultId;
    int pageSize = 4096;
    AuditAnchor anchor;
    QList<KeySlot> entries;

    static Result<KeySlotFile> load(const QString& path);
    Status save(const QString& path) const;

    QByteArray toJson() const;
    static Result<KeySlotFile> fromJson(const QByteArray& json);

    // The user's slot (usernames compare case-insensitively), or null.
    KeySlot* userSlot(const QString& user);
    const KeySlot* userSlot(const QString& user) const;
    KeySlot* recoverySlot();
};

} // namespace wingmate
