#pragma once

#include "Status.h"
#include "audit/AuditEvent.h"
#include "security/SecureBytes.h"

#include <QDate>
#include <QList>

namespace wingmate {

class Vault;

// The hash-chained audit trail inside a vault.
//
// Each event's hash is a keyed BLAKE2b-256 (libsodium crypto_generichash) over
//   "wingmate-audit-v1" || previous hash || seq (u64 LE) || for each of
//   occurred_at, actor, action, entity_type, entity_id, details:
//   its UTF-8 length (u32 LE) and bytes
// with the audit key: derived from the vault key (crypto_kdf, id 1,
// "wmaudit1") when the vault is made and kept in the encrypted database, so
// it survives key rotation. The first event's previous hash is 32 zero bytes.
//
// The chain head (seq and hash) is also written, with a keyed MAC, to the
// key-slot file after every commit (anchor()). A database put back from an
// older copy is then behind its anchor, and is reported as rolled back.
class AuditLog {
public:
    explicit AuditLog(Vault& vault);

    // Reads the audit key. Call once after the vault is opened.
    Status load();

    // Appends an event inside the caller's open transaction; fills in seq,
    // prevHash and hash (and occurredAt if empty).
    Status append(AuditEvent& event);

    // Writes the current head to the key-slot file. Called after each
    // commit; a failure here leaves the anchor behind, which is harmless.
    Status anchor();

    // Checks the stored head against the anchor without walking the chain:
    // quick enough for every unlock. ErrorCode::Damaged on a rollback.
    Status checkAnchor() const;

    struct Verification {
        Status status;          // ok, or ErrorCode::Damaged naming the event
        qint64 events = 0;      // events checked
        qint64 firstBadSeq = 0; // 0 when ok
    };
    // Walks the whole chain and checks the anchor.
    Verification verify() const;

    // Events in date order, optionally limited to [from, to] (either may be
    // null). Reading the trail is itself audited by the caller.
    Result<QList<AuditEvent>> list(const QDate& from = {}, const QDate& to = {}) const;

private:
    QByteArray computeHash(qint64 seq, const QByteArray& prevHash, const QString& occurredAt, const QString& actor,
        const QString& action, const QString& entityType, const QString& entityId, const QString& details) const;
    QByteArray anchorMac(qint64 seq, const QByteArray& hash) const;
    Verification anchorCheck() const;
    Result<std::pair<qint64, QByteArray>> head() const;

    Vault& m_vault;
    SecureBytes m_key;
};

} // namespace wingmate
