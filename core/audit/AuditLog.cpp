#include "audit/AuditLog.h"

#include "audit/PcAnchor.h"
#include "audit/RecordReplay.h"
#include "domain/UserRole.h"
#include "services/Permissions.h"
#include "services/UserSession.h"
#include "services/WingSettings.h"
#include "storage/SchemaMigrator.h"
#include "storage/StorageErrors.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QtEndian>
#include <limits>
#include <optional>
#include <sodium.h>

namespace wingmate {

namespace {

constexpr int HashBytes = 32;

// This file's strings, under the context lupdate also sees.
struct AuditLogText {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

void appendU64(QByteArray& out, quint64 value)
{
    char le[8];
    qToLittleEndian(value, le);
    out.append(le, 8);
}

void appendText(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    char le[4];
    qToLittleEndian(static_cast<quint32>(utf8.size()), le);
    out.append(le, 4);
    out.append(utf8);
}

QByteArray keyedHash(const SecureBytes& key, const QByteArray& message)
{
    QByteArray out(HashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), HashBytes,
        reinterpret_cast<const unsigned char*>(message.constData()),
        static_cast<unsigned long long>(message.size()), key.data(), key.size());
    return out;
}

// The driver stores a null QString as NULL; these columns are NOT NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size()
        && sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

// Starts the details of a rollback, so front ends can offer to accept it.
const QString RolledBackMarker = QStringLiteral("rolled back: ");

Status tampered(qint64 seq, const QString& what)
{
    return Status::failure(ErrorCode::Damaged,
        AuditLogText::tr("The audit trail has been tampered with at event %1: %2").arg(seq).arg(what),
        QStringLiteral("first bad sequence number %1").arg(seq));
}

} // namespace

AuditLog::AuditLog(Vault& vault)
    : m_vault(vault)
    , m_seal([&vault] { return vault.database(); }, vault.vaultId())
{
}

Status AuditLog::load()
{
    QSqlQuery query(m_vault.database());
    if (!query.exec(QStringLiteral("SELECT value FROM vault_info WHERE key = 'audit_key'")))
        return storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be opened."));
    if (!query.next())
        return Status::failure(
            ErrorCode::Damaged, AuditLogText::tr("The vault has no audit key; it is damaged."));
    QByteArray hex = query.value(0).toString().toLatin1();
    QByteArray raw = QByteArray::fromHex(hex);
    m_key = SecureBytes::copyOf(
        { reinterpret_cast<const unsigned char*>(raw.constData()), static_cast<size_t>(raw.size()) });
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    sodium_memzero(hex.data(), static_cast<size_t>(hex.size()));
    if (m_key.size() != HashBytes)
        return Status::failure(ErrorCode::Damaged, AuditLogText::tr("The vault's audit key is damaged."));
    return Status::success();
}

QByteArray AuditLog::computeHash(qint64 seq, const QByteArray& prevHash, const QString& occurredAt,
    const QString& actor, const QString& action, const QString& entityType, const QString& entityId,
    const QString& details) const
{
    QByteArray message("wingmate-audit-v1");
    message += prevHash;
    appendU64(message, static_cast<quint64>(seq));
    for (const QString* field : { &occurredAt, &actor, &action, &entityType, &entityId, &details })
        appendText(message, *field);
    return keyedHash(m_key, message);
}

QByteArray AuditLog::anchorMac(qint64 seq, const QByteArray& hash) const
{
    QByteArray message("wingmate-anchor-v1");
    appendU64(message, static_cast<quint64>(seq));
    message += hash;
    return keyedHash(m_key, message);
}

Result<std::pair<qint64, QByteArray>> AuditLog::head() const
{
    QSqlQuery query(m_vault.database());
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read."));
    if (!query.next())
        return std::pair<qint64, QByteArray> { 0, QByteArray(HashBytes, '\0') };
    return std::pair<qint64, QByteArray> { query.value(0).toLongLong(), query.value(1).toByteArray() };
}

Status AuditLog::append(AuditEvent& event)
{
    if (m_key.isEmpty())
        return Status::failure(ErrorCode::Usage, AuditLogText::tr("The audit trail is not open."));
    const Result<std::pair<qint64, QByteArray>> last = head();
    if (!last)
        return last.status();
    if (!event.occurredAt.isValid())
        event.occurredAt = QDateTime::currentDateTimeUtc();
    event.seq = last->first + 1;
    event.prevHash = last->second;
    // What it says about prisoners is sealed under their keys first: the
    // chain and the signature cover the sealed bytes.
    Result<QJsonObject> sealed = m_seal.sealEvent(
        event.entityType, event.entityId, event.details, PersonalSeal::IfNoOneIsHere::Leave);
    if (!sealed)
        return sealed.status();
    event.details = sealed.take();
    const QString occurredAt = event.occurredAt.toUTC().toString(Qt::ISODateWithMs);
    const QString details = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    event.hash = computeHash(event.seq, event.prevHash, occurredAt, event.actor, event.action,
        event.entityType, event.entityId, details);

    QSqlQuery insert(m_vault.database());
    insert.prepare(
        QStringLiteral("INSERT INTO audit_events (seq, occurred_at, actor, action, entity_type, entity_id, "
                       "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : { QVariant(event.seq), text(occurredAt), text(event.actor),
             text(event.action), text(event.entityType), text(event.entityId), text(details),
             QVariant(event.prevHash), QVariant(event.hash) }) {
        insert.addBindValue(value);
    }
    if (!insert.exec())
        return storageFailure(insert.lastError(),
            AuditLogText::tr("The audit trail could not be written, so nothing was saved."));
    if (m_firstAppended == 0)
        m_firstAppended = event.seq;
    ++m_appendedCount;
    m_lastAppended = event.seq;
    m_lastHash = event.hash;
    return Status::success();
}

QByteArray AuditLog::signedMessage(qint64 firstSeq, qint64 seq, const QByteArray& hash) const
{
    QByteArray message("wingmate-audit-sign-v1");
    message += m_vault.vaultId();
    appendU64(message, static_cast<quint64>(firstSeq));
    appendU64(message, static_cast<quint64>(seq));
    message += hash;
    return message;
}

Status AuditLog::appendOwn(const QString& actor, const QDateTime& now, const QString& action,
    const QString& entityId, const QJsonObject& details)
{
    AuditEvent event;
    event.occurredAt = now;
    event.actor = actor;
    event.action = action;
    event.entityType = action == AuditAction::SigningKey ? QStringLiteral("user") : QStringLiteral("vault");
    event.entityId = entityId;
    event.details = details;
    return append(event);
}

Result<bool> AuditLog::hasSignatures() const
{
    QSqlQuery query(m_vault.database());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_signatures)")) || !query.next())
        return storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read."));
    return query.value(0).toBool();
}

Result<AuditLog::RecordedKey> AuditLog::recordedSigningKey(const QString& owner) const
{
    QSqlQuery query(m_vault.database());
    // Through the partial index of the few key records: ordered by seq
    // alone, the newest-first walk would read the whole trail for a key
    // recorded long ago.
    query.prepare(QStringLiteral("SELECT details, seq, occurred_at FROM audit_events "
                                 "INDEXED BY audit_events_signing_keys WHERE action = 'signing_key' "
                                 "AND lower(entity_id) = lower(?) ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(owner);
    if (!query.exec())
        return storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read."));
    if (!query.next())
        return RecordedKey {};
    const QJsonObject details = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return RecordedKey { QByteArray::fromHex(
                             details.value(QStringLiteral("public_key")).toString().toLatin1()),
        query.value(1).toLongLong(), query.value(2).toString() };
}

Status AuditLog::seal(const QString& signer, const QDateTime& now)
{
    return seal(signer, now, SecureBytes());
}

Status AuditLog::seal(const QString& signer, const QDateTime& now, const SecureBytes& signingSeed)
{
    if (m_firstAppended == 0 && m_vault.introducedKeys().isEmpty())
        return Status::success();
    const bool ownSeed = !signingSeed.isEmpty();
    const QByteArray ownKey = ownSeed ? KeySlot::signingKeyOf(signingSeed) : m_vault.signingKey();
    if (ownKey.size() != crypto_sign_PUBLICKEYBYTES) {
        return Status::failure(ErrorCode::Usage,
            AuditLogText::tr("This copy of the vault was opened without a signing key, so nothing can be "
                             "recorded in it."));
    }
    // The commit starts right after the last signed one. Events between
    // them were made by no one who signed: someone wrote them in with the
    // database key, for this signature to cover. On a trail begun before
    // signing, the first signed commit says where signing starts, and its
    // signature vouches for everything before.
    qint64 first = m_firstAppended;
    if (first == 0) {
        const Result<std::pair<qint64, QByteArray>> last = head();
        if (!last)
            return last.status();
        first = last->first + 1;
    }
    qint64 signedFrom = first;
    const Result<bool> signedBefore = hasSignatures();
    if (!signedBefore)
        return signedBefore.status();
    if (first > 1) {
        // Signed before: the event before this commit ends a signed one.
        // Never signed: no key was ever recorded either (a trail that
        // signed once and lost its signatures has).
        QSqlQuery check(m_vault.database());
        if (*signedBefore) {
            check.prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM audit_signatures WHERE seq = ?)"));
            check.addBindValue(first - 1);
        } else {
            check.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_events INDEXED BY "
                                         "audit_events_signing_keys WHERE action = 'signing_key')"));
        }
        if (!check.exec() || !check.next())
            return storageFailure(check.lastError(), AuditLogText::tr("The audit trail could not be read."));
        if (check.value(0).toBool()) {
            return Status::failure(ErrorCode::Damaged,
                *signedBefore
                    ? AuditLogText::tr("The vault has been tampered with: its audit trail holds events "
                                       "after number %1 that nobody signed. Nothing was saved. Tell an "
                                       "administrator, and keep the vault folder as it is.")
                          .arg(first - 1)
                    : AuditLogText::tr("The vault has been tampered with: the signatures of its audit "
                                       "trail have been removed. Nothing was saved. Tell an "
                                       "administrator, and keep the vault folder as it is."),
                QStringLiteral("first bad sequence number %1").arg(first - 1));
        }
        if (!*signedBefore) {
            const qint64 legacy = first - 1;
            const Result<CarriedOver> carried = carryOver(legacy);
            if (!carried)
                return carried.status();
            if (Status s = appendOwn(signer, now, AuditAction::SigningStart, QString(),
                    QJsonObject { { QStringLiteral("legacy_events"), legacy },
                        { QStringLiteral("legacy_head"), QString::fromLatin1(carried->newHead.toHex()) },
                        { QStringLiteral("legacy_head_before_sealing"),
                            QString::fromLatin1(carried->oldHead.toHex()) },
                        { QStringLiteral("sealed_events"), carried->sealed },
                        { QStringLiteral("erased_events"), carried->erased } });
                !s) {
                return s;
            }
            signedFrom = 1;
        }
    }
    // The signer's own key, unless the trail already knows it.
    const QString signerKey = signer.toLower();
    const bool confirmed = sameBytes(m_confirmedKeys.value(signerKey), ownKey);
    const Result<RecordedKey> recorded
        = confirmed ? RecordedKey { ownKey, 0, {} } : recordedSigningKey(signer);
    if (!recorded)
        return recorded.status();
    if (recorded->key.isEmpty()) {
        if (Status s = appendOwn(signer, now, AuditAction::SigningKey, signer,
                QJsonObject { { QStringLiteral("public_key"), QString::fromLatin1(ownKey.toHex()) },
                    { QStringLiteral("recorded_by"), QStringLiteral("holder") } });
            !s) {
            return s;
        }
    } else if (sameBytes(recorded->key, ownKey)) {
        m_confirmedKeys.insert(signerKey, ownKey);
    } else {
        return Status::failure(ErrorCode::Damaged,
            AuditLogText::tr(
                "The vault has been tampered with: its audit trail records another signing key as %1's, at "
                "event %2 (%3), so someone who holds the vault's key has claimed to be %1. Nothing was "
                "saved. "
                "Tell an administrator, and keep the vault folder as it is for the investigation.")
                .arg(signer)
                .arg(recorded->seq)
                .arg(recorded->occurredAt),
            QStringLiteral("first bad sequence number %1; recorded signing key %2, slot's %3")
                .arg(recorded->seq)
                .arg(QString::fromLatin1(recorded->key.toHex()), QString::fromLatin1(ownKey.toHex())));
    }
    // The keys made for others in this transaction.
    for (const Vault::IntroducedKey& introduced : m_vault.introducedKeys()) {
        if (introduced.owner.compare(signer, Qt::CaseInsensitive) == 0 && sameBytes(introduced.key, ownKey))
            continue;
        if (Status s = appendOwn(signer, now, AuditAction::SigningKey, introduced.owner,
                QJsonObject { { QStringLiteral("public_key"), QString::fromLatin1(introduced.key.toHex()) },
                    { QStringLiteral("recorded_by"), QStringLiteral("administrator") } });
            !s) {
            return s;
        }
    }
    m_vault.setIntroducedKeys({});

    // Every event from the first on is one this commit appended: nothing
    // else (a trigger planted in the database, say) wrote into it.
    {
        QSqlQuery range(m_vault.database());
        range.prepare(QStringLiteral("SELECT count(*), min(seq), max(seq) FROM audit_events WHERE seq >= ?"));
        range.addBindValue(first);
        if (!range.exec() || !range.next())
            return storageFailure(range.lastError(), AuditLogText::tr("The audit trail could not be read."));
        if (range.value(0).toLongLong() != m_appendedCount || range.value(1).toLongLong() != first
            || range.value(2).toLongLong() != m_lastAppended) {
            return Status::failure(ErrorCode::Damaged,
                AuditLogText::tr(
                    "The vault has been tampered with: something other than Wingmate wrote into its "
                    "audit trail while this change was being saved. Nothing was saved. Tell an "
                    "administrator, and keep the vault folder as it is."),
                QStringLiteral("first bad sequence number %1; %2 events from %3 to %4, %5 appended")
                    .arg(first)
                    .arg(range.value(0).toLongLong())
                    .arg(range.value(1).toLongLong())
                    .arg(range.value(2).toLongLong())
                    .arg(m_appendedCount));
        }
    }
    const QByteArray message = signedMessage(signedFrom, m_lastAppended, m_lastHash);
    const QByteArray signature = ownSeed ? KeySlot::signWith(signingSeed, message) : m_vault.sign(message);
    QSqlQuery insert(m_vault.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_signatures (seq, first_seq, signer, signature) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(m_lastAppended);
    insert.addBindValue(signedFrom);
    insert.addBindValue(ownKey);
    insert.addBindValue(signature);
    if (!insert.exec())
        return storageFailure(insert.lastError(),
            AuditLogText::tr("The audit trail could not be written, so nothing was saved."));
    m_firstAppended = 0;
    m_appendedCount = 0;
    return Status::success();
}

Result<AuditLog::CarriedOver> AuditLog::carryOver(qint64 legacy)
{
    QSqlDatabase db = m_vault.database();
    const auto readFailed = [](const QSqlQuery& query) {
        return storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read."));
    };
    // The one trigger that would refuse the rewrite is put back, as the
    // schema has it, before the transaction commits.
    QSqlQuery ddl(db);
    if (!ddl.exec(QStringLiteral("DROP TRIGGER audit_events_never_updated")))
        return storageFailure(ddl.lastError(), AuditLogText::tr("The audit trail could not be written."));
    CarriedOver carried;
    QByteArray oldPrev(HashBytes, '\0');
    QByteArray newPrev(HashBytes, '\0');
    qint64 after = 0;
    constexpr int Batch = 2000;
    struct Row {
        qint64 seq;
        QString occurredAt, actor, action, entityType, entityId, details;
        QByteArray prevHash, hash;
    };
    for (;;) {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        read.prepare(
            QStringLiteral("SELECT seq, occurred_at, actor, action, entity_type, entity_id, details, "
                           "prev_hash, hash FROM audit_events WHERE seq > ? ORDER BY seq LIMIT %1")
                .arg(Batch));
        read.addBindValue(after);
        if (!read.exec())
            return readFailed(read);
        QList<Row> rows;
        while (read.next()) {
            rows.append({ read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(),
                read.value(3).toString(), read.value(4).toString(), read.value(5).toString(),
                read.value(6).toString(), read.value(7).toByteArray(), read.value(8).toByteArray() });
        }
        if (rows.isEmpty())
            break;
        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE audit_events SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
        for (Row& row : rows) {
            if (row.seq != after + 1)
                return tampered(after + 1, AuditLogText::tr("an event is missing."));
            after = row.seq;
            QString details = row.details;
            if (row.seq <= legacy) {
                // Checked in full before anything in it is carried over.
                if (!sameBytes(row.prevHash, oldPrev)
                    || !sameBytes(row.hash,
                        computeHash(row.seq, row.prevHash, row.occurredAt, row.actor, row.action,
                            row.entityType, row.entityId, row.details))) {
                    return tampered(row.seq, AuditLogText::tr("its hash does not match its content."));
                }
                oldPrev = row.hash;
                const QJsonObject stored = QJsonDocument::fromJson(row.details.toUtf8()).object();
                if (!PersonalSeal::isSealed(stored)) {
                    const Result<QJsonObject> sealed = m_seal.sealEvent(
                        row.entityType, row.entityId, stored, PersonalSeal::IfNoOneIsHere::Erase);
                    if (!sealed)
                        return sealed.status();
                    if (PersonalSeal::isSealed(*sealed)) {
                        details = QString::fromUtf8(QJsonDocument(*sealed).toJson(QJsonDocument::Compact));
                        const bool toNoOne = sealed->value(QStringLiteral("sealed"))
                                                 .toObject()
                                                 .value(QStringLiteral("to"))
                                                 .toArray()
                                                 .isEmpty();
                        ++(toNoOne ? carried.erased : carried.sealed);
                    }
                }
                if (row.seq == legacy)
                    carried.oldHead = row.hash;
            }
            const QByteArray hash = computeHash(row.seq, newPrev, row.occurredAt, row.actor, row.action,
                row.entityType, row.entityId, details);
            if (row.seq == legacy)
                carried.newHead = hash;
            if (details != row.details || !sameBytes(hash, row.hash)) {
                update.bindValue(0, text(details));
                update.bindValue(1, newPrev);
                update.bindValue(2, hash);
                update.bindValue(3, row.seq);
                if (!update.exec())
                    return storageFailure(
                        update.lastError(), AuditLogText::tr("The audit trail could not be written."));
            }
            newPrev = hash;
        }
    }
    if (after != (m_lastAppended == 0 ? legacy : m_lastAppended) || carried.oldHead.isEmpty())
        return tampered(after, AuditLogText::tr("the trail changed while it was being sealed."));
    if (m_lastAppended != 0)
        m_lastHash = newPrev;
    if (!ddl.exec(QStringLiteral("CREATE TRIGGER audit_events_never_updated BEFORE UPDATE ON audit_events\n"
                                 "BEGIN\n    SELECT RAISE(ABORT, 'audit events are never changed');\nEND")))
        return storageFailure(ddl.lastError(), AuditLogText::tr("The audit trail could not be written."));
    return carried;
}

std::pair<qint64, QByteArray> AuditLog::carriedOverHead() const
{
    QSqlQuery query(m_vault.database());
    // Rare (a copy of the head that no longer matches): the whole table may
    // be read.
    if (!query.exec(QStringLiteral("SELECT details FROM audit_events WHERE action = 'signing_start' "
                                   "ORDER BY seq LIMIT 1"))
        || !query.next()) {
        return { 0, {} };
    }
    const QJsonObject details = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return { details.value(QStringLiteral("legacy_events")).toInteger(),
        QByteArray::fromHex(
            details.value(QStringLiteral("legacy_head_before_sealing")).toString().toLatin1()) };
}

void AuditLog::discard()
{
    // A key found recorded may have been recorded by the transaction that
    // was rolled back.
    m_confirmedKeys.clear();
    m_firstAppended = 0;
    m_appendedCount = 0;
    m_lastAppended = 0;
    m_lastHash.clear();
    m_seal.forget();
}

Result<qint64> AuditLog::erasePersonalContent(
    const QList<qint64>& prisoners, const QDate& on, const QString& why)
{
    return m_seal.erase(prisoners, on, why);
}

Status AuditLog::anchor(Copies copies)
{
    const Result<std::pair<qint64, QByteArray>> last = head();
    if (!last)
        return last.status();
    if (last->first == 0)
        return Status::success(); // nothing committed yet
    AuditAnchor anchor;
    anchor.sequence = last->first;
    anchor.hash = last->second;
    anchor.mac = anchorMac(anchor.sequence, anchor.hash);
    const Status inFolder = m_vault.writeAnchor(anchor);
    const Status onPc = copies == Copies::KeyFileAndPc && m_vault.storage() == VaultStorage::Encrypted
        ? PcAnchor::save(m_vault.vaultId(), m_vault.directory(), anchor)
        : Status::success();
    if (inFolder && onPc)
        return Status::success();
    const Status& failed = inFolder ? onPc : inFolder;
    return Status::failure(failed.code() == ErrorCode::None ? ErrorCode::Io : failed.code(),
        AuditLogText::tr(
            "The change was saved, but the vault's record of its audit trail could not be brought up "
            "to date (%1). Wingmate will notice this at the next sign-in; if it keeps happening, tell "
            "an administrator.")
            .arg(failed.message()),
        failed.details());
}

AuditLog::Verification AuditLog::checkCopy(const AuditAnchor& anchor, qint64 headSequence, Copy copy) const
{
    Verification result;
    const auto bad = [&result](qint64 seq, Status status) {
        result.firstBadSeq = seq;
        result.status = std::move(status);
        return result;
    };
    const QString whose = copy == Copy::KeyFile ? AuditLogText::tr("the vault's key file")
                                                : AuditLogText::tr("this PC's own record of the vault");
    if (!sameBytes(anchor.mac, anchorMac(anchor.sequence, anchor.hash))) {
        return bad(anchor.sequence,
            Status::failure(ErrorCode::Damaged,
                AuditLogText::tr(
                    "The vault has been tampered with: %1 holds a record of the audit trail that does not "
                    "check out.")
                    .arg(whose),
                QStringLiteral("anchor MAC mismatch at sequence %1").arg(anchor.sequence)));
    }
    if (anchor.sequence > headSequence) {
        result.rolledBack = true;
        result.recordedSequence = anchor.sequence;
        result.vaultSequence = headSequence;
        return bad(headSequence + 1,
            Status::failure(ErrorCode::Damaged,
                AuditLogText::tr(
                    "The vault has been put back from an older copy: %1 shows audit events up to number %2, "
                    "but the vault's database ends at number %3. An administrator can accept the older "
                    "copy if it was put back on purpose.")
                    .arg(whose)
                    .arg(anchor.sequence)
                    .arg(headSequence),
                RolledBackMarker
                    + QStringLiteral("first bad sequence number %1; anchor at %2")
                          .arg(headSequence + 1)
                          .arg(anchor.sequence)));
    }
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"));
    query.addBindValue(anchor.sequence);
    if (!query.exec())
        return bad(
            0, storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read.")));
    const bool found = query.next();
    if (found && !sameBytes(query.value(0).toByteArray(), anchor.hash)) {
        // A copy written before the trail was carried into the sealed form
        // (the carry-over committed, then the copy's update was cut off)
        // names the chain as it was: it is behind, not tampered with, if it
        // is the head the first signed commit recorded, or before it.
        const auto [legacyEvents, legacyHead] = carriedOverHead();
        if (!legacyHead.isEmpty()
            && (anchor.sequence < legacyEvents
                || (anchor.sequence == legacyEvents && sameBytes(legacyHead, anchor.hash)))) {
            return result;
        }
    }
    if (!found || !sameBytes(query.value(0).toByteArray(), anchor.hash)) {
        return bad(anchor.sequence,
            Status::failure(ErrorCode::Damaged,
                AuditLogText::tr(
                    "The vault's database does not match %1: it has been put back from another copy or "
                    "tampered with at audit event %2.")
                    .arg(whose)
                    .arg(anchor.sequence),
                QStringLiteral("first bad sequence number %1").arg(anchor.sequence)));
    }
    return result;
}

AuditLog::Verification AuditLog::anchorCheck(Copies copies) const
{
    Verification result;
    const Result<std::pair<qint64, QByteArray>> last = head();
    if (!last) {
        result.status = last.status();
        return result;
    }
    const qint64 headSequence = last->first;
    const AuditAnchor& anchor = m_vault.anchor();
    if (anchor.sequence == 0 && anchor.hash.isEmpty() && anchor.mac.isEmpty()) {
        // Only a vault whose making was cut off before its first event has
        // no anchor; every other vault has events from its creation on.
        if (headSequence > 0) {
            result.firstBadSeq = 1;
            result.status = Status::failure(ErrorCode::Damaged,
                AuditLogText::tr(
                    "The vault's key file has been tampered with: its record of the audit trail has "
                    "been removed, though the vault holds %1 audit events.")
                    .arg(headSequence),
                QStringLiteral("blank anchor, head at %1").arg(headSequence));
            return result;
        }
    } else {
        result = checkCopy(anchor, headSequence, Copy::KeyFile);
        if (!result.status)
            return result;
        result.keyFileBehind = anchor.sequence < headSequence;
        result.keyFileSequence = anchor.sequence;
    }
    if (copies == Copies::ChainOnly)
        return result;
    if (copies == Copies::KeyFileAndPc && m_vault.storage() == VaultStorage::Encrypted) {
        const Result<std::optional<AuditAnchor>> pc = PcAnchor::load(m_vault.vaultId(), m_vault.directory());
        if (!pc) {
            result.status = pc.status();
            return result;
        }
        if (pc->has_value()) {
            Verification onPc = checkCopy(**pc, headSequence, Copy::Pc);
            if (!onPc.status) {
                onPc.keyFileBehind = result.keyFileBehind;
                onPc.keyFileSequence = result.keyFileSequence;
                return onPc;
            }
        }
    }
    result.vaultSequence = headSequence;
    return result;
}

AuditLog::Verification AuditLog::checkAnchor(Copies copies) const
{
    return anchorCheck(copies);
}

bool AuditLog::isRollback(const Status& status)
{
    return status.code() == ErrorCode::Damaged && status.details().startsWith(RolledBackMarker);
}

// Replays the trail's signatures, accounts and keys in order (see
// AuditLog.h): fed every event after its chain hash has checked out.
class AuditLog::Replay {
public:
    struct Row {
        qint64 seq = 0;
        QString occurredAt;
        QString actor;
        QString action;
        QString entityId;
        QString details;
        QByteArray hash;
    };

    Replay(const AuditLog& log, QHash<qint64, AuditLog::SignatureRow> signatures)
        : m_log(log)
        , m_signatures(std::move(signatures))
    {
    }

    // A failure names the first bad event.
    Status add(Row row)
    {
        const qint64 seq = row.seq;
        m_commit.append(std::move(row));
        if (!m_signatures.contains(seq))
            return Status::success();
        const SignatureRow signature = m_signatures.take(seq);
        Status status = commit(signature);
        m_commit.clear();
        return status;
    }

    // After the last event: nothing unsigned after a signature, no signature
    // of an event that is not there, and every slot's signing key recorded
    // as its holder's.
    Status finish(qint64& badSeq)
    {
        if (!m_commit.isEmpty() && m_signed) {
            badSeq = m_commit.constFirst().seq;
            return badAt(m_commit.constFirst(), AuditLogText::tr("it is not covered by anyone's signature."));
        }
        if (!m_signatures.isEmpty()) {
            qint64 lowest = std::numeric_limits<qint64>::max();
            for (auto it = m_signatures.cbegin(); it != m_signatures.cend(); ++it)
                lowest = std::min(lowest, it.key());
            badSeq = lowest;
            return tampered(lowest, AuditLogText::tr("a signature is kept for an event that is not there."));
        }
        for (const KeySlot& slot : m_log.m_vault.keySlots().entries) {
            const QString owner = Vault::slotOwner(slot);
            const QByteArray current = m_current.value(owner.toLower());
            if (slot.signingKey.isEmpty()) {
                // A slot from before signing keys, for someone who has one:
                // put in place of theirs.
                if (!current.isEmpty()) {
                    return Status::failure(ErrorCode::Damaged,
                        AuditLogText::tr(
                            "The vault has been tampered with: the key file's slot for %1 has been "
                            "replaced by one without the signing key the trail records as theirs.")
                            .arg(owner),
                        QStringLiteral("slot without a signing key, recorded %1")
                            .arg(QString::fromLatin1(current.toHex())));
                }
                continue;
            }
            // The slot this vault was just unlocked with may have been given
            // its key by this unlock; its holder records it at their first
            // commit.
            if (current.isEmpty() && sameBytes(slot.signingKey, m_log.m_vault.signingKey()))
                continue;
            if (!sameBytes(current, slot.signingKey)) {
                return Status::failure(ErrorCode::Damaged,
                    AuditLogText::tr(
                        "The audit trail has been tampered with: the key file's slot for %1 holds a signing "
                        "key the trail does not record as theirs, so the trail's record of who signed what "
                        "has been rewritten.")
                        .arg(owner),
                    QStringLiteral("slot signing key %1, recorded %2")
                        .arg(QString::fromLatin1(slot.signingKey.toHex()),
                            QString::fromLatin1(current.toHex())));
            }
        }
        return Status::success();
    }

    static QJsonObject json(const QString& details)
    {
        return QJsonDocument::fromJson(details.toUtf8()).object();
    }

    qint64 firstBad() const { return m_firstBad; }

private:
    Status badAt(const Row& row, const QString& what) const
    {
        m_firstBad = row.seq;
        return Status::failure(ErrorCode::Damaged,
            AuditLogText::tr("The audit trail has been tampered with at event %1 (%2): %3")
                .arg(row.seq)
                .arg(row.occurredAt, what),
            QStringLiteral("first bad sequence number %1").arg(row.seq));
    }

    QString whose(const QByteArray& key) const
    {
        const QString owner = m_ownerOf.value(key);
        return owner.isEmpty() ? AuditLogText::tr("a key the trail never recorded") : owner;
    }

    bool isKnown(const QString& user) const
    {
        return user == RecoveryCodeActor || m_roles.contains(user.toLower()) || m_roles.isEmpty();
    }

    bool isAdministrator(const QString& user) const
    {
        return roleFromKey(m_roles.value(user.toLower())) == UserRole::Administrator;
    }

    // The operation an event records, where only some roles may do it.
    static std::optional<Operation> operationOf(const Row& row, const QJsonObject& details)
    {
        if (row.action == AuditAction::SettingsChange)
            return Operation::ChangeSettings;
        if (row.action == AuditAction::KeyRotation)
            return Operation::RotateKey;
        if (row.action == AuditAction::AuditRead)
            return Operation::ViewAuditLog;
        if (row.action == AuditAction::Purge)
            return Operation::PurgeRecords;
        if (row.action == AuditAction::AcceptOlderCopy || row.action == AuditAction::Restore)
            return Operation::RestoreVault;
        if (row.action == AuditAction::UserAdmin
            && details.value(QStringLiteral("operation")).toString() != QLatin1String("change_own_password"))
            return Operation::ManageUsers;
        return std::nullopt;
    }

    // The role changes and key records an event makes, checked against who
    // signed it (empty, and vouched for, for an event from before signing).
    Status apply(const Row& row, const QString& owner, bool vouched)
    {
        const bool founding = m_roles.isEmpty();
        const QJsonObject details = json(row.details);
        // What the signer did must be what their role, as the trail records
        // it, allows (the recovery code stands for an administrator).
        if (const std::optional<Operation> operation = operationOf(row, details);
            operation && !vouched && !founding && owner != RecoveryCodeActor) {
            const std::optional<UserRole> role = roleFromKey(m_roles.value(owner.toLower()));
            if (!role || !Permissions::require(*role, *operation)) {
                return badAt(row,
                    AuditLogText::tr("%1 did what their role does not allow (%2).").arg(owner, row.action));
            }
        }
        if (row.action == AuditAction::UserAdmin) {
            const QString operation = details.value(QStringLiteral("operation")).toString();
            QString role;
            if (operation == QLatin1String("add"))
                role = details.value(QStringLiteral("role")).toString();
            else if (operation == QLatin1String("change_role"))
                role = details.value(QStringLiteral("after"))
                           .toObject()
                           .value(QStringLiteral("role"))
                           .toString();
            if (!role.isEmpty()) {
                if (!vouched && !founding && !isAdministrator(owner))
                    return badAt(row,
                        AuditLogText::tr("%1 changed an account's role without being an administrator.")
                            .arg(owner));
                m_roles.insert(row.entityId.toLower(), role);
            }
        } else if (row.action == AuditAction::SigningKey) {
            const QByteArray key
                = QByteArray::fromHex(details.value(QStringLiteral("public_key")).toString().toLatin1());
            const QString holder = row.entityId.toLower();
            const bool self = holder == owner.toLower();
            if (key.size() != crypto_sign_PUBLICKEYBYTES)
                return badAt(row, AuditLogText::tr("it records a signing key that is not one."));
            // A holder records their own key only while the trail knows none
            // of theirs (commit() has taken it in already when it signs).
            const QByteArray current = m_current.value(holder);
            const bool ownFirstKey = self && (current.isEmpty() || sameBytes(current, key));
            if (!vouched && !ownFirstKey && !isAdministrator(owner))
                return badAt(row,
                    AuditLogText::tr("%1 recorded a signing key for %2 without being an administrator.")
                        .arg(owner, row.entityId));
            m_current.insert(holder, key);
            m_ownerOf.insert(key, row.entityId);
        }
        return Status::success();
    }

    // Usernames are ASCII (usernameProblem); the recovery code has a name of
    // its own. Anything else was written by someone else, perhaps with
    // look-alike letters.
    static bool isName(const QString& name)
    {
        return name == RecoveryCodeActor || usernameProblem(name).isEmpty();
    }

    Status commit(const SignatureRow& signatureRow)
    {
        const QByteArray& signer = signatureRow.signer;
        const QByteArray& signature = signatureRow.signature;
        const Row& head = m_commit.constLast();
        // A signature covers the events from the one after the previous
        // signature: anything before its first event was not the signer's.
        if (signatureRow.firstSeq != m_commit.constFirst().seq) {
            return badAt(m_commit.constFirst(),
                AuditLogText::tr("it is not covered by the signature of the commit after it, which begins at "
                                 "event %1.")
                    .arg(signatureRow.firstSeq));
        }
        const QByteArray message = m_log.signedMessage(signatureRow.firstSeq, head.seq, head.hash);
        // The events up to the start of signing, on a trail begun before it.
        qsizetype legacy = 0;
        if (!m_signed) {
            for (const Row& row : std::as_const(m_commit)) {
                if (row.action != AuditAction::SigningStart)
                    continue;
                const QJsonObject details = json(row.details);
                const qint64 legacyEvents = details.value(QStringLiteral("legacy_events")).toInteger();
                if (legacyEvents < 1 || legacyEvents >= row.seq
                    || legacyEvents < m_commit.constFirst().seq - 1)
                    return badAt(row, AuditLogText::tr("it says signing started somewhere it did not."));
                legacy = legacyEvents - m_commit.constFirst().seq + 1;
                const QByteArray legacyHead
                    = QByteArray::fromHex(details.value(QStringLiteral("legacy_head")).toString().toLatin1());
                if (!sameBytes(legacyHead, m_commit.at(legacy - 1).hash))
                    return badAt(
                        row, AuditLogText::tr("an event from before signing began has been changed since."));
                break;
            }
        }
        const Row& first = m_commit.at(legacy < m_commit.size() ? legacy : 0);
        if (signer.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES
            || crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                   reinterpret_cast<const unsigned char*>(message.constData()),
                   static_cast<unsigned long long>(message.size()),
                   reinterpret_cast<const unsigned char*>(signer.constData()))
                != 0) {
            return badAt(first,
                AuditLogText::tr("the signature of %1 over the events up to number %2 does not check out.")
                    .arg(whose(signer))
                    .arg(head.seq));
        }
        for (qsizetype i = 0; i < legacy; ++i) {
            // A trail begun before signing records no keys: one that does has
            // had its signatures removed.
            const Row& row = m_commit.at(i);
            if (row.action == AuditAction::SigningKey || row.action == AuditAction::SigningStart) {
                return badAt(
                    row, AuditLogText::tr("the signatures of the events around it have been removed."));
            }
            if (Status s = apply(row, QString(), true); !s)
                return s;
        }
        // A key its holder records for themselves counts before the check
        // of who signed, while the trail knows no key of theirs.
        for (qsizetype i = legacy; i < m_commit.size(); ++i) {
            const Row& row = m_commit.at(i);
            if (!isName(row.actor) || (row.action == AuditAction::SigningKey && !isName(row.entityId)))
                return badAt(row, AuditLogText::tr("it names someone in a way Wingmate never writes."));
            if (row.action != AuditAction::SigningKey || row.actor.toLower() != row.entityId.toLower()
                || !isKnown(row.entityId))
                continue;
            const QByteArray key = QByteArray::fromHex(
                json(row.details).value(QStringLiteral("public_key")).toString().toLatin1());
            if (sameBytes(key, signer) && m_current.value(row.entityId.toLower()).isEmpty()) {
                m_current.insert(row.entityId.toLower(), key);
                m_ownerOf.insert(key, row.entityId);
            }
        }
        const QString owner = m_ownerOf.value(signer);
        if (owner.isEmpty()) {
            return badAt(
                first, AuditLogText::tr("it is signed with a key the trail never recorded as anyone's."));
        }
        if (!sameBytes(m_current.value(owner.toLower()), signer)) {
            return badAt(first,
                AuditLogText::tr("it is signed with a key of %1's that had been replaced.").arg(owner));
        }
        for (qsizetype i = legacy; i < m_commit.size(); ++i) {
            const Row& row = m_commit.at(i);
            if (row.actor.toLower() != owner.toLower()) {
                return badAt(row,
                    AuditLogText::tr("it is recorded as %1's, but signed by %2.")
                        .arg(row.actor.isEmpty() ? AuditLogText::tr("the program") : row.actor, owner));
            }
            if (Status s = apply(row, owner, false); !s)
                return s;
        }
        // Everyone who signs is an account the trail added (the first
        // commit adds the first administrator) or the recovery code.
        if (!isKnown(owner))
            return badAt(
                first, AuditLogText::tr("it is signed by %1, an account the trail never added.").arg(owner));
        m_signed = true;
        return Status::success();
    }

    const AuditLog& m_log;
    QHash<qint64, AuditLog::SignatureRow> m_signatures; // seq -> signer, signature
    QList<Row> m_commit; // events since the last signature
    bool m_signed = false; // a signature has been checked
    QHash<QString, QString> m_roles; // lower-case username -> role key
    QHash<QString, QByteArray> m_current; // lower-case owner -> current key
    QHash<QByteArray, QString> m_ownerOf; // key -> owner, as recorded
    mutable qint64 m_firstBad = 0;
};

AuditLog::Verification AuditLog::verify(Copies copies) const
{
    Verification result;
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, occurred_at, actor, action, entity_type, entity_id, details, "
                                   "prev_hash, hash FROM audit_events ORDER BY seq"))) {
        result.status
            = storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read."));
        return result;
    }
    QHash<qint64, AuditLog::SignatureRow> signatures;
    {
        QSqlQuery signed_(m_vault.database());
        signed_.setForwardOnly(true);
        if (!signed_.exec(QStringLiteral("SELECT seq, first_seq, signer, signature FROM audit_signatures"))) {
            result.status
                = storageFailure(signed_.lastError(), AuditLogText::tr("The audit trail could not be read."));
            return result;
        }
        while (signed_.next())
            signatures.insert(signed_.value(0).toLongLong(),
                { signed_.value(1).toLongLong(), signed_.value(2).toByteArray(),
                    signed_.value(3).toByteArray() });
    }
    Replay replay(*this, std::move(signatures));
    // Nothing added to the schema or taken from it (a trigger planted to
    // copy what a purge destroys, or one that guards the trail removed).
    if (Status status = SchemaMigrator(m_vault.database()).checkObjects(); !status) {
        result.status = status;
        return result;
    }
    PersonalSeal::Check sealing(m_seal);
    // Each setting as the trail last set it, to be found in the table.
    QHash<QString, SettingSet> settingsSet;
    // Each record as the trail last left it, to be found in its table.
    RecordReplay records(m_vault.database());
    if (Status status = sealing.load(); !status) {
        result.status = status;
        return result;
    }
    qint64 expected = 1;
    QByteArray previous(HashBytes, '\0');
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        const QByteArray prevHash = query.value(7).toByteArray();
        const QByteArray hash = query.value(8).toByteArray();
        if (seq != expected) {
            result.firstBadSeq = expected;
            result.status = tampered(expected, AuditLogText::tr("event %1 is missing.").arg(expected));
            return result;
        }
        if (!sameBytes(prevHash, previous)) {
            result.firstBadSeq = seq;
            result.status = tampered(seq, AuditLogText::tr("it does not follow the event before it."));
            return result;
        }
        const QByteArray computed = computeHash(seq, prevHash, query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            query.value(5).toString(), query.value(6).toString());
        if (!sameBytes(computed, hash)) {
            result.firstBadSeq = seq;
            result.status = tampered(seq, AuditLogText::tr("its content has been changed."));
            return result;
        }
        if (Status status = replay.add({ seq, query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(5).toString(), query.value(6).toString(), hash });
            !status) {
            result.firstBadSeq = replay.firstBad() > 0 ? replay.firstBad() : seq;
            result.status = status;
            return result;
        }
        if (query.value(3).toString() == AuditAction::SettingsChange) {
            settingsSet.insert(query.value(5).toString(),
                { QJsonDocument::fromJson(query.value(6).toString().toUtf8())
                        .object()
                        .value(QStringLiteral("after"))
                        .toString(),
                    seq, query.value(1).toString() });
        }
        // Parsed once for the sealing check and the records' replay.
        const bool replayed = RecordReplay::replays(query.value(3).toString(), query.value(4).toString());
        const QJsonObject stored
            = replayed ? QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object() : QJsonObject();
        if (Status status = sealing.add(seq, query.value(3).toString(), query.value(1).toString(),
                query.value(4).toString(), query.value(5).toString(), query.value(6).toString(),
                replayed ? &stored : nullptr);
            !status) {
            result.firstBadSeq = sealing.firstBad();
            result.status = status;
            return result;
        }
        if (replayed) {
            // The records' history, to compare with the tables at the end.
            const Result<PersonalSeal::Opened> opened = m_seal.open(stored);
            if (!opened) {
                result.firstBadSeq = seq;
                result.status = opened.status();
                return result;
            }
            records.add(seq, query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                query.value(4).toString(), query.value(5).toString(), opened->details,
                !opened->erased.isEmpty());
        }
        previous = hash;
        ++expected;
        ++result.events;
    }
    if (query.lastError().isValid()) {
        result.status
            = storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read."));
        return result;
    }
    if (Status status = replay.finish(result.firstBadSeq); !status) {
        result.status = status;
        return result;
    }
    if (Status status = sealing.finish(); !status) {
        result.firstBadSeq = sealing.firstBad();
        result.status = status;
        return result;
    }
    if (Status status = checkSettings(settingsSet, result.firstBadSeq); !status) {
        result.status = status;
        return result;
    }
    if (Status status = records.finish(); !status) {
        result.firstBadSeq = records.firstBad();
        result.status = status;
        return result;
    }
    const qint64 events = result.events;
    result = anchorCheck(copies);
    result.events = events;
    return result;
}

Status AuditLog::checkSettings(const QHash<QString, SettingSet>& settingsSet, qint64& firstBad) const
{
    QSqlQuery query(m_vault.database());
    if (!query.exec(QStringLiteral("SELECT key, value FROM settings")))
        return storageFailure(query.lastError(), AuditLogText::tr("The settings could not be read."));
    QHash<QString, QString> stored;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (stored.contains(key)) {
            firstBad = 0;
            return Status::failure(ErrorCode::Damaged,
                AuditLogText::tr(
                    "The vault's records do not agree with its audit trail: the setting %1 is in the "
                    "settings table more than once.")
                    .arg(key),
                QStringLiteral("settings.%1 twice").arg(key));
        }
        stored.insert(key, query.value(1).toString());
    }
    QSet<QString> keys(stored.keyBegin(), stored.keyEnd());
    keys.unite(QSet<QString>(settingsSet.keyBegin(), settingsSet.keyEnd()));
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    for (const QString& key : std::as_const(sorted)) {
        const std::optional<Setting> setting = WingSettings::fromKey(key);
        // A setting never changed is not in the table: it has its default.
        const QString unset
            = setting ? WingSettings::encode(*setting, WingSettings::defaultValue(*setting)) : QString();
        const auto last = settingsSet.constFind(key);
        const QString expected = last == settingsSet.cend() ? unset : last->value;
        const QString found = stored.value(key, unset);
        if (stored.contains(key) == (last != settingsSet.cend()) && found == expected)
            continue;
        if (last == settingsSet.cend()) {
            firstBad = 0;
            return Status::failure(ErrorCode::Damaged,
                AuditLogText::tr(
                    "The vault's records do not agree with its audit trail: the setting %1 is \"%2\" "
                    "in the settings table, but the trail records no change to it. It was changed "
                    "without Wingmate.")
                    .arg(key, found),
                QStringLiteral("settings.%1 = %2 without an event").arg(key, found));
        }
        firstBad = last->seq;
        return Status::failure(ErrorCode::Damaged,
            AuditLogText::tr(
                "The vault's records do not agree with its audit trail: the setting %1 is \"%2\" in "
                "the settings table, but the trail's last change to it (event %3, %4) set it to "
                "\"%5\". It was changed without Wingmate, or put back from an older copy of the "
                "file.")
                .arg(key, stored.contains(key) ? found : AuditLogText::tr("(not set)"))
                .arg(last->seq)
                .arg(last->occurredAt, last->value),
            QStringLiteral("first bad sequence number %1; settings.%2").arg(last->seq).arg(key));
    }
    return Status::success();
}

Result<QList<AuditEvent>> AuditLog::list(const UserSession& reader, const QDate& from, const QDate& to) const
{
    if (Status status = reader.require(Operation::ViewAuditLog); !status)
        return status;
    if (Status status = reader.requireUnlocked(); !status)
        return status;
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT seq, occurred_at, actor, action, entity_type, entity_id, details, prev_hash, hash "
        "FROM audit_events WHERE 1 = 1");
    if (from.isValid())
        sql += QStringLiteral(" AND occurred_at >= :from");
    if (to.isValid())
        sql += QStringLiteral(" AND occurred_at < :to");
    sql += QStringLiteral(" ORDER BY seq");
    query.prepare(sql);
    if (from.isValid())
        query.bindValue(QStringLiteral(":from"), from.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs));
    if (to.isValid())
        query.bindValue(QStringLiteral(":to"), to.addDays(1).startOfDay(Qt::UTC).toString(Qt::ISODateWithMs));
    if (!query.exec())
        return storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read."));
    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.seq = query.value(0).toLongLong();
        event.occurredAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        event.actor = query.value(2).toString();
        event.action = query.value(3).toString();
        event.entityType = query.value(4).toString();
        event.entityId = query.value(5).toString();
        Result<PersonalSeal::Opened> opened
            = m_seal.open(QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object());
        if (!opened)
            return opened.status();
        event.details = std::move(opened->details);
        event.erased = std::move(opened->erased);
        event.prevHash = query.value(7).toByteArray();
        event.hash = query.value(8).toByteArray();
        events.append(event);
    }
    return events;
}

} // namespace wingmate
