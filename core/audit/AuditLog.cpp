#include "audit/AuditLog.h"

#include "audit/PcAnchor.h"
#include "services/Permissions.h"
#include "services/UserSession.h"
#include "storage/StorageErrors.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtEndian>
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
    return Status::success();
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
    if (!query.next() || !sameBytes(query.value(0).toByteArray(), anchor.hash)) {
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
        previous = hash;
        ++expected;
        ++result.events;
    }
    if (query.lastError().isValid()) {
        result.status
            = storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read."));
        return result;
    }
    const qint64 events = result.events;
    result = anchorCheck(copies);
    result.events = events;
    return result;
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
        event.details = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        event.prevHash = query.value(7).toByteArray();
        event.hash = query.value(8).toByteArray();
        events.append(event);
    }
    return events;
}

} // namespace wingmate
