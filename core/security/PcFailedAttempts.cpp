#include "security/PcFailedAttempts.h"

#include "audit/PcAnchor.h"
#include "storage/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace wingmate {

namespace {

const QString Format = QStringLiteral("wingmate-failed-attempts");
constexpr qint64 MaximumFileSize = 256 * 1024;

QString filePath(const QByteArray& vaultId, const QString& folder)
{
    return PcAnchor::pathFor(vaultId, folder, QStringLiteral(".failures"));
}

QJsonObject readSlots(const QByteArray& vaultId, const QString& folder)
{
    QFile file(filePath(vaultId, folder));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaximumFileSize)
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toString() != Format
        || root.value(QStringLiteral("version")).toInt() != 1
        || QByteArray::fromHex(root.value(QStringLiteral("vaultId")).toString().toLatin1()) != vaultId) {
        return {};
    }
    return root.value(QStringLiteral("slots")).toObject();
}

} // namespace

PcFailedAttempts::Count PcFailedAttempts::load(
    const QByteArray& vaultId, const QString& folder, const QString& slotKey)
{
    const QJsonObject entry = readSlots(vaultId, folder).value(slotKey).toObject();
    Count count;
    count.attempts = qMax(0, entry.value(QStringLiteral("attempts")).toInt());
    count.lastFailure
        = QDateTime::fromString(entry.value(QStringLiteral("lastFailure")).toString(), Qt::ISODateWithMs);
    return count;
}

void PcFailedAttempts::save(
    const QByteArray& vaultId, const QString& folder, const QString& slotKey, const Count& count)
{
    QJsonObject entries = readSlots(vaultId, folder);
    if (count.attempts <= 0) {
        if (!entries.contains(slotKey))
            return; // nothing to clear: no write at every sign-in
        entries.remove(slotKey);
    } else {
        entries.insert(slotKey,
            QJsonObject { { QStringLiteral("attempts"), count.attempts },
                { QStringLiteral("lastFailure"), count.lastFailure.toUTC().toString(Qt::ISODateWithMs) } });
    }
    if (!QDir().mkpath(PcAnchor::directory()))
        return;
    QFile::setPermissions(PcAnchor::directory(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QJsonObject root { { QStringLiteral("format"), Format }, { QStringLiteral("version"), 1 },
        { QStringLiteral("vaultId"), QString::fromLatin1(vaultId.toHex()) },
        { QStringLiteral("slots"), entries } };
    writeFileAtomically(filePath(vaultId, folder), QJsonDocument(root).toJson(QJsonDocument::Indented));
}

PcFailedAttempts::Count PcFailedAttempts::larger(const Count& a, const Count& b)
{
    Count out;
    out.attempts = qMax(a.attempts, b.attempts);
    if (!a.lastFailure.isValid())
        out.lastFailure = b.lastFailure;
    else if (!b.lastFailure.isValid())
        out.lastFailure = a.lastFailure;
    else
        out.lastFailure = qMax(a.lastFailure, b.lastFailure);
    return out;
}

} // namespace wingmate
