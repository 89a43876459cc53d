#pragma once

#include "Status.h"
#include "audit/AuditEvent.h"
#include "audit/PersonalSeal.h"
#include "security/KeySlotFile.h"
#include "security/SecureBytes.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace wingmate {

class UserSession;
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
// The chain head (seq and hash) is also written, with a keyed MAC
// (BLAKE2b-256 keyed with the audit key over "wingmate-anchor-v1" || seq
// (u64 LE) || hash), to the key-slot file and to this PC's own copy outside
// the vault folder (PcAnchor) after every commit (anchor()), and so travels
// inside every backup in its key-slot file. A database put back from an older
// copy is then behind an anchor, and is reported as rolled back.
//
// The keyed chain alone proves nothing against someone who holds the
// database key, which every member of staff does through their own slot. So
// every commit's head is also signed by the person who made it, with the
// Ed25519 key inside their key slot (KeySlot::signingKey), and the
// signature stored in audit_signatures (see 0007_audit_signatures.sql).
// Whose key is whose is on the trail itself, in 'signing_key' events: the
// vault's first administrator's and recovery code's in its first commit, a
// new account's or a reset one's recorded by the administrator who made it,
// and a key made for a slot from before signing keys recorded by its holder
// while the trail knows no key of theirs. A trail begun before signing has
// its first signed commit say so ('signing_start', with the number of
// earlier events and the hash of the last): that signature vouches for
// every event before it. verify() replays the trail and reports the first
// event that is not covered by a good signature of its own actor's current
// key, an account change or key record by someone who was not an
// administrator, and a key slot in the key file whose signing key the trail
// does not record as its holder's (a trail rewritten with keys of the
// rewriter's choosing).
class AuditLog {
public:
    explicit AuditLog(Vault& vault);

    // Reads the audit key. Call once after the vault is opened.
    Status load();

    // Appends an event inside the caller's open transaction; fills in seq,
    // prevHash and hash (and occurredAt if empty).
    Status append(AuditEvent& event);

    // Which copies of the head to write or check the database against:
    // both, the key file's alone (a restore, which rolls back on purpose), or
    // none (the chain alone, before an administrator accepts an older copy).
    enum class Copies { KeyFileAndPc, KeyFileOnly, ChainOnly };

    // Before the caller commits a transaction that appended events: records
    // what the signature rests on (the start of signing on a trail begun
    // before it, the signer's own key when the trail knows none of theirs,
    // the keys the vault made for others in this transaction, see
    // Vault::introducedKeys), then signs the head with the key of the slot
    // the vault was unlocked with. Nothing to do when nothing was appended.
    // ErrorCode::Damaged when the trail records another key as the signer's:
    // someone who holds the database key has claimed to be them.
    Status seal(const QString& signer, const QDateTime& now);
    // The same, signed with signingSeed (an Ed25519 seed its caller holds)
    // instead of the unlocked slot's key: for tools that write down work
    // done by several people, such as the benchmark's generator.
    Status seal(const QString& signer, const QDateTime& now, const SecureBytes& signingSeed);
    // The transaction was rolled back: forgets what it appended.
    void discard();

    // Destroys the keys that seal what the trail says about prisoners (see
    // PersonalSeal), in the caller's transaction: a retention purge's.
    Result<qint64> erasePersonalContent(const QList<qint64>& prisoners, const QDate& on, const QString& why);

    // The key the trail last recorded as owner's ('signing_key' events), and
    // the event that recorded it; an empty key when it records none.
    struct RecordedKey {
        QByteArray key;
        qint64 seq = 0;
        QString occurredAt;
    };
    Result<RecordedKey> recordedSigningKey(const QString& owner) const;

    // Writes the current head to the key-slot file and to this PC's copy
    // (PcAnchor). Called after each commit. A failure is told to the user
    // (the data is committed all the same); the next sign-in sees the key
    // file's copy behind the database and records that it caught up.
    Status anchor(Copies copies = Copies::KeyFileAndPc);

    struct Verification {
        Status status; // ok, or ErrorCode::Damaged naming the event
        qint64 events = 0; // events checked (verify() only)
        qint64 firstBadSeq = 0; // 0 when ok
        // The database is behind a copy of its head: put back from an older
        // copy. The copy's sequence number and the database's last.
        bool rolledBack = false;
        qint64 recordedSequence = 0;
        qint64 vaultSequence = 0;
        // The key file's copy is behind the database (its write failed).
        bool keyFileBehind = false;
        qint64 keyFileSequence = 0;
    };
    // Checks the stored head against its copies without walking the chain:
    // quick enough for every unlock. ErrorCode::Damaged on a rollback, on a
    // copy that does not check out, and on a missing copy in the key file of
    // a vault with events.
    Verification checkAnchor(Copies copies = Copies::KeyFileAndPc) const;

    // True for the failure checkAnchor() reports when the database is behind
    // a copy of its head (what UserSession::Check::AcceptOlderCopy accepts).
    static bool isRollback(const Status& status);

    // Walks the whole chain and checks the anchor.
    Verification verify(Copies copies = Copies::KeyFileAndPc) const;

    // Events in date order, optionally limited to [from, to] (either may be
    // null), for reader, who must be allowed Operation::ViewAuditLog
    // (ErrorCode::Forbidden if not): the check is here, not only in the
    // windows and commands that call it. Reading the trail is itself audited
    // by the caller.
    Result<QList<AuditEvent>> list(
        const UserSession& reader, const QDate& from = {}, const QDate& to = {}) const;

private:
    QByteArray computeHash(qint64 seq, const QByteArray& prevHash, const QString& occurredAt,
        const QString& actor, const QString& action, const QString& entityType, const QString& entityId,
        const QString& details) const;
    QByteArray anchorMac(qint64 seq, const QByteArray& hash) const;
    QByteArray signedMessage(qint64 firstSeq, qint64 seq, const QByteArray& hash) const;
    Status appendOwn(const QString& actor, const QDateTime& now, const QString& action,
        const QString& entityId, const QJsonObject& details);
    Result<bool> hasSignatures() const;
    // The settings table against the trail's last change to each setting
    // (a row changed without its event, or a page put back from an older
    // copy of the file); firstBad is set to that change's event.
    struct SettingSet {
        QString value;
        qint64 seq = 0;
        QString occurredAt;
    };
    Status checkSettings(const QHash<QString, SettingSet>& settingsSet, qint64& firstBad) const;
    // A trail begun before signing and sealing, carried into the sealed form
    // in the transaction of its first signed commit: its chain up to legacy
    // checked in full, the personal content of those events sealed per
    // prisoner (to no one for records already purged), and the chain, to
    // the last event appended, computed again.
    struct CarriedOver {
        QByteArray oldHead; // the hash of event legacy before
        QByteArray newHead; // and after
        qint64 sealed = 0;
        qint64 erased = 0;
    };
    Result<CarriedOver> carryOver(qint64 legacy);
    // The first signed commit's record of a trail carried over: how many
    // events it had, and its head's hash before sealing. (0, empty) if none.
    std::pair<qint64, QByteArray> carriedOverHead() const;
    class Replay;
    struct SignatureRow {
        qint64 firstSeq = 0;
        QByteArray signer;
        QByteArray signature;
    };
    enum class Copy { KeyFile, Pc };
    Verification checkCopy(const AuditAnchor& anchor, qint64 headSequence, Copy copy) const;
    Verification anchorCheck(Copies copies) const;
    Result<std::pair<qint64, QByteArray>> head() const;

    Vault& m_vault;
    SecureBytes m_key;
    mutable PersonalSeal m_seal;
    // The open transaction's events: the first and last appended.
    qint64 m_firstAppended = 0;
    qint64 m_lastAppended = 0;
    qint64 m_appendedCount = 0;
    QByteArray m_lastHash;
    // Signers whose key the trail was found to record (lower-case name).
    QHash<QString, QByteArray> m_confirmedKeys;
};

} // namespace wingmate
