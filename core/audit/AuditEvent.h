#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wingmate {

// What an audit event records. The stored names are stable; never reuse one.
namespace AuditAction {
inline const QString View = QStringLiteral("view");
inline const QString Create = QStringLiteral("create");
inline const QString Change = QStringLiteral("change");
inline const QString Delete = QStringLiteral("delete");
inline const QString Export = QStringLiteral("export");
inline const QString Backup = QStringLiteral("backup");
inline const QString Restore = QStringLiteral("restore");
inline const QString Login = QStringLiteral("login");
inline const QString FailedLogin = QStringLiteral("failed_login");
inline const QString Lock = QStringLiteral("lock");
inline const QString Unlock = QStringLiteral("unlock");
inline const QString Logout = QStringLiteral("logout");
inline const QString UserAdmin = QStringLiteral("user_admin");
inline const QString SettingsChange = QStringLiteral("settings_change");
inline const QString KeyRotation = QStringLiteral("key_rotation");
inline const QString AuditRead = QStringLiteral("audit_read");
inline const QString Verify = QStringLiteral("verify");
inline const QString TransferOut = QStringLiteral("transfer_out");
inline const QString TransferIn = QStringLiteral("transfer_in");
inline const QString Purge = QStringLiteral("purge");
// The vault's own upkeep: an older copy accepted by an administrator, the
// key file's record of the audit head caught up, the key file upgraded, the
// key slots first recorded in the database.
inline const QString AcceptOlderCopy = QStringLiteral("accept_older_copy");
inline const QString AnchorRepair = QStringLiteral("anchor_repair");
inline const QString KeyFileUpgrade = QStringLiteral("key_file_upgrade");
inline const QString KeySlotsRecorded = QStringLiteral("key_slots_recorded");
inline const QString StorageUpgrade = QStringLiteral("storage_upgrade");
// A signing key taken into use (see AuditLog.h): a new account's, a reset
// one's or a new recovery code's, recorded by the administrator who made it,
// or a key made for a slot from before signing keys, recorded by its holder.
inline const QString SigningKey = QStringLiteral("signing_key");
// The first signed commit of a trail begun before signing: the events up to
// it are vouched for by the signature that covers its head.
inline const QString SigningStart = QStringLiteral("signing_start");
} // namespace AuditAction

// The actor of an event made with the recovery code: a username never has a
// space in it, so this names no account.
inline const QString RecoveryCodeActor = QStringLiteral("recovery code");

// One line of the audit trail. seq, prevHash and hash are filled in by
// AuditLog::append().
struct AuditEvent {
    qint64 seq = 0;
    QDateTime occurredAt;
    QString actor;
    QString action;
    QString entityType;
    QString entityId;
    QJsonObject details;
    QByteArray prevHash;
    QByteArray hash;
    // Set by AuditLog::list() when the personal content of details was
    // erased by a purge: says when, and which fields it held.
    QString erased;

    // One line for listings: time, actor, action, entity and details.
    QString toLine() const;
    // The details as text: the erased note, then the JSON.
    QString detailsText(bool indented = false) const;
};

} // namespace wingmate
