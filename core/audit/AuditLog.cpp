#include "audit/AuditLog.h"

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
        reinterpret_cast<const unsigned char*>(message.constData()), static_cast<unsigned long long>(message.size()),
        key.data(), key.size());
    return out;
}

// The driver stores a null QString as NULL; these columns are NOT NULL.
QVariant text(const QString& value) { return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value); }

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

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
        return Status::failure(ErrorCode::Damaged, AuditLogText::tr("The vault has no audit key; it is damaged."));
    QByteArray hex = query.value(0).toString().toLatin1();
    QByteArray raw = QByteArray::fromHex(hex);
    m_key = SecureBytes::copyOf({ reinterpret_cast<const unsigned char*>(raw.constData()), static_cast<size_t>(raw.size()) });
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    sodium_memzero(hex.data(), static_cast<size_t>(hex.size()));
    if (m_key.size() != HashBytes)
        return Status::failure(ErrorCode::Damaged, AuditLogText::tr("The vault's audit key is damaged."));
    return Status::success();
}

QByteArray AuditLog::computeHash(qint64 seq, const QByteArray& prevHash, const QString& occurredAt, const QString& actor,
    const QString& action, const QString& entityType, const QString& entityId, const QString& details) const
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
    event.hash = computeHash(event.seq, event.prevHash, occurredAt, event.actor, event.action, event.entityType,
        event.entityId, details);

    QSqlQuery insert(m_vault.database());
    insert.prepare(QStringLiteral("INSERT INTO audit_events (seq, occurred_at, actor, action, entity_type, entity_id, "
                                  "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : { QVariant(event.seq), text(occurredAt), text(event.actor), text(event.action),
             text(event.entityType), text(event.entityId), text(details), QVariant(event.prevHash),
             QVariant(event.hash) }) {
        insert.addBindValue(value);
    }
    if (!insert.exec())
        return storageFailure(insert.lastError(), AuditLogText::tr("The audit trail could not be written, so nothing was saved."));
    return Status::success();
}

Status AuditLog::anchor()
{
    const Result<std::pair<qint64, QByteArray>> last = head();
    if (!last)
        return last.status();
    AuditAnchor anchor;
    anchor.sequence = last->first;
    anchor.hash = last->second;
    anchor.mac = anchorMac(anchor.sequence, anchor.hash);
    return m_vault.writeAnchor(anchor);
}

AuditLog::Verification AuditLog::anchorCheck() const
{
    Verification result;
    const auto bad = [&result](qint64 seq, Status status) {
        result.firstBadSeq = seq;
        result.status = std::move(status);
        return result;
    };
    const AuditAnchor& anchor = m_vault.anchor();
    if (anchor.sequence == 0 && anchor.hash.isEmpty())
        return result; // a vault that has never committed an event
    if (!sameBytes(anchor.mac, anchorMac(anchor.sequence, anchor.hash))) {
        return bad(anchor.sequence, Status::failure(ErrorCode::Damaged,
            AuditLogText::tr("The vault's key file has been tampered with: its record of the audit trail does not check out."),
            QStringLiteral("anchor MAC mismatch at sequence %1").arg(anchor.sequence)));
    }
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"));
    query.addBindValue(anchor.sequence);
    if (!query.exec())
        return bad(0, storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read.")));
    if (!query.next()) {
        const Result<std::pair<qint64, QByteArray>> last = head();
        const qint64 missing = last ? last->first + 1 : anchor.sequence;
        return bad(missing, Status::failure(ErrorCode::Damaged,
            AuditLogText::tr("The vault's database is older than its key file: it has been put back from an older copy "
               "(audit event %1 onwards is missing).")
                .arg(missing),
            QStringLiteral("first bad sequence number %1; anchor at %2").arg(missing).arg(anchor.sequence)));
    }
    if (!sameBytes(query.value(0).toByteArray(), anchor.hash)) {
        return bad(anchor.sequence, Status::failure(ErrorCode::Damaged,
            AuditLogText::tr("The vault's database does not match its key file's record: it has been put back from another copy "
               "or tampered with at audit event %1.")
                .arg(anchor.sequence),
            QStringLiteral("first bad sequence number %1").arg(anchor.sequence)));
    }
    return result;
}

Status AuditLog::checkAnchor() const { return anchorCheck().status; }

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, occurred_at, actor, action, entity_type, entity_id, details, "
                                   "prev_hash, hash FROM audit_events ORDER BY seq"))) {
        result.status = storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read."));
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
        const QByteArray computed = computeHash(seq, prevHash, query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(), query.value(6).toString());
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
        result.status = storageFailure(query.lastError(), AuditLogText::tr("The audit trail could not be read."));
        return result;
    }
    const Verification anchored = anchorCheck();
    result.status = anchored.status;
    result.firstBadSeq = anchored.firstBadSeq;
    return result;
}

Result<QList<AuditEvent>> AuditLog::list(const QDate& from, const QDate& to) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT seq, occurred_at, actor, action, entity_type, entity_id, details, prev_hash, hash "
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
