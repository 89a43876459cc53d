#pragma once

#include "Status.h"
#include "security/KeyDerivation.h"
#include "security/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace wingmate {

// The key-slot file ("vault.keys" beside the database) holds the only copies
// of the database key, each wrapped for one user or for the recovery code.
//
// Format (version 1): a UTF-8 JSON object, written atomically.
//   {
//     "format":   "wingmate-keyslots",
//     "version":  1,
//     "vaultId":  hex, 16 random bytes fixed when the vault is made,
//     "pageSize": SQLCipher cipher_page_size of the database (4096),
//     "anchor":   { "sequence": n, "hash": hex, "mac": hex }
//                 the audit chain's head, rewritten on every commit; "mac" is
//                 a keyed BLAKE2b over sequence and hash so it cannot be
//                 edited without the database key,
//     "slots": [ {
//       "id":        hex, 8 random bytes,
//       "kind":      "user" | "recovery",
//       "user":      the username (user entries only),
//       "kdf":       { "algorithm": "argon2id13", "opsLimit": n,
//                      "memLimit": bytes, "salt": hex, 16 bytes },
//       "publicKey": hex, the slot's X25519 public key (32 bytes),
//       "nonce":     hex, 24 bytes,
//       "wrapped":   hex, XChaCha20-Poly1305 (IETF) ciphertext + tag of
//                    database key (32 bytes) || slot's X25519 secret key
//                    (32 bytes), under the Argon2id key derived from the
//                    password or recovery code, with associated data
//                    "wingmate-slot-v1" || vaultId || id || kind ||
//                    length of user (u64 LE) || user (UTF-8) ||
//                    opsLimit (u64 LE) || memLimit (u64 LE) || salt ||
//                    publicKey,
//       "pending":   hex, optional: a new database key sealed to publicKey
//                    (crypto_box_seal) by a key rotation made while this
//                    slot's password was not known; folded into "wrapped"
//                    at the slot's next unlock,
//       "failedAttempts": n, "lastFailure": ISO 8601 UTC (optional)
//     } ]
//   }
// Nothing in the file is secret without a password or the recovery code.
class KeySlot {
public:
    enum class Kind { User, Recovery };

    QByteArray id;
    Kind kind = Kind::User;
    QString user;
    KdfParams kdf;
    QByteArray salt;
    QByteArray publicKey;
    QByteArray nonce;
    QByteArray wrapped;
    QByteArray pending;
    int failedAttempts = 0;
    QDateTime lastFailure;

    // Makes a slot holding databaseKey, opened by secret (a password or the
    // recovery code). A fresh X25519 key pair is made for it.
    static Result<KeySlot> create(Kind kind, const QString& user, const SecureBytes& secret,
        const SecureBytes& databaseKey, const QByteArray& vaultId, const KdfParams& params);

    // What opening a slot yields.
    struct Contents {
        SecureBytes databaseKey;  // the key the slot was wrapped with
        SecureBytes pendingKey;   // a rotated key sealed to the slot, if any
        SecureBytes boxSecretKey; // to rewrap the slot
    };
    // Derives the slot key from secret and unwraps. A wrong secret (or an
    // edited slot) gives ErrorCode::Authentication.
    Result<Contents> open(const SecureBytes& secret, const QByteArray& vaultId) const;

    // Rewraps the slot for a new secret (password change, or folding in a
    // pending key), keeping its id and key pair, with fresh salt and nonce.
    Status rewrap(const SecureBytes& secret, const SecureBytes& databaseKey, const SecureBytes& boxSecretKey,
        const QByteArray& vaultId, const KdfParams& params);

    // Seals a new database key to this slot without knowing its secret.
    Status sealPending(const SecureBytes& newDatabaseKey);

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
    static constexpr int FormatVersion = 1;

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
