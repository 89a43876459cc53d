#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace wingmate {

// This PC's own count of wrong passwords for each slot of a vault, kept
// beside its copy of the audit head (PcAnchor), outside the vault folder.
// The count in vault.keys is read before any password is known, so nothing
// authenticates it, and whoever can write the vault folder can reset it.
// The unlock takes the larger of the two counts, so resetting the key file
// alone neither lifts the wait nor hides the wrong guesses from the next
// sign-in. One file per vault folder:
//   <PcAnchor::directory()>/<vault id hex>-<folder hex>.failures
// a UTF-8 JSON object written atomically and owner-only:
//   { "format": "wingmate-failed-attempts", "version": 1, "vaultId": hex,
//     "slots": { "<username>" | "#recovery": { "attempts": n,
//                "lastFailure": ISO 8601 UTC } } }
// A file that cannot be read counts as no failures: it only ever adds.
class PcFailedAttempts {
public:
    struct Count {
        int attempts = 0;
        QDateTime lastFailure;
    };

    // The key for the recovery-code slot (no username can start with '#').
    static QString recoverySlotKey() { return QStringLiteral("#recovery"); }

    static Count load(const QByteArray& vaultId, const QString& folder, const QString& slotKey);
    // Best effort, like the key file's own count: a full disk must not stop
    // the wrong password being refused.
    static void save(
        const QByteArray& vaultId, const QString& folder, const QString& slotKey, const Count& count);

    // The larger count of the two, with the later failure.
    static Count larger(const Count& a, const Count& b);
};

} // namespace wingmate
